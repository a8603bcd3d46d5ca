import { describe, expect, it } from 'vitest'
import { evaluate, holds } from './helpers'

describe('missing keys', () => {
  it.each([
    'StringEquals',
    'StringLike',
    'StringEqualsIgnoreCase',
    'NumericEquals',
    'DateLessThan',
    'Bool',
    'BinaryEquals',
    'IpAddress',
    'ArnLike',
    'ArnEquals',
  ])(
    '"If the key ... is not present in the request context, the values do not match and the condition is false": %s',
    (op) => {
      expect(holds(op, 'x', undefined)).toBe(false)
    },
  )

  it.each([
    'StringNotEquals',
    'StringNotEqualsIgnoreCase',
    'StringNotLike',
    'NumericNotEquals',
    'DateNotEquals',
    'NotIpAddress',
    'ArnNotEquals',
    'ArnNotLike',
  ])(
    '"If the policy condition requires that the key is not matched ... and the right key is not present, the condition is true": %s',
    (op) => {
      expect(holds(op, 'x', undefined)).toBe(true)
    },
  )

  it.each([
    'StringEqualsIfExists',
    'StringLikeIfExists',
    'NumericLessThanIfExists',
    'DateGreaterThanIfExists',
    'BoolIfExists',
    'IpAddressIfExists',
    'ArnLikeIfExists',
    'StringNotEqualsIfExists',
  ])('"If the key is not present, evaluate the condition element as true": %s', (op) => {
    expect(holds(op, 'x', undefined)).toBe(true)
  })

  it('IfExists still checks a present key: "If the policy key is present ... process the key as specified in the policy"', () => {
    expect(holds('StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'], 't2.micro')).toBe(true)
    expect(holds('StringLikeIfExists', ['t1.*', 't2.*', 'm3.*'], 'c5.large')).toBe(false)
  })

  it('an empty list of values counts as missing', () => {
    expect(holds('StringEquals', 'x', [])).toBe(false)
    expect(holds('StringNotEquals', 'x', [])).toBe(true)
    expect(holds('StringEqualsIfExists', 'x', [])).toBe(true)
  })

  it('explains a missing key', () => {
    const e = evaluate('StringEquals', 'x', undefined)
    expect(e).toEqual({
      matched: false,
      missing: true,
      requestValues: [],
      values: [{ value: 'x' }],
      reason: 'condition_key_missing',
    })
  })
})

describe('multiple values for one key', () => {
  it('"If a single condition operator includes multiple values for a context key, those values are evaluated using a logical OR"', () => {
    expect(holds('StringEquals', ['audit', 'security'], 'security')).toBe(true)
    expect(holds('StringEquals', ['audit', 'security'], 'finance')).toBe(false)
  })

  it.each([
    ['StringNotEquals', ['audit', 'security'], 'audit', false],
    ['StringNotEquals', ['audit', 'security'], 'finance', true],
    ['StringNotEqualsIgnoreCase', ['audit', 'security'], 'SECURITY', false],
    ['StringNotLike', ['a*', 'b*'], 'bob', false],
    ['StringNotLike', ['a*', 'b*'], 'carol', true],
    ['NumericNotEquals', ['1', '2'], '2', false],
    ['NumericNotEquals', ['1', '2'], '3', true],
    ['DateNotEquals', ['2020-01-01', '2021-01-01'], '2021-01-01T00:00:00Z', false],
    ['NotIpAddress', ['10.0.0.0/8', '172.16.0.0/12'], '172.16.5.5', false],
    ['ArnNotLike', ['arn:aws:iam::*:role/a', 'arn:aws:iam::*:role/b'], 'arn:aws:iam::1:role/b', false],
    ['ArnNotEquals', ['arn:aws:iam::*:role/a', 'arn:aws:iam::*:role/b'], 'arn:aws:iam::1:role/c', true],
  ])(
    '"If a single negated matching condition operator includes multiple values for a context key, those values are evaluated using a logical NOR": %s',
    (op, values, request, expected) => {
      expect(holds(op, values, request)).toBe(expected)
    },
  )
})

