// Where the cursor is in a policy, in IAM terms: which element's key or value, and the string being typed.
// Built on jsonc-parser's getLocation, which tolerates the half-written JSON an editor holds while typing.
import { getLocation, parse, type JSONPath } from 'jsonc-parser'

/** What the cursor is on, for completion. `statement` is the statement's index (0 for a lone statement object). */
export type PolicySlot =
  | { kind: 'top-key' }
  | { kind: 'statement-key'; statement: number }
  | { kind: 'version' }
  | { kind: 'effect'; statement: number }
  | { kind: 'action'; statement: number }
  | { kind: 'resource'; statement: number }
  | { kind: 'principal'; statement: number }
  | { kind: 'principal-type'; statement: number }
  | { kind: 'principal-value'; statement: number; type: string }
  | { kind: 'condition-operator'; statement: number }
  | { kind: 'condition-key'; statement: number; operator: string }
  | { kind: 'condition-value'; statement: number; operator: string; key: string }
  | { kind: 'statement' }
  | { kind: 'other' }

/** The cursor's place in the policy text. */
export interface PolicyLocation {
  slot: PolicySlot
  /** jsonc-parser's path, e.g. `['Statement', 0, 'Action', 1]`. */
  path: JSONPath
  /** True when the cursor is inside a string (a key or a value); completions then replace its content only. */
  quoted: boolean
  /** Start of what is being typed: after the opening quote, or the start of a bare word. */
  from: number
  /** End of the string's content (before its closing quote), or the cursor when not in a string. */
  to: number
  /** The text between {@link PolicyLocation.from} and the cursor. */
  typed: string
}

const NO_SLOT: PolicySlot = { kind: 'other' }

/** Splits `['Statement', 0, ...rest]` (or `['Statement', ...rest]` for a lone statement object). */
export function inStatement(path: JSONPath): { statement: number; rest: JSONPath } | undefined {
  if (path[0] !== 'Statement' || path.length < 2) return undefined
  return typeof path[1] === 'number'
    ? { statement: path[1], rest: path.slice(2) }
    : { statement: 0, rest: path.slice(1) }
}

/** The slot of a property key at `path` (whose last segment is the key being written). */
function keySlot(path: JSONPath): PolicySlot {
  if (path.length === 1) return { kind: 'top-key' }
  const s = inStatement(path)
  if (!s) return NO_SLOT
  const [element, second, third] = s.rest
  if (s.rest.length === 1) return { kind: 'statement-key', statement: s.statement }
  if (s.rest.length === 2 && element === 'Condition') return { kind: 'condition-operator', statement: s.statement }
  if (s.rest.length === 3 && element === 'Condition' && typeof second === 'string' && third !== undefined) {
    return { kind: 'condition-key', statement: s.statement, operator: second }
  }
  if (s.rest.length === 2 && (element === 'Principal' || element === 'NotPrincipal')) {
    return { kind: 'principal-type', statement: s.statement }
  }
  return NO_SLOT
}

/** The slot of a value at `path` (an array item's path ends with its index). */
function valueSlot(path: JSONPath): PolicySlot {
  if (path.length === 1 && path[0] === 'Version') return { kind: 'version' }
  if (path.length === 2 && path[0] === 'Statement' && typeof path[1] === 'number') return { kind: 'statement' }
  const s = inStatement(path)
  if (!s) return NO_SLOT
  // An array item of an element is completed like the element's single value.
  const rest = typeof s.rest.at(-1) === 'number' ? s.rest.slice(0, -1) : s.rest
  const [element, second, third] = rest
  const { statement } = s
  if (rest.length === 1) {
    if (element === 'Effect' && rest.length === s.rest.length) return { kind: 'effect', statement }
    if (element === 'Action' || element === 'NotAction') return { kind: 'action', statement }
    if (element === 'Resource' || element === 'NotResource') return { kind: 'resource', statement }
    if ((element === 'Principal' || element === 'NotPrincipal') && rest.length === s.rest.length) {
      return { kind: 'principal', statement }
    }
  }
  if (rest.length === 2 && (element === 'Principal' || element === 'NotPrincipal') && typeof second === 'string') {
    return { kind: 'principal-value', statement, type: second }
  }
  if (rest.length === 3 && element === 'Condition' && typeof second === 'string' && typeof third === 'string') {
    return { kind: 'condition-value', statement, operator: second, key: third }
  }
  return NO_SLOT
}

/** Finds what the cursor at `offset` of `text` is on. */
export function policyLocation(text: string, offset: number): PolicyLocation {
  const location = getLocation(text, offset)
  const { path, previousNode: node, isAtPropertyKey } = location
  let quoted = false
  let from = offset
  let to = offset
  if (node && (node.type === 'string' || node.type === 'property')) {
    const end = node.offset + node.length
    const closed = node.length >= 2 && text[end - 1] === '"'
    if (offset > node.offset && (offset < end || (offset === end && !closed))) {
      quoted = true
      from = node.offset + 1
      to = closed ? end - 1 : end
    }
  }
  if (!quoted) {
    // Right after a complete string or literal (`"Allow"|`), there is nothing to complete.
    if (node) return { slot: NO_SLOT, path, quoted, from, to, typed: '' }
    const word = /[\w:.*/-]*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[0] ?? ''
    from = offset - word.length
  }
  const slot = isAtPropertyKey ? keySlot(path) : valueSlot(path)
  // A new statement is only written as a bare object in the `Statement` array, never inside a string.
  if (slot.kind === 'statement' && quoted) return { slot: NO_SLOT, path, quoted, from, to, typed: '' }
  return { slot, path, quoted, from, to, typed: text.slice(from, offset) }
}

/** The statement at `index` of a (possibly half-written) policy, as jsonc-parser reads it; undefined when absent. */
export function statementAt(text: string, index: number): Record<string, unknown> | undefined {
  const policy: unknown = parse(text)
  if (typeof policy !== 'object' || policy === null) return undefined
  const statements = (policy as Record<string, unknown>).Statement
  const statement = Array.isArray(statements) ? statements[index] : index === 0 ? statements : undefined
  return typeof statement === 'object' && statement !== null && !Array.isArray(statement)
    ? (statement as Record<string, unknown>)
    : undefined
}

/** The top-level object of a (possibly half-written) policy. */
export function topLevel(text: string): Record<string, unknown> | undefined {
  const policy: unknown = parse(text)
  return typeof policy === 'object' && policy !== null && !Array.isArray(policy)
    ? (policy as Record<string, unknown>)
    : undefined
}

/** The strings of an element that may be one string or an array of them (`Action`, `Resource`). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
