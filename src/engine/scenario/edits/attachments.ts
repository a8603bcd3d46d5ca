// Edits of what an identity holds: attached managed policies, its permissions boundary and its inline policies.
import { accountOf } from '../arns'
import { findManagedPolicy } from '../lookup'
import type { InlinePolicy, PolicyBody, Scenario } from '../model'
import { MAX_ATTACHED_POLICIES } from '../quotas'
import {
  checkIamName,
  done,
  type EditResult,
  isRefusal,
  noun,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
  without,
} from './core'
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
  return refuse(
    say('edit.refused.policy-other-account', {
      policy: target.name,
      owner,
      kind: noun(kind),
      name: entity.name,
      holder,
    }),
    'policy',
  )
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
  const who = { kind: noun(args.kind), name: e.name }
  if (attached.some(r.held))
    return refuse(say('edit.refused.already-attached', { policy: target.name, ...who }), 'policy')
  if (attached.length >= MAX_ATTACHED_POLICIES)
    return refuse(say('edit.refused.too-many-policies', { ...who, count: attached.length }), 'policy')
  const next = r.replace({ ...e, managedPolicies: [...attached, storedRef(target)] })
  return done(next, say('edit.done.attach', { policy: target.name, ...who }))
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
    const hint = boundary !== undefined && r.held(boundary) ? '.boundary' : ''
    return refuse(
      say(`edit.refused.not-attached${hint}`, { policy: target.name, kind: noun(args.kind), name: e.name }),
      'policy',
    )
  }
  const next = r.replace(withField(e as IdentityOf[IdentityKind], 'managedPolicies', kept))
  return done(next, say('edit.done.detach', { policy: target.name, kind: noun(args.kind), name: e.name }))
}

/** Sets the managed policy that bounds a user's or role's permissions (groups have none). */
export function setPermissionsBoundary(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; policy: string },
): EditResult {
  if (args.kind === 'group') return refuse(say('edit.refused.group-boundary'), 'kind')
  const kind = args.kind
  const r = identityAndPolicy(scenario, kind, args.identity, args.policy)
  if (isRefusal(r)) return r
  const { entity: e, target } = r
  if (e.permissionsBoundary !== undefined && r.held(e.permissionsBoundary))
    return refuse(
      say('edit.refused.already-boundary', { policy: target.name, kind: noun(kind), name: e.name }),
      'policy',
    )
  const next = r.replace({ ...e, permissionsBoundary: storedRef(target) })
  return done(next, say('edit.done.set-boundary', { kind: noun(kind), name: e.name, policy: target.name }))
}

/** Removes a user's or role's permissions boundary. */
export function removePermissionsBoundary(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string },
): EditResult {
  if (args.kind === 'group') return refuse(say('edit.refused.group-boundary'), 'kind')
  const kind = args.kind
  const r = updateIdentity(scenario, kind, args.identity, 'identity', (e) =>
    e.permissionsBoundary === undefined
      ? refuse(say('edit.refused.no-boundary', { kind: noun(kind), name: e.name }), 'identity')
      : withField(e, 'permissionsBoundary', undefined),
  )
  return isRefusal(r)
    ? r
    : done(r.scenario, say('edit.done.remove-boundary', { kind: noun(kind), name: r.before.name }))
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
    if (clash)
      return refuse(
        say('edit.refused.inline-taken', { kind: noun(args.kind), name: e.name, policy: clash.name }),
        'name',
      )
    return { ...e, inlinePolicies: [...list, { name: args.name, document: args.document }] }
  })
  if (isRefusal(r)) return r
  const who = { policy: args.name, kind: noun(args.kind), name: r.before.name }
  if (!replaced) return done(r.scenario, say('edit.done.add-inline', who))
  const key = `inline:${identityArn(scenario, args.kind, r.before)}:${args.name}`
  return done(r.scenario, say('edit.done.edit-inline', who), key)
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
    if (index < 0)
      return refuse(
        say('edit.refused.no-inline', { kind: noun(args.kind), name: e.name, policy: args.policy }),
        'policy',
      )
    if (args.name === args.policy) return refuse(say('edit.refused.inline-same-name', { name: args.name }), 'name')
    const clash = list.find((p, i) => i !== index && p.name.toLowerCase() === args.name.toLowerCase())
    if (clash)
      return refuse(
        say('edit.refused.inline-taken', { kind: noun(args.kind), name: e.name, policy: clash.name }),
        'name',
      )
    return { ...e, inlinePolicies: replaceAt(list, index, { ...list[index]!, name: args.name }) }
  })
  if (isRefusal(r)) return r
  return done(
    r.scenario,
    say('edit.done.rename-inline', { policy: args.policy, kind: noun(args.kind), name: r.before.name, to: args.name }),
  )
}

/** Deletes an inline policy. */
export function deleteInlinePolicy(
  scenario: Scenario,
  args: { kind: IdentityKind; identity: string; name: string },
): EditResult {
  const r = updateIdentity(scenario, args.kind, args.identity, 'identity', (e) => {
    const list = e.inlinePolicies ?? []
    const index = findInline(list, args.name)
    if (index < 0)
      return refuse(say('edit.refused.no-inline', { kind: noun(args.kind), name: e.name, policy: args.name }), 'name')
    return withField(e as IdentityOf[IdentityKind], 'inlinePolicies', removeAt(list, index))
  })
  return isRefusal(r)
    ? r
    : done(
        r.scenario,
        say('edit.done.delete-inline', { policy: args.name, kind: noun(args.kind), name: r.before.name }),
      )
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
