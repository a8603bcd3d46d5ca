// A small scenario for the request helpers' tests.
import type { Scenario } from '../../../src/engine/index'

const allowS3 = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:*'], Resource: '*' }],
}

export const scenario: Scenario = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'fixture',
  accounts: [{ id: '111122223333' }],
  users: [{ name: 'alice', inlinePolicies: [{ name: 'S3Read', document: allowS3 }] }],
  groups: [{ name: 'devs' }],
  roles: [
    {
      name: 'Admin',
      trustPolicy: JSON.stringify({ Statement: { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: '*' } }),
    },
  ],
  policies: [{ name: 'Shared', versions: [{ versionId: 'v1', isDefault: true, document: allowS3 }] }],
  resources: [
    { arn: 'arn:aws:s3:::bucket', policy: { Statement: [{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }] } },
    { arn: 'arn:aws:s3:::other/bucket', policy: {} },
  ],
  organization: { policies: [{ name: 'DenyRegions', type: 'scp', document: {} }] },
  sessions: [{ role: 'Admin', sessionName: 'ops', issuedAt: '2025-01-01T00:00:00Z' }],
  environment: { region: 'us-east-1', mfa: false },
  requests: [{ principal: 'user/alice', action: 'sqs:SendMessage', resource: '*', expect: 'Allow' }],
} as unknown as Scenario
