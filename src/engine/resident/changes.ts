// What changed between two versions of a scenario, as little as it takes to send: the top-level fields that differ,
// and for the lists of entities (users, roles, policies, …) the runs of elements kept from the older version and the
// elements that are new. Unchanged objects are compared and reused by identity: the app's edits copy what they change
// and keep the rest (see scenario/edits), so applying the changes to the older version gives back a scenario whose
// unchanged parts are the very objects the engine's per-object caches (policy texts, compiled policies) know.
import type { Scenario } from '../scenario/model'

/** The scenario's lists whose elements are objects, diffed element by element. */
export const SCENARIO_LISTS = [
  'accounts',
  'users',
  'groups',
  'roles',
  'policies',
  'resources',
  'identityProviders',
  'sessions',
  'requests',
  'activity',
] as const satisfies readonly (keyof Scenario)[]

/** One of {@link SCENARIO_LISTS}. */
export type ScenarioList = (typeof SCENARIO_LISTS)[number]

/** Part of a list: `keep` elements `[start, start + count)` of the older version's list, or `add` new elements. */
export type ListPiece<T> = { keep: [start: number, count: number] } | { add: T[] }

/** The changes that turn one version of a scenario into another (see {@link scenarioChanges}). */
export interface ScenarioChanges {
  /** Top-level fields set to a new value (lists too, when nothing of the older one is kept). */
  set?: Partial<Scenario>
  /** Top-level fields removed. */
  unset?: (keyof Scenario)[]
  /** Lists rebuilt from pieces, in order. */
  lists?: { [K in ScenarioList]?: ListPiece<NonNullable<Scenario[K]>[number]>[] }
}

const LIST_KEYS: ReadonlySet<string> = new Set(SCENARIO_LISTS)

/**
 * The changes from `base` to `next`: empty when they are the same object. Fields and list elements are compared by
 * identity (a copy that is equal but not the same object counts as changed), so computing them is linear in the
 * lists' lengths and never walks into policy documents.
 */
export function scenarioChanges(base: Scenario, next: Scenario): ScenarioChanges {
  const changes: ScenarioChanges = {}
  if (base === next) return changes
  const set: Record<string, unknown> = {}
  const lists: Record<string, unknown> = {}
  const unset: (keyof Scenario)[] = []
  const b = base as unknown as Record<string, unknown>
  const n = next as unknown as Record<string, unknown>
  for (const key of Object.keys(next)) {
    const value = n[key]
    if (b[key] === value) continue
    const old = b[key]
    const pieces = LIST_KEYS.has(key) && Array.isArray(old) && Array.isArray(value) ? listPieces(old, value) : undefined
    if (pieces) lists[key] = pieces
    else set[key] = value
  }
  for (const key of Object.keys(base)) if (!(key in next)) unset.push(key as keyof Scenario)
  if (Object.keys(set).length > 0) changes.set = set as Partial<Scenario>
  if (Object.keys(lists).length > 0) changes.lists = lists as ScenarioChanges['lists']
  if (unset.length > 0) changes.unset = unset
  return changes
}

/** True when the changes change nothing. */
export function noChanges(changes: ScenarioChanges): boolean {
  return !changes.set && !changes.unset && !changes.lists
}

/** `next` as pieces of `old`, or undefined when it keeps no element of `old` (then it is sent whole). */
function listPieces<T>(old: readonly T[], next: readonly T[]): ListPiece<T>[] | undefined {
  const at = new Map<unknown, number>()
  old.forEach((item, i) => {
    if (typeof item === 'object' && item !== null && !at.has(item)) at.set(item, i)
  })
  const pieces: ListPiece<T>[] = []
  let kept = false
  for (const item of next) {
    const i = at.get(item)
    const last = pieces.at(-1)
    if (i === undefined) {
      if (last && 'add' in last) last.add.push(item)
      else pieces.push({ add: [item] })
      continue
    }
    kept = true
    if (last && 'keep' in last && last.keep[0] + last.keep[1] === i) last.keep[1]++
    else pieces.push({ keep: [i, 1] })
  }
  return kept ? pieces : undefined
}

/** Thrown when changes do not fit the version they are applied to (a piece reaches past the end of its list). */
export class ChangesMismatchError extends Error {
  override name = 'ChangesMismatchError'
}

/**
 * `base` with `changes` applied, as a new scenario: every field and list element not changed is `base`'s own object.
 * `base` itself is left as it is.
 */
export function applyScenarioChanges(base: Scenario, changes: ScenarioChanges): Scenario {
  if (noChanges(changes)) return base
  const out = { ...base, ...changes.set } as unknown as Record<string, unknown>
  for (const key of changes.unset ?? []) delete out[key]
  const b = base as unknown as Record<string, unknown>
  for (const [key, pieces] of Object.entries(changes.lists ?? {})) {
    const old = b[key]
    if (!Array.isArray(old)) throw new ChangesMismatchError(`the older version has no list ${key}`)
    out[key] = fromPieces(old, pieces as ListPiece<unknown>[], key)
  }
  return out as unknown as Scenario
}

function fromPieces<T>(old: readonly T[], pieces: readonly ListPiece<T>[], key: string): T[] {
  const out: T[] = []
  for (const piece of pieces) {
    if ('add' in piece) {
      for (const item of piece.add) out.push(item)
      continue
    }
    const [start, count] = piece.keep
    if (!(start >= 0 && count >= 0 && start + count <= old.length)) {
      throw new ChangesMismatchError(`${key}: elements ${start}..${start + count} are past the end (${old.length})`)
    }
    for (let i = start; i < start + count; i++) out.push(old[i]!)
  }
  return out
}
