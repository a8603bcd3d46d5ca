// Suggestions for the request form's fields, drawn from the scenario: principals, resources and actions. The form
// derives them on every edit (each keystroke in the policy editor stores a new scenario), so each is computed only
// from the parts it reads, and comes back as the same array while those parts are unchanged (see `lastList`).
import { arns, type Scenario } from '../../engine/index'
import { lastList } from '../state/same-result'

/** Principals to suggest: `user/NAME`, `role/NAME`, each live session's ARN, and `root`. */
export function principalOptions(scenario: Scenario): string[] {
  return principals(scenario)
}

const principals = lastList((s: Scenario) => [s.users, s.roles, s.sessions, s.accounts], principalsOf)

function principalsOf(scenario: Scenario): string[] {
  const out = [
    ...(scenario.users ?? []).map((u) => `user/${u.name}`),
    ...(scenario.roles ?? []).map((r) => `role/${r.name}`),
  ]
  for (const session of scenario.sessions ?? []) {
    const role = arns.sessionRole(scenario, session)
    if (role) out.push(arns.sessionArn(arns.accountOf(scenario, role), role.name, session.sessionName))
  }
  out.push('root')
  return [...new Set(out)]
}

/** Resources to suggest: the scenario's resource ARNs and its roles' ARNs. */
export function resourceOptions(scenario: Scenario): string[] {
  return resources(scenario)
}

const resources = lastList((s: Scenario) => [s.resources, s.roles, s.accounts], resourcesOf)

function resourcesOf(scenario: Scenario): string[] {
  return [
    ...new Set([
      ...(scenario.resources ?? []).map((r) => r.arn),
      ...(scenario.roles ?? []).map((r) => arns.roleArn(scenario, r)),
    ]),
  ]
}

/** The roles the Assume role form offers: each role's name and ARN. */
export function roleChoices(scenario: Scenario): { name: string; arn: string }[] {
  return roles(scenario)
}

const roles = lastList(
  (s: Scenario) => [s.roles, s.accounts],
  (s: Scenario) => (s.roles ?? []).map((r) => ({ name: r.name, arn: arns.roleArn(s, r) })),
  (a, b) => a.name === b.name && a.arn === b.arn,
)

function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string') return body
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

/** The exact actions one policy document names, in order of appearance (unparsable text names none). */
function actionsIn(body: unknown): string[] {
  const doc = bodyOf(body)
  if (!doc || typeof doc !== 'object') return []
  const found: string[] = []
  const statements = (doc as { Statement?: unknown }).Statement
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    if (!s || typeof s !== 'object') continue
    const action = (s as { Action?: unknown }).Action
    for (const a of Array.isArray(action) ? action : [action]) {
      // Exact actions only: a wildcard is not something a request asks for.
      if (typeof a === 'string' && /^[\w-]+:[A-Za-z0-9]+$/.test(a)) found.push(a)
    }
  }
  return found
}

// INVARIANT: edits never change a scenario's objects in place (they copy what they change), so what a holder's
// document names can be remembered by the holder: an edit to one policy parses that policy's text only, not 6,000.
const actionsByHolder = new WeakMap<object, { body: unknown; actions: string[] }>()

/** The actions in `holder`'s document, `read` from it; parsed once per holder (and again if its document differs). */
function actionsOf<H extends object>(holder: H, read: (holder: H) => unknown): string[] {
  const body = read(holder)
  const known = actionsByHolder.get(holder)
  if (known && known.body === body) return known.actions
  const actions = actionsIn(body)
  actionsByHolder.set(holder, { body, actions })
  return actions
}

/** Actions the scenario's policies name (without wildcards), sorted, to suggest in the Action field. */
export function actionOptions(scenario: Scenario): string[] {
  return actions(scenario)
}

const actions = lastList(
  (s: Scenario) => [s.users, s.groups, s.roles, s.policies, s.resources, s.organization, s.requests],
  actionsOfScenario,
)

function actionsOfScenario(scenario: Scenario): string[] {
  const found = new Set<string>()
  const add = (actions: readonly string[]) => {
    for (const a of actions) found.add(a)
  }
  const identities = [...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])]
  for (const e of identities) for (const p of e.inlinePolicies ?? []) add(actionsOf(p, (h) => h.document))
  for (const r of scenario.roles ?? []) add(actionsOf(r, (h) => h.trustPolicy))
  for (const p of scenario.policies ?? []) for (const v of p.versions) add(actionsOf(v, (h) => h.document))
  for (const r of scenario.resources ?? []) add(actionsOf(r, (h) => h.policy))
  for (const p of scenario.organization?.policies ?? []) add(actionsOf(p, (h) => h.document))
  for (const r of scenario.requests ?? []) found.add(r.action)
  return [...found].sort()
}
