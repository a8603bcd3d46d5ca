// The request context (contract rules 2 and 3): the keys AWS derives from the caller, given values winning,
// case-insensitive key names, single- and multi-valued keys.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
import { describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  OBJECT,
  ROLE,
  ROOT,
  SESSION,
  USER,
  allow,
  decide,
  grant,
  policy,
  req,
  run,
} from '../../../helpers/policy'

type Values = string | string[]

/** The derived context entries of a caller, as a key -> value object. */
function derivedFor(principal: string): Record<string, Values> {
  const result = run({ request: req(principal, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }) })
  return Object.fromEntries(result.trace.context.filter((e) => e.derived).map((e) => [e.key, e.value]))
}

/** Alice (or `principal`) reads the object if the condition holds. */
function holds(condition: Record<string, unknown>, context?: Record<string, Values>, principal = USER): boolean {
  const input = {
    request: req(principal, 's3:GetObject', OBJECT, context ? { context } : {}),
    identityPolicies: [policy(allow('s3:GetObject', '*', { Condition: condition }))],
  }
  return decide(input) === 'Allow'
}

describe('keys derived from the caller', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'an IAM user',
      USER,
      {
        'aws:PrincipalArn': USER,
        'aws:PrincipalAccount': ACCOUNT,
        'aws:PrincipalType': 'User',
        'aws:username': 'alice',
      },
    ],
    [
      'a role session (PrincipalArn is the role ARN)',
      SESSION,
      { 'aws:PrincipalArn': ROLE, 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'AssumedRole' },
    ],
    ['a role', ROLE, { 'aws:PrincipalArn': ROLE, 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'AssumedRole' }],
    [
      'the root user',
      ROOT,
      { 'aws:PrincipalArn': ROOT, 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'Account' },
    ],
    [
      'the root user as an account ID',
      ACCOUNT,
      { 'aws:PrincipalArn': ROOT, 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'Account' },
    ],
    [
      'a federated user',
      `arn:aws:sts::${ACCOUNT}:federated-user/dana`,
      {
        'aws:PrincipalArn': `arn:aws:sts::${ACCOUNT}:federated-user/dana`,
        'aws:PrincipalAccount': ACCOUNT,
        'aws:PrincipalType': 'FederatedUser',
      },
    ],
  ])('%s', (_, principal, expected) => {
    expect(derivedFor(principal)).toEqual(expected)
  })

  it('aws:username is the friendly name, without the path', () => {
    expect(derivedFor(`arn:aws:iam::${ACCOUNT}:user/eng/team/alice`)['aws:username']).toBe('alice')
  })

  it('a session of a role with a path derives the role ARN without the path (the session ARN has none)', () => {
    expect(derivedFor(SESSION)['aws:PrincipalArn']).toBe(`arn:aws:iam::${ACCOUNT}:role/app`)
  })

  it.each(['anonymous', 'ec2.amazonaws.com'])('nothing is derived for %s', (principal) => {
    expect(derivedFor(principal)).toEqual({})
  })

  it('nothing else is invented: aws:userid, aws:PrincipalOrgID, aws:SourceIp, tags are absent', () => {
    const keys = Object.keys(derivedFor(USER)).map((k) => k.toLowerCase())
    for (const key of [
      'aws:userid',
      'aws:principalorgid',
      'aws:sourceip',
      'aws:principaltag/team',
      'aws:currenttime',
    ]) {
      expect(keys).not.toContain(key)
    }
  })

  it.each([
    ['aws:userid', 'StringLike'],
    ['aws:PrincipalOrgID', 'StringLike'],
    ['aws:SourceIp', 'StringLike'],
  ])('a condition on %s (not derived) finds no value', (key, operator) => {
    expect(holds({ [operator]: { [key]: '*' } })).toBe(false)
  })
})

