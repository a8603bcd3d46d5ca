// References between scenario entities: group memberships and managed policy attachments.
import { AWS_MANAGED_ARN_PREFIX, awsManagedByArnName, findAwsManagedPolicy } from './aws-managed'
import { AWS_MANAGED_ACCOUNT } from './model'
import { type CheckContext, each, ownerOf } from './check'
import { at, q } from './issues'
import type { ScenarioMessage } from '../messages/scenario.en'
import { scenarioMessage } from '../messages/scenario'
import { isPlainObject } from './migrate'

/** AWS's default quota of managed policies per user, group or role (adjustable to 20). */
const MANAGED_POLICY_QUOTA = 10
const MANAGED_POLICY_MAX = 20

/** Checks user → group memberships, group members written by mistake, and managed policy versions and attachments. */
export function checkReferences(ctx: CheckContext, raw: Record<string, unknown>): void {
  checkMemberships(ctx)
  checkGroupMembersField(ctx, raw)
  checkVersions(ctx)
  for (const list of ['users', 'groups', 'roles'] as const) {
    each(ctx.s[list], `/${list}`, (e, path) => {
      const account = ownerOf(ctx, e)
      const refs = e.managedPolicies ?? []
      if (refs.length > MANAGED_POLICY_MAX) {
        ctx.issues.error(
          at(path, 'managedPolicies'),
          scenarioMessage('scenario.tooManyManagedPolicies', { max: MANAGED_POLICY_MAX }),
        )
      } else if (refs.length > MANAGED_POLICY_QUOTA) {
        ctx.issues.warn(
          at(path, 'managedPolicies'),
          scenarioMessage('scenario.managedPolicyQuota', {
            count: refs.length,
            quota: MANAGED_POLICY_QUOTA,
            max: MANAGED_POLICY_MAX,
          }),
        )
      }
      const seen = new Set<string>()
      each(e.managedPolicies, at(path, 'managedPolicies'), (ref, refPath) => {
        if (seen.has(ref)) ctx.issues.warn(refPath, scenarioMessage('scenario.attachedTwice', { ref: q(ref) }))
        seen.add(ref)
        checkPolicyRef(ctx, ref, account, refPath)
      })
      // Groups have no boundary (the shape check rejects one).
      const boundary = (e as { permissionsBoundary?: string }).permissionsBoundary
      if (boundary !== undefined) checkPolicyRef(ctx, boundary, account, at(path, 'permissionsBoundary'))
    })
  }
}

/**
 * Reports a managed policy reference that resolves to nothing: a customer managed policy of `account` by name or
 * ARN, else an AWS managed policy by name or ARN, the scenario's copy (`account: 'aws'`) or a bundled one. Customer
 * managed policies of other accounts cannot be attached; AWS managed policies can be attached from any account.
 */
export function checkPolicyRef(ctx: CheckContext, ref: string, account: string, path: string): void {
  if (ref.startsWith(AWS_MANAGED_ARN_PREFIX)) {
    if (ctx.index.byArn('policy', ref) || findAwsManagedPolicy(ref)) return
    const near = awsManagedNear(ctx, ref)
    ctx.issues.error(
      path,
      near
        ? scenarioMessage('scenario.unknownAwsManagedNear', { ref: q(ref), near: q(near) })
        : scenarioMessage('scenario.unknownAwsManaged', { ref: q(ref) }),
    )
    return
  }
  if (ref.startsWith('arn:')) {
    const e = ctx.index.byArn('policy', ref)
    if (!e) ctx.issues.error(path, scenarioMessage('scenario.unknownManagedPolicy', { ref: q(ref) }))
    else if (e.account !== account) {
      ctx.issues.error(
        path,
        scenarioMessage('scenario.policyOfOtherAccount', { ref: q(ref), owner: e.account, account }),
      )
    }
    return
  }
  const { exact, near } = ctx.index.byName('policy', account, ref)
  if (exact || ctx.index.byName('policy', AWS_MANAGED_ACCOUNT, ref).exact || findAwsManagedPolicy(ref)) return
  ctx.issues.error(
    path,
    near
      ? scenarioMessage('scenario.unknownPolicyRefNear', { ref: q(ref), near: q(near.name), account })
      : scenarioMessage('scenario.unknownPolicyRef', { ref: q(ref), account }),
  )
}

