// ARN condition operators: ArnEquals/ArnLike (identical) and ArnNotEquals/ArnNotLike (negated by the caller).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
import { arnComponentCount, compileArnConditionValue } from '../match/arn'
import { hasVariables, type KeyLookup, type Substitution } from '../match/variables'
import { substitution } from './substitution'
import { hasWildcard } from '../match/wildcard'
import {
  compiledValues,
  malformedRequestValue,
  valueIndex,
  type CompiledValue,
  type CompiledValues,
  type Resolution,
} from './types'
import { traceMessage } from '../messages/trace'

/** True when the text has the ARN shape `arn:partition:service:region:account:resource` (six colon-separated parts). */
export function isArnText(text: string): boolean {
  if (!text.startsWith('arn:')) return false
  let colons = 1
  for (let at = text.indexOf(':', 4); at >= 0 && colons < 5; at = text.indexOf(':', at + 1)) colons++
  return colons >= 5
}

// A request value that is not an ARN does not match: ArnLike "matches elements between colons", which needs an ARN.
const parse = (text: string): string | undefined => (isArnText(text) ? text : undefined)
const malformed = malformedRequestValue('arn')

function dynamicResolve(value: string): (lookup: KeyLookup) => Resolution<string> {
  const substitute = substitution(value)
  let last: Substitution | undefined
  let resolution: Resolution<string> = { ok: false, unresolved: '' }
  return (lookup) => {
    const s = substitute(lookup)
    if (s === last) return resolution
    last = s
    resolution = s.ok
      ? { ok: true, resolved: s.text, test: compileArnConditionValue(s.parts) }
      : { ok: false, unresolved: s.unresolved }
    return resolution
  }
}

/**
 * A static value: with fewer than six components it matches nothing (a bare `*` excepted) and the trace says so, as
 * for any malformed value; with six and no wildcard it matches only an equal ARN (`exact`, so it can be looked up).
 */
function staticValue(value: string): CompiledValue<string> & { exact?: true } {
  const components = arnComponentCount(value)
  if (components < 6 && !/^\*+$/.test(value)) {
    return { value, error: traceMessage('condition.policyValue.arn', { value }) }
  }
  // A request value is an ARN (six components), so equal text is the same ARN component by component.
  if (components === 6 && !hasWildcard(value)) return { value, test: (r) => r === value, exact: true }
  return { value, test: compileArnConditionValue(value) }
}

/**
 * Compiles the values of an ARN condition. Each of the six colon-separated parts is matched on its own, with `*`
 * and `?` inside a part, case-sensitively (User Guide: "Each of the six colon-delimited components of the ARN is
 * checked separately"); see {@link compileArnConditionValue}. With `variables`, `${...}` is substituted per request
 * and taken literally. Values without wildcards are looked up, not tested one by one.
 */
export function compileArn(values: readonly string[], variables: boolean): CompiledValues<string> {
  const keys: (string | undefined)[] = []
  const compiled = values.map((value): CompiledValue<string> => {
    if (variables && hasVariables(value)) {
      keys.push(undefined)
      return { value, resolve: dynamicResolve(value) }
    }
    const { exact, ...v } = staticValue(value)
    keys.push(exact ? value : undefined)
    return v
  })
  return compiledValues(
    compiled,
    parse,
    malformed,
    undefined,
    valueIndex(keys, (r: string) => r),
  )
}
