// Condition operators for completion and hover: every accepted spelling, and a short text per family.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import { BASE_OPERATORS, parseOperator, type OperatorFamily } from '../../engine/conditions/operator'

/** One operator spelling offered by completion. */
export interface OperatorOption {
  name: string
  family: OperatorFamily
  /** `base`, `IfExists` (`StringEqualsIfExists`) or `set` (`ForAnyValue:...`, with or without `IfExists`). */
  form: 'base' | 'if-exists' | 'set'
}

/** What each family compares, one line each. */
export const FAMILY_DOCS: Record<OperatorFamily, string> = {
  String: 'Compares strings; `Like` forms take `*` and `?` wildcards, `IgnoreCase` forms ignore letter case.',
  Numeric: 'Compares numbers (integers or decimals).',
  Date: 'Compares dates and times (ISO 8601, or seconds since the epoch).',
  Bool: 'Compares `true` or `false`, e.g. `aws:SecureTransport`.',
  Binary: 'Compares base64-encoded binary values byte for byte.',
  IpAddress: 'Matches IPv4 or IPv6 addresses against addresses or CIDR ranges, e.g. `203.0.113.0/24`.',
  Arn: 'Compares ARNs part by part; `*` and `?` work within each part (`ArnEquals` and `ArnLike` behave alike).',
  Null: 'Tests whether a key is absent (`"true"`) or present (`"false"`) in the request.',
}

const MODIFIER_DOCS = {
  ifExists: '`IfExists`: when the key is absent from the request, the condition is true.',
  negated: 'Negated: true when no value matches (a missing key counts as no match, so it is true).',
  ForAllValues:
    '`ForAllValues:` every value of the multivalued key must match one of the policy values; true for an empty or missing key.',
  ForAnyValue: '`ForAnyValue:` at least one value of the multivalued key must match one of the policy values.',
}

/** Every operator AWS accepts: each base, its `IfExists` form, and the `ForAllValues:`/`ForAnyValue:` forms. */
export const OPERATOR_OPTIONS: readonly OperatorOption[] = (() => {
  const options: OperatorOption[] = []
  const add = (name: string, form: OperatorOption['form']) => {
    const parsed = parseOperator(name)
    // INVARIANT: only spellings parseOperator accepts are offered (no `NullIfExists`, no `ForAnyValue:Null`).
    if (parsed) options.push({ name, family: parsed.family, form })
  }
  for (const base of BASE_OPERATORS) add(base, 'base')
  for (const base of BASE_OPERATORS) add(`${base}IfExists`, 'if-exists')
  for (const set of ['ForAnyValue', 'ForAllValues']) {
    for (const base of BASE_OPERATORS) {
      add(`${set}:${base}`, 'set')
      add(`${set}:${base}IfExists`, 'set')
    }
  }
  return options
})()

/** A short description of an operator: its family, then each modifier it carries; undefined when AWS rejects it. */
export function operatorDoc(name: string): { family: OperatorFamily; text: string } | undefined {
  const parsed = parseOperator(name)
  if (!parsed) return undefined
  const lines = [FAMILY_DOCS[parsed.family]]
  if (parsed.negated) lines.push(MODIFIER_DOCS.negated)
  if (parsed.set) lines.push(MODIFIER_DOCS[parsed.set])
  if (parsed.ifExists) lines.push(MODIFIER_DOCS.ifExists)
  return { family: parsed.family, text: lines.join('\n') }
}
