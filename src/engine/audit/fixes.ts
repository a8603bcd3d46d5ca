// The one-click fixes of findings, applied as pure edits: each returns a new scenario (the input is never changed),
// or the same scenario when the fix no longer applies (the entity was renamed or deleted meanwhile).
import { accountOf } from '../scenario/arns'
import { isoSeconds, scenarioNow } from '../scenario/clock'
import { removeAt, replaceAt, replaceResource, withAccount, withField, without } from '../scenario/edits/core'
import { changeIdentity } from '../scenario/edits/identities'
import type { MfaDevice, PolicyBody, Scenario, Tags } from '../scenario/model'
import { rootMfaSerial, virtualMfaSerial } from '../credentials/mfa'
import type { FindingEntity, FixAction, FixPolicy } from './types'

type Json = Record<string, unknown>

/** `2024-05-01T12:00:00Z`: the scenario clock without milliseconds, for new devices. */
function nowText(scenario: Scenario): string {
  return isoSeconds(scenarioNow(scenario).getTime())
}

/**
 * Changes the statement list of a policy body (a single statement object counts as a list of one, and stays one
 * when one is left); text stays text (pretty-printed), objects stay objects. Unreadable bodies are left as they are.
 */
function editStatementList(body: PolicyBody, change: (list: Json[]) => Json[]): PolicyBody {
  let doc: unknown
  try {
    doc = typeof body === 'string' ? JSON.parse(body) : body
  } catch {
    return body
  }
  if (!doc || typeof doc !== 'object') return body
  const raw = (doc as Json).Statement
  const list = Array.isArray(raw) ? (raw as Json[]) : raw === undefined ? [] : [raw as Json]
  const statements = change(list)
  if (statements.length === list.length && statements.every((x, i) => x === list[i])) return body
  const next = {
    ...(doc as Json),
    Statement: Array.isArray(raw) || statements.length !== 1 ? statements : statements[0],
  }
  return typeof body === 'string' ? JSON.stringify(next, null, 2) : (next as PolicyBody)
}

/** Changes some statements of a policy body (see {@link editStatementList}). */
function editStatements(body: PolicyBody, indexes: number[], change: (s: Json) => Json): PolicyBody {
  return editStatementList(body, (list) =>
    list.map((s, i) => (indexes.includes(i) && s && typeof s === 'object' ? change(s) : s)),
  )
}

/** How many statements a policy body has (0 when it cannot be read). */
function statementCount(body: PolicyBody): number {
  try {
    const raw = ((typeof body === 'string' ? JSON.parse(body) : body) as Json | undefined)?.Statement
    return Array.isArray(raw) ? raw.length : raw === undefined ? 0 : 1
  } catch {
    return 0
  }
}

/** The statement without `action` in its `Action` (any case); undefined when it named nothing else. */
function withoutAction(statement: Json, action: string): Json | undefined {
  const raw = statement.Action
  const actions = Array.isArray(raw) ? raw : [raw]
  const kept = actions.filter((a) => typeof a !== 'string' || a.toLowerCase() !== action.toLowerCase())
  if (kept.length === actions.length) return statement
  if (!kept.length) return undefined
  return { ...statement, Action: kept.length === 1 && !Array.isArray(raw) ? kept[0] : kept }
}

/** A statement denying `action` on `resource`. */
function denyStatement(action: string, resource: string): Json {
  return { Sid: 'DenyEscalation', Effect: 'Deny', Action: action, Resource: resource }
}

/** The scenario with one policy's body changed (an inline policy of an identity, or a customer managed policy). */
function editPolicy(scenario: Scenario, ref: FixPolicy, change: (body: PolicyBody) => PolicyBody): Scenario {
  const { entity } = ref
  const account = entity.account ?? scenario.accounts[0]?.id ?? ''
  if (entity.kind === 'policy') {
    const policies = scenario.policies ?? []
    const i = policies.findIndex((p) => p.name === entity.name && accountOf(scenario, p) === account)
    const policy = policies[i]
    const version = policy?.versions.findIndex((v) => v.isDefault === true) ?? -1
    if (!policy || version < 0) return scenario
    const v = policy.versions[version]!
    const versions = replaceAt(policy.versions, version, { ...v, document: change(v.document) })
    return { ...scenario, policies: replaceAt(policies, i, { ...policy, versions }) }
  }
  if (entity.kind !== 'user' && entity.kind !== 'group' && entity.kind !== 'role') return scenario
  return changeIdentity(scenario, entity.kind, entity.name, account, (e) => {
    const list = e.inlinePolicies ?? []
    const i = list.findIndex((p) => p.name === ref.inline)
    if (i < 0) return e
    const body = change(list[i]!.document)
    if (body === list[i]!.document) return e
    // An inline policy left with no statement is deleted (AWS accepts none without one).
    if (!statementCount(body)) return withField(e, 'inlinePolicies', removeAt(list, i))
    return { ...e, inlinePolicies: replaceAt(list, i, { ...list[i]!, document: body }) }
  })
}

/** A new customer managed policy allowing every action but `action` on `resource`, as the entity's boundary. */
function setBoundary(scenario: Scenario, fix: Extract<FixAction, { kind: 'set-boundary' }>): Scenario {
  const { entity } = fix
  const account = entity.account ?? scenario.accounts[0]?.id ?? ''
  if (entity.kind !== 'user' && entity.kind !== 'role') return scenario
  const taken = (scenario.policies ?? []).some((p) => p.name === fix.policy && accountOf(scenario, p) === account)
  if (taken) return scenario
  const document = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, denyStatement(fix.action, fix.resource)],
  }
  const next = changeIdentity(scenario, entity.kind, entity.name, account, (e) =>
    e.permissionsBoundary === undefined ? { ...e, permissionsBoundary: fix.policy } : e,
  )
  if (next === scenario) return scenario
  const created = {
    name: fix.policy,
    ...(account !== scenario.accounts[0]?.id && { account }),
    versions: [{ id: 'v1', isDefault: true, document }],
  }
  return { ...next, policies: [...(next.policies ?? []), created] }
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
export function applyFix(scenario: Scenario, fix: FixAction): Scenario {
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
    case 'remove-action':
      return editPolicy(scenario, fix.policy, (body) =>
        editStatementList(body, (list) =>
          list.flatMap((s, i): Json[] => {
            if (i !== fix.statement || !s || typeof s !== 'object') return [s]
            const kept = withoutAction(s, fix.action)
            return kept ? [kept] : []
          }),
        ),
      )
    case 'deny-action':
      return editPolicy(scenario, fix.policy, (body) =>
        editStatementList(body, (list) => [...list, denyStatement(fix.action, fix.resource)]),
      )
    case 'set-boundary':
      return setBoundary(scenario, fix)
  }
}
