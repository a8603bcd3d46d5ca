// Edits of customer managed policies: create, rename, delete, and their versions.
import { accountOf, policyArn } from '../arns'
import type { ManagedPolicy, PolicyBody, PolicyVersion, Scenario } from '../model'
import { MAX_POLICY_VERSIONS } from '../quotas'
import {
  checkAccount,
  checkIamName,
  checkPath,
  checkRename,
  checkUnique,
  done,
  type EditResult,
  isRefusal,
  listOf,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
} from './core'
import { attachmentPlaces, resolveManagedPolicy, rewriteAttachments } from './policy-refs'

/** Creates a customer managed policy whose only version, `v1`, is the default. */
export function createPolicy(
  scenario: Scenario,
  args: {
    name: string
    document: PolicyBody
    account?: string
    path?: string
    description?: string
    createdAt?: string
  },
): EditResult {
  const policies = scenario.policies ?? []
  const problem =
    checkIamName('policy', args.name) ??
    checkAccount(scenario, args.account) ??
    checkPath(args.path) ??
    (args.description !== undefined && args.description.length > 1000
      ? refuse(say('edit.refused.policy-description-too-long'), 'description')
      : undefined) ??
    checkUnique(scenario, policies, 'policy', args.name, accountOf(scenario, args))
  if (problem) return problem
  const version: PolicyVersion = { id: 'v1', document: args.document, isDefault: true }
  if (args.createdAt !== undefined) version.createdAt = args.createdAt
  const policy: ManagedPolicy = { name: args.name, versions: [version] }
  if (args.account !== undefined) policy.account = args.account
  if (args.path !== undefined && args.path !== '/') policy.path = args.path
  if (args.description) policy.description = args.description
  return done({ ...scenario, policies: [...policies, policy] }, say('edit.done.create-policy', { name: args.name }))
}

/** Renames a customer managed policy; every attachment and boundary that names it follows. */
export function renamePolicy(scenario: Scenario, args: { policy: string; name: string }): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const policies = scenario.policies ?? []
  const problem = checkRename(scenario, policies, 'policy', target.policy, args.name)
  if (problem) return problem
  const renamed = { ...target.policy, name: args.name }
  const newArn = policyArn(scenario, renamed)
  const rename = (ref: string) => (ref === target.arn ? newArn : args.name)
  let next: Scenario = { ...scenario, policies: replaceAt(policies, target.index, renamed) }
  next = rewriteAttachments(next, scenario, target, rename)
  return done(next, say('edit.done.rename-policy', { name: target.name, to: args.name }))
}

/**
 * Deletes a customer managed policy. While it is attached anywhere the edit is refused with the list of places,
 * unless `force` detaches it everywhere first (as the console offers).
 */
export function deletePolicy(scenario: Scenario, args: { policy: string; force?: boolean }): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const places = attachmentPlaces(scenario, target)
  if (places.length > 0 && !args.force)
    return refuse(say('edit.refused.policy-attached', { policy: target.name, places: listOf(places) }), 'policy')
  let next = withField(scenario, 'policies', removeAt(scenario.policies ?? [], target.index))
  next = rewriteAttachments(next, scenario, target, () => undefined)
  const extra = places.length === 0 ? '' : places.length === 1 ? '.detached.one' : '.detached.other'
  return done(next, say(`edit.done.delete-policy${extra}`, { name: target.name, count: places.length }))
}

/**
 * Saves a document as a new version of a customer managed policy, by default making it the default. A policy keeps
 * at most {@link MAX_POLICY_VERSIONS}: AWS requires deleting one first, so the oldest non-default version is dropped.
 */
export function createPolicyVersion(
  scenario: Scenario,
  args: { policy: string; document: PolicyBody; setAsDefault?: boolean; createdAt?: string },
): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const setAsDefault = args.setAsDefault ?? true
  const added = addPolicyVersion(target.policy, args.document, { setAsDefault, createdAt: args.createdAt })
  if (!added) return refuse(say('edit.refused.all-versions-default'), 'policy')
  const next = replacePolicyAt(scenario, target, added.policy)
  const notes = `${setAsDefault ? '' : '.not-default'}${added.dropped ? '.dropped' : ''}` as const
  return done(
    next,
    say(`edit.done.save-version${notes}`, { name: target.name, version: added.id, dropped: added.dropped ?? '' }),
  )
}

/**
 * The policy with `document` saved as its next version (`v` and one more than the highest number), by default as
 * the default version. At {@link MAX_POLICY_VERSIONS} the oldest non-default version is dropped first, as AWS
 * requires deleting one; undefined when every version is the default (none can be dropped).
 */
