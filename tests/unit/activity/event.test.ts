// A request as a CloudTrail record: identity, source, name, parameters, and AWS's access denied messages.
import { describe, expect, it } from 'vitest'
import {
  activityEvent,
  assumeRole,
  assumeRoleEvent,
  exampleScenario,
  simulate,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'
const ALICE = 'arn:aws:iam::111122223333:user/alice'
const DEPLOYER_SESSION = 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy'

function eventOf(request: SimulationRequest, scenario: Scenario = exampleScenario(), id = 'seed') {
  return activityEvent(scenario, request, simulate(scenario, request), { time: '2024-05-01T12:00:00Z', id })
}

const allow = (Action: string | string[], Resource: string | string[] = '*') => ({ Effect: 'Allow', Action, Resource })
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })

describe('activityEvent', () => {
  it('records an allowed S3 object read as CloudTrail does', () => {
    const e = eventOf({ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT })
    expect(e).toMatchObject({
      eventVersion: '1.08',
      eventTime: '2024-05-01T12:00:00Z',
      eventSource: 's3.amazonaws.com',
      eventName: 'GetObject',
      awsRegion: 'us-east-1',
      sourceIPAddress: '203.0.113.10',
      requestParameters: { bucketName: 'example-reports', key: '2024/q1.csv' },
      readOnly: true,
      eventType: 'AwsApiCall',
      managementEvent: false,
      eventCategory: 'Data',
      recipientAccountId: '111122223333',
      resources: [{ ARN: OBJECT, accountId: '111122223333', type: 'AWS::S3::Object' }],
      playground: { decision: 'Allow', action: 's3:GetObject', resource: OBJECT, principal: ALICE },
    })
    expect(e.userIdentity).toEqual({
      type: 'IAMUser',
      principalId: expect.stringMatching(/^AIDA[A-Z2-7]{17}$/),
      arn: ALICE,
      accountId: '111122223333',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      userName: 'alice',
    })
    expect(e.errorCode).toBeUndefined()
    expect(e.errorMessage).toBeUndefined()
    expect(e.playground?.decisive).toContain('AmazonS3ReadOnlyAccess')
  })

  it('says what AWS says when no identity-based policy allows', () => {
    const e = eventOf({ principal: 'user/alice', action: 's3:PutObject', resource: OBJECT })
    expect(e.errorCode).toBe('AccessDenied')
    expect(e.errorMessage).toBe(
      `User: ${ALICE} is not authorized to perform: s3:PutObject on resource: ${OBJECT} because no identity-based policy allows the s3:PutObject action`,
    )
    expect(e.readOnly).toBe(false)
    expect(e.playground?.decision).toBe('ImplicitDeny')
  })

  it('names the resource-based policy of an explicit deny', () => {
    const e = eventOf({
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: OBJECT,
      environment: { secureTransport: false },
    })
    expect(e.errorMessage).toBe(
      `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: ${OBJECT} with an explicit deny in a resource-based policy`,
    )
    expect(e.playground).toMatchObject({ decision: 'ExplicitDeny', rule: 'explicit-deny' })
    expect(e.playground?.decisive?.[0]).toMatch(/#DenyPlainHttp$/)
  })

  it('records a session with its issuer, and an SCP deny with the JSON services’ error code', () => {
    const e = eventOf({
      principal: DEPLOYER_SESSION,
      action: 'lambda:ListFunctions',
      resource: '*',
      environment: { region: 'ap-south-1' },
    })
    expect(e.userIdentity).toMatchObject({
      type: 'AssumedRole',
      principalId: expect.stringMatching(/^AROA[A-Z2-7]{17}:alice-deploy$/),
      arn: DEPLOYER_SESSION,
      accountId: '111122223333',
      accessKeyId: expect.stringMatching(/^ASIA[A-Z2-7]{16}$/),
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          arn: 'arn:aws:iam::111122223333:role/Deployer',
          accountId: '111122223333',
          userName: 'Deployer',
        },
        attributes: { creationDate: '2024-05-01T11:30:00Z', mfaAuthenticated: 'true' },
      },
    })
    expect(e.awsRegion).toBe('ap-south-1')
    expect(e.errorCode).toBe('AccessDeniedException')
    // A request on no resource (`*`) has no "on resource" part, and no parameters or resources.
    expect(e.errorMessage).toBe(
      `User: ${DEPLOYER_SESSION} is not authorized to perform: lambda:ListFunctions with an explicit deny in a service control policy`,
    )
    expect(e.requestParameters).toBeUndefined()
    expect(e.resources).toBeUndefined()
  })

  it('says "because no permissions boundary allows" when the boundary stops it', () => {
    const s = exampleScenario()
    s.users![1]!.inlinePolicies = [{ name: 'All', document: policy(allow('s3:*')) }]
    const e = eventOf({ principal: 'user/contractors/bob', action: 's3:DeleteObject', resource: OBJECT }, s)
    expect(e.errorMessage).toMatch(/because no permissions boundary allows the s3:DeleteObject action$/)
  })

  it('says "because no session policy allows" when a session policy stops it', () => {
    const s = exampleScenario()
    s.sessions![0]!.policies = [policy(allow('lambda:GetFunction'))]
    const e = eventOf({ principal: DEPLOYER_SESSION, action: 'lambda:ListFunctions', resource: '*' }, s)
    expect(e.errorMessage).toBe(
      `User: ${DEPLOYER_SESSION} is not authorized to perform: lambda:ListFunctions because no session policy allows the lambda:ListFunctions action`,
    )
  })

  it('names a managed policy that denies explicitly by its ARN', () => {
    const s = exampleScenario()
    s.policies!.push({
      name: 'NoDelete',
      versions: [{ id: 'v1', isDefault: true, document: policy({ Effect: 'Deny', Action: 's3:Get*', Resource: '*' }) }],
    })
    s.users![0]!.managedPolicies!.push('NoDelete')
    const e = eventOf({ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }, s)
    expect(e.errorMessage).toBe(
      `User: ${ALICE} is not authorized to perform: s3:GetObject on resource: ${OBJECT} with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/NoDelete`,
    )
  })

  it('uses each service’s error code and event source', () => {
    const s = exampleScenario()
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd'
    s.resources!.push({ arn: key, policy: policy({ ...allow('kms:Encrypt'), Principal: { AWS: ALICE } }) })
    const kms = eventOf({ principal: 'user/alice', action: 'kms:Decrypt', resource: key }, s)
    expect(kms.errorCode).toBe('AccessDeniedException')
    expect(kms.errorMessage).toMatch(/because no resource-based policy allows the kms:Decrypt action$/)
    expect(kms.requestParameters).toEqual({ keyId: key })
    expect(kms.managementEvent).toBe(true)
    const ec2 = eventOf({ principal: 'user/alice', action: 'ec2:StopInstances', resource: '*' })
    expect(ec2.errorCode).toBe('Client.UnauthorizedOperation')
    expect(ec2.errorMessage).toMatch(/^You are not authorized to perform this operation\. User: /)
    const cw = eventOf({ principal: 'user/alice', action: 'cloudwatch:GetMetricData', resource: '*' })
    expect(cw.eventSource).toBe('monitoring.amazonaws.com')
    const list = eventOf({ principal: 'user/alice', action: 's3:ListBucket', resource: 'arn:aws:s3:::example-reports' })
    expect(list).toMatchObject({ eventName: 'ListObjects', requestParameters: { bucketName: 'example-reports' } })
    expect(list.resources?.[0]?.type).toBe('AWS::S3::Bucket')
  })

  it('records IAM calls in us-east-1 whatever the region asked for', () => {
    const e = eventOf({
      principal: 'user/alice',
      action: 'iam:GetRole',
      resource: 'arn:aws:iam::111122223333:role/Deployer',
      environment: { region: 'eu-west-1' },
    })
    expect(e).toMatchObject({ eventSource: 'iam.amazonaws.com', awsRegion: 'us-east-1' })
    expect(e.requestParameters).toEqual({ roleName: 'Deployer' })
  })

  it('records a console sign-in (MFA in the environment) with temporary credentials', () => {
    const e = eventOf({
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: OBJECT,
      environment: { mfa: true },
    })
    expect(e.userIdentity.accessKeyId).toMatch(/^ASIA/)
    expect(e.userIdentity.sessionContext?.attributes).toEqual({
      creationDate: '2024-05-01T12:00:00Z',
      mfaAuthenticated: 'true',
    })
    expect(e.sessionCredentialFromConsole).toBe('true')
  })

  it('records services, anonymous callers, the root user and expired sessions as AWS does', () => {
    const role = 'arn:aws:iam::111122223333:role/AppServer'
    const service = eventOf({ principal: 'ec2.amazonaws.com', action: 'sts:AssumeRole', resource: role })
    expect(service.userIdentity).toEqual({ type: 'AWSService', invokedBy: 'ec2.amazonaws.com' })
    expect(service.sourceIPAddress).toBe('203.0.113.10')
    expect(service.requestParameters).toEqual({ roleArn: role })

    const anonymous = eventOf({ principal: 'anonymous', action: 's3:GetObject', resource: OBJECT })
    expect(anonymous.userIdentity).toEqual({ type: 'AWSAccount', principalId: '', accountId: 'anonymous' })
    expect(anonymous).toMatchObject({ errorCode: 'AccessDenied', errorMessage: 'Access Denied' })

    const root = eventOf({ principal: 'root', action: 'sts:AssumeRole', resource: role })
    expect(root.userIdentity).toMatchObject({ type: 'Root', principalId: '111122223333', accountId: '111122223333' })
    expect(root.errorMessage).toBe('Roles may not be assumed by root accounts.')

    const late = exampleScenario()
    late.environment!.time = '2024-05-01T13:00:00Z'
    const expired = eventOf({ principal: DEPLOYER_SESSION, action: 'lambda:ListFunctions', resource: '*' }, late)
    expect(expired).toMatchObject({
      errorCode: 'ExpiredTokenException',
      errorMessage: 'The security token included in the request is expired',
    })
  })

  it('takes the source address from the environment, or a documentation address', () => {
    const s = exampleScenario()
    delete s.environment!.sourceIp
    expect(eventOf({ principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }, s).sourceIPAddress).toBe(
      '192.0.2.0',
    )
  })

  it('falls back to the real time for an unreadable time, as the clock does', () => {
    const s = exampleScenario()
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    const before = Date.now()
    const e = activityEvent(s, request, simulate(s, request), { time: 'soon', id: 'x' })
    expect(Date.parse(e.eventTime)).toBeGreaterThanOrEqual(before - 1000)
  })

  it('derives the same IDs from the same seed, and others from another', () => {
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT }
    const a = eventOf(request, exampleScenario(), 'one')
    const b = eventOf(request, exampleScenario(), 'one')
    const c = eventOf(request, exampleScenario(), 'two')
    expect(a.eventID).toBe(b.eventID)
    expect(a.eventID).not.toBe(c.eventID)
    expect(a.eventID).not.toBe(a.requestID)
    expect(a.eventID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('assumeRoleEvent', () => {
  const deployer = 'arn:aws:iam::111122223333:role/Deployer'

  it('records a granted session in responseElements', () => {
    const s = exampleScenario()
    const call = { caller: 'user/alice', role: 'Deployer', sessionName: 'work', environment: { mfa: true } }
    const answer = assumeRole(s, call)
    expect(answer.ok).toBe(true)
    const e = assumeRoleEvent(s, call, answer, { time: '2024-05-01T12:00:00Z', id: 'x' })
    expect(e).toMatchObject({
      eventSource: 'sts.amazonaws.com',
      eventName: 'AssumeRole',
      requestParameters: { roleArn: deployer, roleSessionName: 'work' },
      responseElements: {
        assumedRoleUser: {
          arn: 'arn:aws:sts::111122223333:assumed-role/Deployer/work',
          assumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:work$/),
        },
        credentials: { accessKeyId: expect.stringMatching(/^ASIA/), expiration: '2024-05-01T13:00:00Z' },
      },
      playground: { decision: 'Allow', action: 'sts:AssumeRole', resource: deployer },
    })
    expect(e.errorCode).toBeUndefined()
  })

  it('records a refused call with the trust policy’s message, and a bad parameter as ValidationError', () => {
    const s = exampleScenario()
    const call = { caller: 'user/alice', role: 'Deployer', sessionName: 'work' }
    const denied = assumeRoleEvent(s, call, assumeRole(s, call), { time: '2024-05-01T12:00:00Z', id: 'x' })
    expect(denied.errorCode).toBe('AccessDenied')
    expect(denied.errorMessage).toBe(
      `User: ${ALICE} is not authorized to perform: sts:AssumeRole on resource: ${deployer}`,
    )
    expect(denied.responseElements).toBeUndefined()

    const long = { ...call, durationSeconds: 50_000, environment: { mfa: true } }
    const invalid = assumeRoleEvent(s, long, assumeRole(s, long), { time: '2024-05-01T12:00:00Z', id: 'y' })
    expect(invalid.errorCode).toBe('ValidationError')
    expect(invalid.requestParameters).toMatchObject({ durationSeconds: 50_000 })
  })
})
