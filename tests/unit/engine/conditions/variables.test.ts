import { describe, expect, it } from 'vitest'
import { compileCondition } from '../../../../src/engine/conditions/index'
import { evaluate, holds, KEY, lookupOf } from './helpers'

const DAVID = { 'aws:username': 'david' }

describe('policy variables in condition values', () => {
  it("substitutes ${aws:username} in StringLike, as in the User Guide's home-directory policy", () => {
    expect(holds('StringLike', 'home/${aws:username}/*', 'home/david/notes.txt', { context: DAVID })).toBe(true)
    expect(holds('StringLike', 'home/${aws:username}/*', 'home/mary/notes.txt', { context: DAVID })).toBe(false)
  })

  it.each(['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringLike', 'StringNotLike'])(
    '"You can use a policy variable for Condition values in any condition that involves the string operators": %s',
    (op) => {
      const e = evaluate(op, '${aws:username}', 'david', { context: DAVID })
      expect(e.values[0]).toEqual({ value: '${aws:username}', resolved: 'david', matched: true })
    },
  )

  it.each(['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'])('"... or the ARN operators": %s', (op) => {
    const e = evaluate(op, 'arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::1:user/david', { context: DAVID })
    expect(e.values[0]?.resolved).toBe('arn:aws:iam::*:user/david')
    expect(e.values[0]?.matched).toBe(true)
  })

  it('a value that came from a variable is literal in StringLike: a `*` in it is not a wildcard', () => {
    const context = { 'aws:PrincipalTag/team': '*' }
    expect(holds('StringLike', 'team-${aws:PrincipalTag/team}', 'team-anything', { context })).toBe(false)
    expect(holds('StringLike', 'team-${aws:PrincipalTag/team}', 'team-*', { context })).toBe(true)
  })

  it('${*} is a literal asterisk', () => {
    expect(holds('StringLike', 'a${*}', 'a*')).toBe(true)
    expect(holds('StringLike', 'a${*}', 'ab')).toBe(false)
  })

  it("uses the default value of ${key, 'default'} when the key is missing", () => {
    expect(holds('StringEquals', "${aws:PrincipalTag/team, 'none'}", 'none')).toBe(true)
  })

  it('a multivalued key cannot stand in a variable, so it has no value', () => {
    expect(holds('StringEquals', '${aws:TagKeys}', 'a', { context: { 'aws:TagKeys': ['a'] } })).toBe(false)
    expect(holds('StringNotEquals', '${aws:TagKeys}', 'a', { context: { 'aws:TagKeys': ['a'] } })).toBe(true)
  })

  it('"If you don\'t include the Version element ... variables like ${aws:username} are treated as literal strings"', () => {
    expect(holds('StringEquals', '${aws:username}', '${aws:username}', { variables: false, context: DAVID })).toBe(true)
    expect(holds('StringEquals', '${aws:username}', 'david', { variables: false, context: DAVID })).toBe(false)
    expect(evaluate('StringEquals', '${aws:username}', 'x', { variables: false }).values[0]?.resolved).toBeUndefined()
  })

  it('re-resolves when the variable changes between requests (the compiled condition is reused)', () => {
    const condition = compileCondition('StringLike', KEY, ['home/${aws:username}/*'], true)
    expect(condition.test(lookupOf({ [KEY]: 'home/a/x', 'aws:username': 'a' }))).toBe(true)
    expect(condition.test(lookupOf({ [KEY]: 'home/a/x', 'aws:username': 'b' }))).toBe(false)
    expect(condition.test(lookupOf({ [KEY]: 'home/b/x', 'aws:username': 'b' }))).toBe(true)
    expect(condition.test(lookupOf({ [KEY]: 'home/b/x' }))).toBe(false)
  })

  it('looks variable keys up case-insensitively through the lookup, like condition keys', () => {
    expect(holds('StringEquals', '${AWS:UserName}', 'david', { context: DAVID })).toBe(true)
  })
})

