// A tiny declarative type checker for the scenario document: it reports every field of the wrong type or format
// and copies what is usable into a fresh object, so later checks never see foreign prototypes or hostile keys.
import { at, type Issues, q } from './issues'
import type { ScenarioMessage } from '../messages/scenario.en'
import { scenarioMessage } from '../messages/scenario'
import { isPlainObject } from './migrate'

/** What a value must look like. */
export type Shape =
  | { kind: 'string'; pattern?: RegExp; expected?: ScenarioMessage; enum?: readonly string[]; nonEmpty?: boolean }
  | { kind: 'date' }
  | { kind: 'integer'; min?: number; max?: number; unit?: ScenarioMessage }
  | { kind: 'number'; min?: number }
  | { kind: 'boolean' }
  | { kind: 'array'; of: Shape; max?: number; tooMany?: ScenarioMessage }
  | { kind: 'object'; what: ScenarioMessage; props: Record<string, Prop>; forbidden?: Record<string, ScenarioMessage> }
  | { kind: 'record'; of: Shape; maxKey?: number; maxValue?: number; max?: number; what: ScenarioMessage }
  /** Any JSON object, copied as is: a policy document, checked later by the policy parser. */
  | { kind: 'document' }
  | { kind: 'oneOf'; of: Shape[]; expected: ScenarioMessage }
  /** A recursive shape (organization nodes). */
  | { kind: 'lazy'; get: () => Shape }

/** A property of an object shape. */
export interface Prop {
  shape: Shape
  required?: boolean
  /** Said when the property is missing (default ``missing `name` ``). */
  missing?: ScenarioMessage
  /** Identifies the object: when it is unusable, the whole object is left out of the copy. */
  key?: boolean
}

/** Keys that could reach an object's prototype in careless code: rejected anywhere in a scenario. */
export const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Deepest nesting accepted anywhere in a scenario (organization trees and policies included). */
export const MAX_SCENARIO_DEPTH = 64

/** Marks a value that is unusable: it is left out of the copy (array items become `undefined`, keeping indices). */
export const BAD: unique symbol = Symbol('bad')

/**
 * Reports hostile keys and values JSON cannot hold (functions, `undefined`, non-finite numbers) anywhere under
 * `value`. Returns false when the document nests deeper than {@link MAX_SCENARIO_DEPTH} (or holds a cycle): then
 * nothing else should walk it.
 */
export function scanJson(value: unknown, path: string, issues: Issues): boolean {
  // The walk keeps a stack of tokens and spells a pointer only for a problem: it visits every value of the document.
  const tokens: (string | number)[] = []
  const where = () => at(path, ...tokens)
  const walk = (v: unknown): boolean => {
    if (tokens.length > MAX_SCENARIO_DEPTH) {
      issues.error(where(), scenarioMessage('scenario.tooDeep', { max: MAX_SCENARIO_DEPTH }))
      return false
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) issues.error(where(), scenarioMessage('scenario.notJsonNumber', { value: String(v) }))
      return true
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        tokens.push(i)
        const ok = walk(v[i])
        tokens.pop()
        if (!ok) return false
      }
      return true
    }
    if (typeof v === 'object') {
      for (const key of Object.keys(v)) {
        tokens.push(key)
        if (HOSTILE_KEYS.has(key)) issues.error(where(), scenarioMessage('scenario.hostileKey', { key: q(key) }))
        const ok = HOSTILE_KEYS.has(key) || walk((v as Record<string, unknown>)[key])
        tokens.pop()
        if (!ok) return false
      }
      return true
    }
    issues.error(where(), scenarioMessage('scenario.notStorable', { value: describe(v) }))
    return true
  }
  return walk(value)
}

