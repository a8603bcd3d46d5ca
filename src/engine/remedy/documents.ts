// Policy documents as remedies read and write them: parsed from text or taken as objects, changed as copies, written
// back in the form they came in, and checked against the size quotas AWS enforces.
import type { PolicyDocument } from '../evaluate/input'
import type { PolicyBody } from '../scenario/model'
import { nonWhitespaceLength } from '../validate/quotas'

/** A statement as a plain JSON object. */
export type StatementObject = Record<string, unknown>

/** The document of a body, or undefined when it is not a JSON object (such a policy allows and denies nothing). */
export function readDocument(body: PolicyBody | undefined): PolicyDocument | undefined {
  if (body === undefined) return undefined
  let value: unknown = body
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body)
    } catch {
      return undefined
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PolicyDocument) : undefined
}

/** The statements of a document as a list (a single statement object is a list of one). */
export function statementsOf(doc: PolicyDocument): unknown[] {
  const s = doc.Statement
  if (Array.isArray(s)) return s
  return s === undefined ? [] : [s]
}

/** A copy of `doc` with these statements. */
export function withStatements(doc: PolicyDocument, statements: unknown[]): PolicyDocument {
  return { ...doc, Statement: statements }
}

/** `doc` written back the way `original` was stored: as pretty JSON text for text, as an object otherwise. */
export function writeBody(original: PolicyBody | undefined, doc: PolicyDocument): PolicyBody {
  return typeof original === 'string' ? JSON.stringify(doc, null, 2) : doc
}

/** A new document holding one statement. */
export function newDocument(statement: StatementObject): PolicyDocument {
  return { Version: '2012-10-17', Statement: [statement] }
}

/** The pretty JSON of a body, for previews. */
export function prettyText(body: PolicyBody | PolicyDocument | undefined): string {
  if (body === undefined) return ''
  const doc = typeof body === 'string' ? readDocument(body) : body
  return doc ? JSON.stringify(doc, null, 2) : String(body)
}

/** The quotas a remedy checks before proposing a document, by where the document is stored. */
export type DocumentQuota =
  'user-inline' | 'group-inline' | 'role-inline' | 'managed' | 'trust' | 'org' | 'session' | 'resource'

// IAM counts characters without white space; Organizations counts the policy as saved (proposals are saved minified).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
// Resource policies: 20 KB for bucket, queue, topic, function and secret policies (KMS allows 32 KB).
const LIMIT: Record<DocumentQuota, number> = {
  'user-inline': 2048,
  'group-inline': 5120,
  'role-inline': 10240,
  managed: 6144,
  trust: 2048,
  org: 5120,
  session: 2048,
  resource: 20480,
}

/** The size AWS measures for these documents together. */
export function documentSize(quota: DocumentQuota, bodies: readonly (PolicyBody | PolicyDocument)[]): number {
  let n = 0
  for (const body of bodies) {
    const doc = typeof body === 'string' ? readDocument(body) : body
    const compact = doc ? JSON.stringify(doc) : String(body)
    n += quota === 'org' ? compact.length : nonWhitespaceLength(compact)
  }
  return n
}

/** True when the documents (an entity's inline policies together, or one policy) fit their quota. */
export function fitsQuota(quota: DocumentQuota, bodies: readonly (PolicyBody | PolicyDocument)[]): boolean {
  return documentSize(quota, bodies) <= LIMIT[quota]
}

/** `s3:GetObject` → `S3GetObject`: an action as one word of letters and digits, for names and Sids. */
export function actionWord(action: string): string {
  return action
    .split(':')
    .map((part) => part.replace(/[^A-Za-z0-9]/g, ''))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
    .slice(0, 100)
}

/** A `Sid` (letters and digits only) for a statement that allows `action`, unique among `taken`. */
export function sidFor(prefix: string, action: string, taken: readonly unknown[]): string {
  const base = `${prefix}${actionWord(action)}`
  const used = new Set(taken.flatMap((s) => (isObject(s) && typeof s.Sid === 'string' ? [s.Sid] : [])))
  let sid = base
  for (let n = 2; used.has(sid); n++) sid = `${base}${n}`
  return sid
}

/** True for a plain object. */
export function isObject(value: unknown): value is StatementObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Lines of `before` and `after` as a compact diff: unchanged lines around the change start with two spaces, removed
 * ones with `- `, added ones with `+ `. Only the changed region and `context` lines around it are shown.
 */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before === '' ? [] : before.split('\n')
  const b = after === '' ? [] : after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const from = Math.max(0, start - context)
  const out: string[] = []
  if (from > 0) out.push('  …')
  for (let i = from; i < start; i++) out.push(`  ${a[i]}`)
  for (let i = start; i < endA; i++) out.push(`- ${a[i]}`)
  for (let i = start; i < endB; i++) out.push(`+ ${b[i]}`)
  const to = Math.min(a.length, endA + context)
  for (let i = endA; i < to; i++) out.push(`  ${a[i]}`)
  if (to < a.length) out.push('  …')
  return out.join('\n')
}
