// What every scenario edit shares: the result type, copy-on-write helpers, and IAM's rules for names, paths and tags.
import { accountOf } from '../arns'
import type { Account, ManagedPolicy, Resource, Scenario, Session, Tags } from '../model'
import { isValidPath, NAME_LIMITS, type NameKind } from '../../account/import/rules'
import { MAX_TAGS, TAG_CHARS } from '../quotas'
import type { EDITS_EN } from '../../messages/edits.en'
import { englishField } from '../../messages/english-fields'
import { message, type EngineMessage, type MessageParam } from '../../messages/message'

/**
 * The outcome of one edit: the new scenario with a label for the undo menu, or why it was refused and which form
 * field is at fault. Each is a message (`labelText`, `errorText`) with its English beside it (`label`, `error`).
 * `coalesceKey` marks text edits that the app's undo history (lib/workspace/history.ts) may merge into one step.
 */
export type EditResult =
  | { ok: true; scenario: Scenario; label: string; labelText?: EngineMessage; coalesceKey?: string }
  | { ok: false; error: string; errorText: EngineMessage; field?: string }

/** A refused edit. */
export type Refusal = Extract<EditResult, { ok: false }>

/** A key of the edits' messages (src/engine/messages/edits.en.ts). */
export type EditMessageKey = keyof typeof EDITS_EN

/** One of the edits' messages; a param may be a message itself (a noun, a place). */
export function say(key: EditMessageKey, params?: Readonly<Record<string, MessageParam>>): EngineMessage {
  return message(key, params)
}

/** A successful edit, labelled for the undo menu. */
export function done(scenario: Scenario, label: EngineMessage, coalesceKey?: string): EditResult {
  const result: EditResult = { ok: true, scenario, label: englishField(label), labelText: label }
  if (coalesceKey !== undefined) result.coalesceKey = coalesceKey
  return result
}

/** A refused edit, naming the form field at fault. */
export function refuse(error: EngineMessage, field?: string): Refusal {
  const refusal: Refusal = { ok: false, error: englishField(error), errorText: error }
  if (field !== undefined) refusal.field = field
  return refusal
}

/** `user`, `inline policy`: the kind of a named entity, as a message. */
export function noun(kind: NameKind): EngineMessage {
  return say(
    `edit.noun.${kind === 'inline policy' ? 'inline-policy' : kind === 'instance profile' ? 'instance-profile' : kind}`,
  )
}

/** `a, b and c` (`and` says `and`) or `a, b, c`, as nested messages. */
export function listOf(items: readonly (string | EngineMessage)[], and = true): MessageParam {
  if (items.length <= 1) return items[0] ?? ''
  if (items.length === 2 && and) return say('edit.list.and', { first: items[0]!, last: items[1]! })
  return say('edit.list.comma', { first: items[0]!, rest: listOf(items.slice(1), and) })
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
  if (name.length === 0) return refuse(say('edit.refused.name-required', { kind: noun(kind) }), field)
  if (name.length > max)
    return refuse(say('edit.refused.name-too-long', { kind: noun(kind), max, length: name.length }), field)
  if (!IAM_NAME.test(name)) {
    const bad = [...new Set([...name].filter((c) => !IAM_NAME.test(c)))].map((c) => `"${c}"`).join(', ')
    return refuse(say('edit.refused.name-chars', { kind: noun(kind), chars: bad }), field)
  }
  return undefined
}

/** Checks an IAM path: `/` or `/segments/` of printable ASCII, at most 512 characters. */
export function checkPath(path: string | undefined, field = 'path'): Refusal | undefined {
  if (path === undefined) return undefined
  if (path.length > 512) return refuse(say('edit.refused.path-too-long', { length: path.length }), field)
  if (!isValidPath(path)) return refuse(say('edit.refused.path-shape'), field)
  return undefined
}

/** Checks that `account` is one of the scenario's accounts (an absent account means the first). */
export function checkAccount(scenario: Scenario, account: string | undefined, field = 'account'): Refusal | undefined {
  if (account === undefined || scenario.accounts.some((a) => a.id === account)) return undefined
  return refuse(say('edit.refused.no-account', { account }), field)
}

/**
 * Refuses `name` when another entity of the same kind in `account` has it, ignoring case as IAM does
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names).
 */
export function checkUnique<T extends { name: string; account?: string }>(
  scenario: Scenario,
  list: readonly T[],
  kind: NameKind,
  name: string,
  account: string,
  except?: T,
  field = 'name',
): Refusal | undefined {
  const clash = list.find(
    (e) => e !== except && accountOf(scenario, e) === account && e.name.toLowerCase() === name.toLowerCase(),
  )
  if (!clash) return undefined
  const where = scenario.accounts.length > 1 ? '.account' : ''
  const hint = clash.name === name ? '' : '.case'
  return refuse(say(`edit.refused.name-taken${where}${hint}`, { kind: noun(kind), name: clash.name, account }), field)
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
    (name === entity.name
      ? refuse(say('edit.refused.same-name', { kind: noun(kind), name: entity.name }), 'name')
      : undefined) ??
    checkUnique(scenario, list, kind, name, accountOf(scenario, entity), entity)
  )
}

// --- Tags (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html#id_tags_rules) ---

/** Checks tags as AWS does; IAM users and roles also refuse keys that differ only in case. */
export function checkTags(tags: Tags, options: { iam: boolean }, field = 'tags'): Refusal | undefined {
  const keys = Object.keys(tags)
  if (keys.length > MAX_TAGS)
    return refuse(say('edit.refused.too-many-tags', { max: MAX_TAGS, count: keys.length }), field)
  const seen = new Map<string, string>()
  for (const key of keys) {
    const value = tags[key] ?? ''
    if (key.length === 0) return refuse(say('edit.refused.tag-key-required'), field)
    if (key.length > 128) return refuse(say('edit.refused.tag-key-too-long', { key: key.slice(0, 20) }), field)
    if (value.length > 256) return refuse(say('edit.refused.tag-value-too-long', { key }), field)
    if (!TAG_CHARS.test(key)) return refuse(say('edit.refused.tag-key-chars', { key }), field)
    if (!TAG_CHARS.test(value)) return refuse(say('edit.refused.tag-value-chars', { key }), field)
    if (key.toLowerCase().startsWith('aws:')) return refuse(say('edit.refused.tag-key-reserved'), field)
    const lower = key.toLowerCase()
    const other = seen.get(lower)
    if (options.iam && other !== undefined)
      return refuse(say('edit.refused.tag-keys-case', { first: other, second: key }), field)
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
