// What every account edit shares: the result type, IAM's name rules, reference lookups and copy-on-write helpers.
import { accountOf, groupArn, roleArn, userArn } from '../../engine/scenario/arns'
import { findGroup, findRole, findUser, parsePrincipalText, principalRef } from '../../engine/scenario/lookup'
import type { Group, Role, Scenario, Session, Tags, User } from '../../engine/scenario/model'
import { isValidPath, NAME_LIMITS, type NameKind } from '../../engine/account/import/rules'
import { MAX_TAGS, TAG_CHARS } from '../../engine/scenario/quotas'

/**
 * The outcome of one edit: the new scenario with a label for the undo menu, or why it was refused and which form
 * field is at fault. `coalesceKey` marks text edits that the undo history (history.ts) may merge into one step.
 */
export type EditResult =
  { ok: true; scenario: Scenario; label: string; coalesceKey?: string } | { ok: false; error: string; field?: string }

/** A refused edit. */
export type Refusal = Extract<EditResult, { ok: false }>

/** A successful edit. */
export function done(scenario: Scenario, label: string, coalesceKey?: string): EditResult {
  return coalesceKey === undefined ? { ok: true, scenario, label } : { ok: true, scenario, label, coalesceKey }
}

/** A refused edit, naming the form field at fault. */
export function refuse(error: string, field?: string): Refusal {
  return field === undefined ? { ok: false, error } : { ok: false, error, field }
}

/** Narrows a step's outcome to the refusal it may be. */
export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false
}

// --- Copy-on-write helpers. INVARIANT: no edit mutates its input; unchanged branches are shared. ---

/** A copy of `list` with `item` at `index`. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice()
  copy[index] = item
  return copy
}

/** A copy of `list` without the item at `index`. */
export function removeAt<T>(list: readonly T[], index: number): T[] {
  return [...list.slice(0, index), ...list.slice(index + 1)]
}

/** A copy of `obj` with `key` set, or removed when `value` is undefined, an empty array or an empty object. */
export function withField<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const empty =
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  if (empty) {
    if (!(key in obj)) return obj
    const copy = { ...obj }
    delete copy[key]
    return copy
  }
  return { ...obj, [key]: value }
}

// --- IAM names (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-names) ---

/** What IAM names may contain: ASCII letters, digits and `_+=,.@-`. */
const IAM_NAME = /^[\w+=,.@-]+$/

/** Checks a name against IAM's pattern and length ({@link NAME_LIMITS}); `undefined` when it is fine. */
export function checkIamName(kind: NameKind, name: string, field = 'name'): Refusal | undefined {
  const max = NAME_LIMITS[kind]
  if (name.length === 0) return refuse(`A ${kind} name is required`, field)
  if (name.length > max)
    return refuse(`A ${kind} name can have at most ${max} characters (this one has ${name.length})`, field)
  if (!IAM_NAME.test(name)) {
    const bad = [...new Set([...name].filter((c) => !IAM_NAME.test(c)))].map((c) => `"${c}"`).join(', ')
    return refuse(`A ${kind} name can contain only letters, digits and _+=,.@- (not ${bad})`, field)
  }
  return undefined
}

/** Checks an IAM path: `/` or `/segments/` of printable ASCII, at most 512 characters. */
export function checkPath(path: string | undefined, field = 'path'): Refusal | undefined {
  if (path === undefined) return undefined
  if (path.length > 512) return refuse(`A path can have at most 512 characters (this one has ${path.length})`, field)
  if (!isValidPath(path))
    return refuse('A path starts and ends with "/" and has no spaces, e.g. "/engineering/"', field)
  return undefined
}

/** Checks that `account` is one of the scenario's accounts (an absent account means the first). */
export function checkAccount(scenario: Scenario, account: string | undefined, field = 'account'): Refusal | undefined {
  if (account === undefined || scenario.accounts.some((a) => a.id === account)) return undefined
  return refuse(`There is no account ${account} in this scenario`, field)
}

