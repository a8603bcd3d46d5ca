import { describe, expect, it } from 'vitest'
import { foldCase } from '../../../../src/engine/conditions/string'
import { evaluate, holds } from './helpers'

describe('String condition operators', () => {
  it.each([
    ['john', 'john', true],
    ['john', 'John', false],
    ['john', 'johnny', false],
    ['', '', true],
    ['a*', 'abc', false],
    ['a*', 'a*', true],
  ])('StringEquals is "exact matching, case sensitive" (%j vs request %j)', (policy, request, expected) => {
    expect(holds('StringEquals', policy, request)).toBe(expected)
  })

  it.each([
    ['johndoe', 'JohnDoe', true],
    ['JOHNDOE', 'johndoe', true],
    ['johndoe', 'johndoe2', false],
    ['straße', 'STRASSE', false],
    ['ΟΔΟΣ', 'οδος', true],
  ])('StringEqualsIgnoreCase is "exact matching, ignoring case" (%j vs request %j)', (policy, request, expected) => {
    expect(holds('StringEqualsIgnoreCase', policy, request)).toBe(expected)
  })

  it.each([
    ['john', 'john', false],
    ['john', 'John', true],
    ['john', 'mary', true],
  ])(
    'StringNotEquals is "negated matching", case sensitive like StringEquals (%j vs request %j)',
    (policy, request, expected) => {
      expect(holds('StringNotEquals', policy, request)).toBe(expected)
    },
  )

  it.each([
    ['john', 'JOHN', false],
    ['john', 'mary', true],
  ])(
    'StringNotEqualsIgnoreCase is "negated matching, ignoring case" (%j vs request %j)',
    (policy, request, expected) => {
      expect(holds('StringNotEqualsIgnoreCase', policy, request)).toBe(expected)
    },
  )

  it.each([
    ['home/*', 'home/david/file', true],
    ['home/*', 'Home/david', false],
    ['t2.*', 't2.micro', true],
    ['t2.*', 't3.micro', false],
    ['*', '', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['*mid*', 'has mid inside', true],
    ['', '', true],
    ['', 'x', false],
    ['line1*', 'line1\nline2', true],
    ['a*b?c', 'aXXbYc', true],
    ['?', '😀', true],
  ])(
    'StringLike is case-sensitive with "multi-character match wildcards (*) and single-character match wildcards (?) anywhere in the string" (%j vs %j)',
    (policy, request, expected) => {
      expect(holds('StringLike', policy, request)).toBe(expected)
    },
  )

  it('StringLike: "You must specify wildcards to achieve partial string matches"', () => {
    expect(holds('StringLike', 'home', 'home/david')).toBe(false)
  })

  it.each([
    ['home/*', 'home/x', false],
    ['home/*', 'other/x', true],
  ])('StringNotLike is "negated case-sensitive matching" (%j vs %j)', (policy, request, expected) => {
    expect(holds('StringNotLike', policy, request)).toBe(expected)
  })

  it("matches a policy value that allows an empty s3:prefix, as the User Guide's home-directory example does", () => {
    expect(
      holds('StringLike', ['', 'home/', 'home/${aws:username}/'], '', { context: { 'aws:username': 'david' } }),
    ).toBe(true)
  })

  // A backtracking matcher would not finish this within the suite's timeout (no timing asserted here).
  it('stays linear on patterns built to make backtracking matchers blow up', () => {
    const pattern = 'a*'.repeat(40) + 'b'
    const text = 'a'.repeat(5000)
    expect(holds('StringLike', pattern, text)).toBe(false)
  })

  it('records which value matched', () => {
    const e = evaluate('StringEquals', ['a', 'b', 'c'], 'b')
    expect(e.values.map((v) => v.matched)).toEqual([false, true, false])
    expect(e.reason).toBeUndefined()
  })
})

describe(foldCase, () => {
  it.each([
    ['abc', 'abc'],
    ['ABC', 'abc'],
    ['Σσς', 'σσσ'],
    ['ß', 'ß'],
  ])('folds %j to %j, one character at a time like Java equalsIgnoreCase', (text, folded) => {
    expect(foldCase(text)).toBe(folded)
  })

  it('returns the same string when nothing changes', () => {
    const text = 'already-folded-text'
    expect(foldCase(text)).toBe(text)
  })
})
