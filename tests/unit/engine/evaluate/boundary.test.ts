// Permissions boundaries: "the entity can perform only the actions that are allowed by both its identity-based
// policies and its permissions boundaries"; a boundary grants nothing on its own.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
import { describe, expect, it } from 'vitest'
import {
  FULL_ACCESS,
  OBJECT,
  ROLE,
  SESSION,
  USER,
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

describe('the boundary limits identity-based allows', () => {
  it.each([
    ['s3:GetObject', 'Allow'],
    ['s3:PutObject', 'ImplicitDeny'],
  ])('identity allows s3:*, boundary allows s3:Get*: %s -> %s', (action, expected) => {
    expect(
      decide({ request: req(USER, action, OBJECT), identityPolicies: [s3All], permissionsBoundary: readOnly }),
    ).toBe(expected)
  })

  it('says rule boundary-no-allow when the boundary is what denies', () => {
    const result = run({
      request: req(USER, 's3:PutObject', OBJECT),
      identityPolicies: [s3All],
      permissionsBoundary: readOnly,
    })
    expect(result.trace.rule.code).toBe('boundary-no-allow')
    expect(typeTrace(result, 'boundary')?.verdict).toBe('ImplicitDeny')
  })

  it('limits by resource too', () => {
    const boundary = policy(allow('s3:*', 'arn:aws:s3:::public/*'))
    expect(
      decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [s3All], permissionsBoundary: boundary }),
    ).toBe('ImplicitDeny')
  })

  it('limits by condition too', () => {
    const boundary = policy(allow('*', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }))
    const input = (region: string) => ({
      request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:RequestedRegion': region } }),
      identityPolicies: [s3All],
      permissionsBoundary: boundary,
    })
    expect(decide(input('eu-west-1'))).toBe('Allow')
    expect(decide(input('us-east-1'))).toBe('ImplicitDeny')
  })

  it('limits role sessions as well as users', () => {
    expect(
      decide({
        request: req(SESSION, 's3:PutObject', OBJECT),
        identityPolicies: [s3All],
        permissionsBoundary: readOnly,
      }),
    ).toBe('ImplicitDeny')
  })

  it('lists the boundary statement among the decisive ones for an allow', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [s3All],
      permissionsBoundary: readOnly,
    })
    expect(result.trace.decisive.map((r) => r.type).sort()).toEqual(['boundary', 'identity'])
  })
})

describe('the boundary grants nothing', () => {
  it('a boundary that allows everything does not allow without an identity policy', () => {
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), permissionsBoundary: FULL_ACCESS })).toBe(
      'ImplicitDeny',
    )
  })

  it('a boundary allowing the action does not widen identity policies that allow other actions', () => {
    expect(
      decide({
        request: req(USER, 's3:GetObject', OBJECT),
        identityPolicies: [policy(allow('ec2:*'))],
        permissionsBoundary: s3All,
      }),
    ).toBe('ImplicitDeny')
  })
})

describe('an explicit deny in the boundary', () => {
  it('denies even when identity policies allow', () => {
    const boundary = policy(allow('*'), deny('s3:PutObject'))
    expect(
      decide({ request: req(USER, 's3:PutObject', OBJECT), identityPolicies: [s3All], permissionsBoundary: boundary }),
    ).toBe('ExplicitDeny')
  })
})

describe('boundaries and resource-based policies in the same account', () => {
  it('do not limit a grant that names the user ARN', () => {
    const input = {
      request: req(USER, 's3:PutObject', OBJECT),
      permissionsBoundary: readOnly,
      resourcePolicy: policy(grant(USER, 's3:PutObject')),
    }
    expect(decide(input)).toBe('Allow')
  })

  it('do not limit a grant that names the session ARN', () => {
    const input = {
      request: req(SESSION, 's3:PutObject', OBJECT),
      permissionsBoundary: readOnly,
      resourcePolicy: policy(grant(SESSION, 's3:PutObject')),
    }
    expect(decide(input)).toBe('Allow')
  })

  it('limit a grant that names the role ARN', () => {
    const input = {
      request: req(SESSION, 's3:PutObject', OBJECT),
      identityPolicies: [s3All],
      permissionsBoundary: readOnly,
      resourcePolicy: policy(grant(ROLE, 's3:PutObject')),
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })
})

describe('adding an identity allow never takes a permission away', () => {
  // Found by the Allow-monotonicity property: the same request must not go from Allow to deny because an identity
  // policy now also allows it ("the resulting permissions are the union" within an account).
  it.each([
    ['"*"', '*'],
    ['the role ARN', { AWS: ROLE }],
  ])('a session granted by Principal %s under a boundary that does not allow', (_, principal) => {
    const base = {
      request: req(SESSION, 's3:GetObject', OBJECT),
      resourcePolicy: policy(allow('s3:GetObject', '*', { Principal: principal })),
      permissionsBoundary: policy(allow('ec2:*')),
    }
    expect(decide({ ...base, identityPolicies: [s3All] })).toBe(decide(base))
  })
})

describe('SCP, boundary and identity policy: "allowed only if all three policy types allow it"', () => {
  const none = policy(allow('ec2:*'))
  const rows: [boolean, boolean, boolean][] = []
  for (const scp of [true, false])
    for (const boundary of [true, false]) for (const identity of [true, false]) rows.push([scp, boundary, identity])
  it.each(rows)('SCP allows: %s, boundary allows: %s, identity allows: %s', (scp, boundary, identity) => {
    const decision = decide({
      request: req(USER, 's3:GetObject', OBJECT),
      scps: [[scp ? FULL_ACCESS : none]],
      permissionsBoundary: boundary ? s3All : none,
      identityPolicies: [identity ? s3All : none],
    })
    expect(decision).toBe(scp && boundary && identity ? 'Allow' : 'ImplicitDeny')
  })
})
