// A scenario's expected findings (`expectFindings`) against the audit's findings: what the scenario tests and the
// command line (`iam-playground test`) check, like saved requests against their expected decisions.
import { parsePrincipalText } from '../scenario/lookup'
import type { ExpectedFinding, Scenario } from '../scenario/model'
import { AUDIT_CHECKS } from './checks'
import { ESCALATION_TECHNIQUES } from './escalation/techniques'
import type { Finding } from './types'

/** How one expected finding came out. */
export interface ExpectedFindingResult {
  expected: ExpectedFinding
  ok: boolean
  /** The findings of the expected check whose main entity is the expected principal. */
  found: Finding[]
  /** Expected detail keys that none of `found` lists (for an expectation without `absent`). */
  missing: string[]
  /** With `absent`: the detail keys of `found` that must not be there (all of them when no `techniques` are named). */
  unwanted: string[]
  /**
   * Named techniques that are not escalation techniques the audit knows (for the escalation checks): they fail the
   * expectation, since such a detail can never be listed (a misspelt `absent` technique would pass silently).
   */
  unknown: string[]
  /** The expected check is not one the audit has (the scenario format takes any well-formed id): it fails. */
  unknownCheck: boolean
}

/**
 * A test of whether a finding's main entity is the principal (`user/NAME`, `role/NAME`, `ACCOUNT:…` or an ARN); a
 * principal that names no user or role (refused when the scenario loads) matches nothing.
 */
function aboutPrincipal(principal: string, defaultAccount: string): (finding: Finding) => boolean {
  const syntax = parsePrincipalText(principal)
  if (syntax?.kind !== 'user' && syntax?.kind !== 'role') return () => false
  const account = syntax.account ?? defaultAccount
  return (finding) => {
    const main = finding.entities[0]
    return main?.kind === syntax.kind && main.name === syntax.name && (main.account ?? defaultAccount) === account
  }
}

const CHECK_IDS: ReadonlySet<string> = new Set(AUDIT_CHECKS.map((c) => c.id))
const ESCALATION_CHECKS: ReadonlySet<string> = new Set(['privilege-escalation', 'assume-more-powerful-role'])
const TECHNIQUE_IDS: ReadonlySet<string> = new Set(ESCALATION_TECHNIQUES.map((t) => t.id))

/** Checks one expected finding against the audit's findings of the scenario. */
export function checkExpectedFinding(
  scenario: Scenario,
  findings: readonly Finding[],
  expected: ExpectedFinding,
): ExpectedFindingResult {
  const about = aboutPrincipal(expected.principal, scenario.accounts[0]?.id ?? '')
  const found = findings.filter((f) => f.check === expected.check && about(f))
  const keys = new Set(found.flatMap((f) => (f.details ?? []).map((d) => d.key)))
  const named = expected.techniques ?? []
  const unknown = ESCALATION_CHECKS.has(expected.check) ? named.filter((t) => !TECHNIQUE_IDS.has(t)) : []
  const unknownCheck = !CHECK_IDS.has(expected.check)
  const known = unknown.length === 0 && !unknownCheck
  if (expected.absent === true) {
    const unwanted = named.length ? named.filter((t) => keys.has(t)) : found.length ? [...keys] : []
    const ok = known && (named.length ? unwanted.length === 0 : found.length === 0)
    return { expected, ok, found, missing: [], unwanted, unknown, unknownCheck }
  }
  const missing = named.filter((t) => !keys.has(t))
  return {
    expected,
    ok: known && found.length > 0 && missing.length === 0,
    found,
    missing,
    unwanted: [],
    unknown,
    unknownCheck,
  }
}

/** Checks every expected finding of the scenario against the audit's findings, in the scenario's order. */
export function checkExpectedFindings(scenario: Scenario, findings: readonly Finding[]): ExpectedFindingResult[] {
  return (scenario.expectFindings ?? []).map((expected) => checkExpectedFinding(scenario, findings, expected))
}
