import { describe, expect, it } from 'vitest'
import { isArnText } from '../../../../src/engine/conditions/arn'
import { compileArnConditionValue, resourceMatches } from '../../../../src/engine/match/arn'
import { evaluate, holds } from './helpers'

const TOPIC = 'arn:aws:sns:us-east-2:123456789012:TOPIC-ID'

describe('ARN condition operators', () => {
  it.each(['ArnEquals', 'ArnLike'])('%s matches the aws:SourceArn example exactly', (op) => {
    expect(holds(op, TOPIC, TOPIC)).toBe(true)
    expect(holds(op, TOPIC, 'arn:aws:sns:us-east-2:123456789012:OTHER')).toBe(false)
  })

  it.each([
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::123456789012:role/AdminRole', true],
    ['arn:aws:iam::*:role/Admin*', 'arn:aws:iam::123456789012:user/AdminRole', false],
    ['arn:aws:s3:::bucket-?', 'arn:aws:s3:::bucket-a', true],
    ['arn:aws:s3:::bucket-?', 'arn:aws:s3:::bucket-ab', false],
    ['arn:aws:*:*:*:*', 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', true],
    ['*', 'arn:aws:ec2:us-east-1:123456789012:instance/i-1', true],
  ])(
    'ArnLike: "each of the six colon-delimited components ... can include" * and ?: %s vs %s',
    (pattern, arn, expected) => {
      expect(holds('ArnLike', pattern, arn)).toBe(expected)
    },
  )

  it('"The ArnEquals and ArnLike condition operators behave identically": ArnEquals takes wildcards', () => {
    expect(holds('ArnEquals', 'arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:role/x')).toBe(true)
  })

  it('matching is case-sensitive', () => {
    expect(holds('ArnLike', 'arn:aws:iam::123456789012:role/admin', 'arn:aws:iam::123456789012:role/Admin')).toBe(false)
  })

  it('a wildcard does not cross a colon, unlike StringLike (the User Guide example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*'
    const value = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt'
    expect(holds('StringLike', pattern, value)).toBe(true)
    expect(holds('ArnLike', pattern, value)).toBe(false)
  })

  it.each([
    ['ArnNotEquals', TOPIC, TOPIC, false],
    ['ArnNotLike', 'arn:aws:sns:*:*:TOPIC-*', TOPIC, false],
    ['ArnNotLike', 'arn:aws:sns:*:*:OTHER', TOPIC, true],
  ])('%s is "negated matching for ARN": %s vs %s', (op, pattern, arn, expected) => {
    expect(holds(op, pattern, arn)).toBe(expected)
  })

  it('"ArnNotLike ... and the right key is not present, the condition is true"', () => {
    expect(holds('ArnNotLike', TOPIC, undefined)).toBe(true)
    expect(holds('ArnLike', TOPIC, undefined)).toBe(false)
  })

  it.each(['not-an-arn', 'arn:aws:s3', 'arn:aws:s3::'])(
    'a request value that is not an ARN (%j) does not match',
    (value) => {
      const e = evaluate('ArnLike', '*', value)
      expect(e.matched).toBe(false)
      expect(e.error).toBe(`request value \`${value}\` is not an ARN`)
    },
  )

  it('substitutes policy variables in ARN values', () => {
    const context = { 'aws:PrincipalAccount': '123456789012' }
    expect(
      holds('ArnLike', 'arn:aws:iam::${aws:PrincipalAccount}:role/*', 'arn:aws:iam::123456789012:role/x', { context }),
    ).toBe(true)
    expect(
      holds('ArnLike', 'arn:aws:iam::${aws:PrincipalAccount}:role/*', 'arn:aws:iam::999999999999:role/x', { context }),
    ).toBe(false)
  })
})

