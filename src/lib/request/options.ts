// Suggestions for the request form's fields, drawn from the scenario: principals, resources and actions.
import { arns, type Scenario } from '../../engine/index'

/** Principals to suggest: `user/NAME`, `role/NAME`, each live session's ARN, and `root`. */
export function principalOptions(scenario: Scenario): string[] {
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
  return [
    ...new Set([
      ...(scenario.resources ?? []).map((r) => r.arn),
      ...(scenario.roles ?? []).map((r) => arns.roleArn(scenario, r)),
    ]),
  ]
}

function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string') return body
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

function collectActions(body: unknown, into: Set<string>): void {
  const doc = bodyOf(body)
  if (!doc || typeof doc !== 'object') return
  const statements = (doc as { Statement?: unknown }).Statement
  for (const s of Array.isArray(statements) ? statements : [statements]) {
    if (!s || typeof s !== 'object') continue
    const action = (s as { Action?: unknown }).Action
    for (const a of Array.isArray(action) ? action : [action]) {
      // Exact actions only: a wildcard is not something a request asks for.
      if (typeof a === 'string' && /^[\w-]+:[A-Za-z0-9]+$/.test(a)) into.add(a)
    }
  }
}

/** Actions the scenario's policies name (without wildcards), sorted, to suggest in the Action field. */
export function actionOptions(scenario: Scenario): string[] {
  const found = new Set<string>()
  const identities = [...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])]
  for (const e of identities) for (const p of e.inlinePolicies ?? []) collectActions(p.document, found)
  for (const r of scenario.roles ?? []) collectActions(r.trustPolicy, found)
  for (const p of scenario.policies ?? []) for (const v of p.versions) collectActions(v.document, found)
  for (const r of scenario.resources ?? []) collectActions(r.policy, found)
  for (const p of scenario.organization?.policies ?? []) collectActions(p.document, found)
  for (const r of scenario.requests ?? []) found.add(r.action)
  return [...found].sort()
}