/** Checks `value` against `shape`, reporting every problem, and returns a clean copy (or {@link BAD}). */
export function check(value: unknown, shape: Shape, path: string, issues: Issues): unknown {
  switch (shape.kind) {
    case 'lazy':
      return check(value, shape.get(), path, issues)
    case 'string': {
      if (typeof value !== 'string') return mismatch(value, scenarioMessage('scenario.type.string'), path, issues)
      if (shape.enum && !shape.enum.includes(value)) {
        const options = shape.enum.map((e) => q(e))
        const last = options.pop()!
        issues.error(
          path,
          options.length
            ? scenarioMessage('scenario.mustBeOneOf', { options: options.join(', '), last, value: q(value) })
            : scenarioMessage('scenario.mustBe', { options: last, value: q(value) }),
        )
        return BAD
      }
      if (shape.nonEmpty && value === '') issues.error(path, scenarioMessage('scenario.empty'))
      // A bad format is reported, but the value is kept: references to it still resolve, so errors do not cascade.
      else if (shape.pattern && !shape.pattern.test(value))
        issues.error(path, scenarioMessage('scenario.notFormat', { value: q(value), expected: shape.expected ?? '' }))
      return value
    }
    case 'date':
      if (typeof value !== 'string') return mismatch(value, scenarioMessage('scenario.type.date'), path, issues)
      if (!isIsoDate(value)) issues.error(path, scenarioMessage('scenario.notIsoDate', { value: q(value) }))
      return value
    case 'integer':
    case 'number': {
      if (typeof value !== 'number') return mismatch(value, TYPE_NUMBER, path, issues)
      if (shape.kind === 'integer' && !Number.isInteger(value))
        issues.error(path, scenarioMessage('scenario.notWholeNumber', { value: String(value) }))
      const max = shape.kind === 'integer' ? shape.max : undefined
      const unit = shape.kind === 'integer' ? shape.unit : undefined
      if ((shape.min !== undefined && value < shape.min) || (max !== undefined && value > max)) {
        const params = { min: String(shape.min), value: String(value), ...(max === undefined ? {} : { max }) }
        const key =
          max === undefined
            ? unit
              ? 'scenario.atLeastUnit'
              : 'scenario.atLeast'
            : unit
              ? 'scenario.betweenUnit'
              : 'scenario.between'
        issues.error(path, scenarioMessage(key, unit ? { ...params, unit } : params))
      }
      return value
    }
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : mismatch(value, scenarioMessage('scenario.type.boolean'), path, issues)
    case 'array': {
      if (!Array.isArray(value)) return mismatch(value, TYPE_ARRAY, path, issues)
      if (shape.max !== undefined && value.length > shape.max) {
        issues.error(
          path,
          shape.tooMany ?? scenarioMessage('scenario.tooManyItems', { max: shape.max, count: value.length }),
        )
      }
      return value.map((item, i) => {
        const c = check(item, shape.of, at(path, i), issues)
        return c === BAD ? undefined : c
      })
    }
    case 'object':
      return checkObject(value, shape, path, issues)
    case 'record': {
      if (!isPlainObject(value)) return mismatch(value, objectOf(shape.what), path, issues)
      const keys = Object.keys(value).filter((k) => !HOSTILE_KEYS.has(k))
      if (shape.max !== undefined && keys.length > shape.max) {
        issues.error(
          path,
          scenarioMessage('scenario.tooManyEntries', { max: shape.max, what: shape.what, count: keys.length }),
        )
      }
      const out: Record<string, unknown> = {}
      for (const k of keys) {
        if (k === '' || (shape.maxKey !== undefined && k.length > shape.maxKey)) {
          issues.error(
            at(path, k),
            scenarioMessage('scenario.keyLength', { what: shape.what, max: shape.maxKey ?? '∞' }),
          )
        }
        const c = check(value[k], shape.of, at(path, k), issues)
        if (c === BAD) continue
        if (shape.maxValue !== undefined && typeof c === 'string' && c.length > shape.maxValue) {
          issues.error(at(path, k), scenarioMessage('scenario.valueLength', { what: shape.what, max: shape.maxValue }))
        }
        out[k] = c
      }
      return out
    }
    case 'document':
      return isPlainObject(value) ? copyJson(value) : mismatch(value, TYPE_OBJECT, path, issues)
    case 'oneOf': {
      const fit = shape.of.find((s) => jsonType(value) === jsonTypeOf(s))
      return fit ? check(value, fit, path, issues) : mismatch(value, shape.expected, path, issues)
    }
  }
}

