// How one condition combines its policy values, the request value(s), negation, IfExists and the set operators.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
import type { ReasonCode } from '../trace/types'
import { englishField } from '../messages/english-fields'
import { messageId } from '../messages/message'
import type { TraceMessage } from '../messages/trace.en'
import { joined } from '../messages/trace'
import type { KeyLookup } from '../match/variables'
import type { ParsedOperator } from './operator'
import type { CompiledCondition, CompiledValues, ConditionEval, ConditionValueResult, ValueTest } from './types'

/**
 * The result when the key is missing (absent, or an empty list of values):
 * - `...IfExists`: true ("If the key is not present, evaluate the condition element as true"), also under a set
 *   operator (`ForAnyValue:StringEqualsIfExists`);
 * - `ForAllValues:`: true ("also returns true if there are no context keys in the request"), negated base or not;
 * - `ForAnyValue:`: false ("returns false" for an empty data set), negated base or not;
 * - otherwise false, except for negated operators: "If the policy condition requires that the key is not matched,
 *   such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true."
 */
export function whenMissing(op: ParsedOperator): boolean {
  if (op.ifExists) return true
  if (op.set === 'ForAllValues') return true
  if (op.set === 'ForAnyValue') return false
  return op.negated
}

/**
 * Whether every request value must pass (else at least one). `ForAllValues` needs every value to pass,
 * `ForAnyValue` one. Without a set operator, AWS documents no behaviour for a multivalued key (it says such keys
 * "require a condition set operator"); we take a positive operator to hold when any request value matches, and a
 * negated one to hold only when no request value matches: the exact complement, as for a single value.
 */
function needsEvery(op: ParsedOperator): boolean {
  return op.set === 'ForAllValues' || (op.set === undefined && op.negated)
}

/** A context value as text (the lookup should give strings; anything else is read with `String`). */
const asText = (v: unknown): string => (typeof v === 'string' ? v : String(v))

/**
 * Combines the static fast path with the values that hold policy variables, resolved for this request. A value whose
 * variable has no value matches nothing (User Guide, "Policy variables with no value": operators like `StringEquals`
 * "do not match", inverted ones like `StringNotEquals` "do match against a null value"), so it is left out: the
 * negation applied by the caller then holds for it, as for any value that matches nothing.
 */
function withDynamic<R>(cv: CompiledValues<R>, lookup: KeyLookup): ValueTest<R> {
  const tests: ValueTest<R>[] = []
  for (const v of cv.dynamic) {
    const s = v.resolve!(lookup)
    if (s.ok) tests.push(s.test)
  }
  const { anyStatic } = cv
  if (tests.length === 0) return anyStatic
  return (r) => {
    if (anyStatic(r)) return true
    for (let i = 0; i < tests.length; i++) if (tests[i]!(r)) return true
    return false
  }
}

