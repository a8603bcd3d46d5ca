// The one-click fixes of findings, applied as pure edits: each returns a new scenario (the input is never changed),
// or the same scenario when the fix no longer applies (the entity was renamed or deleted meanwhile).
import { accountOf } from '../scenario/arns'
import { isoSeconds, scenarioNow } from '../scenario/clock'
import { replaceAt, replaceResource, withAccount, without } from '../scenario/edits/core'
import { changeIdentity } from '../scenario/edits/identities'
import type { MfaDevice, PolicyBody, Scenario, Tags } from '../scenario/model'
import { rootMfaSerial, virtualMfaSerial } from '../credentials/mfa'
import type { FindingEntity, FindingFix } from './types'

type Json = Record<string, unknown>

/** `2024-05-01T12:00:00Z`: the scenario clock without milliseconds, for new devices. */
function nowText(scenario: Scenario): string {
  return isoSeconds(scenarioNow(scenario).getTime())
}

/** Changes some statements of a policy body; text stays text (pretty-printed), objects stay objects. */
function editStatements(body: PolicyBody, indexes: number[], change: (s: Json) => Json): PolicyBody {
  let doc: unknown
  try {
    doc = typeof body === 'string' ? JSON.parse(body) : body
  } catch {
    return body
  }
  if (!doc || typeof doc !== 'object') return body
  const raw = (doc as Json).Statement
  const list = Array.isArray(raw) ? (raw as Json[]) : [raw as Json]
  const statements = list.map((s, i) => (indexes.includes(i) && s && typeof s === 'object' ? change(s) : s))
  const next = { ...(doc as Json), Statement: Array.isArray(raw) ? statements : statements[0] }
  return typeof body === 'string' ? JSON.stringify(next, null, 2) : (next as PolicyBody)
}

function removeTag(tags: Tags | undefined, key: string): Tags | undefined {
  if (!tags || !(key in tags)) return tags
  const copy = { ...tags }
  delete copy[key]
  return copy
}

/** A copy of `obj` with its tags without `key` (no `tags` field when none are left). */
function untagged<T extends { tags?: Tags }>(obj: T, key: string): T {
  const tags = removeTag(obj.tags, key)
  if (tags === obj.tags) return obj
  return tags && Object.keys(tags).length ? { ...obj, tags } : without(obj, 'tags')
}

function removeTagFrom(scenario: Scenario, entity: FindingEntity, key: string): Scenario {
  const account = entity.account ?? scenario.accounts[0]?.id ?? ''
  if (entity.kind === 'user') return changeIdentity(scenario, 'user', entity.name, account, (u) => untagged(u, key))
  if (entity.kind === 'role') return changeIdentity(scenario, 'role', entity.name, account, (r) => untagged(r, key))
  if (entity.kind === 'resource') {
    const resource = (scenario.resources ?? []).find((r) => r.arn === entity.name)
    if (!resource) return scenario
    const next = untagged(resource, key)
    return next === resource ? scenario : (replaceResource(scenario, resource, next) ?? scenario)
  }
  return scenario
}

function removeDescription(scenario: Scenario, entity: FindingEntity): Scenario {
  const account = entity.account ?? scenario.accounts[0]?.id ?? ''
  if (entity.kind === 'role')
    return changeIdentity(scenario, 'role', entity.name, account, (r) => without(r, 'description'))
  if (entity.kind === 'policy') {
    const policies = scenario.policies ?? []
    const i = policies.findIndex((p) => p.name === entity.name && accountOf(scenario, p) === account)
    return i < 0 ? scenario : { ...scenario, policies: replaceAt(policies, i, without(policies[i]!, 'description')) }
  }
  return scenario
}

function virtualDevice(serial: string, enabledAt: string): MfaDevice {
  return { serial, type: 'virtual', enabledAt }
}

/** Applies a finding's fix: a new scenario with the fix made, or `scenario` itself when the fix no longer applies. */
export function applyFix(scenario: Scenario, fix: FindingFix): Scenario {
  switch (fix.kind) {
    case 'delete-root-keys':
      return withAccount(scenario, fix.account, (a) => (a.root ? { ...a, root: without(a.root, 'accessKeys') } : a))
    case 'enable-root-mfa':
      return withAccount(scenario, fix.account, (a) => ({
        ...a,
        root: {
          ...a.root,
          mfa: true,
          mfaDevices: [virtualDevice(rootMfaSerial(a.id), nowText(scenario))],
        },
      }))
    case 'set-password-policy':
      return withAccount(scenario, fix.account, (a) => ({ ...a, passwordPolicy: { ...fix.policy } }))
    case 'add-user-mfa':
      return changeIdentity(scenario, 'user', fix.user, fix.account, (u) => ({
        ...u,
        mfaDevices: [...(u.mfaDevices ?? []), virtualDevice(virtualMfaSerial(fix.account, u.name), nowText(scenario))],
      }))
    case 'deactivate-key':
      return changeIdentity(scenario, 'user', fix.user, fix.account, (u) => ({
        ...u,
        accessKeys: (u.accessKeys ?? []).map((k) => (k.id === fix.keyId ? { ...k, status: 'Inactive' as const } : k)),
      }))
    case 'remove-password':
      return changeIdentity(scenario, 'user', fix.user, fix.account, (u) => without(u, 'password'))
    case 'trust-own-account':
      return changeIdentity(scenario, 'role', fix.role, fix.account, (r) => ({
        ...r,
        trustPolicy: editStatements(r.trustPolicy, fix.statements, (s) => ({
          ...without(s, 'NotPrincipal'),
          Principal: { AWS: `arn:aws:iam::${fix.account}:root` },
        })),
      }))
    case 'trust-require-mfa':
      return changeIdentity(scenario, 'role', fix.role, fix.account, (r) => ({
        ...r,
        trustPolicy: editStatements(r.trustPolicy, fix.statements, (s) => {
          const condition = (s.Condition && typeof s.Condition === 'object' ? s.Condition : {}) as Json
          const bool = (condition.Bool && typeof condition.Bool === 'object' ? condition.Bool : {}) as Json
          return { ...s, Condition: { ...condition, Bool: { ...bool, 'aws:MultiFactorAuthPresent': 'true' } } }
        }),
      }))
    case 'remove-tag':
      return removeTagFrom(scenario, fix.entity, fix.key)
    case 'remove-description':
      return removeDescription(scenario, fix.entity)
  }
}
