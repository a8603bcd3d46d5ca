// What remedies look up in a scenario before changing it with the scenario edits (../scenario/edits/): the
// principal's user, role or session, a customer managed policy by ARN and how widely it is attached, and saving a
// document as a policy's new default version in the form the policy stores.
import { sessionRole, policyArn, accountOf } from '../scenario/arns'
import { findRole, findUser } from '../scenario/lookup'
import type { ManagedPolicy, Scenario, Session } from '../scenario/model'
import { replacePolicy } from '../scenario/edits/core'
import type { PrincipalIdentity } from '../scenario/edits/identities'
import { addPolicyVersion } from '../scenario/edits/policies'
import type { ResolvedPrincipal } from '../account/simulate-types'
import type { PolicyDocument } from '../evaluate/input'
import { writeBody } from './documents'
import { findManagedPolicy as findIndexed, indexScenario } from '../account/resolve-lookup'

/** The principal's user or role in `scenario` (looked up by name, so it works on copies of the scenario). */
export function principalIdentity(scenario: Scenario, p: ResolvedPrincipal): PrincipalIdentity | undefined {
  if (!p.known && p.kind !== 'session') return undefined
  if (p.kind === 'user') {
    const entity = findUser(scenario, p.name, p.account)
    return entity && { kind: 'user', entity }
  }
  if (p.kind === 'role' || p.kind === 'session') {
    const entity = findRole(scenario, p.role?.name ?? p.name, p.account)
    return entity && { kind: 'role', entity }
  }
  return undefined
}

/** The customer managed policy (not an AWS managed copy) with this ARN. */
export function customerPolicy(scenario: Scenario, arn: string | undefined): ManagedPolicy | undefined {
  if (arn === undefined) return undefined
  return (scenario.policies ?? []).find((p) => p.account !== 'aws' && policyArn(scenario, p) === arn)
}

/**
 * Saves `doc` as a new default version of a customer managed policy, as `CreatePolicyVersion` with
 * `SetAsDefault` does, written the way the current default version is stored (text or object). At the version quota
 * the oldest non-default version is deleted first; undefined when every version is the default.
 */
export function newDefaultVersion(
  scenario: Scenario,
  policy: ManagedPolicy,
  doc: PolicyDocument,
): { scenario: Scenario; id: string; dropped?: string } | undefined {
  const current = policy.versions.find((v) => v.isDefault)
  const added = addPolicyVersion(policy, writeBody(current?.document, doc))
  const next = added && replacePolicy(scenario, policy, added.policy)
  if (!added || !next) return undefined
  return added.dropped ? { scenario: next, id: added.id, dropped: added.dropped } : { scenario: next, id: added.id }
}

/** How many users, groups and roles attach this managed policy (or use it as their boundary). */
export function attachmentCount(scenario: Scenario, arn: string): number {
  let n = 0
  // Through the scenario's index: its lookups are remembered per policy list, which a large account needs (every
  // attachment of thousands of entities is resolved, for each change tried).
  const ix = indexScenario(scenario)
  const resolves = (ref: string, entity: { account?: string }) =>
    findIndexed(ix, ref, accountOf(scenario, entity))?.arn === arn
  for (const e of [...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])]) {
    const boundary = (e as { permissionsBoundary?: string }).permissionsBoundary
    const refs = [...(e.managedPolicies ?? []), ...(boundary === undefined ? [] : [boundary])]
    if (refs.some((ref) => resolves(ref, e))) n++
  }
  return n
}

/** The scenario's session that the principal (a role session) is, looked up by role and session name. */
export function principalSession(scenario: Scenario, p: ResolvedPrincipal): Session | undefined {
  if (p.kind !== 'session') return undefined
  const role = findRole(scenario, p.role?.name ?? p.name, p.account)
  if (!role) return undefined
  return (scenario.sessions ?? []).find((s) => s.sessionName === p.sessionName && sessionRole(scenario, s) === role)
}