/** Builds the condition for a value-comparing family (everything but `Null`). */
export function valueCondition<R>(op: ParsedOperator, key: string, cv: CompiledValues<R>): CompiledCondition {
  const missingResult = whenMissing(op)
  const every = needsEvery(op)
  const negated = op.negated
  const { parse } = cv
  const hasDynamic = cv.dynamic.length > 0

  const test = (lookup: KeyLookup): boolean => {
    const raw = lookup(key) as unknown
    if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) return missingResult
    const any = hasDynamic ? withDynamic(cv, lookup) : cv.anyStatic
    if (typeof raw === 'string') {
      // A set operator on a single value treats it as a one-element set: the same answer as without one.
      const r = parse(raw)
      return r !== undefined && any(r) !== negated
    }
    if (!Array.isArray(raw)) {
      const r = parse(asText(raw))
      return r !== undefined && any(r) !== negated
    }
    if (raw.length === 0) return missingResult
    for (let i = 0; i < raw.length; i++) {
      // A malformed request value cannot be compared, so it never passes (negated or not).
      const r = parse(asText(raw[i]))
      const pass = r !== undefined && any(r) !== negated
      if (every ? !pass : pass) return !every
    }
    return every
  }

  // The values tested one by one when no policy variable is involved: those the index does not decide.
  const { index } = cv
  const staticOneByOne: number[] = []
  for (let i = 0; i < cv.values.length; i++) if (cv.values[i]!.test && !index?.covered[i]) staticOneByOne.push(i)

  const explain = (lookup: KeyLookup): ConditionEval => {
    const raw = lookup(key) as unknown
    const requestValues = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(asText) : [asText(raw)]
    const missing = requestValues.length === 0
    const errors: TraceMessage[] = []
    let unresolved = false
    const values: ConditionValueResult[] = []
    // Tests of the values with policy variables, resolved for this request, by position (only when there are some).
    let resolvedTests: (ValueTest<R> | undefined)[] | undefined
    for (let i = 0; i < cv.values.length; i++) {
      const v = cv.values[i]!
      const result: ConditionValueResult = { value: v.value }
      if (v.error) errors.push(v.error)
      else if (v.resolve) {
        const s = v.resolve(lookup)
        resolvedTests ??= []
        if (s.ok) {
          result.resolved = s.resolved
          resolvedTests[i] = s.test
        } else {
          result.unresolved = s.unresolved
          unresolved = true
        }
      }
      values.push(result)
    }
    const policyMalformed = errors.length > 0
    if (missing) {
      const matched = missingResult
      return finish({ matched, missing, requestValues, values, reason: 'condition_key_missing' }, errors)
    }
    const hits = new Array<boolean>(values.length).fill(false)
    // Values decided by equality are looked up (long lists stay fast); the others are tested one by one.
    let oneByOne = staticOneByOne
    if (resolvedTests) {
      oneByOne = staticOneByOne.slice()
      for (let i = 0; i < resolvedTests.length; i++) if (resolvedTests[i]) oneByOne.push(i)
    }
    let malformedRequest = false
    let passed = 0
    for (const text of requestValues) {
      const r = parse(text)
      if (r === undefined) {
        errors.push(cv.malformed(text))
        malformedRequest = true
        continue
      }
      let any = false
      const found = index?.find(r)
      if (found) {
        for (const i of found) hits[i] = true
        any = true
      }
      for (let k = 0; k < oneByOne.length; k++) {
        const i = oneByOne[k]!
        if ((cv.values[i]!.test ?? resolvedTests![i]!)(r)) {
          hits[i] = true
          any = true
        }
      }
      if (any !== negated) passed++
    }
    // A value whose variable has no value matched nothing above (it has no test), like any unmatched value.
    const matched = every ? passed === requestValues.length : passed > 0
    for (let i = 0; i < values.length; i++) values[i]!.matched = hits[i]!
    const single = op.set !== undefined && typeof raw === 'string'
    let reason: ReasonCode | undefined
    if (!matched) {
      // A value with no value can be why a positive operator failed; a negated one fails only on a value that matched.
      reason =
        unresolved && !negated
          ? 'policy_variable_unresolved'
          : malformedRequest
            ? 'condition_value_malformed'
            : policyMalformed
              ? 'condition_value_malformed'
              : single
                ? 'set_operator_on_single_value'
                : 'condition_value_mismatch'
    } else if (single) reason = 'set_operator_on_single_value'
    const result: ConditionEval = { matched, missing, requestValues, values }
    if (reason) result.reason = reason
    return finish(result, errors)
  }

  return { test, explain }
}

/** Attaches the error messages (deduplicated, in order) when there are any, as a message and in English. */
export function finish(result: ConditionEval, errors: readonly TraceMessage[]): ConditionEval {
  if (errors.length === 0) return result
  const seen = new Set<string>()
  const unique = errors.filter((e) => {
    const id = messageId(e)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
  const errorText = joined(unique)! as TraceMessage
  result.errorText = errorText
  result.error = englishField(errorText)
  return result
}