/** The ARN of an AWS managed policy (the scenario's copy, else a bundled one) of the same name as `arn`, other path. */
function awsManagedNear(ctx: CheckContext, arn: string): string | undefined {
  const copy = ctx.index.byName('policy', AWS_MANAGED_ACCOUNT, arn.slice(arn.lastIndexOf('/') + 1)).exact
  return copy?.arn ?? awsManagedByArnName(arn)?.arn
}

/** A user's groups exist in the user's account, each listed once. */
function checkMemberships(ctx: CheckContext): void {
  each(ctx.s.users, '/users', (u, path) => {
    const account = ownerOf(ctx, u)
    const seen = new Set<string>()
    each(u.groups, at(path, 'groups'), (name, gPath) => {
      if (seen.has(name)) ctx.issues.error(gPath, scenarioMessage('scenario.groupTwice', { name: q(name) }))
      seen.add(name)
      const { exact, near } = ctx.index.byName('group', account, name)
      if (exact) return
      if (near)
        ctx.issues.error(gPath, scenarioMessage('scenario.unknownGroupNear', { name: q(name), near: q(near.name) }))
      else if (ctx.index.byName('user', account, name).exact) {
        ctx.issues.error(gPath, scenarioMessage('scenario.unknownGroupIsUser', { name: q(name) }))
      } else ctx.issues.error(gPath, elsewhere(ctx, name, account))
    })
  })
}

/** Unknown group, saying so when a group of that name exists in another account (memberships stay in one account). */
function elsewhere(ctx: CheckContext, name: string, account: string): ScenarioMessage {
  for (const other of ctx.accounts) {
    if (other !== account && ctx.index.byName('group', other, name).exact) {
      return scenarioMessage('scenario.unknownGroupElsewhere', { name: q(name), other, account })
    }
  }
  return scenarioMessage('scenario.unknownGroup', { name: q(name) })
}

/**
 * Groups have no `members` field (the shape check says so); when one was written anyway, a group named in it gets
 * the clearer message, since that is the nesting IAM does not have.
 */
function checkGroupMembersField(ctx: CheckContext, raw: Record<string, unknown>): void {
  if (!Array.isArray(raw.groups)) return
  raw.groups.forEach((g: unknown, i) => {
    if (!isPlainObject(g)) return
    const account = typeof g.account === 'string' ? g.account : ctx.defaultAccount
    for (const field of ['members', 'users']) {
      const members = g[field]
      if (!Array.isArray(members)) continue
      members.forEach((m: unknown, j) => {
        if (typeof m === 'string' && ctx.index.byName('group', account, m).exact) {
          ctx.issues.error(at('/groups', i, field, j), scenarioMessage('scenario.groupInGroup', { name: q(m) }))
        }
      })
    }
  })
}

/** A customer managed policy has 1 to 5 versions, with distinct IDs and exactly one default. */
function checkVersions(ctx: CheckContext): void {
  each(ctx.s.policies, '/policies', (p, path) => {
    const versions = p.versions
    if (!versions) return
    if (versions.length === 0) {
      ctx.issues.error(at(path, 'versions'), scenarioMessage('scenario.noVersions'))
      return
    }
    const ids = new Set<string>()
    let firstDefault: string | undefined
    each(versions, at(path, 'versions'), (v, vPath) => {
      if (v.id !== undefined) {
        if (ids.has(v.id))
          ctx.issues.error(at(vPath, 'id'), scenarioMessage('scenario.duplicateVersion', { id: q(v.id) }))
        ids.add(v.id)
      }
      if (v.isDefault !== true) return
      if (firstDefault) {
        ctx.issues.error(at(vPath, 'isDefault'), scenarioMessage('scenario.secondDefault', { first: firstDefault }))
      } else firstDefault = vPath
    })
    if (!firstDefault && versions.every((v) => v !== undefined)) {
      ctx.issues.error(at(path, 'versions'), scenarioMessage('scenario.noDefaultVersion', { name: q(p.name ?? '') }))
    }
  })
}
