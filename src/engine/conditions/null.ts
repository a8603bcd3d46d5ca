// The Null condition operator: tests whether a key is absent (`true`) or present (`false`), never its value.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
import { parseBool } from './bool'
import type { TraceMessage } from '../messages/trace.en'
import { malformedPolicyValue } from './types'

/** One `Null` value: `expectMissing` is the boolean it holds, absent when malformed. */
export interface NullValue {
  value: string
  expectMissing?: boolean
  error?: TraceMessage
}

/** A compiled `Null` condition. */
export interface CompiledNull {
  values: NullValue[]
  /** The condition's result when the key is missing (some value is `true`). */
  whenMissing: boolean
  /** The condition's result when the key is present (some value is `false`). */
  whenPresent: boolean
}

/**
 * Compiles a `Null` condition: "use either `true` (the key doesn't exist — it is null) or `false` (the key exists
 * and its value is not null)". Several values are ORed like any condition's values. Letter case is ignored as for
 * `Bool`. Policy variables are not substituted ("You can not use a policy variable with the Null condition operator").
 */
export function compileNull(values: readonly string[]): CompiledNull {
  let whenMissing = false
  let whenPresent = false
  const compiled = values.map((value): NullValue => {
    const b = parseBool(value)
    if (b === undefined) {
      return {
        value,
        error: malformedPolicyValue('null', value, 'Null'),
      }
    }
    if (b) whenMissing = true
    else whenPresent = true
    return { value, expectMissing: b }
  })
  return { values: compiled, whenMissing, whenPresent }
}
