import { describe, expect, it } from 'vitest'
import { BASE_OPERATORS, parseOperator, suggestOperator } from '../../../../src/engine/conditions/index'

describe(parseOperator, () => {
  it.each([
    ['StringEquals', 'String', false],
    ['StringNotEquals', 'String', true],
    ['StringEqualsIgnoreCase', 'String', false],
    ['StringNotEqualsIgnoreCase', 'String', true],
    ['StringLike', 'String', false],
    ['StringNotLike', 'String', true],
    ['NumericEquals', 'Numeric', false],
    ['NumericNotEquals', 'Numeric', true],
    ['NumericLessThan', 'Numeric', false],
    ['NumericLessThanEquals', 'Numeric', false],
    ['NumericGreaterThan', 'Numeric', false],
    ['NumericGreaterThanEquals', 'Numeric', false],
    ['DateEquals', 'Date', false],
    ['DateNotEquals', 'Date', true],
    ['DateLessThan', 'Date', false],
    ['DateLessThanEquals', 'Date', false],
    ['DateGreaterThan', 'Date', false],
    ['DateGreaterThanEquals', 'Date', false],
    ['Bool', 'Bool', false],
    ['BinaryEquals', 'Binary', false],
    ['IpAddress', 'IpAddress', false],
    ['NotIpAddress', 'IpAddress', true],
    ['ArnEquals', 'Arn', false],
    ['ArnLike', 'Arn', false],
    ['ArnNotEquals', 'Arn', true],
    ['ArnNotLike', 'Arn', true],
    ['Null', 'Null', false],
  ])('knows the documented operator %s (family %s, negated %s)', (name, family, negated) => {
    expect(parseOperator(name)).toEqual({ base: name, family, negated, ifExists: false })
  })

  it('lists every documented base operator once', () => {
    expect(BASE_OPERATORS).toHaveLength(27)
    expect(new Set(BASE_OPERATORS).size).toBe(27)
  })

  it.each([
    'StringLikeIfExists',
    'NumericLessThanIfExists',
    'NotIpAddressIfExists',
    'BoolIfExists',
    'ArnNotLikeIfExists',
  ])('accepts IfExists "at the end of any condition operator name except the Null condition": %s', (name) => {
    const parsed = parseOperator(name)
    expect(parsed?.ifExists).toBe(true)
    expect(parsed?.base).toBe(name.replace(/IfExists$/, ''))
  })

  it('rejects NullIfExists: IfExists cannot be added to the Null condition', () => {
    expect(parseOperator('NullIfExists')).toBeUndefined()
  })

  it.each([
    ['ForAllValues:StringEquals', 'ForAllValues', 'StringEquals', false],
    ['ForAnyValue:StringLike', 'ForAnyValue', 'StringLike', false],
    ['ForAnyValue:StringNotEqualsIfExists', 'ForAnyValue', 'StringNotEquals', true],
    ['ForAllValues:ArnLike', 'ForAllValues', 'ArnLike', false],
    ['ForAnyValue:NumericLessThan', 'ForAnyValue', 'NumericLessThan', false],
    ['ForAllValues:IpAddress', 'ForAllValues', 'IpAddress', false],
    ['ForAnyValue:Bool', 'ForAnyValue', 'Bool', false],
    ['ForAllValues:DateEqualsIfExists', 'ForAllValues', 'DateEquals', true],
  ])('qualifies a base with a set operator: %s', (name, set, base, ifExists) => {
    expect(parseOperator(name)).toMatchObject({ set, base, ifExists })
  })

  it.each(['ForAllValues:Null', 'ForAnyValue:Null'])(
    'rejects a set operator on Null, which tests existence: %s',
    (name) => {
      expect(parseOperator(name)).toBeUndefined()
    },
  )

  it.each([
    'stringequals',
    'stringEquals',
    'STRINGEQUALS',
    'forallvalues:StringEquals',
    'ForAllValues:stringLike',
    'null',
    'bool',
    'StringEqualsifexists',
  ])('rejects operator names in the wrong letter case (IAM: "Invalid Condition type : stringEquals"): %s', (name) => {
    expect(parseOperator(name)).toBeUndefined()
  })

  it.each([
    '',
    'IfExists',
    'StringEqualsIfExistsIfExists',
    'ForAllValues:ForAnyValue:StringEquals',
    'ForAllValues:',
    'ForAllValues StringEquals',
    ' StringEquals',
    'StringEquals ',
    'StringMatches',
    'NumericNotLessThan',
    'constructor',
    '__proto__',
    'toString',
  ])('rejects text that is not an operator: %j', (name) => {
    expect(parseOperator(name)).toBeUndefined()
  })

  it('never throws on non-string input', () => {
    expect(parseOperator(undefined as unknown as string)).toBeUndefined()
    expect(parseOperator(42 as unknown as string)).toBeUndefined()
  })
})

describe(suggestOperator, () => {
  it.each([
    ['stringequals', 'StringEquals'],
    ['forAnyValue:stringLikeifexists', 'ForAnyValue:StringLikeIfExists'],
    ['NOTIPADDRESS', 'NotIpAddress'],
  ])('suggests the case-sensitive spelling for %s', (text, suggestion) => {
    expect(suggestOperator(text)).toBe(suggestion)
  })

  it('suggests nothing for a valid operator or an unrelated word', () => {
    expect(suggestOperator('StringEquals')).toBeUndefined()
    expect(suggestOperator('StringMatches')).toBeUndefined()
    expect(suggestOperator('nullifexists')).toBeUndefined()
  })
})