/**
 * Refuses `name` when another entity of the same kind in `account` has it, ignoring case as IAM does
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names).
 */
export function checkUnique<T extends { name: string; account?: string }>(
  scenario: Scenario,
  list: readonly T[],
  kind: string,
  name: string,
  account: string,
  except?: T,
  field = 'name',
): Refusal | undefined {
  const clash = list.find(
    (e) => e !== except && accountOf(scenario, e) === account && e.name.toLowerCase() === name.toLowerCase(),
  )
  if (!clash) return undefined
  const where = scenario.accounts.length > 1 ? ` in account ${account}` : ''
  const hint = clash.name === name ? '' : ' (IAM names are case-insensitive)'
  return refuse(`A ${kind} named "${clash.name}" already exists${where}${hint}`, field)
}

// --- Tags (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules) ---

/** Checks tags as AWS does; IAM users and roles also refuse keys that differ only in case. */
export function checkTags(tags: Tags, options: { iam: boolean }, field = 'tags'): Refusal | undefined {
  const keys = Object.keys(tags)
  if (keys.length > MAX_TAGS) return refuse(`At most ${MAX_TAGS} tags are allowed (these are ${keys.length})`, field)
  const seen = new Map<string, string>()
  for (const key of keys) {
    const value = tags[key] ?? ''
    if (key.length === 0) return refuse('A tag key is required', field)
    if (key.length > 128) return refuse(`Tag key "${key.slice(0, 20)}…" is longer than 128 characters`, field)
    if (value.length > 256) return refuse(`The value of tag "${key}" is longer than 256 characters`, field)
    if (!TAG_CHARS.test(key))
      return refuse(`Tag key "${key}" can contain only letters, digits, spaces and _.:/=+-@`, field)
    if (!TAG_CHARS.test(value))
      return refuse(`The value of tag "${key}" can contain only letters, digits, spaces and _.:/=+-@`, field)
    if (key.toLowerCase().startsWith('aws:')) return refuse(`Tag keys starting with "aws:" are reserved for AWS`, field)
    const lower = key.toLowerCase()
    const other = seen.get(lower)
    if (options.iam && other !== undefined)
      return refuse(`Tag keys "${other}" and "${key}" differ only in case, which IAM does not allow`, field)
    seen.set(lower, key)
  }
  return undefined
}

// --- Identities: users, groups and roles ---

/** The IAM identities that hold policies. */
export type IdentityKind = 'user' | 'group' | 'role'

/** The entity type of each identity kind. */
export interface IdentityOf {
  user: User
  group: Group
  role: Role
}

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
 * Finds a user, group or role by ARN or exact name, with the engine's own lookup ({@link findUser} and kin): a
 * name that several accounts use means the one in `account`, else the one in the default account.
 */
export function findIdentity<K extends IdentityKind>(
  scenario: Scenario,
  kind: K,
  ref: string,
  field: string = kind,
  account?: string,
): Found<IdentityOf[K]> | Refusal {
  if (ref.length === 0) return refuse(`Choose a ${kind}`, field)
  const item = FINDERS[kind](scenario, ref, account) as IdentityOf[K] | undefined
  const index = item ? identities(scenario, kind).indexOf(item) : -1
  if (!item || index < 0) return refuse(`There is no ${kind} "${ref}"${account ? ` in account ${account}` : ''}`, field)
  return { item, index }
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
 * Renames a user or role wherever a principal text names it: saved requests and session source principals, in
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
  const sessions = next.sessions
  const moved = (s: Session) => s.sourcePrincipal !== undefined && rewrite(s.sourcePrincipal) !== s.sourcePrincipal
  if (sessions?.some(moved))
    next = {
      ...next,
      sessions: sessions.map((s) => (moved(s) ? { ...s, sourcePrincipal: rewrite(s.sourcePrincipal!) } : s)),
    }
  return next
}
