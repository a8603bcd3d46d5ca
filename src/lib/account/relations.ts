// Relations the entity panel shows and offers: group members, joinable groups, attachable policies, attachments.
import { accountOf } from '../../engine/index'
import { awsManagedPolicies } from '../../engine/index'
import type { Group, Scenario, User } from '../../engine/index'
import { isRefusal, policyAttachments, resolveManagedPolicy } from '../../engine/index'
import { word } from '../i18n/index'
import { sameAccount } from './entities'

/** A choice in a select: the value passed to the edit and the text shown. */
export interface Choice {
  value: string
  label: string
}

/** The users in a group (membership is stored on users), in the group's account. */
export function groupMembers(scenario: Scenario, group: Group): string[] {
  return (scenario.users ?? [])
    .filter((u) => u.groups?.includes(group.name) && sameAccount(scenario, u, group))
    .map((u) => u.name)
}

/** The users of the group's account who are not in it yet. */
export function addableMembers(scenario: Scenario, group: Group): string[] {
  const members = groupMembers(scenario, group)
  return (scenario.users ?? [])
    .filter((u) => sameAccount(scenario, u, group) && !members.includes(u.name))
    .map((u) => u.name)
}

/** The groups of the user's account that the user is not in yet. */
export function joinableGroups(scenario: Scenario, user: User): string[] {
  return (scenario.groups ?? [])
    .filter((g) => sameAccount(scenario, g, user) && !(user.groups ?? []).includes(g.name))
    .map((g) => g.name)
}

/** A short name for a managed policy reference: the last part of an ARN, else the name itself. */
export function policyLabel(ref: string): string {
  return ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref
}

/** The ARN a reference resolves to (for comparing references written differently), else the reference. */
function resolvedArn(scenario: Scenario, ref: string, account: string): string {
  const target = resolveManagedPolicy(scenario, ref, account)
  return isRefusal(target) ? ref : target.arn
}

/**
 * The managed policies that can still be attached to (or used as boundary of) an identity: the customer
 * managed policies of its account by name, then the bundled AWS managed policies by ARN.
 */
export function policyChoices(
  scenario: Scenario,
  identity: { account?: string },
  exclude: readonly string[] = [],
): { customer: Choice[]; aws: Choice[] } {
  const account = accountOf(scenario, identity)
  const taken = new Set(exclude.map((ref) => resolvedArn(scenario, ref, account)))
  const customer = (scenario.policies ?? [])
    .filter((p) => accountOf(scenario, p) === account)
    .filter((p) => !taken.has(resolvedArn(scenario, p.name, account)))
    .map((p) => ({ value: p.name, label: p.name }))
  const aws = awsManagedPolicies()
    .filter((p) => !taken.has(p.arn))
    .map((p) => ({ value: p.arn, label: p.name }))
  return { customer, aws }
}

/** Where a managed policy is attached, in the page's language (`user alice`, `role Admin (as permissions boundary)`). */
export function whereAttached(scenario: Scenario, policy: string): string[] {
  const places = policyAttachments(scenario, policy)
  return isRefusal(places) ? [] : places.map(word)
}