describe('derived keys in conditions', () => {
  it('aws:PrincipalArn of a session is the role ARN: ArnEquals on the role holds', () => {
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': ROLE } }, undefined, SESSION)).toBe(true)
  })

  it('aws:PrincipalArn of a session is not the session ARN', () => {
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': SESSION } }, undefined, SESSION)).toBe(false)
  })

  it('aws:PrincipalAccount in a resource policy', () => {
    const resourcePolicy = policy(
      allow('s3:GetObject', '*', { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } } }),
    )
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), resourcePolicy })).toBe('Allow')
  })

  it('aws:PrincipalType', () => {
    expect(holds({ StringEquals: { 'aws:PrincipalType': 'User' } })).toBe(true)
    expect(holds({ StringEquals: { 'aws:PrincipalType': 'User' } }, undefined, SESSION)).toBe(false)
  })

  it('aws:username is absent for a role session', () => {
    expect(holds({ Null: { 'aws:username': 'true' } }, undefined, SESSION)).toBe(true)
    expect(holds({ Null: { 'aws:username': 'true' } })).toBe(false)
  })
})

describe('a value given in the context always wins', () => {
  const given = `arn:aws:iam::${ACCOUNT}:role/given`
  it('the given aws:PrincipalArn is used and shown as not derived', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:PrincipalArn': given } }) })
    const entries = result.trace.context.filter((e) => e.key.toLowerCase() === 'aws:principalarn')
    expect(entries).toEqual([{ key: 'aws:PrincipalArn', value: given, derived: false }])
  })

  it('the given value decides the condition', () => {
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': given } }, { 'aws:PrincipalArn': given })).toBe(true)
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': USER } }, { 'aws:PrincipalArn': given })).toBe(false)
  })

  it('wins whatever the case of the given key', () => {
    expect(holds({ StringEquals: { 'aws:username': 'mallory' } }, { 'AWS:USERNAME': 'mallory' })).toBe(true)
    expect(holds({ StringEquals: { 'aws:username': 'alice' } }, { 'AWS:USERNAME': 'mallory' })).toBe(false)
  })

  it('given keys are listed in the trace context as given', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:SourceIp': '203.0.113.7' } }) })
    expect(result.trace.context).toContainEqual({ key: 'aws:SourceIp', value: '203.0.113.7', derived: false })
  })
})

describe('condition key names are case-insensitive', () => {
  it.each([
    ['aws:SourceIp', 'aws:SourceIp'],
    ['AWS:SOURCEIP', 'aws:sourceip'],
    ['aws:sourceip', 'Aws:SourceIP'],
  ])('policy key %s finds request key %s', (policyKey, requestKey) => {
    expect(holds({ IpAddress: { [policyKey]: '203.0.113.0/24' } }, { [requestKey]: '203.0.113.7' })).toBe(true)
  })
})

describe('single- and multi-valued keys', () => {
  const tags = 'aws:TagKeys'
  it('ForAnyValue:StringEquals holds when any request value is listed', () => {
    expect(holds({ 'ForAnyValue:StringEquals': { [tags]: ['team', 'owner'] } }, { [tags]: ['env', 'team'] })).toBe(true)
  })

  it('ForAllValues:StringEquals holds when every request value is listed', () => {
    expect(holds({ 'ForAllValues:StringEquals': { [tags]: ['team', 'owner'] } }, { [tags]: ['team', 'owner'] })).toBe(
      true,
    )
  })

  it('ForAllValues:StringEquals fails when one request value is not listed', () => {
    expect(holds({ 'ForAllValues:StringEquals': { [tags]: ['team', 'owner'] } }, { [tags]: ['team', 'env'] })).toBe(
      false,
    )
  })

  it('ForAllValues holds when the key is missing', () => {
    expect(holds({ 'ForAllValues:StringEquals': { [tags]: ['team'] } })).toBe(true)
  })

  it('ForAnyValue does not hold when the key is missing', () => {
    expect(holds({ 'ForAnyValue:StringEquals': { [tags]: ['team'] } })).toBe(false)
  })

  it('a single string and a one-element list give the same answer', () => {
    const condition = { 'ForAnyValue:StringEquals': { [tags]: 'team' } }
    expect(holds(condition, { [tags]: 'team' })).toBe(holds(condition, { [tags]: ['team'] }))
  })

  it('context is taken as given: a key that would not apply to the action is still used', () => {
    expect(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/alice' })).toBe(true)
  })
})

describe('derived keys in resource-side principals', () => {
  it('a resource policy condition on aws:PrincipalArn matches a session by its role', () => {
    const resourcePolicy = policy(
      grant('*', 's3:GetObject', '*', {
        Condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app*` } },
      }),
    )
    expect(decide({ request: req(SESSION, 's3:GetObject', OBJECT), resourcePolicy })).toBe('Allow')
  })
})
