// CloudFormation templates: short-form tags, intrinsics, parameters with and without defaults, each resource type,
// JSON templates, and located syntax errors.
import { describe, expect, it } from 'vitest'
import { importCloudFormation } from '../../../../../src/engine/account/import-iac/index'
import { fixture, loads, warnedAt } from './helpers'

describe('a YAML template with short-form intrinsics', () => {
  const result = importCloudFormation(fixture('template.yaml'))
  const s = loads(result)

  it('resolves !Sub with a parameter default, !Ref to a group and a generated name', () => {
    expect(s.groups?.map((g) => g.name)).toEqual(['developers-prod'])
    expect(s.users).toEqual([
      { name: 'alice', path: '/eng/', tags: { team: 'eng' }, groups: ['developers-prod'] },
      { name: 'Bob', groups: ['developers-prod'] },
    ])
    expect(warnedAt(result)).toContain('/Resources/Bob')
  })

  it('resolves !Join in a name, !GetAtt Arn, and a managed policy Ref to its ARN attached by name', () => {
    expect(s.policies?.[0]).toMatchObject({ name: 'deploy-prod', path: '/ci/' })
    expect(s.policies?.[0]?.versions[0]?.document).toMatchObject({
      Statement: [{ Resource: 'arn:aws:iam::123456789012:role/app' }],
    })
    expect(s.roles?.[0]).toMatchObject({
      name: 'app',
      maxSessionDuration: 7200,
      permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess',
      managedPolicies: ['deploy-prod', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
      instanceProfiles: ['AppProfile'],
    })
  })

  it('leaves out, until filled in, a trust policy and an inline policy that hold open values', () => {
    expect(s.roles?.[0]?.trustPolicy).toMatchObject({ Statement: [{ Effect: 'Deny', Action: 'sts:*' }] })
    expect(s.roles?.[0]?.inlinePolicies).toBeUndefined()
    expect(warnedAt(result)).toEqual(
      expect.arrayContaining([
        '/roles/0/trustPolicy/Statement/0/Principal/AWS',
        '/roles/0/inlinePolicies/0/document/Statement/0/Effect',
      ]),
    )
  })

  it('lists parameters without a default with their location', () => {
    expect(result.unresolved.map((u) => [u.ref, u.location])).toEqual([
      ['DataBucket', '/Resources/Developers/Properties/Policies/0/PolicyDocument/Statement/0/Resource/Fn::Sub'],
      ['AuditAccount', '/Resources/AppRole/Properties/AssumeRolePolicyDocument/Statement/0/Principal/AWS/Fn::Sub'],
    ])
  })

  it('takes filled-in values for parameters, and the account from the options', () => {
    const filled = importCloudFormation(fixture('template.yaml'), {
      accountId: '444455556666',
      values: { DataBucket: 'data', AuditAccount: '777788889999' },
    })
    const f = loads(filled)
    expect(filled.unresolved).toEqual([])
    expect(f.groups?.[0]?.inlinePolicies?.[0]?.document).toMatchObject({
      Statement: [{ Resource: 'arn:aws:s3:::data/*' }],
    })
    expect(f.roles?.[0]?.trustPolicy).toMatchObject({
      Statement: [
        { Principal: { AWS: 'arn:aws:iam::777788889999:root' } },
        { Principal: { Service: 'ec2.amazonaws.com' } },
      ],
    })
    expect(f.resources?.[1]?.arn).toBe('arn:aws:kms:us-east-1:444455556666:key/DataKey')
  })

  it('leaves !If unresolved with a warning', () => {
    expect(warnedAt(result)).toContain('/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Effect/Fn::If')
  })

  it('maps bucket and key policies (with !Select and !Split) and an SCP at the root', () => {
    expect(s.resources?.map((r) => r.arn)).toEqual([
      'arn:aws:s3:::assets',
      'arn:aws:kms:us-east-1:123456789012:key/DataKey',
    ])
    expect(s.organization?.policies?.[0]).toMatchObject({ name: 'DenyLeave', type: 'scp' })
    expect(s.organization?.root.scps).toEqual(['FullAWSAccess', 'DenyLeave'])
  })

  it('warns about types it does not import', () => {
    expect(warnedAt(result)).toContain('/Resources/Queue')
    expect(result.stats).toMatchObject({ users: 2, groups: 1, roles: 1, policies: 1, resources: 2 })
  })
})

describe('a JSON template', () => {
  const template = {
    Resources: {
      Reader: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
        },
      },
      ReadPolicy: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Roles: [{ Ref: 'Reader' }],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: 's3:GetObject',
                Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::b/*']] },
              },
            ],
          },
        },
      },
    },
  }

  it('reads the text and the object alike, naming unnamed resources by logical ID', () => {
    for (const input of [JSON.stringify(template, null, 2), template]) {
      const result = importCloudFormation(input)
      const s = loads(result)
      expect(s.roles?.[0]).toMatchObject({ name: 'Reader', managedPolicies: ['ReadPolicy'] })
      expect(s.policies?.[0]?.versions[0]?.document).toMatchObject({ Statement: [{ Resource: 'arn:aws:s3:::b/*' }] })
      expect(warnedAt(result)).toEqual(['/Resources/Reader', '/Resources/ReadPolicy'])
    }
  })
})

describe('templates that cannot be read', () => {
  it('reports a YAML syntax error with its line and column', () => {
    const result = importCloudFormation('Resources:\n  A:\n    Type: AWS::IAM::User\n   Properties: {}\n')
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ line: 4, column: 1 })
    expect(result.errors[0]!.message).toMatch(/^the template is not valid YAML/)
    loads(result)
  })

  it('reports bad JSON with its line', () => {
    const result = importCloudFormation('{\n  "Resources": {\n    "A": }\n}')
    expect(result.errors[0]).toMatchObject({ line: 3 })
  })

  it('reports a document without Resources', () => {
    const result = importCloudFormation('Description: nothing here\n')
    expect(result.errors.map((e) => e.message)).toEqual([
      'expected a CloudFormation template: an object with `Resources`; found an object',
    ])
  })
})
