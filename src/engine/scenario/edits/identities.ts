// Users, groups and roles as edits see them: finding one by name or ARN, replacing it, and renaming it wherever a
// principal text names it.
import { accountOf, groupArn, roleArn, userArn } from '../arns'
import { findGroup, findRole, findUser, parsePrincipalText, principalRef } from '../lookup'
import type { Group, Role, Scenario, Session, User } from '../model'
import { isRefusal, noun, type Refusal, refuse, replaceAt, replaceItem, say, withField } from './core'

/** The IAM identities that hold policies. */
export type IdentityKind = 'user' | 'group' | 'role'

/** The entity type of each identity kind. */
export interface IdentityOf {
  user: User
  group: Group
  role: Role
}

/** A user, group or role with its kind. */
export type Identity =
  { kind: 'user'; entity: User } | { kind: 'group'; entity: Group } | { kind: 'role'; entity: Role }

/** A user or a role: the identities that are principals (and have tags and a permissions boundary). */
export type PrincipalIdentity = Extract<Identity, { kind: 'user' | 'role' }>

const LIST_KEY = { user: 'users', group: 'groups', role: 'roles' } as const

/** The scenario's users, groups or roles. */
export function identities<K extends IdentityKind>(scenario: Scenario, kind: K): IdentityOf[K][] {
  return (scenario[LIST_KEY[kind]] ?? []) as IdentityOf[K][]
}

/** The scenario with its users, groups or roles replaced. */
export function withIdentities<K extends IdentityKind>(scenario: Scenario, kind: K, list: IdentityOf[K][]): Scenario {
  return withField(scenario, LIST_KEY[kind], list as Scenario[(typeof LIST_KEY)[K]])
}

/** The ARN of a user, group or role. */
export function identityArn(scenario: Scenario, kind: IdentityKind, entity: User | Group | Role): string {
  if (kind === 'user') return userArn(scenario, entity as User)
  if (kind === 'group') return groupArn(scenario, entity as Group)
  return roleArn(scenario, entity as Role)
}

/** An entity found in its list. */
export interface Found<T> {
  item: T
  index: number
}

const FINDERS = { user: findUser, group: findGroup, role: findRole }

/**
 * A user, group or role by ARN or exact name, with the engine's own lookup ({@link findUser} and kin): a name that
 * several accounts use means the one in `account`, else the one in the default account.
 */
export function lookupIdentity<K extends IdentityKind>(
  scenario: Scenario,
  kind: K,
  ref: string,
  account?: string,
): Extract<Identity, { kind: K }> | undefined {
  const entity = FINDERS[kind](scenario, ref, account)
  return entity && ({ kind, entity } as Extract<Identity, { kind: K }>)
}

/** Finds a user, group or role as {@link lookupIdentity} does, or the refusal naming what is missing. */
export function findIdentity<K extends IdentityKind>(
  scenario: Scenario,
  kind: K,
  ref: string,
  field: string = kind,
  account?: string,
): Found<IdentityOf[K]> | Refusal {
  if (ref.length === 0) return refuse(say('edit.refused.choose', { kind: noun(kind) }), field)
  const item = lookupIdentity(scenario, kind, ref, account)?.entity as IdentityOf[K] | undefined
  const index = item ? identities(scenario, kind).indexOf(item) : -1
  if (!item || index < 0)
    return refuse(
      account
        ? say('edit.refused.no-identity.account', { kind: noun(kind), name: ref, account })
        : say('edit.refused.no-identity', { kind: noun(kind), name: ref }),
      field,
    )
  return { item, index }
}

/** The scenario with one identity replaced; undefined when it is not in the scenario. */
export function replaceIdentity(scenario: Scenario, who: Identity, next: User | Group | Role): Scenario | undefined {
  const list = replaceItem(identities(scenario, who.kind) as (User | Group | Role)[], who.entity, next)
  return list && { ...scenario, [LIST_KEY[who.kind]]: list }
}

/**
 * The scenario with one user, group or role (by name or ARN, in `account`) changed by `change`; the scenario itself
 * when there is none or `change` returns it as it was.
 */
export function changeIdentity<K extends IdentityKind>(
  scenario: Scenario,
  kind: K,
  ref: string,
  account: string | undefined,
  change: (entity: IdentityOf[K]) => IdentityOf[K],
): Scenario {
  const who = lookupIdentity(scenario, kind, ref, account)
  if (!who) return scenario
  const next = change(who.entity as IdentityOf[K])
  return next === who.entity ? scenario : (replaceIdentity(scenario, who, next) ?? scenario)
}

/** `user alice`, `role Admin`, `group Dev`. */
export function identityLabel(who: Identity): string {
  return `${who.kind} ${who.entity.name}`
}

/** Applies `change` to one user, group or role, returning the new scenario and both versions of the entity. */
export function updateIdentity<K extends IdentityKind>(
  scenario: Scenario,
  kind: K,
  ref: string,
  field: string,
  change: (entity: IdentityOf[K]) => IdentityOf[K] | Refusal,
): { scenario: Scenario; before: IdentityOf[K]; after: IdentityOf[K] } | Refusal {
  const found = findIdentity(scenario, kind, ref, field)
  if (isRefusal(found)) return found
  const after = change(found.item)
  if (isRefusal(after)) return after
  const list = replaceAt(identities(scenario, kind), found.index, after)
  return { scenario: withIdentities(scenario, kind, list), before: found.item, after }
}

/**
 * Renames a user or role wherever a principal text names it: saved requests, expected findings and session source
 * principals, in
 * every form the engine reads (`user/alice`, `user/eng/alice`, `ACCOUNT:role/Admin`, ARNs and, for a role, its
 * session ARNs). Texts are resolved in `before`, the scenario that still has the old name.
 */
export function renamePrincipals(
  before: Scenario,
  scenario: Scenario,
  kind: 'user' | 'role',
  entity: User | Role,
  name: string,
): Scenario {
  const account = accountOf(before, entity)
  const rewrite = (text: string): string => {
    const ref = principalRef(before, text)
    if (ref?.kind === kind && ref.entity === entity) return text.slice(0, text.length - entity.name.length) + name
    if (kind !== 'role') return text
    const syntax = parsePrincipalText(text)
    if (syntax?.kind !== 'session' || syntax.roleName !== entity.name) return text
    if ((syntax.account ?? before.accounts[0]?.id) !== account) return text
    return text.replace(`assumed-role/${entity.name}/`, `assumed-role/${name}/`)
  }
  let next = scenario
  const requests = next.requests
  if (requests?.some((r) => rewrite(r.principal) !== r.principal))
    next = { ...next, requests: requests.map((r) => ({ ...r, principal: rewrite(r.principal) })) }
  const expected = next.expectFindings
  if (expected?.some((e) => rewrite(e.principal) !== e.principal))
    next = { ...next, expectFindings: expected.map((e) => ({ ...e, principal: rewrite(e.principal) })) }
  const sessions = next.sessions
  const moved = (s: Session) => s.sourcePrincipal !== undefined && rewrite(s.sourcePrincipal) !== s.sourcePrincipal
  if (sessions?.some(moved))
    next = {
      ...next,
      sessions: sessions.map((s) => (moved(s) ? { ...s, sourcePrincipal: rewrite(s.sourcePrincipal!) } : s)),
    }
  return next
}
