// The parsed policy model: what the IAM JSON policy grammar says, with a source range on every part.
import type { Diagnostic, Span } from '../diagnostics'
import type { PRINCIPAL_TYPES, STATEMENT_ELEMENTS } from './elements'

/** A string value from the policy with where it came from. Booleans and numbers in the JSON become strings. */
export interface Located<T = string> {
  value: T
  span?: Span
}

/** The principal kinds of the `Principal`/`NotPrincipal` element. */
export type PrincipalType = (typeof PRINCIPAL_TYPES)[number]

/** One principal named by a statement. */
export interface PrincipalEntry {
  type: PrincipalType
  value: string
  span?: Span
}

/** A `Principal` or `NotPrincipal` element. `"Principal": "*"` is `{ any: true, entries: [] }`. */
export interface PrincipalElement {
  /** `"*"` as the whole element: everyone, including anonymous. */
  any: boolean
  entries: PrincipalEntry[]
  span?: Span
}

/** One condition test: an operator applied to one key with its values (ORed). */
export interface ConditionTest {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string
  operatorSpan?: Span
  /** The key as written (case preserved for display; compared case-insensitively). */
  key: string
  keySpan?: Span
  values: Located[]
  span?: Span
}

/** One statement of a policy. Elements that were absent are undefined. */
export interface Statement {
  /** Position in the policy's `Statement` list (0 when `Statement` is a single object). */
  index: number
  sid?: Located
  /** `Allow`/`Deny`; undefined when missing or invalid (then the statement never applies). */
  effect?: 'Allow' | 'Deny'
  effectSpan?: Span
  action?: Located[]
  notAction?: Located[]
  resource?: Located[]
  notResource?: Located[]
  principal?: PrincipalElement
  notPrincipal?: PrincipalElement
  /** Every operator × key pair, in document order. All must hold (AND). */
  conditions: ConditionTest[]
  /** Set when the statement breaks the grammar badly enough that AWS would reject the policy. */
  invalid: boolean
  span?: Span
  /** Range of the element keys, by element name (`Action`, `Condition`, ...), for editor highlights. */
  elementSpans: Partial<Record<StatementElement, Span>>
}

/** The element names a statement may have. */
export type StatementElement = (typeof STATEMENT_ELEMENTS)[number]

/** A parsed policy document. */
export interface Policy {
  /** `2012-10-17`, `2008-10-17`, or undefined when absent (then variables are literal text). */
  version?: string
  id?: string
  statements: Statement[]
  /** Grammar problems found while parsing (errors and warnings), all of them. */
  diagnostics: Diagnostic[]
  /** True when the policy has a grammar error: AWS would reject it, so it allows nothing. */
  invalid: boolean
  /** Length of the source text when parsed from text. */
  textLength?: number
}
