// Policy documents as GetAccountAuthorizationDetails gives them: the raw API returns RFC 3986 URL-encoded JSON text,
// the AWS CLI decodes that into objects, and other tools print JSON text. All three become a document object.
import type { PolicyDocument } from '../../evaluate/input'
import { englishField } from '../../messages/english-fields'
import type { ImportMessage } from '../../messages/import.en'
import { importMessage } from '../../messages/import'
import type { PolicyKind } from '../../policy/kinds'
import { parsePolicy } from '../../policy/parse'
import { q } from '../../scenario/issues'
import { isPlainObject } from '../../scenario/migrate'
import { HOSTILE_KEYS } from '../../scenario/shape'
import { isObject, kindOf } from './read'

/** How a document was written in the input. */
export type DocumentEncoding = 'object' | 'json' | 'url'

/** A decoded document, or why it could not be decoded. */
export type DecodedDocument =
  { ok: true; document: PolicyDocument; encoding: DocumentEncoding } | { ok: false; message: string }

/** A decoded document, or why not as a message (a predicate: `is empty`). */
export type ReadDocument =
  { ok: true; document: PolicyDocument; encoding: DocumentEncoding } | { ok: false; problem: ImportMessage }

/** Decodes a policy document given as an object, as JSON text, or as URL-encoded JSON text. */
export function decodePolicyDocument(value: unknown): DecodedDocument {
  const decoded = decodeDocument(value)
  return decoded.ok ? decoded : { ok: false, message: englishField(decoded.problem) }
}

function decodeDocument(value: unknown): ReadDocument {
  const decoded = decode(value)
  if (!decoded.ok) return decoded
  const problem = jsonProblem(decoded.document, 0)
  return problem === undefined ? decoded : { ok: false, problem }
}

/** {@link readDocument} with its problem in English (`is not a valid trust policy: …`). */
export function readPolicyDocument(value: unknown, kind: PolicyKind): DecodedDocument {
  const read = readDocument(value, kind)
  return read.ok ? read : { ok: false, message: englishField(read.problem) }
}

/**
 * Decodes a document and checks it against the policy grammar for `kind`, as the scenario parser will: a document
 * with grammar errors would make the whole scenario fail to load, so the importer leaves it out instead.
 */
export function readDocument(value: unknown, kind: PolicyKind): ReadDocument {
  const decoded = decodeDocument(value)
  if (!decoded.ok) return decoded
  const errors = parsePolicy(decoded.document, { kind }).diagnostics.filter((d) => d.severity === 'error')
  const first = errors[0]
  if (first === undefined) return decoded
  const where = first.path ? importMessage('import.doc.at', { path: first.path }) : ''
  const more = errors.length > 1 ? importMessage('import.doc.more', { n: errors.length - 1 }) : ''
  const problem = first.messageText
  return {
    ok: false,
    problem: importMessage('import.doc.invalid', {
      kind: importMessage(`import.policyKind.${kind}`),
      problem,
      where,
      more,
    }),
  }
}

/** Deepest nesting accepted in a document (real policies nest about 6 levels; the scenario caps the whole at 64). */
export const MAX_DOCUMENT_DEPTH = 32

/**
 * Why a value cannot go into a scenario as a document: keys that reach prototypes, values JSON cannot hold (given
 * an object straight from code), or absurd nesting.
 */
function jsonProblem(value: unknown, depth: number): ImportMessage | undefined {
  if (depth > MAX_DOCUMENT_DEPTH) return importMessage('import.doc.nested', { depth: MAX_DOCUMENT_DEPTH })
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : importMessage('import.doc.holds', { value: String(value) })
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = jsonProblem(item, depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  if (!isPlainObject(value)) return importMessage('import.doc.holds', { value: kindOf(value) })
  for (const key of Object.keys(value)) {
    if (HOSTILE_KEYS.has(key)) return importMessage('import.doc.hostileKey', { key: q(key) })
    const problem = jsonProblem(value[key], depth + 1)
    if (problem) return problem
  }
  return undefined
}

function decode(value: unknown): ReadDocument {
  if (isObject(value)) return { ok: true, document: value, encoding: 'object' }
  if (typeof value !== 'string')
    return { ok: false, problem: importMessage('import.doc.notDocument', { kind: kindOf(value) }) }
  const text = value.trim()
  if (text === '') return { ok: false, problem: importMessage('import.doc.empty') }
  // URL-encoded JSON starts with an escape (`%7B`, or `%0A`/`%20` for leading whitespace); JSON text never does.
  if (text.startsWith('{') || !/^%[0-9A-Fa-f]{2}/.test(text)) return fromJson(text, 'json')
  const decoded = urlDecode(text)
  if (decoded === undefined) return { ok: false, problem: importMessage('import.doc.brokenEscape') }
  const result = fromJson(decoded.trim(), 'url')
  // RFC 3986 encodes a space as `%20`, but form encoders (Java's URLEncoder) write `+`; a literal `+` is `%2B` in
  // both, so a `+` left in the text can only have been a space.
  if (!result.ok && text.includes('+')) {
    const spaced = urlDecode(text.replace(/\+/g, '%20'))
    if (spaced !== undefined) {
      const retry = fromJson(spaced.trim(), 'url')
      if (retry.ok) return retry
    }
  }
  return result.ok
    ? result
    : { ok: false, problem: importMessage('import.doc.urlEncoded', { problem: result.problem }) }
}

function urlDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

function fromJson(text: string, encoding: DocumentEncoding): ReadDocument {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    const error = oneLine(e instanceof Error ? e.message : String(e))
    return { ok: false, problem: importMessage('import.doc.badJson', { error }) }
  }
  // Text that was JSON-encoded twice (a JSON string holding the document's JSON) decodes one more level.
  if (typeof parsed === 'string' && parsed.trim().startsWith('{')) return fromJson(parsed.trim(), encoding)
  if (!isObject(parsed))
    return { ok: false, problem: importMessage('import.doc.jsonNotDocument', { kind: kindOf(parsed) }) }
  return { ok: true, document: parsed, encoding }
}

/** An engine's JSON error message on one short line (some quote the text they failed on). */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat
}
