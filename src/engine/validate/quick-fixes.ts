// Machine-applicable edits for diagnostics whose fix is clear, computed from the text and the diagnostic alone.
import { suggestOperator } from '../conditions/index'
import type { Diagnostic } from '../diagnostics'
import { parseJsonText } from '../json/tree'
import { englishField } from '../messages/english-fields'
import { message, type EngineMessage } from '../messages/message'
import { splitActionList } from '../policy/action-list'
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS, TOP_ELEMENTS } from '../policy/elements'
import { editDistance } from './suggest'

/** One edit: replace `[from, to)` of the text with `insert`. */
export interface QuickFix {
  /** What the edit does, for a menu, in English: ``Change to `Allow` `` ({@link titleText} worded by `englishField()`). */
  title: string
  /** The title as data, for the app to word in the reader's language. */
  titleText: EngineMessage
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
 * The replacement a help line proposes. INVARIANT: the validator states a single clear replacement as exactly the
 * help message `diag.help.did-you-mean` or `diag.help.write` (``did you mean `x`?``, ``write `x` ``); any other help
 * proposes none.
 */
function suggested(help: EngineMessage | undefined): string | undefined {
  if (help?.key !== 'diag.help.did-you-mean' && help?.key !== 'diag.help.write') return undefined
  const value = help.params?.['value']
  return typeof value === 'string' ? value : undefined
}

/** A fix whose title is `text`, with its English beside it. */
function fix(text: EngineMessage, from: number, to: number, insert: string): QuickFix {
  return { title: englishField(text), titleText: text, from, to, insert }
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
  const replace = (insert: string): QuickFix[] => [
    fix(message('diag.fix.change-to', { value: insert }), from, to, JSON.stringify(insert)),
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
      const fixed = suggested(d.helpText)
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
  const title = message('diag.fix.set-version')
  const version = root.props.findLast((p) => p.key === 'Version')
  if (version?.value.span) {
    if (version.value.type === 'string' && version.value.value === VERSION) return []
    return [fix(title, version.value.span.from, version.value.span.to, JSON.stringify(VERSION))]
  }
  const first = root.props[0]?.span
  if (!first) return [fix(title, root.span.from + 1, root.span.from + 1, `"Version": "${VERSION}"`)]
  // Keep the layout: on its own line with the first member's indentation when the members are on their own lines.
  const lineStart = text.lastIndexOf('\n', first.from - 1) + 1
  const indent = text.slice(lineStart, first.from)
  const sep = /^[ \t]*$/.test(indent) && lineStart > root.span.from ? `\n${indent}` : ' '
  return [fix(title, first.from, first.from, `"Version": "${VERSION}",${sep}`)]
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
  if (strings.length === 1) return [fix(message('diag.fix.change-to', { value: items[0]! }), from, to, strings[0]!)]
  let before = from - 1
  while (before >= 0 && /\s/.test(text[before]!)) before--
  const inArray = text[before] === '[' || text[before] === ','
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const indent = text.slice(lineStart, from)
  const sep = inArray && /^[ \t]*$/.test(indent) ? `,\n${indent}` : ', '
  const list = strings.join(sep)
  return [fix(message('diag.fix.split-actions'), from, to, inArray ? list : `[${list}]`)]
}

/** Removes one array item with its comma (the one before it, or the one after when it is the first item). */
function removeItem(text: string, from: number, to: number, value: string): QuickFix[] {
  let before = from - 1
  while (before >= 0 && /\s/.test(text[before]!)) before--
  const title = message('diag.fix.remove', { value })
  if (text[before] === ',') return [fix(title, before, to, '')]
  if (text[before] !== '[') return []
  let after = to
  while (after < text.length && /\s/.test(text[after]!)) after++
  if (text[after] !== ',') return []
  after++
  while (after < text.length && /[ \t]/.test(text[after]!)) after++
  // An item on its own line takes its line break and the next item's indentation with it.
  while (after < text.length && /\s/.test(text[after]!) && /\s/.test(text.slice(from - 1, from))) after++
  return [fix(title, from, after, '')]
}
