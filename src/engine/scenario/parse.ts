// Scenario loading: JSON text or a value becomes a checked Scenario, or every reason it cannot.
// The checks run in layers: version and migration, hostile keys, field types, then cross-field references
// and policy grammar. Nothing half-loads: one error and the result is `ok: false`.
import { parseJsonText } from '../json/tree'
import { LIMITS } from '../errors'
import { SCENARIO_VERSION, type Scenario } from './model'
import { type CheckContext, EntityIndex, type LooseScenario } from './check'
import { SCENARIO_SHAPE } from './fields'
import { Issues, type ScenarioIssue } from './issues'
import { scenarioMessage } from '../messages/scenario'
import { isPlainObject, migrateScenario } from './migrate'
import { checkAccounts, indexEntities } from './names'
import { checkOrganization } from './org'
import { checkPolicies } from './policies'
import { checkExpectedFindings } from './expected'
import { checkIdentityProviders } from './providers'
import { checkReferences } from './refs'
import { checkUsage } from './resources'
import { BAD, check, describe, scanJson } from './shape'
import { MAX_SCENARIO_TEXT } from './limits'

export { formatIssue, type ScenarioIssue } from './issues'
export { migrateScenario, SCENARIO_FORMAT } from './migrate'

/** The outcome of {@link parseScenario}: the scenario with its warnings, or all its errors (and warnings). */
export type ScenarioParse =
  | { ok: true; scenario: Scenario; warnings: ScenarioIssue[] }
  | { ok: false; errors: ScenarioIssue[]; warnings: ScenarioIssue[] }

export { MAX_SCENARIO_TEXT }

/**
 * Checks a scenario value (parsed JSON, a stored object, a decoded share link) and returns a fresh copy holding
 * only known fields, migrated to the current version. Collects every problem; any error means `ok: false`.
 * Never throws for bad input.
 */
export function parseScenario(raw: unknown): ScenarioParse {
  const issues = new Issues()
  const migrated = migrateScenario(raw)
  if (!migrated.ok) return { ok: false, errors: [migrated.error], warnings: [] }
  const value = migrated.value
  if (!isPlainObject(value)) {
    issues.error('', scenarioMessage('scenario.notObject', { found: describe(value) }))
    return result(issues)
  }
  if (migrated.from < SCENARIO_VERSION) {
    issues.warn('/version', scenarioMessage('scenario.migrated', { from: migrated.from, to: SCENARIO_VERSION }))
  }
  // INVARIANT: nothing walks the document before scanJson has bounded its depth (cycles and deep nesting stop here).
  if (!scanJson(value, '', issues)) return result(issues)
  const clean = check(value, SCENARIO_SHAPE, '', issues)
  if (clean === BAD) return result(issues)
  const s = clean as LooseScenario
  const ctx: CheckContext = {
    s,
    issues,
    accounts: new Set(),
    defaultAccount: s.accounts?.[0]?.id ?? '',
    index: new EntityIndex(),
  }
  checkAccounts(ctx)
  indexEntities(ctx)
  checkReferences(ctx, value)
  checkUsage(ctx)
  checkExpectedFindings(ctx)
  checkOrganization(ctx)
  checkPolicies(ctx)
  checkIdentityProviders(ctx)
  return result(issues, s)
}

function result(issues: Issues, s?: LooseScenario): ScenarioParse {
  const { errors, warnings } = issues
  // INVARIANT: with no errors, the shape check saw every required field and left no unusable item, so the loose
  // copy is a complete Scenario.
  if (errors.length === 0 && s) return { ok: true, scenario: s as Scenario, warnings }
  return { ok: false, errors, warnings }
}

/**
 * Parses scenario JSON text, reporting syntax errors with line and column (and a span for the editor), then
 * checks the value with {@link parseScenario}.
 */
export function parseScenarioText(text: string): ScenarioParse {
  const fail = (message: string, span?: ScenarioIssue['span']): ScenarioParse => ({
    ok: false,
    errors: [span ? { path: '', message, severity: 'error', span } : { path: '', message, severity: 'error' }],
    warnings: [],
  })
  if (text.length > MAX_SCENARIO_TEXT) {
    return fail(`the scenario text is ${text.length} characters; the limit is ${MAX_SCENARIO_TEXT}`)
  }
  if (text.trim() === '') return fail('the scenario text is empty')
  let value: unknown
  try {
    // JSON.parse keeps `__proto__` as an own key (never a prototype), so scanJson can reject it.
    value = JSON.parse(text)
  } catch (e) {
    // The positioned parser explains where; it reads policy-sized text, so very large text gets the plain message.
    const located = text.length <= LIMITS.maxPolicyText ? parseJsonText(text).diagnostics : []
    const syntax = located.filter((d) => d.severity === 'error')
    if (syntax.length === 0) return fail(`the scenario is not valid JSON: ${(e as Error).message}`)
    return {
      ok: false,
      errors: syntax.map((d) =>
        d.span
          ? { path: '', message: d.message, messageText: d.messageText, severity: 'error', span: d.span }
          : { path: '', message: d.message, messageText: d.messageText, severity: 'error' },
      ),
      warnings: [],
    }
  }
  return parseScenario(value)
}
