// Edits of what an identity holds: attached managed policies, its permissions boundary and its inline policies.
import { accountOf } from '../arns'
import { findManagedPolicy } from '../lookup'
import type { InlinePolicy, PolicyBody, Scenario } from '../model'
import { MAX_ATTACHED_POLICIES } from '../quotas'
import { checkIamName, done, type EditResult, isRefusal, refuse, removeAt, replaceAt, withField, without } from './core'
import {
  findIdentity,
  identities,
  identityArn,
  type Identity,
  type IdentityKind,
  type IdentityOf,
  replaceIdentity,
  updateIdentity,
  withIdentities,
} from './identities'
import { type ManagedPolicyTarget, refersTo, resolveManagedPolicy } from './policy-refs'

// --- Managed policies and boundaries ---

/** The reference an identity stores: a customer policy's name (it is in the same account), an AWS policy's ARN. */
function storedRef(target: ManagedPolicyTarget): string {
  return target.kind === 'customer' ? target.name : target.arn
}

function sameAccount(
  scenario: Scenario,
  target: ManagedPolicyTarget,
  kind: IdentityKind,
  entity: { name: string; account?: string },
) {
  if (target.kind === 'aws') return undefined
  const holder = accountOf(scenario, entity)
  const owner = accountOf(scenario, target.policy)
  if (holder === owner) return undefined
  return refuse(`Policy ${target.name} is in account ${owner} and ${kind} ${entity.name} in ${holder}`, 'policy')
}

/** Finds the identity, then resolves the policy as that identity's account sees it. */
function identityAndPolicy<K extends IdentityKind>(scenario: Scenario, kind: K, identity: string, policy: string) {
  const found = findIdentity(scenario, kind, identity, 'identity')
  if (isRefusal(found)) return found
  const account = accountOf(scenario, found.item)
  const target = resolveManagedPolicy(scenario, policy, account)
  if (isRefusal(target)) return target
  const problem = sameAccount(scenario, target, kind, found.item)
  if (problem) return problem
  const held = (ref: string) => refersTo(scenario, ref, target, account)
  const replace = (entity: IdentityOf[K]) =>
    withIdentities(scenario, kind, replaceAt(identities(scenario, kind), found.index, entity))
  return { entity: found.item, target, held, replace }
}

/** Attaches a managed policy (customer by name or ARN, AWS managed by ARN or name) to a user, group or role. */
export function attachPolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; policy: string },
): EditResult {
  const r = identityAndPolicy(scenario, args.kind, args.identity, args.policy)
  if (isRefusal(r)) return r
  const { entity: e, target } = r
  const attached = e.managedPolicies ?? []
  if (attached.some(r.held)) return refuse(`${target.name} is already attached to ${args.kind} ${e.name}`, 'policy')
  if (attached.length >= MAX_ATTACHED_POLICIES)
    return refuse(
      `${args.kind} ${e.name} already has ${attached.length} managed policies, the most IAM allows`,
      'policy',
    )
  const next = r.replace({ ...e, managedPolicies: [...attached, storedRef(target)] })
  return done(next, `Attach ${target.name} to ${args.kind} ${e.name}`)
}

/** Detaches a managed policy from a user, group or role, whichever way the attachment names it. */
export function detachPolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; policy: string },
): EditResult {
  const r = identityAndPolicy(scenario, args.kind, args.identity, args.policy)
  if (isRefusal(r)) return r
  const { entity: e, target } = r
  const attached = e.managedPolicies ?? []
  const kept = attached.filter((ref) => !r.held(ref))
  if (kept.length === attached.length) {
    const boundary = 'permissionsBoundary' in e ? e.permissionsBoundary : undefined
    const hint =
      boundary !== undefined && r.held(boundary) ? ' (it is the permissions boundary: remove the boundary instead)' : ''
    return refuse(`${target.name} is not attached to ${args.kind} ${e.name}${hint}`, 'policy')
  }
  const next = r.replace(withField(e as IdentityOf[IdentityKind], 'managedPolicies', kept))
  return done(next, `Detach ${target.name} from ${args.kind} ${e.name}`)
}

/** Sets the managed policy that bounds a user's or role's permissions (groups have none). */
export function setPermissionsBoundary(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; policy: string },
): EditResult {
  if (args.kind === 'group') return refuse('Groups cannot have a permissions boundary: only users and roles', 'kind')
  const kind = args.kind
  const r = identityAndPolicy(scenario, kind, args.identity, args.policy)
  if (isRefusal(r)) return r
  const { entity: e, target } = r
  if (e.permissionsBoundary !== undefined && r.held(e.permissionsBoundary))
    return refuse(`${target.name} is already the permissions boundary of ${kind} ${e.name}`, 'policy')
  const next = r.replace({ ...e, permissionsBoundary: storedRef(target) })
  return done(next, `Set permissions boundary of ${kind} ${e.name} to ${target.name}`)
}

