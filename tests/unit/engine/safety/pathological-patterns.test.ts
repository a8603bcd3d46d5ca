// Patterns built to make a backtracking glob take exponential time must still return, with the right answer.
// These tests only prove termination and correctness; speed is benchmarked in tests/bench. The generous timeout
// is there so a slow machine does not fail them: a hang still does.
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../../src/engine/index'
import { compileArnPattern, resourceMatches } from '../../../../src/engine/match/arn'
import { substitute } from '../../../../src/engine/match/variables'
import { compileGlob } from '../../../../src/engine/match/wildcard'

const LONG = 'a'.repeat(50_000)
/** `a*a*a*…a*b`: 200 stars, ending in a letter the text never has. */
const STARS_THEN_B = 'a*'.repeat(200) + 'b'
const SLOW_OK = { timeout: 60_000 }

describe('wildcard patterns that defeat naive backtracking', SLOW_OK, () => {
  it('200 stars against 50,000 characters without the final letter: no match', () => {
    expect(compileGlob(STARS_THEN_B)(LONG)).toBe(false)
  })

  it('the same pattern matches once the text ends with the letter', () => {
    expect(compileGlob(STARS_THEN_B)(LONG + 'b')).toBe(true)
  })

  it('200 stars need at least 200 `a`s', () => {
    expect(compileGlob(STARS_THEN_B)('a'.repeat(199) + 'b')).toBe(false)
    expect(compileGlob(STARS_THEN_B)('a'.repeat(200) + 'b')).toBe(true)
  })

  it('`*?*?*?…` with ignoreCase (the action matcher) against a long action: no match when the tail differs', () => {
    const pattern = 's3:' + '*?'.repeat(200) + 'X'
    expect(compileGlob(pattern, true)('s3:' + LONG)).toBe(false)
    expect(compileGlob(pattern, true)('s3:' + LONG + 'x')).toBe(true)
  })

  it('`*?*?*?…` needs as many characters as it has `?`', () => {
    const pattern = '*?'.repeat(300)
    expect(compileGlob(pattern)('a'.repeat(299))).toBe(false)
    expect(compileGlob(pattern)('a'.repeat(300))).toBe(true)
  })

  it('a long run of stars between literal pieces', () => {
    expect(compileGlob('a' + '*'.repeat(10_000) + 'b')(LONG)).toBe(false)
  })

  it('pieces that overlap themselves (`*aab*aab*…`) against a repetitive text', () => {
    const pattern = '*aab'.repeat(100) + '*c'
    expect(compileGlob(pattern)('aab'.repeat(20_000))).toBe(false)
  })

  it('literal parts between stars (from variables) do not blow up either', () => {
    const parts = Array.from({ length: 200 }, (_, i) => ({ text: i % 2 ? '*' : 'a', literal: i % 2 === 0 }))
    expect(compileGlob([...parts, { text: 'b', literal: true }])(LONG)).toBe(false)
  })
})

describe('ARN patterns that defeat naive backtracking', SLOW_OK, () => {
  it('a 200-star resource segment against a 50,000-character resource: no match', () => {
    expect(resourceMatches('arn:aws:s3:::' + STARS_THEN_B, 'arn:aws:s3:::' + LONG)).toBe(false)
  })

  it('a 200-star non-ARN pattern against a 50,000-character non-ARN resource: no match', () => {
    expect(resourceMatches(STARS_THEN_B, LONG)).toBe(false)
  })

  it('stars in every segment against long segments', () => {
    const seg = 'a*'.repeat(40) + 'b'
    const pattern = `arn:${seg}:${seg}:${seg}:${seg}:${seg}`
    const long = 'a'.repeat(10_000)
    expect(compileArnPattern(pattern)(`arn:${long}:${long}:${long}:${long}:${long}`)).toBe(false)
  })

  it('a text with 25,000 colons against a short pattern whose last segment ends with `*`', () => {
    const pattern = 'arn:aws:s3:' + 'a*'.repeat(100) + 'b*'
    expect(resourceMatches(pattern, 'arn:aws:s3:' + 'a:'.repeat(25_000))).toBe(false)
    expect(resourceMatches(pattern, 'arn:aws:s3:' + 'a:'.repeat(25_000) + 'b')).toBe(true)
  })
})

describe('policy variables in long values', SLOW_OK, () => {
  it('substitutes 10,000 variables in one value', () => {
    const text = '${aws:username}/'.repeat(10_000)
    const r = substitute(text, () => 'Bob')
    expect(r.ok && r.text.length).toBe('Bob/'.length * 10_000)
  })

  it('a long value with an unclosed `${` is left alone', () => {
    const text = '${'.repeat(25_000)
    expect(substitute(text, () => 'x')).toMatchObject({ ok: true, text })
  })
})

describe('many unclosed `${` (each one scanned to the end of the value by a naive regex)', SLOW_OK, () => {
  const UNCLOSED = '${'.repeat(25_000)
  const principal = 'arn:aws:iam::123456789012:user/Bob'

  it('in a Resource: the value is literal text, so nothing matches', () => {
    const result = evaluate({
      request: { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' },
      identityPolicies: [
        { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::' + UNCLOSED } },
      ],
    })
    expect(result.decision).toBe('ImplicitDeny')
  })

  it('in a `StringLike` condition value: compared as literal text', () => {
    const result = evaluate({
      request: { principal, action: 's3:GetObject', resource: '*', context: { 's3:prefix': UNCLOSED } },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: {
            Effect: 'Allow',
            Action: '*',
            Resource: '*',
            Condition: { StringLike: { 's3:prefix': UNCLOSED } },
          },
        },
      ],
    })
    expect(result.decision).toBe('Allow')
  })
})

describe('evaluate with pathological patterns', SLOW_OK, () => {
  const principal = 'arn:aws:iam::123456789012:user/Bob'

  it('a 200-star Resource against a 50,000-character resource ARN: implicit deny', () => {
    const result = evaluate({
      request: { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::' + LONG },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::' + STARS_THEN_B }],
        },
      ],
    })
    expect(result.decision).toBe('ImplicitDeny')
  })

  it('a `*?*?…` Action against a 50,000-character action: implicit deny', () => {
    const result = evaluate({
      request: { principal, action: 's3:' + LONG, resource: '*' },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 's3:' + '*?'.repeat(200) + 'b', Resource: '*' }],
        },
      ],
    })
    expect(result.decision).toBe('ImplicitDeny')
  })

  it('a 200-star `StringLike` condition against a 50,000-character context value: implicit deny', () => {
    const result = evaluate({
      request: { principal, action: 's3:GetObject', resource: '*', context: { 's3:prefix': LONG } },
      identityPolicies: [
        {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringLike: { 's3:prefix': STARS_THEN_B } } },
          ],
        },
      ],
    })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.decision).toBe('ImplicitDeny')
  })
})
