// `terraform show -json` output: a state with child modules, a plan with values known only after apply, bad input.
import { describe, expect, it } from 'vitest'
import { importTerraformJson } from '../../../../../src/engine/account/import-iac/index'
import { fixture, loads, warnedAt } from './helpers'

describe('a state with child modules', () => {
  const result = importTerraformJson(fixture('state.json'))
  const s = loads(result)

  it('imports into the account the ARNs name, with nothing left open', () => {
    expect(result.errors).toEqual([])
    expect(result.unresolved).toEqual([])
    expect(s.accounts[0]!.id).toBe('111122223333')
    expect(result.stats).toEqual({
      users: 1,
      groups: 1,
      roles: 1,
      policies: 1,
      resources: 2,
      organizationPolicies: 0,
      identityProviders: 0,
    })
  })

  it('maps users, groups, memberships, policies and attachments', () => {
    expect(s.users).toEqual([{ name: 'alice', path: '/eng/', tags: { team: 'eng' }, groups: ['Developers'] }])
    expect(s.groups).toEqual([{ name: 'Developers', managedPolicies: ['S3Read'] }])
    expect(s.policies?.[0]).toMatchObject({ name: 'S3Read', description: 'Read the data bucket' })
    expect(s.policies?.[0]?.versions[0]?.document).toMatchObject({ Statement: [{ Action: 's3:GetObject' }] })
  })

  it('reads a role from a child module with its inline policy, boundary and instance profile', () => {
    expect(s.roles?.[0]).toMatchObject({
      name: 'AppRole',
      path: '/service/',
      maxSessionDuration: 7200,
      permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      tags: { app: 'web' },
      instanceProfiles: ['AppProfile'],
      inlinePolicies: [{ name: 'WriteLogs' }],
      trustPolicy: { Statement: [{ Principal: { Service: 'ec2.amazonaws.com' } }] },
    })
  })

  it('reads a bucket policy and a key policy from a nested module, and the password policy', () => {
    expect(s.resources?.map((r) => r.arn)).toEqual([
      'arn:aws:s3:::data',
      'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    ])
    expect(s.accounts[0]!.passwordPolicy).toEqual({
      minimumLength: 14,
      requireSymbols: true,
      maxAgeDays: 90,
      allowUsersToChange: true,
    })
  })
})

describe('a plan with values known only after apply', () => {
  const result = importTerraformJson(fixture('plan.json'), { accountId: '444455556666' })
  const s = loads(result)

  it('resolves an unknown policy ARN through the configuration reference', () => {
    expect(s.roles?.[0]).toMatchObject({ name: 'CiRole', managedPolicies: ['Deploy'] })
    expect(s.policies?.[0]).toMatchObject({ name: 'Deploy', path: '/ci/' })
  })

  it('resolves an SCP attachment by the policy reference', () => {
    expect(s.organization?.policies?.map((p) => p.name)).toEqual(['DenyLeave'])
    expect(s.organization?.root.scps).toEqual(['FullAWSAccess', 'DenyLeave'])
  })

  it('lists what the plan leaves open with its resource address and attribute', () => {
    expect(result.unresolved.map((u) => u.location)).toEqual([
      'aws_s3_bucket_policy.logs.bucket',
      'aws_s3_bucket_policy.logs.policy',
    ])
    expect(result.unresolved[1]!.message).toContain('fill in a value')
  })

  it('takes a filled-in value for an unknown attribute', () => {
    const doc =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:DeleteObject","Resource":"*"}]}'
    const filled = importTerraformJson(fixture('plan.json'), {
      values: { 'aws_s3_bucket_policy.logs.policy': doc, 'aws_s3_bucket_policy.logs.bucket': 'logs' },
    })
    loads(filled)
    expect(filled.unresolved).toEqual([])
    expect(filled.scenario.resources).toEqual([
      { arn: 'arn:aws:s3:::logs', name: 'logs', policy: JSON.parse(doc) as unknown },
    ])
  })

  it('reads the OIDC provider', () => {
    expect(s.identityProviders?.[0]).toMatchObject({ type: 'oidc', url: 'token.actions.githubusercontent.com' })
  })
})

describe('input that is not terraform show -json output', () => {
  it('reports bad JSON with its line and column', () => {
    const result = importTerraformJson('{\n  "values": {\n    "root_module": ,\n  }\n}')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ line: 3, column: 20 })
    loads(result)
  })

  it.each([
    ['a number', 42],
    ['an object without values', { format_version: '1.0' }],
  ])('%s is an error, with an empty scenario', (_, input) => {
    const result = importTerraformJson(input)
    expect(result.errors).toHaveLength(1)
    expect(result.scenario.users).toBeUndefined()
  })

  it('warns about unsupported resource types and generated names', () => {
    const result = importTerraformJson({
      values: {
        root_module: {
          resources: [
            { address: 'aws_sqs_queue.q', type: 'aws_sqs_queue', name: 'q', values: {} },
            { address: 'aws_iam_group.ops', type: 'aws_iam_group', name: 'ops', values: { name_prefix: 'ops-' } },
          ],
        },
      },
    })
    expect(warnedAt(result)).toEqual(['aws_sqs_queue.q', 'aws_iam_group.ops.name'])
    expect(result.scenario.groups).toEqual([{ name: 'ops' }])
  })
})

