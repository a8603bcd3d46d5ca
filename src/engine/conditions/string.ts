// String condition operators: StringEquals, StringEqualsIgnoreCase, StringLike (and their negations, applied by the caller).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
import { hasVariables, type KeyLookup, type Substitution } from '../match/variables'
import { compileGlob, hasWildcard } from '../match/wildcard'
import { substitution } from './substitution'
import {
  compiledValues,
  valueIndex,
  type CompiledValue,
  type CompiledValues,
  type Resolution,
  type ValueIndex,
  type ValueTest,
} from './types'

/** The positive string comparisons. */
export type StringComparison = 'StringEquals' | 'StringEqualsIgnoreCase' | 'StringLike'

const identity = (text: string): string => text
// A request value is always a well-formed string: `parse` never rejects one, so this is never asked.
const neverMalformed = (): never => {
  throw new Error('string request values are never malformed')
}

/**
 * Folds case one character at a time, the way Java's `String.equalsIgnoreCase` compares: a character folds to
 * `lower(upper(c))` when that is a single character, so `Σ`, `σ` and `ς` all fold alike and `ß` stays `ß`.
 * Returns the input itself (no allocation) when nothing changes, which is the common all-lower-case ASCII case.
 */
export function foldCase(text: string): string {
  let i = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 65 && c <= 90) || c > 127) break
  }
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (const ch of text.slice(i)) {
    const c = ch.charCodeAt(0)
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch
    else {
      const upper = ch.toUpperCase()
      const folded = upper.length === ch.length ? upper.toLowerCase() : ch
      out += folded.length === ch.length ? folded : upper
    }
  }
  return out
}

function staticTest(comparison: StringComparison, value: string): ValueTest<string> {
  if (comparison === 'StringEquals') return (r) => r === value
  if (comparison === 'StringEqualsIgnoreCase') {
    const folded = foldCase(value)
    return (r) => foldCase(r) === folded
  }
  // StringLike: `*` and `?` anywhere; case-sensitive; newlines are ordinary characters.
  return compileGlob(value)
}

function dynamicResolve(comparison: StringComparison, value: string): (lookup: KeyLookup) => Resolution<string> {
  const substitute = substitution(value)
  let last: Substitution | undefined
  let resolution: Resolution<string> = { ok: false, unresolved: '' }
  return (lookup) => {
    const s = substitute(lookup)
    if (s === last) return resolution
    last = s
    if (!s.ok) resolution = { ok: false, unresolved: s.unresolved }
    else {
      // A substituted value is literal text: in StringLike, a `*` that came from a variable is not a wildcard.
      const test = comparison === 'StringLike' ? compileGlob(s.parts) : staticTest(comparison, s.text)
      resolution = { ok: true, resolved: s.text, test }
    }
    return resolution
  }
}

/** Compiles the values of a string condition; with `variables`, `${...}` is substituted per request. */
export function compileString(
  comparison: StringComparison,
  values: readonly string[],
  variables: boolean,
): CompiledValues<string> {
  const compiled: CompiledValue<string>[] = values.map((value) =>
    variables && hasVariables(value)
      ? { value, resolve: dynamicResolve(comparison, value) }
      : { value, test: staticTest(comparison, value) },
  )
  const statics = compiled.filter((v) => v.test).map((v) => v.value)
  let anyStatic: ValueTest<string> | undefined
  let index: ValueIndex<string> | undefined
  if (comparison === 'StringEquals') {
    // `*` and `?` are ordinary characters here: every value is compared by equality.
    anyStatic = membership(statics)
    index = valueIndex(
      compiled.map((v) => (v.test ? v.value : undefined)),
      identity,
    )
  } else if (comparison === 'StringEqualsIgnoreCase') {
    const has = membership(statics.map(foldCase))
    anyStatic = (r) => has(foldCase(r))
    index = valueIndex(
      compiled.map((v) => (v.test ? foldCase(v.value) : undefined)),
      foldCase,
    )
  } else {
    // A `StringLike` value without wildcards matches only itself; the others stay patterns.
    index = valueIndex(
      compiled.map((v) => (v.test && !hasWildcard(v.value) ? v.value : undefined)),
      identity,
    )
  }
  return compiledValues(compiled, identity, neverMalformed, anyStatic, index)
}

/** Exact membership, with the one-value case kept as a plain comparison. */
function membership(values: readonly string[]): ValueTest<string> {
  if (values.length === 0) return () => false
  if (values.length === 1) {
    const only = values[0]!
    return (r) => r === only
  }
  const set = new Set(values)
  return (r) => set.has(r)
}
