// parseScenario: resources, sessions and saved requests.
import { describe, expect, it } from 'vitest'
import { errorsAfter, warningsAfter } from './parse-support'

describe('resources', () => {
  it('ARNs are well formed', () => {
    expect(errorsAfter((s) => s.resources!.push({ arn: 'my-bucket' }))).toEqual([
      '/resources/4/arn: "my-bucket" is not an ARN (`arn:aws:<service>:<region>:<account>:<resource>`)',
    ])
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:S3:::b' }))).toEqual([
      '/resources/4/arn: "arn:aws:S3:::b" has no valid service name (`arn:aws:<service>:<region>:<account>:<resource>`)',
    ])
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:sqs:us-east-1:1234:q' }))).toEqual([
      '/resources/4/arn: "arn:aws:sqs:us-east-1:1234:q" has an invalid account "1234" (12 digits)',
    ])
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:s3:::' }))).toHaveLength(1)
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:sqs:us-east-1:111122223333:queue' }))).toEqual([])
  })

  it('ARNs name one resource: no wildcards, no duplicates', () => {
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:s3:::logs-*' }))).toEqual([
      '/resources/4/arn: "arn:aws:s3:::logs-*" holds a wildcard: a resource ARN names one resource',
    ])
    expect(errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:s3:::example-reports' }))).toEqual([
      '/resources/4/arn: duplicate resource "arn:aws:s3:::example-reports": /resources/0 has it',
    ])
  })

  it('the owner agrees with the ARN, and an unknown owner gets a warning', () => {
    expect(
      errorsAfter((s) => s.resources!.push({ arn: 'arn:aws:sqs:us-east-1:111122223333:q', account: '444455556666' })),
    ).toEqual(['/resources/4/account: the ARN says account 111122223333, but `account` says 444455556666'])
    expect(warningsAfter((s) => s.resources!.push({ arn: 'arn:aws:sqs:us-east-1:777788889999:q' }))).toEqual([
      '/resources/4/arn: account 777788889999 is not in `accounts`: its policies are not simulated',
    ])
  })

  it("an EC2 instance's instance profile exists, by name or ARN", () => {
    expect(errorsAfter((s) => (s.resources![2]!.instanceProfile = 'WebServer'))).toEqual([
      '/resources/2/instanceProfile: unknown instance profile "WebServer": list it in a role\'s `instanceProfiles`',
    ])
    expect(
      errorsAfter((s) => (s.resources![2]!.instanceProfile = 'arn:aws:iam::111122223333:instance-profile/AppServer')),
    ).toEqual([])
  })

  it('only EC2 instances have an instance profile', () => {
    expect(errorsAfter((s) => (s.resources![0]!.instanceProfile = 'AppServer'))).toEqual([
      '/resources/0/instanceProfile: only EC2 instances (`arn:aws:ec2:…:instance/…`) have an instance profile',
    ])
  })

  it("a Lambda function's execution role exists, by name or ARN", () => {
    expect(errorsAfter((s) => (s.resources![3]!.executionRole = 'Reports'))).toEqual([
      '/resources/3/executionRole: unknown role "Reports"',
    ])
    expect(errorsAfter((s) => (s.resources![3]!.executionRole = 'reportsfunction'))).toEqual([
      '/resources/3/executionRole: unknown role "reportsfunction" (did you mean "ReportsFunction"?)',
    ])
    expect(
      errorsAfter((s) => (s.resources![3]!.executionRole = 'arn:aws:iam::111122223333:role/ReportsFunction')),
    ).toEqual([])
  })

  it('only resources that run as a role they name have an execution role (an EC2 instance has an instance profile)', () => {
    expect(errorsAfter((s) => (s.resources![2]!.executionRole = 'AppServer'))).toEqual([
      '/resources/2/executionRole: only Lambda functions, Glue development endpoints, CloudFormation stacks, SageMaker notebook instances and CodeBuild projects run as a role named here (`function:…`, `devEndpoint/…`, `stack/…`, `notebook-instance/…`, `project/…`)',
    ])
    const runner = (arn: string) => errorsAfter((s) => s.resources!.push({ arn, executionRole: 'ReportsFunction' }))
    expect(runner('arn:aws:glue:us-east-1:111122223333:devEndpoint/dev')).toEqual([])
    expect(runner('arn:aws:cloudformation:us-east-1:111122223333:stack/app/1a2b3c4d')).toEqual([])
    expect(runner('arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/nb')).toEqual([])
    expect(runner('arn:aws:codebuild:us-east-1:111122223333:project/build')).toEqual([])
    expect(runner('arn:aws:sqs:us-east-1:111122223333:jobs')).toHaveLength(1)
  })
})

