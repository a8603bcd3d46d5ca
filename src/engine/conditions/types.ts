// The shapes shared by the operator families: policy values compiled once, request values parsed per test.
import type { KeyLookup } from '../match/variables'
import type { TraceMessage } from '../messages/trace.en'
import { traceMessage } from '../messages/trace'
import type { ReasonCode } from '../trace/types'

/** One policy value of a condition as the trace shows it. */
export interface ConditionValueResult {
  /** The value as written in the policy. */
  value: string
  /** The value after policy-variable substitution (only for values that had variables and resolved). */
  resolved?: string
  /** The policy variable that could not be resolved; the value was dropped and matched nothing. */
  unresolved?: string
  /**
   * Whether this value matched at least one request value, before negation: for `StringNotEquals`, `true` means the
   * request carried this value (which makes the condition fail). Undefined when the key was missing.
   */
  matched?: boolean
}

/** How one condition (operator × key) came out, with details for the trace. */
export interface ConditionEval {
  matched: boolean
  /** The key had no value in the request (absent, or an empty list). */
  missing: boolean
  /** The request values that were compared (empty when missing). */
  requestValues: string[]
  values: ConditionValueResult[]
  /** Why it failed, or a note when it held (`condition_key_missing`, `set_operator_on_single_value`). */
  reason?: ReasonCode
  /** A readable problem: unknown operator, malformed policy or request value (English). */
  error?: string
  /** The same problem as a message. */
  errorText?: TraceMessage
}

/** A condition compiled once per policy and tested per request. */
export interface CompiledCondition {
  /** Fast path: does the condition hold for this request? */
  test(lookup: KeyLookup): boolean
  /** Slow path for traces: the same answer as {@link CompiledCondition.test}, with details. */
  explain(lookup: KeyLookup): ConditionEval
}

/** A test of one parsed request value against one policy value (positive sense: negation is applied later). */
export type ValueTest<R> = (request: R) => boolean

/** A policy value after policy-variable substitution: its test, or the variable that could not be resolved. */
export type Resolution<R> = { ok: true; resolved: string; test: ValueTest<R> } | { ok: false; unresolved: string }

/** One policy value, compiled. Exactly one of `test`, `resolve` and `error` is set. */
export interface CompiledValue<R> {
  /** The value as written in the policy. */
  value: string
  /** The test, when the value is well formed and holds no policy variables. */
  test?: ValueTest<R>
  /** For a value with `${...}` (variables on, `String*`/`Arn*` only): substitutes, then builds the test. */
  resolve?: (lookup: KeyLookup) => Resolution<R>
  /** Why the value is malformed; it never matches. */
  error?: TraceMessage
}

/** The policy values of one condition, compiled for their operator family. */
export interface CompiledValues<R> {
  /** Parses one request value; undefined when it is malformed for this family (it then matches nothing). */
  parse: (text: string) => R | undefined
  /** Says why {@link parse} rejected a request value. */
  malformed: (text: string) => TraceMessage
  /** Fast path: true when `request` matches at least one well-formed value without variables. */
  anyStatic: ValueTest<R>
  /** Every policy value, in order. */
  values: CompiledValue<R>[]
  /** The values with `resolve`, in order; empty when none (then {@link anyStatic} decides alone). */
  dynamic: CompiledValue<R>[]
  /** Exact-match lookup over the static values compared by equality, so long lists are not tested one by one. */
  index?: ValueIndex<R>
}

/**
 * A lookup over the static values that a request value matches only by being equal to them (`StringEquals`, a
 * `StringLike` value without wildcards, `NumericEquals`, ...): a `Map` from each value's key to its positions.
 */
export interface ValueIndex<R> {
  /** The positions (in {@link CompiledValues.values}) of the indexed values that `request` matches; undefined: none. */
  find: (request: R) => readonly number[] | undefined
  /** `covered[i]`: the value at position `i` is decided by {@link ValueIndex.find} alone (never tested one by one). */
  covered: readonly boolean[]
}

/**
 * Builds a {@link ValueIndex}. `keys` has one entry per value, in order: the key a request value equal to it has, or
 * undefined for a value that is not decided by equality (a pattern, a malformed value, a value with variables).
 * `keyOf` gives the key of a parsed request value. Undefined when no value has a key.
 */
export function valueIndex<R, K>(
  keys: readonly (K | undefined)[],
  keyOf: (request: R) => K,
): ValueIndex<R> | undefined {
  const positions = new Map<K, number[]>()
  const covered = keys.map((key, i) => {
    if (key === undefined) return false
    const at = positions.get(key)
    if (at) at.push(i)
    else positions.set(key, [i])
    return true
  })
  if (positions.size === 0) return undefined
  return { find: (request) => positions.get(keyOf(request)), covered }
}

/** Builds `anyStatic` as a loop over the static tests; families with a faster index (a `Set`, a bound) use that. */
export function anyOf<R>(values: readonly CompiledValue<R>[]): ValueTest<R> {
  const tests = values.flatMap((v) => (v.test ? [v.test] : []))
  if (tests.length === 0) return () => false
  if (tests.length === 1) return tests[0]!
  return (request) => {
    for (let i = 0; i < tests.length; i++) if (tests[i]!(request)) return true
    return false
  }
}

/**
 * Assembles {@link CompiledValues} from the per-value results. Without a dedicated `anyStatic`, one is built from the
 * `index` (a lookup, then the values it does not cover one by one) or else as a loop over every static value.
 */
export function compiledValues<R>(
  values: CompiledValue<R>[],
  parse: (text: string) => R | undefined,
  malformed: (text: string) => TraceMessage,
  anyStatic?: ValueTest<R>,
  index?: ValueIndex<R>,
): CompiledValues<R> {
  const compiled: CompiledValues<R> = {
    parse,
    malformed,
    anyStatic: anyStatic ?? (index ? anyIndexed(values, index) : anyOf(values)),
    values,
    dynamic: values.filter((v) => v.resolve !== undefined),
  }
  if (index) compiled.index = index
  return compiled
}

/** `anyStatic` through an index: a lookup, then the static values it does not cover. */
function anyIndexed<R>(values: readonly CompiledValue<R>[], index: ValueIndex<R>): ValueTest<R> {
  const { find, covered } = index
  const rest = anyOf(values.filter((_, i) => !covered[i]))
  return (request) => find(request) !== undefined || rest(request)
}

/** The families whose malformed values have a message of their own. */
export type ValueKind = 'arn' | 'binary' | 'bool' | 'date' | 'ip' | 'null' | 'numeric'

/**
 * Why a policy value is malformed for its family; when it holds a policy variable the family cannot use, the message
 * says so too (`family` is the operator family's name, e.g. `Numeric`).
 */
export function malformedPolicyValue(kind: ValueKind, value: string, family: string): TraceMessage {
  const problem = traceMessage(`condition.policyValue.${kind}`, { value })
  // Policy variables work only with the string and ARN operators (User Guide, "Where you can use policy variables").
  return /\$\{[^}]*\}/.test(value) ? traceMessage('condition.policyValue.variable', { problem, family }) : problem
}

/** Why a request value is malformed for its family. */
export function malformedRequestValue(kind: Exclude<ValueKind, 'null'>): (text: string) => TraceMessage {
  return (value) => traceMessage(`condition.requestValue.${kind}`, { value })
}