describe('the remaining resource types', () => {
  const doc = (action: string) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })
  const res = (type: string, name: string, values: Record<string, unknown>) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    values,
  })
  const result = importTerraformJson({
    values: {
      root_module: {
        resources: [
          res('aws_iam_user', 'u', { name: 'u1' }),
          res('aws_iam_group', 'g', { name: 'g1' }),
          res('aws_iam_role', 'r', {
            name: 'r1',
            assume_role_policy: doc('sts:AssumeRole').replace(
              '"Resource":"*"',
              '"Principal":{"Service":"ec2.amazonaws.com"}',
            ),
          }),
          res('aws_iam_group_membership', 'm', { group: 'g1', users: ['u1'] }),
          res('aws_iam_user_policy', 'up', { name: 'UserInline', user: 'u1', policy: doc('s3:ListAllMyBuckets') }),
          res('aws_iam_group_policy', 'gp', { name: 'GroupInline', group: 'g1', policy: doc('ec2:DescribeInstances') }),
          res('aws_iam_user_policy_attachment', 'ua', {
            user: 'u1',
            policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
          }),
          res('aws_iam_policy', 'p', { name: 'Shared', policy: doc('sqs:SendMessage') }),
          res('aws_iam_policy_attachment', 'pa', {
            name: 'shared',
            policy_arn: 'arn:aws:iam::123456789012:policy/Shared',
            users: ['u1'],
            groups: ['g1'],
            roles: ['r1'],
          }),
          res('aws_iam_saml_provider', 's', { name: 'Okta', saml_metadata_document: '<EntityDescriptor/>' }),
          res('aws_organizations_policy', 'scp', { id: 'p-abcd1234', name: 'NoRegions', content: doc('ec2:*') }),
          res('aws_organizations_policy', 'rcp', {
            name: 'Rcp',
            type: 'RESOURCE_CONTROL_POLICY',
            content: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
            }),
          }),
          res('aws_organizations_policy_attachment', 'a1', { policy_id: 'p-abcd1234', target_id: 'ou-ab12-cdef3456' }),
          res('aws_organizations_policy_attachment', 'a2', { policy_id: 'rcp', target_id: '123456789012' }),
        ],
      },
    },
  })
  const s = loads(result)

  it('maps inline policies, attachments and memberships of every kind', () => {
    expect(s.users?.[0]).toMatchObject({
      name: 'u1',
      groups: ['g1'],
      inlinePolicies: [{ name: 'UserInline' }],
      managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'Shared'],
    })
    expect(s.groups?.[0]).toMatchObject({
      name: 'g1',
      inlinePolicies: [{ name: 'GroupInline' }],
      managedPolicies: ['Shared'],
    })
    expect(s.roles?.[0]).toMatchObject({ name: 'r1', managedPolicies: ['Shared'] })
  })

  it('maps a SAML provider, and SCPs and RCPs attached to an OU and to the account', () => {
    expect(s.identityProviders).toEqual([{ type: 'saml', name: 'Okta', metadata: '<EntityDescriptor/>' }])
    expect(s.organization?.root.children).toEqual([
      { id: 'ou-ab12-cdef3456', name: 'ou-ab12-cdef3456', scps: ['FullAWSAccess', 'NoRegions'] },
    ])
    expect(s.organization?.accountPolicies).toEqual([{ account: '123456789012', rcps: ['Rcp'] }])
  })
})
