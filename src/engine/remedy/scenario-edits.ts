// Copy-on-write changes of a scenario for remedies: replace one entity, one policy version, one tag. The input is
// never changed; untouched branches are shared.
import { accountOf, policyArn, sessionRole } from '../scenario/arns'
import { findManagedPolicy, findRole, findUser, findGroup } from '../scenario/lookup'
import type {
  Group,
  ManagedPolicy,
  PolicyVersion,
  Resource,
  Role,
  Scenario,
  Session,
  Tags,
  User,
} from '../scenario/model'
import { MAX_POLICY_VERSIONS, MAX_TAGS, TAG_CHARS } from '../scenario/quotas'
import type { ResolvedPrincipal } from '../account/simulate-types'
import type { PolicyDocument } from '../evaluate/input'
import { writeBody } from './documents'

/** Users, groups and roles: the entities that hold identity-based policies. */
export type IdentityKind = 'user' | 'group' | 'role'

/** An identity of the scenario. */
export type Identity =
  { kind: 'user'; entity: User } | { kind: 'group'; entity: Group } | { kind: 'role'; entity: Role }

const LIST = { user: 'users', group: 'groups', role: 'roles' } as const

/** `list` with `old` (by identity) replaced by `next`; undefined when `old` is not in it. */
function replaced<T>(list: readonly T[] | undefined, old: T, next: T): T[] | undefined {
  const i = list?.indexOf(old) ?? -1
  if (!list || i < 0) return undefined
  const copy = list.slice()
  copy[i] = next
  return copy
}

/** The scenario with one identity replaced. */
export function replaceIdentity(scenario: Scenario, who: Identity, next: User | Group | Role): Scenario | undefined {
  const key = LIST[who.kind]
  const list = replaced(scenario[key] as (User | Group | Role)[] | undefined, who.entity, next)
  return list && { ...scenario, [key]: list }
}

/** The scenario with one resource entry replaced (or added, when `old` is undefined). */
export function replaceResource(scenario: Scenario, old: Resource | undefined, next: Resource): Scenario | undefined {
  if (!old) return { ...scenario, resources: [...(scenario.resources ?? []), next] }
  const list = replaced(scenario.resources, old, next)
  return list && { ...scenario, resources: list }
}

/** The scenario with one session replaced. */
export function replaceSession(scenario: Scenario, old: Session, next: Session): Scenario | undefined {
  const list = replaced(scenario.sessions, old, next)
  return list && { ...scenario, sessions: list }
}

/** The scenario with one customer managed policy replaced. */
export function replacePolicy(scenario: Scenario, old: ManagedPolicy, next: ManagedPolicy): Scenario | undefined {
  const list = replaced(scenario.policies, old, next)
  return list && { ...scenario, policies: list }
}

/** A copy of `obj` without `key`. */
export function without<T extends object>(obj: T, key: keyof T): T {
  const copy = { ...obj }
  delete copy[key]
  return copy
}

/** A user or a role: the identities that are principals (and have tags and a permissions boundary). */
export type PrincipalIdentity = Extract<Identity, { kind: 'user' | 'role' }>

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

/** A user, group or role by kind and name in an account. */
export function findIdentity(scenario: Scenario, kind: IdentityKind, name: string, account?: string) {
  const finder = { user: findUser, group: findGroup, role: findRole }[kind]
  const entity = finder(scenario, name, account)
  return entity && ({ kind, entity } as Identity)
}

/** `user alice`, `role Admin`, `group Dev`. */
export function identityLabel(who: Identity): string {
  return `${who.kind} ${who.entity.name}`
}

/** The customer managed policy (not an AWS managed copy) with this ARN. */
export function customerPolicy(scenario: Scenario, arn: string | undefined): ManagedPolicy | undefined {
  if (arn === undefined) return undefined
  return (scenario.policies ?? []).find((p) => p.account !== 'aws' && policyArn(scenario, p) === arn)
}

