// Values for condition keys: one that makes every condition on a key hold, or one that makes a condition fail,
// tried with the engine's own operators; and how keys map to the request environment.
import { describe, expect, it } from 'vitest'
import type { ConditionTrace } from '../../../src/engine/index'
import { conditionHolds, environmentPatch, isDerivedKey, valueFor } from '../../../src/engine/remedy/values'

function cond(operator: string, key: string, ...values: string[]): ConditionTrace {
  return {
    kind: 'condition',
    operator,
    key,
    outcome: 'no_match',
    requestValues: [],
    missing: true,
    values: values.map((value) => ({ value })),
    text: { key: 'condition.missing.failed', params: { operator, key } },
    message: '',
  }
}

describe('valueFor', () => {
  it.each([
    [cond('StringEquals', 's3:prefix', 'home/'), 'home/'],
    [cond('StringLike', 's3:prefix', 'home/*'), 'home/'],
    [cond('Bool', 'aws:SecureTransport', 'true'), 'true'],
    [cond('NumericLessThan', 'aws:MultiFactorAuthAge', '3600'), '3599'],
    [cond('IpAddress', 'aws:SourceIp', '10.0.0.0/8'), '10.0.0.1'],
    [cond('IpAddress', 'aws:SourceIp', '192.0.2.7/32'), '192.0.2.7'],
    [cond('DateGreaterThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z'), '2026-01-01T00:00:01Z'],
    [cond('ForAnyValue:StringEquals', 'aws:TagKeys', 'team'), ['team']],
    [cond('Null', 'aws:TokenIssueTime', 'true'), null],
  ])('%# finds a value that makes %o hold', (c, expected) => {
    expect(valueFor([c], 'hold')).toEqual(expected)
    expect(conditionHolds(c, expected)).toBe(true)
  })

  it('finds a value between two dates of one key', () => {
    const window = [
      cond('DateGreaterThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z'),
      cond('DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:02Z'),
    ]
    expect(valueFor(window, 'hold')).toBe('2026-01-01T00:00:01Z')
  })

  it.each([
    [cond('BoolIfExists', 'aws:MultiFactorAuthPresent', 'false'), 'true'],
    [cond('StringNotEquals', 'aws:RequestedRegion', 'ap-northeast-2', 'us-east-1'), 'ap-northeast-2'],
    [cond('NumericGreaterThan', 'aws:MultiFactorAuthAge', '3600'), '3600'],
    [cond('NotIpAddress', 'aws:SourceIp', '203.0.113.0/24'), '203.0.113.1'],
  ])('%# finds a value that makes %o fail', (c, expected) => {
    expect(valueFor([c], 'fail')).toEqual(expected)
    expect(conditionHolds(c, expected)).toBe(false)
  })

  it('has no value for a condition that never holds (an unknown operator)', () => {
    expect(valueFor([cond('StringEqualz', 'k', 'v')], 'hold')).toBeUndefined()
  })
})

describe('keys', () => {
  it('knows the keys AWS derives from the principal and the resource', () => {
    for (const key of [
      'aws:PrincipalArn',
      'AWS:principaltag/team',
      'aws:ResourceTag/env',
      's3:ExistingObjectTag/x',
      'aws:CalledViaLast',
    ]) {
      expect(isDerivedKey(key)).toBe(true)
    }
    for (const key of ['aws:SourceIp', 's3:prefix', 'sts:ExternalId', 'aws:RequestTag/team'])
      expect(isDerivedKey(key)).toBe(false)
  })

  it('maps environment keys to their fields, and refuses values that do not fit', () => {
    expect(environmentPatch('aws:MultiFactorAuthPresent', 'true')).toEqual({ mfa: true })
    expect(environmentPatch('aws:MultiFactorAuthAge', '300')).toEqual({ mfa: true, mfaAge: 300 })
    expect(environmentPatch('aws:EpochTime', '1767225600')).toEqual({ time: '2026-01-01T00:00:00Z' })
    expect(environmentPatch('aws:SourceVpce', 'vpce-1a2b')).toEqual({ vpc: 'vpce-1a2b' })
    expect(environmentPatch('aws:SourceVpc', 'vpce-1a2b')).toBeUndefined()
    expect(environmentPatch('aws:SecureTransport', 'maybe')).toBeUndefined()
    expect(environmentPatch('aws:SourceIp', null)).toEqual({ sourceIp: undefined })
    expect(environmentPatch('s3:prefix', 'x')).toBeUndefined()
    expect(environmentPatch('constructor', 'x')).toBeUndefined()
  })
})
