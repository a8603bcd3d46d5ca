// Service control policies and resource control policies (contract rule 4): every SCP level must allow; an RCP
// level is backed by RCPFullAWSAccess so it can only deny; neither applies to service principals; SCPs do not
// limit service-linked roles; neither grants anything.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput, PolicyDocument } from '../../../../src/engine/index'
import {
  ACCOUNT,
  FULL_ACCESS,
  OBJECT,
  OTHER_USER,
  QUEUE,
  ROOT,
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

const everything = policy(allow('*'))
const s3Only = policy(allow('s3:*'))
const denyS3 = policy(deny('s3:*'))
const SLR = `arn:aws:iam::${ACCOUNT}:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk`

/** Alice reads the object with an identity allow, under these SCP levels. */
function underScps(scps: PolicyDocument[][], principal = USER, action = 's3:GetObject'): EvaluationInput {
  return { request: req(principal, action, OBJECT), identityPolicies: [everything], scps }
}

describe('SCPs: every level of the organization must allow', () => {
  it.each<[string, PolicyDocument[][], string]>([
    ['one level with FullAWSAccess', [[FULL_ACCESS]], 'Allow'],
    ['three levels with FullAWSAccess', [[FULL_ACCESS], [FULL_ACCESS], [FULL_ACCESS]], 'Allow'],
    ['a lower level allowing only s3:*', [[FULL_ACCESS], [s3Only]], 'Allow'],
    ['a level allowing only ec2:*', [[FULL_ACCESS], [policy(allow('ec2:*'))]], 'ImplicitDeny'],
    ['the root level allowing only ec2:*', [[policy(allow('ec2:*'))], [FULL_ACCESS]], 'ImplicitDeny'],
    ['two policies at one level, one of them allowing', [[policy(allow('ec2:*')), s3Only]], 'Allow'],
    ['a level with only Deny statements for other actions', [[FULL_ACCESS], [policy(deny('ec2:*'))]], 'ImplicitDeny'],
  ])('%s -> %s', (_, scps, expected) => {
    expect(decide(underScps(scps))).toBe(expected)
  })

  it('says rule scp-no-allow and names the level that does not allow', () => {
    const result = run(underScps([[FULL_ACCESS], [policy(allow('ec2:*'))]]))
    expect(result.trace.rule.code).toBe('scp-no-allow')
    expect(result.trace.rule.message).toContain('1')
    expect(typeTrace(result, 'scp', 1)?.verdict).toBe('ImplicitDeny')
    expect(typeTrace(result, 'scp', 0)?.verdict).toBe('Allow')
  })

  // Rule 4: "an empty level denies".
  it('an empty level denies (the only level)', () => {
    expect(decide(underScps([[]]))).toBe('ImplicitDeny')
  })

  it('an empty level denies (a lower level)', () => {
    expect(decide(underScps([[FULL_ACCESS], []]))).toBe('ImplicitDeny')
  })

  it('an SCP grants nothing: FullAWSAccess without an identity allow denies', () => {
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), scps: [[FULL_ACCESS]] })).toBe('ImplicitDeny')
  })

  it('an SCP condition decides per request', () => {
    const regional = policy(
      allow('*', '*', { Condition: { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } }),
    )
    const input = (region: string) => ({
      ...underScps([[regional]]),
      request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:RequestedRegion': region } }),
    })
    expect(decide(input('eu-central-1'))).toBe('Allow')
    expect(decide(input('us-east-1'))).toBe('ImplicitDeny')
  })

  it('SCPs limit what a same-account resource policy grants to a user', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      resourcePolicy: policy(grant(USER, 's3:GetObject')),
      scps: [[policy(allow('ec2:*'))]],
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('SCPs of the caller limit a cross-account request', () => {
    const input = {
      request: req(OTHER_USER, 'sqs:SendMessage', QUEUE),
      identityPolicies: [everything],
      resourcePolicy: policy(grant(OTHER_USER, 'sqs:*')),
      scps: [[s3Only]],
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('lists the allowing SCP statements among the decisive ones for an allow', () => {
    const result = run(underScps([[FULL_ACCESS], [s3Only]]))
    expect(result.trace.decisive.filter((r) => r.type === 'scp').map((r) => r.level)).toEqual([0, 1])
  })

  it('traces each level separately, with its level number', () => {
    const result = run(underScps([[FULL_ACCESS], [s3Only], [FULL_ACCESS]]))
    expect(result.trace.policyTypes.filter((t) => t.type === 'scp').map((t) => t.level)).toEqual([0, 1, 2])
  })
})

describe('SCPs: an explicit deny at any level', () => {
  it.each([0, 1, 2])('a deny at level %i denies', (level) => {
    const scps: PolicyDocument[][] = [[FULL_ACCESS], [FULL_ACCESS], [FULL_ACCESS]]
    scps[level] = [FULL_ACCESS, denyS3]
    const result = run(underScps(scps))
    expect(result.decision).toBe('ExplicitDeny')
    expect(result.trace.decisive).toEqual([expect.objectContaining({ type: 'scp', level })])
  })
})

describe('who SCPs apply to', () => {
  it('they limit the root user', () => {
    expect(decide(underScps([[FULL_ACCESS, denyS3]], ROOT))).toBe('ExplicitDeny')
    expect(decide(underScps([[policy(allow('ec2:*'))]], ROOT))).toBe('ImplicitDeny')
  })

  it.each<[string, PolicyDocument[][]]>([
    ['a deny', [[FULL_ACCESS, denyS3]]],
    ['a level that does not allow', [[policy(allow('ec2:*'))]]],
  ])('they do not limit a service-linked role (%s)', (_, scps) => {
    expect(decide(underScps(scps, SLR))).toBe('Allow')
  })

  it('the trace shows them as not applicable to a service-linked role', () => {
    expect(typeTrace(run(underScps([[denyS3]], SLR)), 'scp', 0)?.verdict).toBe('NotApplicable')
  })

  it('a role whose path only resembles the service-role path is still limited', () => {
    const lookalike = `arn:aws:iam::${ACCOUNT}:role/app/aws-service-role/x`
    expect(decide(underScps([[FULL_ACCESS, denyS3]], lookalike))).toBe('ExplicitDeny')
  })

  it.each<[string, PolicyDocument[][]]>([
    ['a deny', [[denyS3]]],
    ['an empty level', [[]]],
  ])('they do not apply to a service principal (%s)', (_, scps) => {
    const input = {
      request: req('logging.s3.amazonaws.com', 's3:PutObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: policy(allow('s3:PutObject', '*', { Principal: { Service: 'logging.s3.amazonaws.com' } })),
      scps,
    }
    expect(decide(input)).toBe('Allow')
  })
})

describe('RCPs', () => {
  const rcpDeny = policy(deny('s3:*', '*', { Principal: '*' }))
  const base = { request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [everything] }

  it('an empty RCP level does not deny (RCPFullAWSAccess is always attached)', () => {
    expect(decide({ ...base, rcps: [[]] })).toBe('Allow')
  })

  it('an RCP level whose statements do not apply does not deny', () => {
    expect(decide({ ...base, rcps: [[policy(deny('ec2:*', '*', { Principal: '*' }))]] })).toBe('Allow')
  })

  it('an RCP explicit deny denies', () => {
    expect(decide({ ...base, rcps: [[], [rcpDeny]] })).toBe('ExplicitDeny')
  })

  it('an RCP grants nothing', () => {
    const input = { request: req(USER, 's3:GetObject', OBJECT), rcps: [[policy(allow('*', '*', { Principal: '*' }))]] }
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('the trace of an RCP level that does not apply says so and is not a deny', () => {
    const result = run({ ...base, rcps: [[policy(deny('ec2:*', '*', { Principal: '*' }))]] })
    expect(typeTrace(result, 'rcp', 0)?.verdict).toBe('ImplicitDeny')
    expect(typeTrace(result, 'rcp', 0)?.note).toContain('RCPFullAWSAccess')
  })

  it('an RCP deny applies to callers from outside the organization', () => {
    const input = {
      request: req(OTHER_USER, 'sqs:SendMessage', QUEUE),
      identityPolicies: [everything],
      resourcePolicy: policy(grant(OTHER_USER, 'sqs:*')),
      rcps: [[policy(deny('sqs:*', '*', { Principal: '*' }))]],
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('an RCP deny applies to anonymous requests', () => {
    const input = {
      request: req('anonymous', 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: policy(allow('s3:GetObject', '*', { Principal: '*' })),
      rcps: [[rcpDeny]],
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('an RCP deny applies to the root user', () => {
    expect(decide({ request: req(ROOT, 's3:GetObject', OBJECT), rcps: [[rcpDeny]] })).toBe('ExplicitDeny')
  })

  it('RCPs do not apply to service principals', () => {
    const input = {
      request: req('logging.s3.amazonaws.com', 's3:PutObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: policy(allow('s3:PutObject', '*', { Principal: { Service: 'logging.s3.amazonaws.com' } })),
      rcps: [[rcpDeny]],
    }
    const result = run(input)
    expect(result.decision).toBe('Allow')
    expect(typeTrace(result, 'rcp', 0)?.verdict).toBe('NotApplicable')
  })

  // The data-perimeter RCP from the AWS examples: deny principals outside the organization.
  const perimeter = policy(
    deny('s3:*', '*', {
      Principal: '*',
      Condition: {
        StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' },
        BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
      },
    }),
  )
  it.each([
    ['a principal of the organization', 'o-abc123', 'Allow'],
    ['a principal of another organization', 'o-zzz999', 'ExplicitDeny'],
  ])('the organization perimeter RCP: %s -> %s', (_, org, expected) => {
    const input = {
      ...base,
      request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:PrincipalOrgID': org } }),
      rcps: [[perimeter]],
    }
    expect(decide(input)).toBe(expected)
  })
})