function checkObject(value: unknown, shape: Extract<Shape, { kind: 'object' }>, path: string, issues: Issues) {
  if (!isPlainObject(value)) return mismatch(value, objectOf(shape.what), path, issues)
  const out: Record<string, unknown> = {}
  let unusable = false
  for (const [name, prop] of Object.entries(shape.props)) {
    const v = value[name]
    if (v === undefined) {
      if (prop.required) {
        issues.error(path, prop.missing ?? scenarioMessage('scenario.missingProperty', { name, what: shape.what }))
        if (prop.key) unusable = true
      }
      continue
    }
    const c = check(v, prop.shape, at(path, name), issues)
    if (c === BAD) {
      if (prop.key) unusable = true
    } else out[name] = c
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(shape.props, key) || HOSTILE_KEYS.has(key)) continue
    const special = shape.forbidden?.[key]
    if (special) issues.error(at(path, key), special)
    else {
      const near = didYouMean(key, shape.props)
      issues.error(
        at(path, key),
        near
          ? scenarioMessage('scenario.unknownPropertyNear', { key, what: shape.what, near })
          : scenarioMessage('scenario.unknownProperty', { key, what: shape.what }),
      )
    }
  }
  return unusable ? BAD : out
}

/** The JSON type a shape accepts, to pick the alternative of a `oneOf` that a value can be checked against. */
function jsonTypeOf(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
    case 'date':
      return 'string'
    case 'integer':
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'array':
      return 'array'
    case 'lazy':
      return jsonTypeOf(shape.get())
    case 'oneOf':
      return 'mixed'
    default:
      return 'object'
  }
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array'
  if (value === null) return 'null'
  return isPlainObject(value) ? 'object' : typeof value
}

function mismatch(value: unknown, expected: ScenarioMessage, path: string, issues: Issues): typeof BAD {
  issues.error(path, scenarioMessage('scenario.expected', { expected, found: describe(value) }))
  return BAD
}

const TYPE_NUMBER = scenarioMessage('scenario.type.number')
const TYPE_ARRAY = scenarioMessage('scenario.type.array')
const TYPE_OBJECT = scenarioMessage('scenario.type.object')
const objectOf = (what: ScenarioMessage) => scenarioMessage('scenario.type.objectOf', { what })

/** `a number`, `an array`, `null`, ... for messages. */
export function describe(value: unknown): ScenarioMessage {
  if (value === null || value === undefined || typeof value === 'boolean')
    return scenarioMessage('scenario.value.code', { value: String(value) })
  if (Array.isArray(value)) return TYPE_ARRAY
  if (typeof value === 'object')
    return isPlainObject(value)
      ? TYPE_OBJECT
      : scenarioMessage('scenario.value.foreignObject', { name: value.constructor?.name ?? 'foreign' })
  switch (typeof value) {
    case 'string':
      return scenarioMessage('scenario.type.string')
    case 'number':
      return TYPE_NUMBER
    case 'bigint':
      return scenarioMessage('scenario.value.bigint')
    case 'symbol':
      return scenarioMessage('scenario.value.symbol')
    default:
      return scenarioMessage('scenario.value.function')
  }
}

const ISO_DATE =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?)?$/

/** True for an ISO 8601 date (`2024-05-01`) or date-time (`2024-05-01T12:00:00Z`, with optional fraction and offset). */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))
}

/** A deep copy of JSON data that skips hostile keys (already reported by {@link scanJson}). */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson)
  if (typeof value !== 'object' || value === null) return value
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(value)) {
    if (!HOSTILE_KEYS.has(k)) out[k] = copyJson((value as Record<string, unknown>)[k])
  }
  return out
}

/** The known property close to `key` (`groups` for `group`), if any. */
function didYouMean(key: string, props: Record<string, Prop>): string | undefined {
  const lower = key.toLowerCase()
  let best: string | undefined
  // Longer names tolerate more typos (`managedPolicy` → `managedPolicies` is 3 edits).
  let bestDistance = key.length >= 8 ? 4 : 3
  for (const name of Object.keys(props)) {
    const d = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase())
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

/** Levenshtein distance, for short property names. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]!
}
