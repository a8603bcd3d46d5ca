// JSON Patch (RFC 6902), the subset lessons use for their solutions: `add`, `replace` and `remove`, with JSON
// pointers (RFC 6901). Pure: the document given is never changed; the result is a fresh copy.
import type { PatchOperation } from './model'

/** Keys that could reach an object's prototype: a patch never walks or writes them. */
const HOSTILE = new Set(['__proto__', 'constructor', 'prototype'])

/** An array index token: `0`, or digits without a leading zero. */
const INDEX = /^(0|[1-9]\d*)$/

/** The outcome of {@link applyPatch}: the patched copy, or the first operation that could not apply and why. */
export type PatchResult = { ok: true; value: unknown } | { ok: false; index: number; message: string }

/** The reference tokens of a JSON pointer (`/users/0/groups/-` → `users`, `0`, `groups`, `-`); undefined if malformed. */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === '') return []
  if (!pointer.startsWith('/')) return undefined
  const tokens = pointer.slice(1).split('/')
  // `~` must be followed by 0 or 1 (RFC 6901, section 3).
  if (tokens.some((t) => /~[^01]|~$/.test(t))) return undefined
  return tokens.map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'))
}

/** A JSON object (arrays are told apart before this is asked). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function own(container: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(container, key)
}

/** Applies `ops` in order to a copy of `document`; stops at the first operation that cannot apply. */
export function applyPatch(document: unknown, ops: readonly PatchOperation[]): PatchResult {
  let root: unknown = structuredClone(document)
  for (const [index, op] of ops.entries()) {
    const fail = (message: string): PatchResult => ({ ok: false, index, message: `${op.op} ${op.path}: ${message}` })
    const tokens = pointerTokens(op.path)
    if (!tokens) return fail('not a JSON pointer (it starts with `/`, and `~` is written `~0` or `~1`)')
    if (tokens.some((t) => HOSTILE.has(t))) return fail('the path names a reserved key')
    if (tokens.length === 0) {
      if (op.op === 'remove') return fail('the whole document cannot be removed')
      root = structuredClone(op.value)
      continue
    }
    // Walk to the parent of the target.
    let parent: unknown = root
    for (const [depth, token] of tokens.slice(0, -1).entries()) {
      const at = '/' + tokens.slice(0, depth + 1).join('/')
      if (Array.isArray(parent)) {
        if (!INDEX.test(token) || Number(token) >= parent.length) return fail(`no array item at ${at}`)
        parent = parent[Number(token)]
      } else if (isObject(parent)) {
        if (!own(parent, token)) return fail(`nothing at ${at}`)
        parent = parent[token]
      } else {
        return fail(`${at} is inside a value that is neither an object nor an array`)
      }
    }
    const last = tokens[tokens.length - 1]!
    if (Array.isArray(parent)) {
      const append = last === '-' && op.op === 'add'
      if (!append && !INDEX.test(last)) return fail(`\`${last}\` is not an array index`)
      const i = append ? parent.length : Number(last)
      if (op.op === 'add') {
        if (i > parent.length) return fail(`index ${i} is past the end of the array (length ${parent.length})`)
        parent.splice(i, 0, structuredClone(op.value))
      } else {
        if (i >= parent.length) return fail(`no array item at index ${i} (length ${parent.length})`)
        if (op.op === 'remove') parent.splice(i, 1)
        else parent[i] = structuredClone(op.value)
      }
    } else if (isObject(parent)) {
      if (op.op !== 'add' && !own(parent, last)) return fail(`nothing to ${op.op} at ${op.path}`)
      if (op.op === 'remove') delete parent[last]
      else parent[last] = structuredClone(op.value)
    } else {
      return fail('the parent is neither an object nor an array')
    }
  }
  return { ok: true, value: root }
}