describe('sessions', () => {
  it('refer to roles that exist', () => {
    expect(errorsAfter((s) => (s.sessions![0]!.role = 'Deploy'))).toEqual(['/sessions/0/role: unknown role "Deploy"'])
    expect(errorsAfter((s) => (s.sessions![0]!.role = 'arn:aws:iam::111122223333:role/Deployer'))).toEqual([])
  })

  it('have valid names and times', () => {
    expect(
      errorsAfter((s) => {
        s.sessions![0]!.sessionName = 'a'
        s.sessions![0]!.issuedAt = 'yesterday'
      }),
    ).toEqual([
      '/sessions/0/sessionName: "a" is not a valid session name (2 to 64 letters, digits or + = , . @ _ -)',
      '/sessions/0/issuedAt: "yesterday" is not an ISO 8601 date (`2024-05-01T12:00:00Z`)',
    ])
  })

  it("last no longer than the role's maximum, or an hour when chained", () => {
    expect(errorsAfter((s) => (s.sessions![0]!.durationSeconds = 7200))).toEqual([])
    expect(errorsAfter((s) => (s.sessions![0]!.durationSeconds = 7201))).toEqual([
      "/sessions/0/durationSeconds: 7201 seconds is too long: the role's `maxSessionDuration` is 7200",
    ])
    expect(
      errorsAfter((s) => {
        s.sessions![0]!.durationSeconds = 7200
        s.sessions![0]!.chained = true
      }),
    ).toEqual(['/sessions/0/durationSeconds: 7200 seconds is too long: role chaining limits a session to 3600 seconds'])
    expect(errorsAfter((s) => (s.sessions![0]!.durationSeconds = 600))).toEqual([
      '/sessions/0/durationSeconds: must be from 900 to 43200 seconds; found 600',
    ])
  })

  it('are unique per role and name', () => {
    expect(errorsAfter((s) => s.sessions!.push({ ...s.sessions![0]! }))).toEqual([
      '/sessions/1/sessionName: duplicate session "alice-deploy" of this role: /sessions/0 has it',
    ])
  })

  it('warn when expired or not yet issued at the environment time', () => {
    expect(warningsAfter((s) => (s.sessions![0]!.issuedAt = '2024-05-01T10:00:00Z'))).toEqual([
      '/sessions/0/issuedAt: the session has expired by the environment time',
    ])
    expect(warningsAfter((s) => (s.sessions![0]!.issuedAt = '2024-05-02T10:00:00Z'))).toEqual([
      '/sessions/0/issuedAt: the session is issued after the environment time',
    ])
  })

  it('managed session policies are ARNs that resolve', () => {
    expect(
      errorsAfter((s) => (s.sessions![0]!.policyArns = ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'])),
    ).toEqual([])
    expect(errorsAfter((s) => (s.sessions![0]!.policyArns = ['AmazonS3ReadOnlyAccess']))).toEqual([
      '/sessions/0/policyArns/0: session policies are given by ARN; found "AmazonS3ReadOnlyAccess"',
    ])
  })
})

describe('requests', () => {
  it('short principal references resolve', () => {
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'user/carol'))).toEqual([
      '/requests/0/principal: unknown user "carol"',
    ])
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'role/deployer'))).toEqual([
      '/requests/0/principal: unknown role "deployer" (did you mean "Deployer"?)',
    ])
    expect(errorsAfter((s) => (s.requests![0]!.principal = '999999999999:root'))).toEqual([
      '/requests/0/principal: unknown account "999999999999"',
    ])
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'user/bob'))).toEqual([])
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'user/eng/bob'))).toEqual([
      '/requests/0/principal: the user "bob" is at "arn:aws:iam::111122223333:user/contractors/bob": the path differs',
    ])
  })

  it('ARN principals of scenario accounts resolve; other accounts get a warning', () => {
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'arn:aws:iam::111122223333:user/alice'))).toEqual([])
    expect(errorsAfter((s) => (s.requests![0]!.principal = 'arn:aws:iam::111122223333:role/Nobody'))).toEqual([
      '/requests/0/principal: unknown role "Nobody"',
    ])
    expect(warningsAfter((s) => (s.requests![0]!.principal = 'arn:aws:iam::777788889999:user/eve'))).toEqual([
      '/requests/0/principal: account 777788889999 is not in `accounts`: its policies are not simulated',
    ])
  })

  it('service principals, anonymous and root pass', () => {
    for (const principal of ['lambda.amazonaws.com', 'anonymous', 'root', '444455556666:root']) {
      expect(errorsAfter((s) => (s.requests![0]!.principal = principal))).toEqual([])
    }
  })

  it('resources are ARNs or `*`', () => {
    expect(errorsAfter((s) => (s.requests![0]!.resource = 'example-reports'))).toEqual([
      '/requests/0/resource: "example-reports" is not an ARN (`arn:aws:<service>:<region>:<account>:<resource>`); a request\'s resource is an ARN or `*`',
    ])
  })

  it('request IDs are unique', () => {
    expect(errorsAfter((s) => (s.requests![1]!.id = 'alice-reads-report'))).toEqual([
      '/requests/1/id: duplicate request ID "alice-reads-report": /requests/0 has it',
    ])
  })
})
