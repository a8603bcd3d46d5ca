// The Bool condition operator: `true` or `false`, compared as booleans.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Boolean
import {
  compiledValues,
  valueIndex,
  malformedPolicyValue,
  malformedRequestValue,
  type CompiledValue,
  type CompiledValues,
} from './types'

/** Parses `true`/`false` in any letter case (JSON booleans arrive as the strings `true`/`false`); else undefined. */
export function parseBool(text: string): boolean | undefined {
  if (text === 'true') return true
  if (text === 'false') return false
  if (text.length === 4 && text.toLowerCase() === 'true') return true
  if (text.length === 5 && text.toLowerCase() === 'false') return false
  return undefined
}

const malformed = malformedRequestValue('bool')

/**
 * Compiles the values of a `Bool` condition. Policy variables are not substituted: the User Guide's policy variable
 * page lists `Boolean` among the operators that cannot use them.
 */
export function compileBool(values: readonly string[]): CompiledValues<boolean> {
  let wantTrue = false
  let wantFalse = false
  const keys: (boolean | undefined)[] = []
  const compiled = values.map((value): CompiledValue<boolean> => {
    const p = parseBool(value)
    keys.push(p)
    if (p === undefined) {
      return { value, error: malformedPolicyValue('bool', value, 'Bool') }
    }
    if (p) wantTrue = true
    else wantFalse = true
    return { value, test: (r) => r === p }
  })
  const anyStatic =
    wantTrue && wantFalse ? () => true : wantTrue ? (r: boolean) => r : wantFalse ? (r: boolean) => !r : () => false
  return compiledValues(
    compiled,
    parseBool,
    malformed,
    anyStatic,
    valueIndex(keys, (r: boolean) => r),
  )
}
