import { describe, expect, it } from 'vitest'
import { parseNumber } from '../../../../src/engine/conditions/numeric'
import { evaluate, holds } from './helpers'

describe('Numeric condition operators', () => {
  it.each([
    ['NumericEquals', '10', '10', true],
    ['NumericEquals', '10', '10.0', true],
    ['NumericEquals', '10', '11', false],
    ['NumericEquals', '1e3', '1000', true],
    ['NumericEquals', '-0', '0', true],
    ['NumericNotEquals', '10', '10', false],
    ['NumericNotEquals', '10', '11', true],
    ['NumericLessThan', '10', '9', true],
    ['NumericLessThan', '10', '10', false],
    ['NumericLessThanEquals', '10', '10', true],
    ['NumericLessThanEquals', '10', '11', false],
    ['NumericGreaterThan', '10', '11', true],
    ['NumericGreaterThan', '10', '10', false],
    ['NumericGreaterThanEquals', '10', '10', true],
    ['NumericGreaterThanEquals', '10', '9.999', false],
    ['NumericLessThan', '0.5', '0.25', true],
    ['NumericGreaterThan', '-1.5', '-1', true],
  ])('%s compares "an integer or decimal value": policy %s, request %s', (op, policy, request, expected) => {
    expect(holds(op, policy, request)).toBe(expected)
  })

  it('compares the request value against the policy value: s3:max-keys up to 10 (the User Guide example)', () => {
    expect(holds('NumericLessThanEquals', '10', '7')).toBe(true)
    expect(holds('NumericLessThanEquals', '10', '1000')).toBe(false)
  })

  it('ORs several policy values: the request matches when it is less than any of them', () => {
    expect(holds('NumericLessThan', ['5', '20'], '10')).toBe(true)
    expect(holds('NumericLessThan', ['5', '8'], '10')).toBe(false)
  })

  it.each(['abc', '', ' 10', '0x10', 'Infinity', '1,000', '10%'])(
    'treats a malformed request value %j as no match and says why',
    (request) => {
      const e = evaluate('NumericEquals', '10', request)
      expect(e.matched).toBe(false)
      expect(e.reason).toBe('condition_value_malformed')
      expect(e.error).toContain('is not a number')
    },
  )

  it('a malformed request value does not satisfy a negated operator either', () => {
    expect(holds('NumericNotEquals', '10', 'ten')).toBe(false)
  })

  it('drops a malformed policy value (it matches nothing) and reports it', () => {
    const e = evaluate('NumericEquals', ['ten', '10'], '10')
    expect(e.matched).toBe(true)
    expect(e.error).toBe('policy value `ten` is not a number')
    expect(e.values.map((v) => v.matched)).toEqual([false, true])
  })

  it('"You can not use a policy variable with the Numeric condition operator": ${...} is a malformed number', () => {
    const e = evaluate('NumericEquals', '${aws:MultiFactorAuthAge}', '10', {
      context: { 'aws:MultiFactorAuthAge': '10' },
    })
    expect(e.matched).toBe(false)
    expect(e.error).toContain('policy variables cannot be used with `Numeric` operators')
  })
})

describe(parseNumber, () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['+7', 7],
    ['3.25', 3.25],
    ['.5', 0.5],
    ['5.', 5],
    ['1E-2', 0.01],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each(['', '-', '.', 'e5', '1e', '1e999', 'NaN', '1_000', '١٢'])('rejects %j', (text) => {
    expect(parseNumber(text)).toBeUndefined()
  })
})
