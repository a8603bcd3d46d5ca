// "Paste an error": each form of access denied text AWS prints, read back into the request it refused. The message
// forms are those of the IAM User Guide, "Access denied error messages", and of the services' own error lines.
import { describe, expect, it } from 'vitest'
import { english, parseAwsError, type AwsErrorReport } from '../../../../src/engine/index'

const USER = 'arn:aws:iam::123456789012:user/MaryMajor'

function report(text: string): AwsErrorReport {
  const parsed = parseAwsError(text)
  if (!parsed.ok) throw new Error(english(parsed.problem.text))
  return parsed.report
}

describe('the access denied sentence', () => {
  it('reads the principal, action and a missing identity-based allow (no resource named)', () => {
    expect(
      report(
        `User: ${USER} is not authorized to perform: codecommit:ListRepositories because no identity-based policy allows the codecommit:ListRepositories action`,
      ),
    ).toEqual({
      form: 'message',
      principal: USER,
      action: 'codecommit:ListRepositories',
      account: '123456789012',
      reason: { kind: 'no-allow', place: 'identity' },
    })
  })

  const places = [
    ['a service control policy', 'scp'],
    ['a resource control policy', 'rcp'],
    ['a permissions boundary', 'boundary'],
    ['an identity-based policy', 'identity'],
    ['a resource-based policy', 'resource'],
    ['a session policy', 'session'],
    ['a VPC endpoint policy', 'vpce'],
  ] as const
  it.each(places)('reads "with an explicit deny in %s"', (phrase, place) => {
    const r = report(
      `User: ${USER} is not authorized to perform: codedeploy:ListDeployments on resource: arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:* with an explicit deny in ${phrase}`,
    )
    expect(r.resource).toBe('arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:*')
    expect(r.reason).toEqual({ kind: 'explicit', place })
  })

  it.each(places.filter(([, p]) => p !== 'rcp'))('reads "because no %s allows the … action"', (phrase, place) => {
    const bare = phrase.replace(/^an? /, '')
    const r = report(
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::bucket/key.txt because no ${bare} allows the s3:GetObject action`,
    )
    expect(r).toMatchObject({ action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key.txt' })
    expect(r.reason).toEqual({ kind: 'no-allow', place })
  })

  it('keeps the ARN of the denying policy that newer messages add', () => {
    const scp = 'arn:aws:organizations::111111111111:policy/o-abcdefghij/service_control_policy/p-examplepolicyid'
    const r = report(
      `User: ${USER} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:123456789012:instance/* with an explicit deny in a service control policy: ${scp}`,
    )
    expect(r.reason).toEqual({ kind: 'explicit', place: 'scp', policyArn: scp })
  })

  it('reads the older message without a reason', () => {
    const r = report(
      `User: ${USER} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/`,
    )
    expect(r).toEqual({
      form: 'message',
      principal: USER,
      action: 'iam:ListUsers',
      resource: 'arn:aws:iam::123456789012:user/',
      account: '123456789012',
    })
  })

  it('reads the CLI line with AccessDenied and the operation, and a quoted S3 resource with a space', () => {
    const r = report(
      `An error occurred (AccessDenied) when calling the GetObject operation: User: ${USER} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::photos/my cat.png" because no resource-based policy allows the s3:GetObject action`,
    )
    expect(r).toMatchObject({
      code: 'AccessDenied',
      operation: 'GetObject',
      resource: 'arn:aws:s3:::photos/my cat.png',
      reason: { kind: 'no-allow', place: 'resource' },
    })
  })

  it('reads AccessDeniedException as an SDK prints it, for a role session', () => {
    const r = report(
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/Developer/alice is not authorized to perform: lambda:ListFunctions on resource: * because no identity-based policy allows the lambda:ListFunctions action',
    )
    expect(r).toMatchObject({
      code: 'AccessDeniedException',
      principal: 'arn:aws:sts::123456789012:assumed-role/Developer/alice',
      session: { role: 'Developer', sessionName: 'alice' },
      account: '123456789012',
      resource: '*',
    })
  })

  it('reads the sentence inside several lines of output and ignores a final full stop', () => {
    const r = report(
      `\n$ aws s3 cp s3://b/k .\nfatal error: An error occurred (AccessDenied) when calling the GetObject operation: User: ${USER} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in an identity-based policy.\n`,
    )
    expect(r).toMatchObject({ resource: 'arn:aws:s3:::b/k', reason: { kind: 'explicit', place: 'identity' } })
  })

  it('keeps a place phrase it does not know as AWS wrote it', () => {
    const r = report(
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in a data perimeter policy`,
    )
    expect(r.reason).toBeUndefined()
    expect(r.unknownPlace).toBe('a data perimeter policy')
  })
})

describe("EC2's UnauthorizedOperation", () => {
  it('reads the newer message with the sentence and keeps the encoded message', () => {
    const r = report(
      `An error occurred (UnauthorizedOperation) when calling the RunInstances operation: You are not authorized to perform this operation. User: ${USER} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:123456789012:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: AbCd-Ef_01+/=`,
    )
    expect(r).toMatchObject({
      form: 'ec2-unauthorized',
      code: 'UnauthorizedOperation',
      action: 'ec2:RunInstances',
      resource: 'arn:aws:ec2:us-east-1:123456789012:instance/*',
      reason: { kind: 'no-allow', place: 'identity' },
      encodedMessage: 'AbCd-Ef_01+/=',
    })
  })

  it('reads the older message: the action from the operation, the reason left encoded', () => {
    const r = report(
      'An error occurred (UnauthorizedOperation) when calling the StopInstances operation: You are not authorized to perform this operation. Encoded authorization failure message: XyZ123',
    )
    expect(r).toEqual({
      form: 'ec2-unauthorized',
      code: 'UnauthorizedOperation',
      operation: 'StopInstances',
      action: 'ec2:StopInstances',
      encodedMessage: 'XyZ123',
    })
  })
})

const event = {
  eventVersion: '1.09',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLE:alice',
    arn: 'arn:aws:sts::123456789012:assumed-role/Developer/alice',
    accountId: '123456789012',
    sessionContext: {
      sessionIssuer: { type: 'Role', arn: 'arn:aws:iam::123456789012:role/dev/Developer', userName: 'Developer' },
      attributes: { creationDate: '2026-03-01T09:00:00Z', mfaAuthenticated: 'true' },
    },
  },
  eventTime: '2026-03-01T09:30:00Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'ListObjects',
  awsRegion: 'ap-northeast-2',
  sourceIPAddress: '203.0.113.7',
  errorCode: 'AccessDenied',
  errorMessage: 'Access Denied',
  resources: [{ type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::reports' }],
  recipientAccountId: '123456789012',
}

describe('a CloudTrail event', () => {
  it('reads caller, session, action (the IAM action of the operation), resource and environment', () => {
    expect(report(JSON.stringify(event, null, 2))).toEqual({
      form: 'cloudtrail',
      code: 'AccessDenied',
      operation: 'ListObjects',
      principal: 'arn:aws:sts::123456789012:assumed-role/Developer/alice',
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::reports',
      account: '123456789012',
      session: {
        role: 'arn:aws:iam::123456789012:role/dev/Developer',
        sessionName: 'alice',
        issuedAt: '2026-03-01T09:00:00Z',
        mfa: true,
      },
      environment: { region: 'ap-northeast-2', sourceIp: '203.0.113.7', time: '2026-03-01T09:30:00Z', mfa: true },
    })
  })

  it('takes the reason from `errorMessage` and finds the refused record of a log file', () => {
    const refused = {
      ...event,
      userIdentity: { type: 'IAMUser', arn: USER, accountId: '123456789012' },
      eventSource: 'iam.amazonaws.com',
      eventName: 'CreateUser',
      sourceIPAddress: 'cloudformation.amazonaws.com',
      errorCode: 'AccessDenied',
      errorMessage: `User: ${USER} is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::123456789012:user/bob with an explicit deny in a permissions boundary`,
    }
    const r = report(JSON.stringify({ Records: [{ ...event, errorCode: undefined }, refused] }))
    expect(r).toMatchObject({
      principal: USER,
      action: 'iam:CreateUser',
      resource: 'arn:aws:iam::123456789012:user/bob',
      reason: { kind: 'explicit', place: 'boundary' },
    })
    expect(r.session).toBeUndefined()
    expect(r.environment).toEqual({ region: 'ap-northeast-2', time: '2026-03-01T09:30:00Z' }) // a service is no IP
  })

  it('says an event that was not refused is not an access denied event', () => {
    const parsed = parseAwsError(JSON.stringify({ ...event, errorCode: 'NoSuchKey' }))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(english(parsed.problem.text)).toContain('`NoSuchKey`')
  })
})

describe('what cannot be read', () => {
  it('locates a JSON syntax error by line and column', () => {
    const parsed = parseAwsError('{\n  "errorCode": "AccessDenied",\n  "eventName": oops\n}')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.problem).toMatchObject({ line: 3, column: 16 })
      expect(english(parsed.problem.text)).toMatch(/^the CloudTrail event is not valid JSON: .*line 3/)
    }
  })

  it.each([
    ['', 'paste the error message'],
    ['Access Denied', 'no `User: … is not authorized'],
    ['x'.repeat(200_001), 'the text has 200001 characters'],
  ])('says why %j is no error it can read', (text, said) => {
    const parsed = parseAwsError(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(english(parsed.problem.text)).toContain(said)
  })

  it('reads hostile text in linear time without throwing', () => {
    const texts = [
      'User: '.repeat(20_000),
      `User: ${USER} is not authorized to perform: s3:GetObject on resource: ${'a '.repeat(50_000)}`,
      `User: ${USER} is not authorized to perform: s3:GetObject with an explicit deny in ${'a'.repeat(100_000)}`,
      '{"Records": [1, "x", null, {"errorCode": "AccessDenied"}]}',
    ]
    for (const text of texts) expect(() => parseAwsError(text)).not.toThrow()
  })
})
