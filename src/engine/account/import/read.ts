// Defensive readers over untrusted JSON: each returns a usable value or nothing, and reports what it skipped.
import type { ImportMessage } from '../../messages/import.en'
import { importMessage } from '../../messages/import'
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
export function kindOf(value: unknown): ImportMessage {
  if (value === null) return importMessage('import.value.null')
  if (value === undefined) return importMessage('import.value.undefined')
  if (Array.isArray(value)) return importMessage('import.value.array')
  if (value instanceof Date) return importMessage('import.value.date')
  return importMessage(`import.value.${typeof value}`)
}

/** The items of the array at `obj[key]`: none when absent or null, none and a warning when it is not an array. */
export function itemsAt(obj: Json, key: string, base: string, warn: Warn): Item[] {
  const value = obj[key]
  if (value === undefined || value === null) return []
  const path = at(base, key)
  if (!Array.isArray(value)) {
    warn(path, importMessage('import.notArray', { key, kind: kindOf(value) }))
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
  warn(at(base, key), importMessage('import.notString', { key, kind: kindOf(value) }))
  return undefined
}

/** The object at `obj[key]`: undefined when absent or null, undefined and a warning for other types. */
export function objectAt(obj: Json, key: string, base: string, warn: Warn): Json | undefined {
  const value = obj[key]
  if (value === undefined || value === null) return undefined
  if (isObject(value)) return value
  warn(at(base, key), importMessage('import.notObject', { key, kind: kindOf(value) }))
  return undefined
}

/** `CreateDate` as ISO 8601 text; a warning when present but not a date. */
export function readDate(obj: Json, base: string, warn: Warn): string | undefined {
  const value = obj.CreateDate
  if (value === undefined || value === null) return undefined
  const date = isoDate(value)
  if (date === undefined) {
    warn(`${base}/CreateDate`, importMessage('import.badCreateDate', { value: q(String(value)) }))
  }
  return date
}
