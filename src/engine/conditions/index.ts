// Condition operators: operator name -> family compiler, and the compiled condition the evaluator calls per request.
import type { KeyLookup } from '../match/variables'
import { englishField } from '../messages/english-fields'
import { traceMessage } from '../messages/trace'
import { compileArn } from './arn'
import { compileBinary } from './binary'
import { compileBool } from './bool'
import { compileDate, type DateComparison } from './date'
import { compileIp } from './ip'
import { compileNull, type CompiledNull } from './null'
import { compileNumeric, type NumericComparison } from './numeric'
import { parseOperator, positiveOf, suggestOperator, type ParsedOperator } from './operator'
import { finish, valueCondition } from './sets'
import { compileString, type StringComparison } from './string'
import type { CompiledCondition, CompiledValues, ConditionEval } from './types'

export { BASE_OPERATORS, parseOperator, suggestOperator } from './operator'
export type { OperatorFamily, ParsedOperator, SetOperator } from './operator'
export type { CompiledCondition, ConditionEval, ConditionValueResult } from './types'

/** The family's compiled values for a parsed (non-`Null`) operator. */
function compileValues(op: ParsedOperator, values: readonly string[], variables: boolean): CompiledValues<unknown> {
  const positive = positiveOf(op.base)
  switch (op.family) {
    case 'String':
      return compileString(positive as StringComparison, values, variables) as CompiledValues<unknown>
    case 'Arn':
      return compileArn(values, variables) as CompiledValues<unknown>
    case 'Numeric':
      return compileNumeric(positive as NumericComparison, values) as CompiledValues<unknown>
    case 'Date':
      return compileDate(positive as DateComparison, values) as CompiledValues<unknown>
    case 'Bool':
      return compileBool(values) as CompiledValues<unknown>
    case 'Binary':
      return compileBinary(values) as CompiledValues<unknown>
    default:
      return compileIp(values) as CompiledValues<unknown>
  }
}

/** Request values as the trace lists them. */
function requestValuesOf(raw: unknown): string[] {
  if (raw === undefined || raw === null) return []
  return Array.isArray(raw) ? raw.map((v) => String(v)) : [String(raw)]
}

/** `Null` looks only at whether the key has a value; an empty list counts as missing ("context keys with empty values"). */
function nullCondition(key: string, compiled: CompiledNull): CompiledCondition {
  const { whenMissing, whenPresent } = compiled
  const isMissing = (raw: unknown) => raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)
  return {
    test: (lookup) => (isMissing(lookup(key)) ? whenMissing : whenPresent),
    explain: (lookup) => {
      const raw = lookup(key)
      const missing = isMissing(raw)
      const matched = missing ? whenMissing : whenPresent
      const values = compiled.values.map((v) => ({
        value: v.value,
        matched: v.expectMissing !== undefined && v.expectMissing === missing,
      }))
      const errors = compiled.values.flatMap((v) => (v.error ? [v.error] : []))
      const result: ConditionEval = { matched, missing, requestValues: requestValuesOf(raw), values }
      if (!matched) {
        result.reason =
          errors.length > 0 && compiled.values.every((v) => v.error)
            ? 'condition_value_malformed'
            : missing
              ? 'condition_key_missing'
              : 'condition_value_mismatch'
      }
      return finish(result, errors)
    },
  }
}

/** An operator AWS would reject: the condition never holds (AWS refuses such a policy outright). */
function unknownCondition(operator: string, key: string, values: readonly string[]): CompiledCondition {
  const suggestion = suggestOperator(operator)
  const errorText = suggestion
    ? traceMessage('condition.operator.suggest', { operator, suggestion })
    : traceMessage('condition.operator.unknown', { operator })
  const error = englishField(errorText)
  return {
    test: () => false,
    explain: (lookup: KeyLookup) => {
      const requestValues = requestValuesOf(lookup(key))
      return {
        matched: false,
        missing: requestValues.length === 0,
        requestValues,
        values: values.map((value) => ({ value })),
        reason: 'condition_operator_unknown',
        error,
        errorText,
      }
    },
  }
}

/**
 * Compiles one condition (an operator with one key and its values) for repeated evaluation. Policy values are parsed
 * once here; `variables` (policy `Version` `2012-10-17`) turns on `${...}` substitution in `String*` and `Arn*`
 * values. Never throws: a malformed value matches nothing and is reported by {@link CompiledCondition.explain}.
 */
export function compileCondition(
  operator: string,
  key: string,
  values: readonly string[],
  variables: boolean,
): CompiledCondition {
  const texts = Array.isArray(values) ? values.map((v: unknown) => (typeof v === 'string' ? v : String(v))) : []
  const op = parseOperator(operator)
  if (!op) return unknownCondition(String(operator), key, texts)
  if (op.family === 'Null') return nullCondition(key, compileNull(texts))
  return valueCondition(op, key, compileValues(op, texts, variables === true))
}
