// Tag editing as pure functions over a `Tags` record (the edit functions check the rules).
import type { Tags } from '../../engine/index'

/** One row of the tag editor. */
export interface TagRow {
  key: string
  value: string
}

/** The tags as rows, in insertion order. */
export function tagRows(tags: Tags | undefined): TagRow[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }))
}

/** A copy with `key` set to `value` (an existing key keeps its place). */
export function withTag(tags: Tags | undefined, key: string, value: string): Tags {
  return { ...(tags ?? {}), [key]: value }
}

/** A copy without `key`. */
export function withoutTag(tags: Tags | undefined, key: string): Tags {
  const copy = { ...(tags ?? {}) }
  delete copy[key]
  return copy
}
