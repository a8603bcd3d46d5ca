// Defensive readers over untrusted JSON: each returns a usable value or nothing, and reports what it skipped.
import { at, q } from '../../scenario/issues'
import { isoDate } from './rules'
import type { Warn } from './types'

/** A JSON object. */
export type Json = Record<string, unknown>

/** An array element with its JSON pointer. */
export interface Item {
  value: unknown
  path: string
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a value is, for messages: `a string`, `an array`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (value instanceof Date) return 'a date object'
  const type = typeof value
  return type === 'object' ? 'an object' : `a ${type}`
}

/** The items of the array at `obj[key]`: none when absent or null, none and a warning when it is not an array. */
export function itemsAt(obj: Json, key: string, base: string, warn: Warn): Item[] {
  const value = obj[key]
  if (value === undefined || value === null) return []
  const path = at(base, key)
  if (!Array.isArray(value)) {
    warn(path, `\`${key}\` should be an array, found ${kindOf(value)}; ignored`)
    return []
  }
  // Array.from, not map: an array built in code may have holes, which map would keep as holes.
  return Array.from(value, (v: unknown, i) => ({ value: v, path: at(path, i) }))
}

/** The string at `obj[key]`: undefined when absent or null, undefined and a warning for other types. */
export function textAt(obj: Json, key: string, base: string, warn: Warn): string | undefined {
  const value = obj[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  warn(at(base, key), `\`${key}\` should be a string, found ${kindOf(value)}; ignored`)
  return undefined
}

/** The object at `obj[key]`: undefined when absent or null, undefined and a warning for other types. */
export function objectAt(obj: Json, key: string, base: string, warn: Warn): Json | undefined {
  const value = obj[key]
  if (value === undefined || value === null) return undefined
  if (isObject(value)) return value
  warn(at(base, key), `\`${key}\` should be an object, found ${kindOf(value)}; ignored`)
  return undefined
}

/** `CreateDate` as ISO 8601 text; a warning when present but not a date. */
export function readDate(obj: Json, base: string, warn: Warn): string | undefined {
  const value = obj.CreateDate
  if (value === undefined || value === null) return undefined
  const date = isoDate(value)
  if (date === undefined) {
    warn(`${base}/CreateDate`, `\`CreateDate\` ${q(String(value))} is not an ISO 8601 date; ignored`)
  }
  return date
}
