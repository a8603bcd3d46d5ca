// JSON with positions: policy text (via jsonc-parser) or a plain object becomes one located tree.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import { diagnostic, type Diagnostic, type Span } from '../diagnostics'
import { LIMITS } from '../errors'
import { message } from '../messages/message'

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

/** The parse errors that have a help line of their own (`diag.help.json.NAME`); others get `diag.help.json`. */
const SYNTAX_HELP: ReadonlySet<string> = new Set([
  'CommaExpected',
  'ColonExpected',
  'PropertyNameExpected',
  'ValueExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'InvalidSymbol',
  'InvalidCommentToken',
  'EndOfFileExpected',
])

/** The parse errors `diag.json-syntax.NAME` words; an unknown one falls back to `diag.json-syntax` with its name. */
const SYNTAX_ERRORS: ReadonlySet<string> = new Set([
  ...SYNTAX_HELP,
  'InvalidNumberFormat',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
])

/** Parses JSON text into a located tree; every syntax error is collected with line and column. */
export function parseJsonText(text: string): { root?: JsonNode; diagnostics: Diagnostic[] } {
  if (text.length > LIMITS.maxPolicyText) {
    return {
      diagnostics: [
        diagnostic(
          'too-large',
          'error',
          message('diag.too-large', { length: text.length, limit: LIMITS.maxPolicyText }),
        ),
      ],
    }
  }
  const deep = depthExceededAt(text)
  if (deep >= 0) {
    const { line, column } = lineColumn(text, deep)
    return {
      diagnostics: [
        diagnostic('too-deep', 'error', message('diag.too-deep.at', { depth: LIMITS.maxDepth, line, column }), {
          help: message('diag.help.too-deep'),
          span: { from: deep, to: deep + 1 },
        }),
      ],
    }
  }
  if (text.trim() === '') {
    return {
      diagnostics: [
        diagnostic('json-syntax', 'error', message('diag.json-empty'), {
          help: message('diag.help.json-empty'),
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
    const said = SYNTAX_ERRORS.has(name)
      ? message(`diag.json-syntax.${name}`, { line, column })
      : message('diag.json-syntax', { line, column, error: readable })
    return diagnostic('json-syntax', 'error', said, {
      help: message(SYNTAX_HELP.has(name) ? `diag.help.json.${name}` : 'diag.help.json'),
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
  return diagnostic('too-deep', 'error', message('diag.too-deep', { depth: LIMITS.maxDepth }), span ? { span } : {})
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
  const node = readValue(value)
  if ('type' in node) return node
  switch (node.key) {
    case 'diag.not-json.cycle':
      return 'a cycle'
    case 'diag.not-json.deep':
      return `values nested more than ${node.params.depth} levels deep`
    case 'diag.not-json.number':
      return 'a number that JSON cannot hold'
    case 'diag.not-json.type':
      return `a ${node.params.type}, which JSON cannot hold`
  }
}

/** Why a value is not JSON, as a message of the parser (`diag.not-json.WHY`). */
export type NotJson =
  | { key: 'diag.not-json.cycle' | 'diag.not-json.number'; params?: undefined }
  | { key: 'diag.not-json.deep'; params: { depth: number } }
  | { key: 'diag.not-json.type'; params: { type: string } }

/** Like {@link fromValue}, with the reason as a message when the value is not JSON. */
export function readValue(value: unknown): JsonNode | NotJson {
  const node = fromValueAt(value, 0)
  // Only when the depth limit is hit is it worth telling a cycle from deep nesting.
  if (node === TOO_DEEP && hasCycle(value, [])) return { key: 'diag.not-json.cycle' }
  return node
}

const TOO_DEEP: NotJson = { key: 'diag.not-json.deep', params: { depth: LIMITS.maxDepth } }

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

function fromValueAt(value: unknown, depth: number): JsonNode | NotJson {
  if (depth > LIMITS.maxDepth) return TOO_DEEP
  if (value === null) return { type: 'null' }
  switch (typeof value) {
    case 'string':
      return { type: 'string', value }
    case 'number':
      return Number.isFinite(value) ? { type: 'number', value, raw: String(value) } : { key: 'diag.not-json.number' }
    case 'boolean':
      return { type: 'boolean', value }
    case 'object': {
      if (Array.isArray(value)) {
        const items: JsonNode[] = []
        for (let i = 0; i < value.length; i++) {
          const item = fromValueAt(value[i], depth + 1)
          if ('key' in item) return item
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
        if ('key' in node) return node
        props.push({ key, value: node })
      }
      return { type: 'object', props }
    }
    default:
      return { key: 'diag.not-json.type', params: { type: typeof value } }
  }
}
