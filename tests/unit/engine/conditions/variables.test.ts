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

  it('drops a value whose variable cannot be resolved: as the only value, a positive operator does not match', () => {
    const e = evaluate('StringEquals', '${aws:username}', 'david')
    expect(e.matched).toBe(false)
    expect(e.values).toEqual([{ value: '${aws:username}', unresolved: 'aws:username', matched: false }])
    expect(e.reason).toBe('policy_variable_unresolved')
  })

  it('"any attempt to match [a variable that is not present] fails": the condition fails even when another value matches', () => {
    const e = evaluate('StringEquals', ['${aws:username}', 'admin'], 'admin')
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('policy_variable_unresolved')
    expect(e.values[0]?.unresolved).toBe('aws:username')
  })

  it('a negated operator with an unresolved value fails too: the attempt to match fails', () => {
    expect(holds('StringNotEquals', '${aws:username}', 'david')).toBe(false)
  })

  it('a multivalued key cannot stand in a variable, so it is unresolved', () => {
    expect(holds('StringEquals', '${aws:TagKeys}', 'a', { context: { 'aws:TagKeys': ['a'] } })).toBe(false)
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
