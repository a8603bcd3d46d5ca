// Numeric condition operators: NumericEquals, NumericLessThan(Equals), NumericGreaterThan(Equals); NumericNotEquals is
// NumericEquals negated by the caller.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Numeric
import {
  compiledValues,
  valueIndex,
  malformedPolicyValue,
  malformedRequestValue,
  type CompiledValue,
  type CompiledValues,
  type ValueIndex,
  type ValueTest,
} from './types'

/** The positive numeric comparisons: the request value is on the left (`NumericLessThan`: request < policy). */
export type NumericComparison =
  'NumericEquals' | 'NumericLessThan' | 'NumericLessThanEquals' | 'NumericGreaterThan' | 'NumericGreaterThanEquals'

// "an integer or decimal value": an optional sign, digits with an optional fraction, and an optional exponent (JSON
// numbers such as `1e3` reach us as their source text). No whitespace, hex, `Infinity` or `NaN`.
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/** Parses an integer or decimal; undefined when malformed or out of range. */
export function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined
  const n = Number(text)
  return Number.isFinite(n) ? n : undefined
}

/** Compares a request number with a policy number. */
export function compareNumbers(comparison: NumericComparison, request: number, policy: number): boolean {
  switch (comparison) {
    case 'NumericLessThan':
      return request < policy
    case 'NumericLessThanEquals':
      return request <= policy
    case 'NumericGreaterThan':
      return request > policy
    case 'NumericGreaterThanEquals':
      return request >= policy
    default:
      return request === policy
  }
}

/**
 * The fastest equivalent of "matches any of these policy numbers": a `Set` for equality, and for the orderings a
 * single bound (`r < p` for some p ⇔ `r < max(p)`). Shared with the date operators, which compare instants.
 */
export function anyNumber(comparison: NumericComparison, policy: readonly number[]): ValueTest<number> {
  if (policy.length === 0) return () => false
  switch (comparison) {
    case 'NumericLessThan': {
      const max = Math.max(...policy)
      return (r) => r < max
    }
    case 'NumericLessThanEquals': {
      const max = Math.max(...policy)
      return (r) => r <= max
    }
    case 'NumericGreaterThan': {
      const min = Math.min(...policy)
      return (r) => r > min
    }
    case 'NumericGreaterThanEquals': {
      const min = Math.min(...policy)
      return (r) => r >= min
    }
    default: {
      if (policy.length === 1) {
        const only = policy[0]!
        return (r) => r === only
      }
      const set = new Set(policy)
      return (r) => set.has(r)
    }
  }
}

const malformed = malformedRequestValue('numeric')

/**
 * Compiles the values of a numeric condition. Policy variables are not substituted ("You can not use a policy
 * variable with the Numeric condition operator"), so `${...}` makes the value malformed. Numbers compare as IEEE
 * doubles, so integers beyond 2^53 may compare equal to their neighbours.
 */
export function compileNumeric(comparison: NumericComparison, values: readonly string[]): CompiledValues<number> {
  const numbers: number[] = []
  const keys: (number | undefined)[] = []
  const compiled = values.map((value): CompiledValue<number> => {
    const p = parseNumber(value)
    keys.push(p)
    if (p === undefined) return { value, error: malformedPolicyValue('numeric', value, 'Numeric') }
    numbers.push(p)
    return { value, test: (r) => compareNumbers(comparison, r, p) }
  })
  return compiledValues(
    compiled,
    parseNumber,
    malformed,
    anyNumber(comparison, numbers),
    equalityIndex(comparison, keys),
  )
}

/**
 * For `NumericEquals` (and `DateEquals`, which compares instants the same way): an index from each well-formed value's
 * number (`keys`, one per value, undefined when malformed) to its positions, so a long list is looked up, not scanned.
 */
export function equalityIndex(
  comparison: NumericComparison,
  keys: readonly (number | undefined)[],
): ValueIndex<number> | undefined {
  return comparison === 'NumericEquals' ? valueIndex(keys, (r: number) => r) : undefined
}
