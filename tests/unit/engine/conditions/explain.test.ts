import { describe, expect, it } from 'vitest'
import { compileCondition } from '../../../../src/engine/conditions/index'
import { evaluate, KEY, lookupOf } from './helpers'

describe('compileCondition explanations', () => {
  it('reports an unknown operator, with the case-sensitive spelling when that is the problem', () => {
    const e = evaluate('stringEquals', 'x', 'x')
    expect(e).toEqual({
      matched: false,
      missing: false,
      requestValues: ['x'],
      values: [{ value: 'x' }],
      reason: 'condition_operator_unknown',
      error:
        'unknown condition operator `stringEquals` (operator names are case-sensitive: did you mean `StringEquals`?)',
      errorText: {
        key: 'condition.operator.suggest',
        params: { operator: 'stringEquals', suggestion: 'StringEquals' },
      },
    })
  })

  it('an unknown operator never holds, even IfExists-like spellings on a missing key', () => {
    expect(evaluate('StringEqualsIfExist', 'x', undefined).matched).toBe(false)
  })

  it('lists the request values it compared', () => {
    expect(evaluate('StringEquals', 'x', ['a', 'b']).requestValues).toEqual(['a', 'b'])
  })

  it('gives a mismatch reason when values simply differ', () => {
    expect(evaluate('StringEquals', 'x', 'y')).toMatchObject({ matched: false, reason: 'condition_value_mismatch' })
  })

  it('notes a missing key even when the condition holds because of it', () => {
    expect(evaluate('StringEqualsIfExists', 'x', undefined)).toMatchObject({
      matched: true,
      reason: 'condition_key_missing',
    })
  })

  it('marks, for a negated operator, the policy value that the request hit', () => {
    const e = evaluate('StringNotEquals', ['a', 'b'], 'b')
    expect(e.values).toEqual([
      { value: 'a', matched: false },
      { value: 'b', matched: true },
    ])
  })

  it('joins several problems into one readable error, each once', () => {
    const e = evaluate('NumericEquals', ['x', 'x', 'y'], ['z', 'z'])
    expect(e.error).toBe(
      'policy value `x` is not a number; policy value `y` is not a number; request value `z` is not a number',
    )
  })

  it('returns plain data that survives structured cloning', () => {
    const e = evaluate('ForAnyValue:StringLike', ['a*', '${aws:username}'], ['ab', 'c'], {
      context: { 'aws:username': 'c' },
    })
    expect(structuredClone(e)).toEqual(e)
  })
})

describe('compileCondition robustness', () => {
  it('never throws on odd values, keys or lookups', () => {
    const odd = [undefined, null, 42, true, {}, ['x']] as unknown as string[]
    const condition = compileCondition('StringEquals', KEY, odd, true)
    const lookups = [
      () => undefined,
      () => null as unknown as string,
      () => 7 as unknown as string,
      () => [1, 'x'] as unknown as string[],
      lookupOf({ [KEY]: 'x' }),
    ]
    for (const lookup of lookups) {
      expect(condition.test(lookup)).toBe(condition.explain(lookup).matched)
    }
    expect(
      compileCondition('StringEquals', KEY, 'abc' as unknown as string[], true).test(lookupOf({ [KEY]: 'abc' })),
    ).toBe(false)
    expect(compileCondition(undefined as unknown as string, KEY, ['x'], true).explain(() => undefined).reason).toBe(
      'condition_operator_unknown',
    )
  })

  it('reads a non-string context value as text', () => {
    const condition = compileCondition('Bool', KEY, ['true'], true)
    expect(condition.test(() => true as unknown as string)).toBe(true)
  })

  it('an operator with no values: a positive one never holds, a negated one has nothing to match', () => {
    expect(evaluate('StringEquals', [], 'x').matched).toBe(false)
    expect(evaluate('StringNotEquals', [], 'x').matched).toBe(true)
  })
})
