// ARN condition operators: ArnEquals/ArnLike (identical) and ArnNotEquals/ArnNotLike (negated by the caller).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
import { arnComponentCount, compileArnConditionValue } from '../match/arn'
import { hasVariables, type KeyLookup, type Substitution } from '../match/variables'
import { substitution } from './substitution'
import { compiledValues, type CompiledValue, type CompiledValues, type Resolution } from './types'

/** True when the text has the ARN shape `arn:partition:service:region:account:resource` (six colon-separated parts). */
export function isArnText(text: string): boolean {
  if (!text.startsWith('arn:')) return false
  let colons = 1
  for (let at = text.indexOf(':', 4); at >= 0 && colons < 5; at = text.indexOf(':', at + 1)) colons++
  return colons >= 5
}

// A request value that is not an ARN does not match: ArnLike "matches elements between colons", which needs an ARN.
const parse = (text: string): string | undefined => (isArnText(text) ? text : undefined)
const malformed = (text: string): string => `request value \`${text}\` is not an ARN`

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
 * A static value with fewer than six components matches nothing (a bare `*` excepted): the trace says so, as for
 * any malformed value.
 */
function staticValue(value: string): CompiledValue<string> {
  if (arnComponentCount(value) < 6 && !/^\*+$/.test(value)) {
    return { value, error: `policy value \`${value}\` has fewer than the six colon-separated parts of an ARN` }
  }
  return { value, test: compileArnConditionValue(value) }
}

/**
 * Compiles the values of an ARN condition. Each of the six colon-separated parts is matched on its own, with `*`
 * and `?` inside a part, case-sensitively (User Guide: "Each of the six colon-delimited components of the ARN is
 * checked separately"); see {@link compileArnConditionValue}. With `variables`, `${...}` is substituted per request
 * and taken literally.
 */
export function compileArn(values: readonly string[], variables: boolean): CompiledValues<string> {
  const compiled: CompiledValue<string>[] = values.map((value) =>
    variables && hasVariables(value) ? { value, resolve: dynamicResolve(value) } : staticValue(value),
  )
  return compiledValues(compiled, parse, malformed)
}
