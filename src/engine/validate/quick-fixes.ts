// Machine-applicable edits for diagnostics whose fix is clear, computed from the text and the diagnostic alone.
import { suggestOperator } from '../conditions/index'
import type { Diagnostic } from '../diagnostics'
import { parseJsonText } from '../json/tree'
import { splitActionList } from '../policy/action-list'
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from '../policy/elements'
import { editDistance } from './suggest'

/** One edit: replace `[from, to)` of the text with `insert`. */
export interface QuickFix {
  /** What the edit does, for a menu: ``Change to `Allow` ``. */
  title: string
  from: number
  to: number
  insert: string
}

const ELEMENTS: readonly string[] = [...TOP_ELEMENTS, ...STATEMENT_ELEMENTS]
const VERSION = POLICY_VERSIONS[0]

/** The JSON string at `[from, to)` of the text, decoded; undefined when the range is not exactly one string. */
function stringAt(text: string, from: number, to: number): string | undefined {
  const raw = text.slice(from, to)
  if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * The replacement a help line proposes. INVARIANT: the validator states a single clear replacement as exactly
 * ``did you mean `x`?`` or ``write `x` ``; any other help proposes none.
 */
function suggested(help: string | undefined): string | undefined {
  return help ? /^(?:did you mean|write) `([^`]+)`\??$/.exec(help)?.[1] : undefined
}

/**
 * Edits that fix `d` in `text`, best first; empty when no fix is clear or the text no longer has what `d` points at.
 * Covers case mistakes (`"allow"`, `"action"`, `stringequals`, `s3:getobject`), a mistyped `Version`, a missing
 * `Version`, "did you mean" suggestions for actions and condition keys, redundant values, and actions written as one
 * string with commas or whitespace.
 */
export function quickFixes(text: string, d: Diagnostic): QuickFix[] {
  const span = d.span
  if (!span || span.from < 0 || span.to > text.length || span.from > span.to) return []
  const { from, to } = span
  const value = stringAt(text, from, to)
  const replace = (insert: string, title = `Change to \`${insert}\``): QuickFix[] => [
    { title, from, to, insert: JSON.stringify(insert) },
  ]
  switch (d.code) {
    case 'invalid-effect': {
      const fixed = ['Allow', 'Deny'].find((e) => e.toLowerCase() === value?.trim().toLowerCase())
      return fixed && fixed !== value ? replace(fixed) : []
    }
    case 'unknown-element': {
      const fixed = ELEMENTS.find((e) => e.toLowerCase() === value?.toLowerCase())
      return fixed && fixed !== value ? replace(fixed) : []
    }
    case 'invalid-principal': {
      const fixed = PRINCIPAL_TYPES.find((e) => e.toLowerCase() === value?.toLowerCase())
      return fixed && fixed !== value ? replace(fixed) : []
    }
    case 'unknown-condition-operator': {
      const fixed = value === undefined ? undefined : suggestOperator(value)
      return fixed ? replace(fixed) : []
    }
    case 'invalid-version':
      return value !== undefined && editDistance(value.trim(), VERSION) <= 2 ? replace(VERSION) : []
    case 'action-case':
    case 'unknown-action':
    case 'unknown-service':
    case 'unknown-condition-key': {
      const fixed = suggested(d.help)
      return fixed && value !== undefined && fixed !== value ? replace(fixed) : []
    }
    case 'missing-version':
    case 'variable-needs-version':
      return versionFix(text)
    case 'redundant-action':
    case 'redundant-resource':
      return value === undefined ? [] : removeItem(text, from, to, value)
    case 'action-with-separator':
      return value === undefined ? [] : splitFix(text, from, to, value)
    default:
      return []
  }
}

/** Sets `Version` to `2012-10-17`: replaces a present value, or inserts the member before the first one. */
function versionFix(text: string): QuickFix[] {
  const root = parseJsonText(text).root
  if (root?.type !== 'object' || !root.span) return []
  const title = `Set \`"Version": "${VERSION}"\``
  const version = root.props.findLast((p) => p.key === 'Version')
  if (version?.value.span) {
    if (version.value.type === 'string' && version.value.value === VERSION) return []
    return [{ title, from: version.value.span.from, to: version.value.span.to, insert: JSON.stringify(VERSION) }]
  }
  const first = root.props[0]?.span
  if (!first) return [{ title, from: root.span.from + 1, to: root.span.from + 1, insert: `"Version": "${VERSION}"` }]
  // Keep the layout: on its own line with the first member's indentation when the members are on their own lines.
  const lineStart = text.lastIndexOf('\n', first.from - 1) + 1
  const indent = text.slice(lineStart, first.from)
  const sep = /^[ \t]*$/.test(indent) && lineStart > root.span.from ? `\n${indent}` : ' '
  return [{ title, from: first.from, to: first.from, insert: `"Version": "${VERSION}",${sep}` }]
}

/**
 * Splits an action value holding commas or whitespace into separate strings (`"s3:GetObject, PutObject"` →
 * `"s3:GetObject", "s3:PutObject"`): in place when it is an array item (on lines of their own when it stood on its
 * own line), as a new array when it was the element's only value; one item is just trimmed.
 */
function splitFix(text: string, from: number, to: number, value: string): QuickFix[] {
  const items = splitActionList(value)
  if (!items) return []
  const strings = items.map((a) => JSON.stringify(a))
  if (strings.length === 1) return [{ title: `Change to \`${items[0]!}\``, from, to, insert: strings[0]! }]
  let before = from - 1
  while (before >= 0 && /\s/.test(text[before]!)) before--
  const inArray = text[before] === '[' || text[before] === ','
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const indent = text.slice(lineStart, from)
  const sep = inArray && /^[ \t]*$/.test(indent) ? `,\n${indent}` : ', '
  const list = strings.join(sep)
  return [{ title: 'Split into separate actions', from, to, insert: inArray ? list : `[${list}]` }]
}

/** Removes one array item with its comma (the one before it, or the one after when it is the first item). */
function removeItem(text: string, from: number, to: number, value: string): QuickFix[] {
  let before = from - 1
  while (before >= 0 && /\s/.test(text[before]!)) before--
  const title = `Remove \`${value}\``
  if (text[before] === ',') return [{ title, from: before, to, insert: '' }]
  if (text[before] !== '[') return []
  let after = to
  while (after < text.length && /\s/.test(text[after]!)) after++
  if (text[after] !== ',') return []
  after++
  while (after < text.length && /[ \t]/.test(text[after]!)) after++
  // An item on its own line takes its line break and the next item's indentation with it.
  while (after < text.length && /\s/.test(text[after]!) && /\s/.test(text.slice(from - 1, from))) after++
  return [{ title, from, to: after, insert: '' }]
}
