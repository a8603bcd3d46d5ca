// Condition operator grammar: `[ForAllValues:|ForAnyValue:]<Base>[IfExists]`, with the base names AWS documents.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html

/** The operator families of the IAM User Guide, one module each. */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null'

/** The set operators that qualify an operator for multivalued context keys. */
export type SetOperator = 'ForAllValues' | 'ForAnyValue'

/** A condition operator split into its parts. */
export interface ParsedOperator {
  /** Canonical base name without qualifiers, e.g. `StringNotEquals` for `ForAnyValue:StringNotEqualsIfExists`. */
  base: string
  family: OperatorFamily
  /** A negated matching operator (`StringNotEquals`, `NotIpAddress`, ...): its values are combined with NOR. */
  negated: boolean
  /** The `...IfExists` suffix: a missing key makes the condition true. */
  ifExists: boolean
  set?: SetOperator
}

/** A base operator: its family and the positive operator it negates (itself when not negated). */
interface BaseInfo {
  family: OperatorFamily
  negated: boolean
  /** The positive counterpart whose comparison the family implements (`StringNotLike` → `StringLike`). */
  positive: string
}

// ArnEquals and ArnLike "behave identically" (User Guide, ARN condition operators), so both compare as ArnLike.
const TABLE: [name: string, family: OperatorFamily, positive?: string][] = [
  ['StringEquals', 'String'],
  ['StringNotEquals', 'String', 'StringEquals'],
  ['StringEqualsIgnoreCase', 'String'],
  ['StringNotEqualsIgnoreCase', 'String', 'StringEqualsIgnoreCase'],
  ['StringLike', 'String'],
  ['StringNotLike', 'String', 'StringLike'],
  ['NumericEquals', 'Numeric'],
  ['NumericNotEquals', 'Numeric', 'NumericEquals'],
  ['NumericLessThan', 'Numeric'],
  ['NumericLessThanEquals', 'Numeric'],
  ['NumericGreaterThan', 'Numeric'],
  ['NumericGreaterThanEquals', 'Numeric'],
  ['DateEquals', 'Date'],
  ['DateNotEquals', 'Date', 'DateEquals'],
  ['DateLessThan', 'Date'],
  ['DateLessThanEquals', 'Date'],
  ['DateGreaterThan', 'Date'],
  ['DateGreaterThanEquals', 'Date'],
  ['Bool', 'Bool'],
  ['BinaryEquals', 'Binary'],
  ['IpAddress', 'IpAddress'],
  ['NotIpAddress', 'IpAddress', 'IpAddress'],
  ['ArnEquals', 'Arn', 'ArnLike'],
  ['ArnLike', 'Arn'],
  ['ArnNotEquals', 'Arn', 'ArnLike'],
  ['ArnNotLike', 'Arn', 'ArnLike'],
  ['Null', 'Null'],
]

// A Map, not an object literal, so names like `constructor` or `__proto__` are never found.
const BASES = new Map<string, BaseInfo>(
  TABLE.map(([name, family, positive]) => [
    name,
    // INVARIANT: exactly the negated operators have `Not` in their name.
    { family, negated: name.includes('Not'), positive: positive ?? name },
  ]),
)

/** Every base operator name, in the User Guide's order (for completion and suggestions). */
export const BASE_OPERATORS: readonly string[] = TABLE.map(([name]) => name)

const IF_EXISTS = 'IfExists'
const SET_PREFIXES: readonly SetOperator[] = ['ForAllValues', 'ForAnyValue']

/**
 * Parses a condition operator; undefined when AWS would not accept it.
 *
 * Operator names are case-sensitive: IAM rejects `stringEquals` with `MalformedPolicyDocument: Invalid Condition
 * type : stringEquals`, so only the documented spelling is accepted (context key *names*, by contrast, are not
 * case-sensitive). `IfExists` may follow any base "except the `Null` condition" (User Guide, ...IfExists condition
 * operators); the set operators qualify every base except `Null`, which tests existence rather than values.
 */
export function parseOperator(text: string): ParsedOperator | undefined {
  if (typeof text !== 'string') return undefined
  let rest = text
  let set: SetOperator | undefined
  for (const prefix of SET_PREFIXES) {
    if (rest.startsWith(prefix + ':')) {
      set = prefix
      rest = rest.slice(prefix.length + 1)
      break
    }
  }
  let ifExists = false
  if (rest.endsWith(IF_EXISTS) && rest.length > IF_EXISTS.length) {
    ifExists = true
    rest = rest.slice(0, -IF_EXISTS.length)
  }
  const info = BASES.get(rest)
  if (!info) return undefined
  if (info.family === 'Null' && (ifExists || set)) return undefined
  const parsed: ParsedOperator = { base: rest, family: info.family, negated: info.negated, ifExists }
  if (set) parsed.set = set
  return parsed
}

/** The positive operator whose comparison `base` uses (`NotIpAddress` → `IpAddress`, `ArnEquals` → `ArnLike`). */
export function positiveOf(base: string): string {
  return BASES.get(base)?.positive ?? base
}

/**
 * A correctly spelled operator for a rejected one that differs only in letter case, e.g. `StringEquals` for
 * `stringequals`, or `ForAnyValue:StringLike` for `forAnyValue:stringLike`; undefined when there is none.
 */
export function suggestOperator(text: string): string | undefined {
  if (typeof text !== 'string' || parseOperator(text)) return undefined
  const lower = text.toLowerCase()
  let prefix = ''
  let rest = text
  for (const p of SET_PREFIXES) {
    if (lower.startsWith(p.toLowerCase() + ':')) {
      prefix = p + ':'
      rest = text.slice(p.length + 1)
    }
  }
  let suffix = ''
  if (rest.toLowerCase().endsWith(IF_EXISTS.toLowerCase()) && rest.length > IF_EXISTS.length) {
    suffix = IF_EXISTS
    rest = rest.slice(0, -IF_EXISTS.length)
  }
  const base = BASE_OPERATORS.find((b) => b.toLowerCase() === rest.toLowerCase())
  const candidate = base && prefix + base + suffix
  return candidate && parseOperator(candidate) ? candidate : undefined
}
