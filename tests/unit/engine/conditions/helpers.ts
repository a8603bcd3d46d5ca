// Shared helpers for the condition-operator tests: a case-insensitive lookup and an evaluator that checks
// `test` against `explain` on every call.
import { expect } from 'vitest'
import { compileCondition, type ConditionEval } from '../../../../src/engine/conditions/index'
import type { KeyLookup } from '../../../../src/engine/match/variables'

/** The key every single-key test uses. */
export const KEY = 'test:Key'

/** A request context looked up case-insensitively, as the evaluator's lookup does. */
export function lookupOf(context: Readonly<Record<string, string | readonly string[] | undefined>>): KeyLookup {
  const map = new Map<string, string | readonly string[]>()
  for (const [k, v] of Object.entries(context)) if (v !== undefined) map.set(k.toLowerCase(), v)
  return (key) => map.get(key.toLowerCase())
}

/** Options for {@link evaluate}. */
export interface EvalOptions {
  /** Policy variables on (Version 2012-10-17); default true. */
  variables?: boolean
  /** Other context keys (for policy variables). */
  context?: Record<string, string | string[]>
}

/**
 * Evaluates `operator` on {@link KEY} with the policy `values` against the request value (undefined: absent), and
 * asserts that the fast path agrees with the explanation.
 */
export function evaluate(
  operator: string,
  values: string | string[],
  request: string | string[] | undefined,
  options: EvalOptions = {},
): ConditionEval {
  const context: Record<string, string | string[]> = { ...options.context }
  if (request !== undefined) context[KEY] = request
  const lookup = lookupOf(context)
  const condition = compileCondition(
    operator,
    KEY,
    typeof values === 'string' ? [values] : values,
    options.variables ?? true,
  )
  const explained = condition.explain(lookup)
  expect(condition.test(lookup)).toBe(explained.matched)
  return explained
}

/** Whether the condition holds (see {@link evaluate}). */
export function holds(
  operator: string,
  values: string | string[],
  request: string | string[] | undefined,
  options?: EvalOptions,
): boolean {
  return evaluate(operator, values, request, options).matched
}