/** Removes a user's or role's permissions boundary. */
export function removePermissionsBoundary(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string },
): EditResult {
  if (args.kind === 'group') return refuse('Groups cannot have a permissions boundary: only users and roles', 'kind')
  const kind = args.kind
  const r = updateIdentity(scenario, kind, args.identity, 'identity', (e) =>
    e.permissionsBoundary === undefined
      ? refuse(`${kind} ${e.name} has no permissions boundary`, 'identity')
      : withField(e, 'permissionsBoundary', undefined),
  )
  return isRefusal(r) ? r : done(r.scenario, `Remove permissions boundary of ${kind} ${r.before.name}`)
}

// --- Inline policies ---

function findInline(list: readonly InlinePolicy[], name: string) {
  return list.findIndex((p) => p.name === name)
}

/** Adds an inline policy, or replaces the document of the one with this exact name. Names are unique per identity. */
export function putInlinePolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; name: string; document: PolicyBody },
): EditResult {
  const problem = checkIamName('inline policy', args.name)
  if (problem) return problem
  let replaced = false
  const r = updateIdentity(scenario, args.kind, args.identity, 'identity', (e) => {
    const list = e.inlinePolicies ?? []
    const index = findInline(list, args.name)
    if (index >= 0) {
      replaced = true
      return { ...e, inlinePolicies: replaceAt(list, index, { ...list[index]!, document: args.document }) }
    }
    const clash = list.find((p) => p.name.toLowerCase() === args.name.toLowerCase())
    if (clash) return refuse(`${args.kind} ${e.name} already has an inline policy named "${clash.name}"`, 'name')
    return { ...e, inlinePolicies: [...list, { name: args.name, document: args.document }] }
  })
  if (isRefusal(r)) return r
  const who = `${args.kind} ${r.before.name}`
  if (!replaced) return done(r.scenario, `Add inline policy ${args.name} to ${who}`)
  const key = `inline:${identityArn(scenario, args.kind, r.before)}:${args.name}`
  return done(r.scenario, `Edit inline policy ${args.name} of ${who}`, key)
}

/** Renames an inline policy. */
export function renameInlinePolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; policy: string; name: string },
): EditResult {
  const problem = checkIamName('inline policy', args.name)
  if (problem) return problem
  const r = updateIdentity(scenario, args.kind, args.identity, 'identity', (e) => {
    const list = e.inlinePolicies ?? []
    const index = findInline(list, args.policy)
    if (index < 0) return refuse(`${args.kind} ${e.name} has no inline policy "${args.policy}"`, 'policy')
    if (args.name === args.policy) return refuse(`The inline policy is already named "${args.name}"`, 'name')
    const clash = list.find((p, i) => i !== index && p.name.toLowerCase() === args.name.toLowerCase())
    if (clash) return refuse(`${args.kind} ${e.name} already has an inline policy named "${clash.name}"`, 'name')
    return { ...e, inlinePolicies: replaceAt(list, index, { ...list[index]!, name: args.name }) }
  })
  if (isRefusal(r)) return r
  return done(r.scenario, `Rename inline policy ${args.policy} of ${args.kind} ${r.before.name} to ${args.name}`)
}

/** Deletes an inline policy. */
export function deleteInlinePolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; name: string },
): EditResult {
  const r = updateIdentity(scenario, args.kind, args.identity, 'identity', (e) => {
    const list = e.inlinePolicies ?? []
    const index = findInline(list, args.name)
    if (index < 0) return refuse(`${args.kind} ${e.name} has no inline policy "${args.name}"`, 'name')
    return withField(e as IdentityOf[IdentityKind], 'inlinePolicies', removeAt(list, index))
  })
  return isRefusal(r) ? r : done(r.scenario, `Delete inline policy ${args.name} of ${args.kind} ${r.before.name}`)
}

/**
 * Detaches the managed policy with this ARN from an identity, whichever way its references name it (as the engine
 * resolves them); undefined when it is not attached there.
 */
export function detachManaged(scenario: Scenario, who: Identity, arn: string): Scenario | undefined {
  const account = accountOf(scenario, who.entity)
  const refs = who.entity.managedPolicies ?? []
  const kept = refs.filter((ref) => findManagedPolicy(scenario, ref, account)?.arn !== arn)
  if (kept.length === refs.length) return undefined
  const next = kept.length ? { ...who.entity, managedPolicies: kept } : without(who.entity, 'managedPolicies')
  return replaceIdentity(scenario, who, next)
}
