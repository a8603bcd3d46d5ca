import { describe, expect, it } from 'vitest'
import { evaluate, holds } from './helpers'

describe('Null condition operator', () => {
  it.each([
    ['true', undefined, true],
    ['true', '2020-01-01T00:00:00Z', false],
    ['false', '2020-01-01T00:00:00Z', true],
    ['false', undefined, false],
  ])(
    '"true (the key doesn\'t exist — it is null) or false (the key exists and its value is not null)": %s with %j',
    (policy, request, expected) => {
      expect(holds('Null', policy, request)).toBe(expected)
    },
  )

  it('follows the aws:TokenIssueTime example: Null true allows only requests without temporary credentials', () => {
    expect(holds('Null', 'true', undefined)).toBe(true)
    expect(holds('Null', 'true', '2024-01-01T00:00:00Z')).toBe(false)
  })

  it('tests existence only, not the value: an empty string is a present value', () => {
    expect(holds('Null', 'false', '')).toBe(true)
  })

  it('counts an empty list as missing ("context keys with empty values" are caught by Null false)', () => {
    expect(holds('Null', 'false', [])).toBe(false)
    expect(holds('Null', 'true', [])).toBe(true)
  })

  it('counts a multivalued key with values as present', () => {
    expect(holds('Null', 'false', ['a', 'b'])).toBe(true)
  })

  it('ignores letter case in true/false, as JSON booleans arrive as text', () => {
    expect(holds('Null', 'TRUE', undefined)).toBe(true)
  })

  it('ORs its values like any condition', () => {
    expect(holds('Null', ['true', 'false'], undefined)).toBe(true)
    expect(holds('Null', ['true', 'false'], 'x')).toBe(true)
  })

  it('reports a value that is neither true nor false, which never matches', () => {
    const e = evaluate('Null', 'yes', undefined)
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('condition_value_malformed')
    expect(e.error).toBe('policy value `yes` of `Null` must be `true` or `false`')
  })

  it('explains a failure on a missing key', () => {
    const e = evaluate('Null', 'false', undefined)
    expect(e).toMatchObject({ matched: false, missing: true, reason: 'condition_key_missing' })
    expect(e.values).toEqual([{ value: 'false', matched: false }])
  })

  it('explains a failure on a present key', () => {
    const e = evaluate('Null', 'true', 'x')
    expect(e).toMatchObject({
      matched: false,
      missing: false,
      requestValues: ['x'],
      reason: 'condition_value_mismatch',
    })
  })
})