function versionNumber(v: PolicyVersion): number {
  const n = /^v(\d+)$/.exec(v.id)
  return n ? Number(n[1]) : 0
}

/**
 * Saves `doc` as a new default version of a customer managed policy, as `CreatePolicyVersion` with
 * `SetAsDefault` does. At {@link MAX_POLICY_VERSIONS} the oldest non-default version is deleted first (AWS refuses a
 * sixth); undefined when every version is the default (nothing can be deleted).
 */
export function newDefaultVersion(
  scenario: Scenario,
  policy: ManagedPolicy,
  doc: PolicyDocument,
): { scenario: Scenario; id: string; dropped?: string } | undefined {
  const current = policy.versions.find((v) => v.isDefault)
  let versions = policy.versions
  let dropped: string | undefined
  if (versions.length >= MAX_POLICY_VERSIONS) {
    const oldest = versions
      .filter((v) => !v.isDefault)
      .reduce<PolicyVersion | undefined>((a, v) => (a && versionNumber(a) <= versionNumber(v) ? a : v), undefined)
    if (!oldest) return undefined
    dropped = oldest.id
    versions = versions.filter((v) => v !== oldest)
  }
  const id = `v${Math.max(0, ...policy.versions.map(versionNumber)) + 1}`
  const version: PolicyVersion = { id, document: writeBody(current?.document, doc), isDefault: true }
  versions = [...versions.map((v) => (v.isDefault ? without(v, 'isDefault') : v)), version]
  const next = replacePolicy(scenario, policy, { ...policy, versions })
  if (!next) return undefined
  return dropped ? { scenario: next, id, dropped } : { scenario: next, id }
}

/** How many users, groups and roles attach this managed policy (or use it as their boundary). */
export function attachmentCount(scenario: Scenario, arn: string): number {
  let n = 0
  const resolves = (ref: string, entity: { account?: string }) =>
    findManagedPolicy(scenario, ref, accountOf(scenario, entity))?.arn === arn
  for (const e of [...(scenario.users ?? []), ...(scenario.groups ?? []), ...(scenario.roles ?? [])]) {
    const boundary = (e as { permissionsBoundary?: string }).permissionsBoundary
    const refs = [...(e.managedPolicies ?? []), ...(boundary === undefined ? [] : [boundary])]
    if (refs.some((ref) => resolves(ref, e))) n++
  }
  return n
}

/** Detaches the managed policy with this ARN from an identity; undefined when it is not attached there. */
export function detachManaged(scenario: Scenario, who: Identity, arn: string): Scenario | undefined {
  const account = accountOf(scenario, who.entity)
  const refs = who.entity.managedPolicies ?? []
  const kept = refs.filter((ref) => findManagedPolicy(scenario, ref, account)?.arn !== arn)
  if (kept.length === refs.length) return undefined
  const next = kept.length ? { ...who.entity, managedPolicies: kept } : without(who.entity, 'managedPolicies')
  return replaceIdentity(scenario, who, next)
}

/** Tags with `key` set to `value` (replacing other spellings of the key); undefined when AWS would refuse the tag. */
export function withTag(tags: Tags | undefined, key: string, value: string): Tags | undefined {
  if (value.length > 256 || !TAG_CHARS.test(value) || key.toLowerCase().startsWith('aws:')) return undefined
  const out: Tags = {}
  for (const [k, v] of Object.entries(tags ?? {})) if (k.toLowerCase() !== key.toLowerCase()) out[k] = v
  out[key] = value
  return Object.keys(out).length > MAX_TAGS ? undefined : out
}

/** The scenario's session that the principal (a role session) is, looked up by role and session name. */
export function principalSession(scenario: Scenario, p: ResolvedPrincipal): Session | undefined {
  if (p.kind !== 'session') return undefined
  const role = findRole(scenario, p.role?.name ?? p.name, p.account)
  if (!role) return undefined
  return (scenario.sessions ?? []).find((s) => s.sessionName === p.sessionName && sessionRole(scenario, s) === role)
}
