// A complete, valid scenario that uses every part of the format: the starting point for a new scenario, and the
// example that scenarios/README.md annotates (a test keeps the two equal).
import type { Scenario } from './model'

/** A fresh copy of the example scenario: two accounts in an organization, with every kind of entity. */
export function exampleScenario(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    id: 'example',
    title: { en: 'Example: a small organization', ko: '예시: 작은 조직' },
    description: 'Developers read a bucket; an SCP keeps everyone in two regions.',
    tags: ['example'],
    accounts: [
      { id: '111122223333', alias: 'dev', root: { mfa: true, createdAt: '2023-06-01T08:00:00Z' } },
      { id: '444455556666', alias: 'prod', root: { createdAt: '2023-05-15T08:00:00Z' } },
    ],
    organization: {
      id: 'o-a1b2c3d4e5',
      managementAccount: '444455556666',
      policies: [
        {
          name: 'RegionLock',
          type: 'scp',
          document: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Deny',
                NotAction: ['iam:*', 'sts:*'],
                Resource: '*',
                Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
              },
            ],
          },
        },
      ],
      root: {
        id: 'r-ab12',
        name: 'Root',
        accounts: ['444455556666'],
        children: [
          {
            id: 'ou-ab12-cd34ef56',
            name: 'Workloads',
            scps: ['FullAWSAccess', 'RegionLock'],
            accounts: ['111122223333'],
          },
        ],
      },
    },
    users: [
      {
        name: 'alice',
        createdAt: '2024-01-10T09:00:00Z',
        groups: ['developers'],
        managedPolicies: ['IAMUserChangePassword'],
        tags: { team: 'payments' },
        mfaDevices: [{ serial: 'arn:aws:iam::111122223333:mfa/alice', type: 'virtual' }],
        accessKeys: [{ id: 'AKIAIOSFODNN7EXAMPLE', created: '2024-01-15T09:00:00Z', status: 'Active' }],
      },
      {
        name: 'bob',
        path: '/contractors/',
        createdAt: '2024-03-04T09:00:00Z',
        groups: ['developers'],
        permissionsBoundary: 'DeveloperBoundary',
      },
    ],
    groups: [
      {
        name: 'developers',
        managedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
        inlinePolicies: [
          {
            name: 'AssumeDeployer',
            document: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/Deployer' },
              ],
            },
          },
        ],
      },
    ],
    roles: [
      {
        name: 'Deployer',
        description: 'Deploys the app; needs MFA.',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111122223333:root' },
              Action: 'sts:AssumeRole',
              Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
            },
          ],
        },
        managedPolicies: ['AWSLambda_FullAccess'],
        maxSessionDuration: 7200,
      },
      {
        name: 'AppServer',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        managedPolicies: ['AmazonSSMManagedInstanceCore'],
        instanceProfiles: ['AppServer'],
      },
      {
        name: 'ReportsFunction',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        managedPolicies: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      },
    ],
    policies: [
      {
        name: 'DeveloperBoundary',
        description: 'The most a contractor can ever do.',
        versions: [
          {
            id: 'v1',
            document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
            createdAt: '2024-01-01T00:00:00Z',
          },
          {
            id: 'v2',
            isDefault: true,
            document: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*', 'sts:AssumeRole'], Resource: '*' }],
            },
            createdAt: '2024-03-01T00:00:00Z',
          },
        ],
      },
    ],
    resources: [
      {
        arn: 'arn:aws:s3:::example-reports',
        account: '111122223333',
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyPlainHttp',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: ['arn:aws:s3:::example-reports', 'arn:aws:s3:::example-reports/*'],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        },
        tags: { data: 'internal' },
      },
      { arn: 'arn:aws:s3:::example-reports/2024/q1.csv', tags: { classification: 'confidential' } },
      { arn: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0', instanceProfile: 'AppServer' },
      { arn: 'arn:aws:lambda:us-east-1:111122223333:function:reports', executionRole: 'ReportsFunction' },
    ],
    sessions: [
      {
        role: 'Deployer',
        sessionName: 'alice-deploy',
        sourcePrincipal: 'arn:aws:iam::111122223333:user/alice',
        issuedAt: '2024-05-01T11:30:00Z',
        durationSeconds: 3600,
        mfa: true,
        tags: { project: 'reports' },
      },
    ],
    environment: { time: '2024-05-01T12:00:00Z', sourceIp: '203.0.113.10', region: 'us-east-1', secureTransport: true },
    requests: [
      {
        id: 'alice-reads-report',
        title: 'Alice reads a report over HTTPS',
        principal: 'user/alice',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-reports/2024/q1.csv',
        expect: 'Allow',
      },
      {
        id: 'alice-over-http',
        title: 'The bucket policy denies plain HTTP',
        principal: 'user/alice',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-reports/2024/q1.csv',
        environment: { secureTransport: false },
        expect: 'ExplicitDeny',
      },
      {
        id: 'bob-deletes',
        title: "Bob's boundary has no s3:DeleteObject",
        principal: 'user/contractors/bob',
        action: 's3:DeleteObject',
        resource: 'arn:aws:s3:::example-reports/2024/q1.csv',
        expect: 'ImplicitDeny',
      },
      {
        id: 'deployer-outside-regions',
        title: 'The SCP blocks other regions',
        principal: 'arn:aws:sts::111122223333:assumed-role/Deployer/alice-deploy',
        action: 'lambda:ListFunctions',
        resource: '*',
        environment: { region: 'ap-south-1' },
        expect: 'ExplicitDeny',
      },
    ],
  }
}