export function addPolicyVersion(
  policy: ManagedPolicy,
  document: PolicyBody,
  options: { setAsDefault?: boolean; createdAt?: string | undefined } = {},
): { policy: ManagedPolicy; id: string; dropped?: string } | undefined {
  const setAsDefault = options.setAsDefault ?? true
  let versions = policy.versions
  let dropped: string | undefined
  if (versions.length >= MAX_POLICY_VERSIONS) {
    // Version numbers only grow, so the lowest number is the oldest.
    const oldest = versions
      .filter((v) => !v.isDefault)
      .reduce<PolicyVersion | undefined>((a, v) => (a && versionNumber(a) <= versionNumber(v) ? a : v), undefined)
    if (!oldest) return undefined
    dropped = oldest.id
    versions = versions.filter((v) => v !== oldest)
  }
  const id = `v${Math.max(0, ...policy.versions.map(versionNumber)) + 1}`
  const version: PolicyVersion = { id, document }
  if (setAsDefault) version.isDefault = true
  if (options.createdAt !== undefined) version.createdAt = options.createdAt
  if (setAsDefault) versions = versions.map((v) => (v.isDefault ? withField(v, 'isDefault', undefined) : v))
  const next = { ...policy, versions: [...versions, version] }
  return dropped === undefined ? { policy: next, id } : { policy: next, id, dropped }
}

/** Makes one version of a customer managed policy the default (the one in effect). */
export function setDefaultPolicyVersion(scenario: Scenario, args: { policy: string; version: string }): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const chosen = target.policy.versions.find((v) => v.id === args.version)
  if (!chosen) return refuse(say('edit.refused.no-version', { policy: target.name, version: args.version }), 'version')
  if (chosen.isDefault)
    return refuse(say('edit.refused.already-default', { version: args.version, policy: target.name }), 'version')
  const versions = target.policy.versions.map((v) =>
    v === chosen ? { ...v, isDefault: true } : v.isDefault ? withField(v, 'isDefault', undefined) : v,
  )
  const next = replacePolicyAt(scenario, target, { ...target.policy, versions })
  return done(next, say('edit.done.default-version', { version: args.version, name: target.name }))
}

/** Deletes a version of a customer managed policy other than the default. */
export function deletePolicyVersion(scenario: Scenario, args: { policy: string; version: string }): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const chosen = target.policy.versions.find((v) => v.id === args.version)
  if (!chosen) return refuse(say('edit.refused.no-version', { policy: target.name, version: args.version }), 'version')
  if (chosen.isDefault) return refuse(say('edit.refused.delete-default-version', { version: args.version }), 'version')
  const versions = target.policy.versions.filter((v) => v !== chosen)
  const next = replacePolicyAt(scenario, target, { ...target.policy, versions })
  return done(next, say('edit.done.delete-version', { version: args.version, name: target.name }))
}

/**
 * Replaces the document of one version in place (default: the default version). AWS versions are immutable; this is
 * the editor's draft while typing, which {@link createPolicyVersion} then saves as a version.
 */
export function setPolicyVersionDocument(
  scenario: Scenario,
  args: { policy: string; version?: string; document: PolicyBody },
): EditResult {
  const target = customerPolicy(scenario, args.policy)
  if (isRefusal(target)) return target
  const versions = target.policy.versions
  const index =
    args.version === undefined
      ? versions.findIndex((v) => v.isDefault)
      : versions.findIndex((v) => v.id === args.version)
  if (index < 0)
    return refuse(
      args.version === undefined
        ? say('edit.refused.no-default-version', { policy: target.name })
        : say('edit.refused.no-version', { policy: target.name, version: args.version }),
      'version',
    )
  const version = versions[index]!
  const next = replacePolicyAt(scenario, target, {
    ...target.policy,
    versions: replaceAt(versions, index, { ...version, document: args.document }),
  })
  return done(
    next,
    say('edit.done.edit-policy', { name: target.name, version: version.id }),
    `policy:${target.arn}:${version.id}`,
  )
}

function customerPolicy(scenario: Scenario, ref: string) {
  const target = resolveManagedPolicy(scenario, ref)
  if (isRefusal(target)) return target
  if (target.kind === 'aws') return refuse(say('edit.refused.aws-managed', { policy: target.name }), 'policy')
  return target
}

function replacePolicyAt(scenario: Scenario, target: { index: number }, policy: ManagedPolicy): Scenario {
  return { ...scenario, policies: replaceAt(scenario.policies ?? [], target.index, policy) }
}

function versionNumber(v: PolicyVersion): number {
  const n = /^v(\d+)$/.exec(v.id)
  return n ? Number(n[1]) : 0
}