// "Each of the six colon-delimited components of the ARN is checked separately and each can include multi-character
// match wildcards (*) or single-character match wildcards (?)." (User Guide, ARN condition operators)
describe('User Guide: each of the six colon-delimited components of the ARN is checked separately', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/Admin'
  const OBJECT = 'arn:aws:s3:::bucket/key'
  const INSTANCE = 'arn:aws:ec2:us-east-1:123456789012:instance/i-1'

  it.each(['arn:aws:iam::*', 'arn:aws:*:us-east-1', 'arn:*', 'arn:aws:s3:*', 'arn*', 'a*', 'arn:aws:sqs:us-east-1:*'])(
    'a value with fewer than six components (%j) matches nothing, even where Resource would expand its `*`',
    (value) => {
      for (const arn of [ROLE, OBJECT, INSTANCE, 'arn:aws:sqs:us-east-1:123456789012:q']) {
        expect(holds('ArnLike', value, arn)).toBe(false)
        expect(holds('ArnEquals', value, arn)).toBe(false)
      }
    },
  )

  it('the trace says why such a value matches nothing', () => {
    const e = evaluate('ArnLike', 'arn:aws:iam::*', ROLE)
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('condition_value_malformed')
    expect(e.error).toBe('policy value `arn:aws:iam::*` has fewer than the six colon-separated parts of an ARN')
  })

  it('the Resource element keeps its own rule: there a trailing `*` of a short pattern runs past colons', () => {
    expect(resourceMatches('arn:aws:iam::*', ROLE)).toBe(true)
    expect(compileArnConditionValue('arn:aws:iam::*')(ROLE)).toBe(false)
  })

  it.each([
    ['ArnNotLike', true],
    ['ArnNotEquals', true],
    ['ForAllValues:ArnLike', false],
    ['ForAnyValue:ArnLike', false],
  ])('a value that matches nothing, under %s: %s', (op, expected) => {
    expect(holds(op, 'arn:aws:iam::*', [ROLE])).toBe(expected)
  })

  it('another value of the same condition still matches', () => {
    const e = evaluate('ArnLike', ['arn:aws:iam::*', 'arn:aws:iam::*:role/*'], ROLE)
    expect(e.matched).toBe(true)
    expect(e.values.map((v) => v.matched)).toEqual([false, true])
  })

  it.each([ROLE, OBJECT, INSTANCE])('a bare `*` matches every ARN: %s', (arn) => {
    expect(holds('ArnLike', '*', arn)).toBe(true)
    expect(holds('ArnNotLike', '*', arn)).toBe(false)
  })

  it('six components of `*` match every ARN too', () => {
    expect(holds('ArnLike', '*:*:*:*:*:*', INSTANCE)).toBe(true)
    expect(holds('ArnLike', 'arn:*:*:*:*:*', OBJECT)).toBe(true)
  })

  it('`arn:aws:s3:::*` matches S3 ARNs and nothing else', () => {
    expect(holds('ArnLike', 'arn:aws:s3:::*', OBJECT)).toBe(true)
    expect(holds('ArnLike', 'arn:aws:s3:::*', 'arn:aws:s3:::bucket')).toBe(true)
    expect(holds('ArnLike', 'arn:aws:s3:::*', ROLE)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:s3:::*', 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap')).toBe(false)
  })

  it('`arn:aws:iam::*:role/*` does not match an S3 ARN, nor an IAM user', () => {
    expect(holds('ArnLike', 'arn:aws:iam::*:role/*', ROLE)).toBe(true)
    expect(holds('ArnLike', 'arn:aws:iam::*:role/*', OBJECT)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:user/Admin')).toBe(false)
  })

  it('a `*` in the first five components never spans a colon', () => {
    // The region `*` would have to swallow `us-east-1:123456789012` to line the rest up.
    expect(holds('ArnLike', 'arn:aws:ec2:*:instance/i-1:x:y', INSTANCE)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:*:123456789012:instance/*:x', INSTANCE)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:ec2:*:*:instance/*', INSTANCE)).toBe(true)
  })

  it('`?` never stands for the colon between components', () => {
    expect(holds('ArnLike', 'arn:aws:s3??:bucket/key', OBJECT)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:s3:::bucket/ke?', OBJECT)).toBe(true)
  })

  it('an empty component matches only an empty component', () => {
    expect(holds('ArnLike', 'arn:aws:s3:::*', 'arn:aws:s3:eu-west-1::bucket')).toBe(false)
    expect(holds('ArnLike', 'arn:aws:s3:*:*:*', 'arn:aws:s3:::bucket')).toBe(true)
  })

  // The ARN format `arn:partition:service:region:account-id:resource-type:resource-id`: the sixth component (the
  // resource) is everything after the fifth colon, in the policy value and in the request alike.
  it('the sixth component runs to the end, colons and all, on both sides', () => {
    const fn = 'arn:aws:lambda:us-east-1:123456789012:function:my-fn:PROD'
    expect(holds('ArnLike', 'arn:aws:lambda:us-east-1:123456789012:function:*', fn)).toBe(true)
    expect(holds('ArnLike', 'arn:aws:lambda:*:*:function:my-fn:*', fn)).toBe(true)
    expect(holds('ArnLike', 'arn:aws:lambda:*:*:function:my-fn', fn)).toBe(false)
    expect(holds('ArnLike', 'arn:aws:lambda:*:*:function:*:PROD', fn)).toBe(true)
    expect(holds('ArnLike', 'arn:aws:lambda:*:*:*', fn)).toBe(true)
    expect(holds('ArnEquals', fn, fn)).toBe(true)
  })

  it('a value whose variable is substituted follows the same rule', () => {
    const context = { 'aws:PrincipalAccount': '123456789012' }
    expect(holds('ArnLike', 'arn:aws:iam::${aws:PrincipalAccount}:role/*', ROLE, { context })).toBe(true)
    expect(holds('ArnLike', 'arn:aws:iam::${aws:PrincipalAccount}', ROLE, { context })).toBe(false)
    expect(holds('ArnLike', 'arn:aws:iam::${aws:PrincipalAccount}*', ROLE, { context })).toBe(false)
  })
})

describe(isArnText, () => {
  it.each([
    ['arn:aws:s3:::bucket', true],
    ['arn:aws:iam::123456789012:role/a:b', true],
    ['arn:aws:s3::', false],
    ['ARN:aws:s3:::bucket', false],
  ])('%j → %s', (text, expected) => {
    expect(isArnText(text)).toBe(expected)
  })
})
