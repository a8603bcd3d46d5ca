// JSON with positions: policy text (via jsonc-parser) or a plain object becomes one located tree.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { diagnostic, type Diagnostic, type Span } from '../diagnostics'
import { LIMITS } from '../errors'

/** A JSON value with the source range it came from (no range when it came from an object). */
export type JsonNode =
  | { type: 'object'; props: JsonProp[]; span?: Span }
  | { type: 'array'; items: JsonNode[]; span?: Span }
  | { type: 'string'; value: string; span?: Span }
  | { type: 'number'; value: number; raw: string; span?: Span }
  | { type: 'boolean'; value: boolean; span?: Span }
  | { type: 'null'; span?: Span }

/** One `"key": value` member of an object. */
export interface JsonProp {
  key: string
  keySpan?: Span
  value: JsonNode
  span?: Span
}

/** Line and column (both 1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

const SYNTAX_HELP: Record<string, string> = {
  CommaExpected: 'separate members and array items with `,`',
  ColonExpected: 'write `"key": value`',
  PropertyNameExpected: 'property names are double-quoted strings; remove a trailing comma',
  ValueExpected: 'a value is missing here (a trailing comma, or an empty slot)',
  CloseBraceExpected: 'an object is not closed with `}`',
  CloseBracketExpected: 'an array is not closed with `]`',
  InvalidSymbol: 'JSON strings use double quotes; comments are not allowed in policies',
  InvalidCommentToken: 'comments are not allowed in policies',
  EndOfFileExpected: 'there is text after the end of the policy',
}

/** Parses JSON text into a located tree; every syntax error is collected with line and column. */
export function parseJsonText(text: string): { root?: JsonNode; diagnostics: Diagnostic[] } {
  if (text.length > LIMITS.maxPolicyText) {
    return {
      diagnostics: [
        diagnostic(
          'too-large',
          'error',
          `the policy text is ${text.length} characters; the limit is ${LIMITS.maxPolicyText}`,
        ),
      ],
    }
  }
  const deep = depthExceededAt(text)
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep)
    return {
      diagnostics: [
        diagnostic(
          'too-deep',
          'error',
          `the JSON is nested more than ${LIMITS.maxDepth} levels deep (line ${line}, column ${column})`,
          {
            help: 'a policy is at most a few levels deep; remove the extra brackets',
            span: { from: deep, to: deep + 1 },
          },
        ),
      ],
    }
  }
  if (text.trim() === '') {
    return {
      diagnostics: [
        diagnostic('json-syntax', 'error', 'the policy is empty', {
          help: 'start with `{ "Version": "2012-10-17", "Statement": [] }`',
          span: { from: 0, to: text.length },
        }),
      ],
    }
  }
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  // An unclosed nest reports the same error once per level: keep one per place and kind.
  const seen = new Set<string>()
  const unique = errors.filter((e) => {
    const key = `${e.error}@${e.offset}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const diagnostics = unique.map((e) => {
    const name = printParseErrorCode(e.error)
    const { line, column } = lineColumn(text, e.offset)
    const readable = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
    return diagnostic('json-syntax', 'error', `JSON syntax error at line ${line}, column ${column}: ${readable}`, {
      help: SYNTAX_HELP[name] ?? 'fix the JSON syntax',
      // Spans stay inside the text (CodeMirror refuses positions past the end); at the very end, point at the last character.
      span: clampSpan(e.offset, e.offset + Math.max(e.length, 1), text.length),
    })
  })
  if (!tree) return { diagnostics }
  const root = fromJsonc(tree, text, 0, diagnostics)
  return root ? { root, diagnostics } : { diagnostics }
}

function clampSpan(from: number, to: number, length: number): Span {
  const end = Math.min(to, length)
  const start = Math.min(from, end)
  return start === end && start > 0 ? { from: start - 1, to: end } : { from: start, to: end }
}

/**
 * Offset of the bracket that nests deeper than the limit, or -1. Checked before parsing because the JSON
 * parser recurses once per level: thousands of `[` would overflow its stack.
 */
function depthExceededAt(text: string): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \\ */) i++
      else if (c === 34 /* " */) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > LIMITS.maxDepth) return i
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--
  }
  return -1
}

function spanOf(n: Node): Span {
  return { from: n.offset, to: n.offset + n.length }
}

function tooDeep(span: Span | undefined): Diagnostic {
  return diagnostic(
    'too-deep',
    'error',
    `the JSON is nested more than ${LIMITS.maxDepth} levels deep`,
    span ? { span } : {},
  )
}

function fromJsonc(n: Node, text: string, depth: number, out: Diagnostic[]): JsonNode | undefined {
  if (depth > LIMITS.maxDepth) {
    out.push(tooDeep(spanOf(n)))
    return undefined
  }
  const span = spanOf(n)
  switch (n.type) {
    case 'object': {
      const props: JsonProp[] = []
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? []
        if (!k || !v || typeof k.value !== 'string') continue
        const value = fromJsonc(v, text, depth + 1, out)
        if (value) props.push({ key: k.value, keySpan: spanOf(k), value, span: spanOf(p) })
      }
      return { type: 'object', props, span }
    }
    case 'array': {
      const items: JsonNode[] = []
      for (const c of n.children ?? []) {
        const item = fromJsonc(c, text, depth + 1, out)
        if (item) items.push(item)
      }
      return { type: 'array', items, span }
    }
    case 'string':
      return { type: 'string', value: String(n.value), span }
    case 'number':
      return { type: 'number', value: Number(n.value), raw: text.slice(n.offset, n.offset + n.length), span }
    case 'boolean':
      return { type: 'boolean', value: Boolean(n.value), span }
    case 'null':
      return { type: 'null', span }
    default:
      return undefined
  }
}

/**
 * Turns a plain value into a tree without positions. Returns a message for values JSON cannot hold
 * (functions, cycles, too deep) instead of throwing. Cycles are caught by the depth limit.
 */
export function fromValue(value: unknown): JsonNode | string {
  const node = fromValueAt(value, 0)
  // Only when the depth limit is hit is it worth telling a cycle from deep nesting.
  if (node === TOO_DEEP)
    return hasCycle(value, []) ? 'a cycle' : `values nested more than ${LIMITS.maxDepth} levels deep`
  return node
}

const TOO_DEEP = 'too deep'

function hasCycle(value: unknown, path: unknown[]): boolean {
  if (typeof value !== 'object' || value === null) return false
  if (path.includes(value)) return true
  if (path.length > LIMITS.maxDepth + 1) return false
  path.push(value)
  const children = Array.isArray(value) ? value : Object.values(value)
  const found = children.some((child) => hasCycle(child, path))
  path.pop()
  return found
}

function fromValueAt(value: unknown, depth: number): JsonNode | string {
  if (depth > LIMITS.maxDepth) return TOO_DEEP
  if (value === null) return { type: 'null' }
  switch (typeof value) {
    case 'string':
      return { type: 'string', value }
    case 'number':
      return Number.isFinite(value) ? { type: 'number', value, raw: String(value) } : 'a number that JSON cannot hold'
    case 'boolean':
      return { type: 'boolean', value }
    case 'object': {
      if (Array.isArray(value)) {
        const items: JsonNode[] = []
        for (let i = 0; i < value.length; i++) {
          const item = fromValueAt(value[i], depth + 1)
          if (typeof item === 'string') return item
          items.push(item)
        }
        return { type: 'array', items }
      }
      const props: JsonProp[] = []
      const o = value as Record<string, unknown>
      for (const key in o) {
        if (!Object.prototype.hasOwnProperty.call(o, key)) continue
        const v = o[key]
        if (v === undefined) continue
        const node = fromValueAt(v, depth + 1)
        if (typeof node === 'string') return node
        props.push({ key, value: node })
      }
      return { type: 'object', props }
    }
    default:
      return `a ${typeof value}, which JSON cannot hold`
  }
}
