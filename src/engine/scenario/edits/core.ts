// What every scenario edit shares: the result type, copy-on-write helpers, and IAM's rules for names, paths and tags.
import { accountOf } from '../arns'
import type { Account, ManagedPolicy, Resource, Scenario, Session, Tags } from '../model'
import { isValidPath, NAME_LIMITS, type NameKind } from '../../account/import/rules'
import { MAX_TAGS, TAG_CHARS } from '../quotas'

/**
 * The outcome of one edit: the new scenario with a label for the undo menu, or why it was refused and which form
 * field is at fault. `coalesceKey` marks text edits that the app's undo history (lib/workspace/history.ts) may merge
 * into one step.
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

/** A copy of `obj` without `key`. */
export function without<T extends object>(obj: T, key: keyof T): T {
  const copy = { ...obj }
  delete copy[key]
  return copy
}

/** A copy of `list` with `old` (found by identity) replaced by `next`; undefined when `old` is not in it. */
export function replaceItem<T>(list: readonly T[] | undefined, old: T, next: T): T[] | undefined {
  const index = list?.indexOf(old) ?? -1
  return list && index >= 0 ? replaceAt(list, index, next) : undefined
}

/** The scenario with one resource entry replaced (or added, when `old` is undefined). */
export function replaceResource(scenario: Scenario, old: Resource | undefined, next: Resource): Scenario | undefined {
  if (!old) return { ...scenario, resources: [...(scenario.resources ?? []), next] }
  const list = replaceItem(scenario.resources, old, next)
  return list && { ...scenario, resources: list }
}

/** The scenario with one session replaced. */
export function replaceSession(scenario: Scenario, old: Session, next: Session): Scenario | undefined {
  const list = replaceItem(scenario.sessions, old, next)
  return list && { ...scenario, sessions: list }
}

/** The scenario with one customer managed policy replaced. */
export function replacePolicy(scenario: Scenario, old: ManagedPolicy, next: ManagedPolicy): Scenario | undefined {
  const list = replaceItem(scenario.policies, old, next)
  return list && { ...scenario, policies: list }
}

/** The scenario with the account at `index` replaced. */
export function replaceAccount(scenario: Scenario, index: number, account: Account): Scenario {
  return { ...scenario, accounts: replaceAt(scenario.accounts, index, account) }
}

/**
 * The scenario with account `id` changed by `change`; the scenario itself when it has no such account or `change`
 * returns the account as it was.
 */
export function withAccount(scenario: Scenario, id: string, change: (account: Account) => Account): Scenario {
  const index = scenario.accounts.findIndex((a) => a.id === id)
  if (index < 0) return scenario
  const next = change(scenario.accounts[index]!)
  return next === scenario.accounts[index] ? scenario : replaceAccount(scenario, index, next)
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

/** Checks a new name for a user, group, role or managed policy: IAM's rules, a change, and no clash in its account. */
export function checkRename<T extends { name: string; account?: string }>(
  scenario: Scenario,
  list: readonly T[],
  kind: 'user' | 'group' | 'role' | 'policy',
  entity: T,
  name: string,
): Refusal | undefined {
  return (
    checkIamName(kind, name) ??
    (name === entity.name ? refuse(`The ${kind} is already named "${entity.name}"`, 'name') : undefined) ??
    checkUnique(scenario, list, kind, name, accountOf(scenario, entity), entity)
  )
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

/**
 * Tags with `key` set to `value` (replacing other spellings of the key); undefined when AWS would refuse the value, a
 * key starting with `aws:`, or one tag too many.
 */
export function withTag(tags: Tags | undefined, key: string, value: string): Tags | undefined {
  if (value.length > 256 || !TAG_CHARS.test(value) || key.toLowerCase().startsWith('aws:')) return undefined
  const out: Tags = {}
  for (const [k, v] of Object.entries(tags ?? {})) if (k.toLowerCase() !== key.toLowerCase()) out[k] = v
  out[key] = value
  return Object.keys(out).length > MAX_TAGS ? undefined : out
}
