// Sessions services hold: an EC2 instance runs as its instance profile's role, a Lambda function (or a Glue
// development endpoint, CloudFormation stack, SageMaker notebook instance, CodeBuild project) as its execution
// role; the service assumes the role, so the trust policy must allow that service principal.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
import { describe, expect, it } from 'vitest'
import { english, serviceSession, uniqueId } from '../../../../src/engine/index'
import { A, inline, scenario, sim, trust } from '../../../helpers/scenario'

const INSTANCE = `arn:aws:ec2:us-east-1:${A}:instance/i-0abc1234`
const FN = `arn:aws:lambda:us-east-1:${A}:function:resize`
const OBJ = 'arn:aws:s3:::images/cat.png'

const s = scenario({
  roles: [
    {
      name: 'WebServer',
      trustPolicy: trust({ Service: 'ec2.amazonaws.com' }),
      instanceProfiles: ['WebProfile'],
      inlinePolicies: [inline('Read', 's3:GetObject')],
    },
    { name: 'Batch', trustPolicy: trust({ Service: 'ec2.amazonaws.com' }) },
    {
      name: 'Resizer',
      trustPolicy: trust({ Service: 'lambda.amazonaws.com' }),
      inlinePolicies: [inline('Put', 's3:PutObject')],
    },
    { name: 'Wrong', trustPolicy: trust({ Service: 'lambda.amazonaws.com' }), instanceProfiles: ['WrongProfile'] },
    { name: 'Deployer', trustPolicy: trust({ Service: 'cloudformation.amazonaws.com' }) },
  ],
  resources: [
    { arn: INSTANCE, instanceProfile: 'WebProfile' },
    {
      arn: `arn:aws:ec2:us-east-1:${A}:instance/i-0batch00`,
      instanceProfile: `arn:aws:iam::${A}:instance-profile/Batch`,
    },
    { arn: `arn:aws:ec2:us-east-1:${A}:instance/i-0wrong00`, instanceProfile: 'WrongProfile' },
    { arn: `arn:aws:ec2:us-east-1:${A}:instance/i-0bare000` },
    { arn: FN, executionRole: 'Resizer' },
    { arn: `arn:aws:lambda:us-east-1:${A}:function:byarn`, executionRole: `arn:aws:iam::${A}:role/Resizer` },
    { arn: `arn:aws:lambda:us-east-1:${A}:function:misfit`, executionRole: 'WebServer' },
    { arn: 'arn:aws:s3:::images' },
    { arn: `arn:aws:lambda:us-east-1:${A}:layer:deps` },
    { arn: `arn:aws:cloudformation:us-east-1:${A}:stack/app/0f1e2d3c`, executionRole: 'Deployer' },
  ],
})