describe('set operators', () => {
  it.each([
    [['PostDateTime', 'Message'], true],
    [['PostDateTime', 'UserName'], false],
    [['Tags'], true],
  ])(
    'ForAllValues: "true if there\'s a match between every one of the specified key values in the request and at least one value in the policy" (%j)',
    (request, expected) => {
      expect(holds('ForAllValues:StringLike', ['PostDateTime', 'Message', 'Tags'], request)).toBe(expected)
    },
  )

  it.each([
    [['UserName', 'Message', 'PostDateTime'], true],
    [['UserName'], false],
  ])(
    'ForAnyValue: "true if any one of the key values in the request matches any one of the condition values in the policy" (%j)',
    (request, expected) => {
      expect(holds('ForAnyValue:StringLike', ['ID', 'PostDateTime'], request)).toBe(expected)
    },
  )

  it('ForAllValues "also returns true if there are no context keys in the request"', () => {
    expect(holds('ForAllValues:StringEquals', ['a'], undefined)).toBe(true)
  })

  it('"If the key values in the request resolve to an empty data set ... ForAllValues returns true, and ... ForAnyValue returns false"', () => {
    expect(holds('ForAllValues:StringEquals', ['a'], [])).toBe(true)
    expect(holds('ForAnyValue:StringEquals', ['a'], [])).toBe(false)
    expect(holds('ForAnyValue:StringEquals', ['a'], undefined)).toBe(false)
  })

  it.each([
    [['key1:legal'], false],
    [['key1:hr', 'key1:personnel'], false],
    [['key2:audit'], true],
    [undefined, true],
  ])('ForAllValues:StringNotLike "key1*" follows the User Guide\'s deny table: %j', (request, expected) => {
    expect(holds('ForAllValues:StringNotLike', 'key1*', request)).toBe(expected)
  })

  it.each([
    [['a', 'b'], false],
    [['c', 'd'], true],
    [['a', 'd'], false],
  ])(
    'ForAllValues with a negated base: every request value must match none of the policy values (%j)',
    (request, expected) => {
      expect(holds('ForAllValues:StringNotEquals', ['a', 'b'], request)).toBe(expected)
    },
  )

  it.each([
    [['a', 'b'], false],
    [['a', 'd'], true],
    [undefined, false],
    [[], false],
  ])(
    'ForAnyValue with a negated base: at least one request value must match none of the policy values (%j)',
    (request, expected) => {
      expect(holds('ForAnyValue:StringNotEquals', ['a', 'b'], request)).toBe(expected)
    },
  )

  it.each([
    'ForAnyValue:StringEqualsIfExists',
    'ForAllValues:StringEqualsIfExists',
    'ForAnyValue:StringNotLikeIfExists',
  ])('a set operator with IfExists holds when the key is missing: %s', (op) => {
    expect(holds(op, 'a', undefined)).toBe(true)
  })

  it('ForAnyValue:StringEqualsIfExists still tests a present key', () => {
    expect(holds('ForAnyValue:StringEqualsIfExists', 'a', ['b', 'c'])).toBe(false)
    expect(holds('ForAnyValue:StringEqualsIfExists', 'a', ['b', 'a'])).toBe(true)
  })

  it.each([
    ['ForAnyValue:NumericGreaterThan', ['10'], ['1', '20'], true],
    ['ForAllValues:NumericGreaterThan', ['10'], ['1', '20'], false],
    ['ForAllValues:IpAddress', ['10.0.0.0/8'], ['10.1.1.1', '10.2.2.2'], true],
    [
      'ForAnyValue:ArnLike',
      ['arn:aws:iam::*:role/admin'],
      ['arn:aws:iam::1:role/dev', 'arn:aws:iam::1:role/admin'],
      true,
    ],
    ['ForAllValues:Bool', ['true'], ['true', 'TRUE'], true],
    ['ForAnyValue:DateLessThan', ['2020-01-01'], ['2021-01-01', '2019-01-01'], true],
    ['ForAllValues:StringEqualsIgnoreCase', ['dataclass', 'owner'], ['DataClass', 'OWNER'], true],
  ])('set operators combine with every family: %s', (op, values, request, expected) => {
    expect(holds(op, values, request)).toBe(expected)
  })

  it('a malformed request value fails its own test inside a set', () => {
    expect(holds('ForAllValues:NumericLessThan', '10', ['1', 'x'])).toBe(false)
    expect(holds('ForAnyValue:NumericLessThan', '10', ['1', 'x'])).toBe(true)
    expect(holds('ForAllValues:NumericNotEquals', '10', ['1', 'x'])).toBe(false)
  })

  it('a set operator on a single value treats it as a one-element set and flags it (do not use set operators with single-valued keys)', () => {
    const held = evaluate('ForAllValues:StringEquals', 'a', 'a')
    expect(held).toMatchObject({ matched: true, reason: 'set_operator_on_single_value' })
    const failed = evaluate('ForAnyValue:StringEquals', 'a', 'b')
    expect(failed).toMatchObject({ matched: false, reason: 'set_operator_on_single_value' })
  })

  it('does not flag a one-element list, which is a multivalued key with one value', () => {
    expect(evaluate('ForAllValues:StringEquals', 'a', ['a']).reason).toBeUndefined()
  })
})

describe('operators without a set operator on a multivalued key (not documented: "Multivalued context keys require a condition set operator")', () => {
  it.each([
    [['a', 'b'], true],
    [['c', 'd'], false],
  ])('a positive operator holds when any request value matches (%j)', (request, expected) => {
    expect(holds('StringEquals', ['a'], request)).toBe(expected)
  })

  it.each([
    [['a', 'b'], false],
    [['c', 'd'], true],
  ])(
    'a negated operator holds only when no request value matches, the complement of its positive operator (%j)',
    (request, expected) => {
      expect(holds('StringNotEquals', ['a'], request)).toBe(expected)
      expect(holds('StringEquals', ['a'], request)).toBe(!expected)
    },
  )
})
