import { describe, expect, it } from 'vitest'
import { isArnText } from '../../../../src/engine/conditions/arn'
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