describe(serviceSession, () => {
  it('gives an EC2 instance the session of its instance profile’s role', () => {
    const r = serviceSession(s, INSTANCE)
    expect(r.ok && r.sessionArn).toBe(`arn:aws:sts::${A}:assumed-role/WebServer/i-0abc1234`)
    expect(r.ok && r.session).toEqual({
      role: `arn:aws:iam::${A}:role/WebServer`,
      sessionName: 'i-0abc1234',
      sourcePrincipal: 'ec2.amazonaws.com',
      issuedAt: '2026-01-01T00:00:00Z',
      durationSeconds: 3600,
    })
    expect(r.ok && r.result.trace.rule.code).toBe('service-allow')
  })

  it('gives a Lambda function the session of its execution role', () => {
    const r = serviceSession(s, FN)
    expect(r.ok && [r.sessionArn, r.session.sourcePrincipal]).toEqual([
      `arn:aws:sts::${A}:assumed-role/Resizer/resize`,
      'lambda.amazonaws.com',
    ])
  })

  it('gives a CloudFormation stack the session of its service role, named after the stack', () => {
    const r = serviceSession(s, `arn:aws:cloudformation:us-east-1:${A}:stack/app/0f1e2d3c`)
    expect(r.ok && [r.sessionArn, r.session.sourcePrincipal]).toEqual([
      `arn:aws:sts::${A}:assumed-role/Deployer/app`,
      'cloudformation.amazonaws.com',
    ])
  })

  it.each([
    [`arn:aws:ec2:us-east-1:${A}:instance/i-0batch00`, 'Batch', 'a profile ARN naming a role of the same name'],
    [`arn:aws:lambda:us-east-1:${A}:function:byarn`, 'Resizer', 'an execution role given by ARN'],
  ])('%s runs as %s (%s)', (arn, roleName) => {
    const r = serviceSession(s, arn)
    expect(r.ok && r.session.role).toBe(`arn:aws:iam::${A}:role/${roleName}`)
  })

  it.each([
    [
      `arn:aws:ec2:us-east-1:${A}:instance/i-0wrong00`,
      'the trust policy of role Wrong does not allow `ec2.amazonaws.com`',
    ],
    [
      `arn:aws:lambda:us-east-1:${A}:function:misfit`,
      'the trust policy of role WebServer does not allow `lambda.amazonaws.com`',
    ],
    [`arn:aws:ec2:us-east-1:${A}:instance/i-0bare000`, 'has no role: its instance profile `(none)`'],
    [`arn:aws:ec2:us-east-1:${A}:instance/i-0ghost00`, 'the scenario has no resource'],
    ['arn:aws:s3:::images', 'does not run as a role'],
    [`arn:aws:lambda:us-east-1:${A}:layer:deps`, 'does not run as a role'],
  ])('%s → not ok: %s', (arn, reason) => {
    const r = serviceSession(s, arn)
    expect(r.ok).toBe(false)
    expect(r.ok ? '' : r.reason).toContain(reason)
    // The message beside it words the same English.
    expect(r.ok ? '' : english(r.reasonText)).toBe(r.ok ? '' : r.reason)
  })

  it('says why as STS messages, with the trust policy’s rule as a message inside', () => {
    const ghost = serviceSession(s, `arn:aws:ec2:us-east-1:${A}:instance/i-0ghost00`)
    expect(ghost.ok ? undefined : ghost.reasonText.key).toBe('sts.noResource')
    const wrong = serviceSession(s, `arn:aws:ec2:us-east-1:${A}:instance/i-0wrong00`)
    expect(wrong.ok ? undefined : wrong.reasonText.key).toBe('sts.serviceTrustDenied')
    expect(wrong.ok ? undefined : wrong.reasonText.params?.why).toEqual(
      wrong.ok ? undefined : wrong.result?.trace.rule.text,
    )
  })

  it('returns the simulation when the trust policy refuses the service', () => {
    const r = serviceSession(s, `arn:aws:ec2:us-east-1:${A}:instance/i-0wrong00`)
    expect(r.ok ? undefined : r.result?.trace.rule.code).toBe('service-no-allow')
  })

  it('the instance acts with its role’s permissions as its session', () => {
    const r = serviceSession(s, INSTANCE)
    if (!r.ok) throw new Error(r.reason)
    const ask = (action: string, time = '2026-01-01T00:30:00Z') =>
      sim(s, { principal: r.sessionArn, action, resource: OBJ, environment: { time } }, { sessions: [r.session] })
    expect(ask('s3:GetObject').decision).toBe('Allow')
    expect(ask('s3:PutObject').decision).toBe('ImplicitDeny')
    expect(ask('s3:GetObject').context['aws:userid']).toBe(`${uniqueId('AROA', `${A}:WebServer`)}:i-0abc1234`)
    expect(ask('s3:GetObject', '2026-01-01T01:00:00Z').trace.rule.code).toBe('credentials-expired')
  })

  it('issues at the given environment time', () => {
    const r = serviceSession(s, FN, { environment: { time: '2026-03-01T10:00:00Z' } })
    expect(r.ok && [r.session.issuedAt, r.expiresAt]).toEqual(['2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z'])
  })
})
