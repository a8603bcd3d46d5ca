// Session policies: "The resulting session's permissions are the intersection of the entity's identity-based
// policies and the session policies"; they never grant on their own; resource-policy grants to the session ARN
// are not limited by them, grants to the role ARN are.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session
import { describe, expect, it } from 'vitest'
import {
  ACCOUNT,
  OBJECT,
  ROLE,
  SESSION,
  allow,
  decide,
  deny,
  grant,
  policy,
  req,
  run,
  typeTrace,
} from '../../../helpers/policy'

const s3All = policy(allow('s3:*'))
const readOnly = policy(allow('s3:Get*'))
const nothingS3 = policy(allow('ec2:*'))
const FEDERATED = `arn:aws:sts::${ACCOUNT}:federated-user/dana`

describe('the session policy limits the identity-based policies', () => {
  it.each([
    ['s3:GetObject', 'Allow'],
    ['s3:PutObject', 'ImplicitDeny'],
    ['s3:ListBucket', 'ImplicitDeny'],
  ])('identity allows s3:*, session policy allows s3:Get*: %s -> %s', (action, expected) => {
    expect(
      decide({ request: req(SESSION, action, OBJECT), identityPolicies: [s3All], sessionPolicies: [readOnly] }),
    ).toBe(expected)
  })

  it('says rule session-no-allow when the session policy is what denies', () => {
    const result = run({
      request: req(SESSION, 's3:PutObject', OBJECT),
      identityPolicies: [s3All],
      sessionPolicies: [readOnly],
    })
    expect(result.trace.rule.code).toBe('session-no-allow')
    expect(typeTrace(result, 'session')?.verdict).toBe('ImplicitDeny')
  })

  it('a session policy never grants on its own', () => {
    expect(decide({ request: req(SESSION, 's3:GetObject', OBJECT), sessionPolicies: [s3All] })).toBe('ImplicitDeny')
  })

  it('an explicit deny in a session policy denies', () => {
    const sessionPolicies = [policy(allow('*'), deny('s3:GetObject'))]
    expect(decide({ request: req(SESSION, 's3:GetObject', OBJECT), identityPolicies: [s3All], sessionPolicies })).toBe(
      'ExplicitDeny',
    )
  })

  it('limits a federated user session (GetFederationToken) too', () => {
    expect(
      decide({
        request: req(FEDERATED, 's3:PutObject', OBJECT),
        identityPolicies: [s3All],
        sessionPolicies: [readOnly],
      }),
    ).toBe('ImplicitDeny')
  })

  it('lists the session statement among the decisive ones for an allow', () => {
    const result = run({
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [s3All],
      sessionPolicies: [readOnly],
    })
    expect(result.trace.decisive.map((r) => r.policyId).sort()).toEqual(['identity[0]', 'session[0]'])
  })
})

describe('several session policies (inline and managed) act together', () => {
  const split = [policy(allow('s3:GetObject')), policy(allow('s3:PutObject'))]
  it.each(['s3:GetObject', 's3:PutObject'])('an action allowed by any one of them passes: %s', (action) => {
    expect(decide({ request: req(SESSION, action, OBJECT), identityPolicies: [s3All], sessionPolicies: split })).toBe(
      'Allow',
    )
  })

  it('an action none of them allows is denied', () => {
    expect(
      decide({ request: req(SESSION, 's3:DeleteObject', OBJECT), identityPolicies: [s3All], sessionPolicies: split }),
    ).toBe('ImplicitDeny')
  })
})

describe('session policies and resource-based policies in the same account', () => {
  it('do not limit a grant to the session ARN ("added after the session is created")', () => {
    const input = {
      request: req(SESSION, 's3:PutObject', OBJECT),
      sessionPolicies: [nothingS3],
      resourcePolicy: policy(grant(SESSION, 's3:PutObject')),
    }
    expect(decide(input)).toBe('Allow')
  })

  it('limit a grant to the role ARN, even with an identity allow', () => {
    const input = {
      request: req(SESSION, 's3:PutObject', OBJECT),
      identityPolicies: [s3All],
      sessionPolicies: [readOnly],
      resourcePolicy: policy(grant(ROLE, 's3:PutObject')),
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('limit an account-level grant, which only delegates to the identity side', () => {
    const input = {
      request: req(SESSION, 's3:PutObject', OBJECT),
      identityPolicies: [s3All],
      sessionPolicies: [readOnly],
      resourcePolicy: policy(grant(ACCOUNT, 's3:PutObject')),
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })
})

describe('session policy, boundary and identity policy: everything allowed by all three', () => {
  const rows: [boolean, boolean, boolean][] = []
  for (const session of [true, false])
    for (const boundary of [true, false]) for (const identity of [true, false]) rows.push([session, boundary, identity])
  it.each(rows)('session allows: %s, boundary allows: %s, identity allows: %s', (session, boundary, identity) => {
    const decision = decide({
      request: req(SESSION, 's3:GetObject', OBJECT),
      sessionPolicies: [session ? s3All : nothingS3],
      permissionsBoundary: boundary ? s3All : nothingS3,
      identityPolicies: [identity ? s3All : nothingS3],
    })
    expect(decision).toBe(session && boundary && identity ? 'Allow' : 'ImplicitDeny')
  })
})