// User Guide, "Policy variables with no value": "When you use a variable with no value in the condition element of an
// IAM policy, IAM JSON policy elements: Condition operators like StringEquals or StringLike do not match, and the policy
// statement does not take effect. Inverted condition operators like StringNotEquals or StringNotLike do match against a
// null value, as the value of the condition key they are testing against is not equal to or like the effectively null
// value."
describe('User Guide: policy variables with no value (conditions)', () => {
  it('as the only value, a positive operator does not match, and the trace names the variable', () => {
    const e = evaluate('StringEquals', '${aws:username}', 'david')
    expect(e.matched).toBe(false)
    expect(e.values).toEqual([{ value: '${aws:username}', unresolved: 'aws:username', matched: false }])
    expect(e.reason).toBe('policy_variable_unresolved')
  })

  it.each(['StringEquals', 'StringEqualsIgnoreCase', 'StringLike'])(
    '"Condition operators like StringEquals or StringLike do not match": %s',
    (op) => {
      expect(holds(op, '${aws:PrincipalTag/team}', 'blue')).toBe(false)
      expect(holds(op, '${aws:PrincipalTag/team}', '')).toBe(false)
    },
  )

  it.each(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike'])(
    '"Inverted condition operators like StringNotEquals or StringNotLike do match against a null value": %s',
    (op) => {
      const e = evaluate(op, '${aws:PrincipalTag/team}', 'blue')
      expect(e.matched).toBe(true)
      expect(e.reason).toBeUndefined()
      expect(e.values).toEqual([
        { value: '${aws:PrincipalTag/team}', unresolved: 'aws:PrincipalTag/team', matched: false },
      ])
    },
  )

  it.each([
    ['ArnLike', false],
    ['ArnEquals', false],
    ['ArnNotLike', true],
    ['ArnNotEquals', true],
  ])('the ARN operators alike: %s -> %s', (op, expected) => {
    const value = 'arn:aws:iam::${aws:PrincipalTag/account}:role/*'
    expect(holds(op, value, 'arn:aws:iam::123456789012:role/x')).toBe(expected)
  })

  it('only that value matches nothing: another value of the condition still matches', () => {
    const e = evaluate('StringEquals', ['${aws:username}', 'admin'], 'admin')
    expect(e.matched).toBe(true)
    expect(e.reason).toBeUndefined()
    expect(e.values).toEqual([
      { value: '${aws:username}', unresolved: 'aws:username', matched: false },
      { value: 'admin', matched: true },
    ])
  })

  it('a negated operator still fails on another value that matches (the reason is the match, not the variable)', () => {
    const e = evaluate('StringNotEquals', ['${aws:username}', 'admin'], 'admin')
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('condition_value_mismatch')
  })

  it('a positive operator that matched nothing names the variable as the reason', () => {
    const e = evaluate('StringLike', ['${aws:username}', 'admin-*'], 'david')
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('policy_variable_unresolved')
  })

  it('a default value is used instead: the value is not "with no value"', () => {
    expect(holds('StringNotEquals', "${aws:PrincipalTag/team, 'none'}", 'none')).toBe(false)
    expect(holds('StringNotEquals', "${aws:PrincipalTag/team, 'none'}", 'blue')).toBe(true)
  })

  it('with IfExists, the key present: the same as without IfExists', () => {
    expect(holds('StringEqualsIfExists', '${aws:PrincipalTag/team}', 'blue')).toBe(false)
    expect(holds('StringNotEqualsIfExists', '${aws:PrincipalTag/team}', 'blue')).toBe(true)
  })

  it('with IfExists, the key absent: true, whatever the values', () => {
    expect(holds('StringEqualsIfExists', '${aws:PrincipalTag/team}', undefined)).toBe(true)
    expect(holds('StringNotEqualsIfExists', '${aws:PrincipalTag/team}', undefined)).toBe(true)
  })

  it.each([
    // ForAnyValue: some request value must match a value; the variable's value matches none.
    ['ForAnyValue:StringEquals', ['${aws:username}'], ['a', 'b'], false],
    ['ForAnyValue:StringEquals', ['${aws:username}', 'b'], ['a', 'b'], true],
    // ForAllValues: every request value must match some value.
    ['ForAllValues:StringEquals', ['${aws:username}'], ['a'], false],
    ['ForAllValues:StringEquals', ['${aws:username}', 'a', 'b'], ['a', 'b'], true],
    // The negated forms: a value that matches nothing excludes nothing.
    ['ForAllValues:StringNotEquals', ['${aws:username}'], ['a', 'b'], true],
    ['ForAnyValue:StringNotEquals', ['${aws:username}'], ['a', 'b'], true],
    ['ForAllValues:StringNotEquals', ['${aws:username}', 'a'], ['a', 'b'], false],
    ['ForAnyValue:StringNotEquals', ['${aws:username}', 'a'], ['a', 'b'], true],
  ])('set operators: %s %j against %j -> %s', (op, values, request, expected) => {
    expect(holds(op, values, request)).toBe(expected)
  })

  it('set operators keep their missing-key answer: ForAllValues holds, ForAnyValue does not', () => {
    expect(holds('ForAllValues:StringEquals', '${aws:username}', undefined)).toBe(true)
    expect(holds('ForAnyValue:StringEquals', '${aws:username}', undefined)).toBe(false)
  })

  it('the compiled condition follows the variable from request to request', () => {
    const condition = compileCondition('StringNotEquals', KEY, ['${aws:PrincipalTag/team}'], true)
    expect(condition.test(lookupOf({ [KEY]: 'blue', 'aws:PrincipalTag/team': 'blue' }))).toBe(false)
    expect(condition.test(lookupOf({ [KEY]: 'blue' }))).toBe(true)
    expect(condition.test(lookupOf({ [KEY]: 'blue', 'aws:PrincipalTag/team': 'red' }))).toBe(true)
    expect(condition.test(lookupOf({ [KEY]: 'blue', 'aws:PrincipalTag/team': 'blue' }))).toBe(false)
  })
})
