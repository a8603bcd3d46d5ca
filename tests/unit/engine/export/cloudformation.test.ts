// The CloudFormation export: YAML with short-form intrinsics reads back equal to the JSON variant, every property is
// one its resource type defines, and the documents, references and counts match the scenario.
import { describe, expect, it } from 'vitest'
import { parse, type Tags as YamlTags } from 'yaml'
import { exportCloudFormation, type Scenario } from '../../../../src/engine/index'
import { doc, expectedCounts, gallery, managedDoc } from './gallery'

/**
 * The properties each resource type defines (from the CloudFormation resource type reference), limited to the types
 * the exporter writes.
 */
const PROPERTIES: Record<string, string[]> = {
  'AWS::IAM::User': [
    'UserName',
    'Path',
    'Groups',
    'ManagedPolicyArns',
    'Policies',
    'PermissionsBoundary',
    'LoginProfile',
    'Tags',
  ],
  'AWS::IAM::Group': ['GroupName', 'Path', 'ManagedPolicyArns', 'Policies'],
  'AWS::IAM::Role': [
    'RoleName',
    'Path',
    'Description',
    'AssumeRolePolicyDocument',
    'ManagedPolicyArns',
    'Policies',
    'PermissionsBoundary',
    'MaxSessionDuration',
    'Tags',
  ],
  'AWS::IAM::ManagedPolicy': ['ManagedPolicyName', 'Path', 'Description', 'PolicyDocument', 'Groups', 'Users', 'Roles'],
  'AWS::IAM::InstanceProfile': ['InstanceProfileName', 'Path', 'Roles'],
  'AWS::IAM::OIDCProvider': ['Url', 'ClientIdList', 'ThumbprintList', 'Tags'],
  'AWS::IAM::SAMLProvider': ['Name', 'SamlMetadataDocument', 'Tags', 'AddPrivateKey', 'AssertionEncryptionMode'],
  'AWS::S3::BucketPolicy': ['Bucket', 'PolicyDocument'],
  'AWS::KMS::Key': ['Description', 'KeyPolicy', 'Enabled', 'EnableKeyRotation', 'KeySpec', 'KeyUsage', 'Tags'],
  'AWS::Organizations::Policy': ['Name', 'Type', 'Content', 'Description', 'TargetIds', 'Tags'],
}

/** The short-form tags as CloudFormation reads them. */
const customTags: YamlTags = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  {
    tag: '!GetAtt',
    resolve: (value: string) => ({
      'Fn::GetAtt': [value.slice(0, value.indexOf('.')), value.slice(value.indexOf('.') + 1)],
    }),
  },
]

interface Template {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>
  Outputs?: Record<string, { Value: unknown }>
}

function ofType(t: Template, type: string) {
  return Object.entries(t.Resources).filter(([, r]) => r.Type === type)
}

describe.each(gallery)('%s as CloudFormation', (_file, s) => {
  const yaml = exportCloudFormation(s)
  const json = JSON.parse(exportCloudFormation(s, { format: 'json' })) as Template
  const template = parse(yaml, { customTags }) as Template

  it('reads back from YAML equal to the JSON variant, and uses short-form tags', () => {
    expect(template).toEqual(json)
    if ((s.roles ?? []).length > 0) expect(yaml).toMatch(/!GetAtt \w+\.Arn/)
  })

  it('uses only properties the resource types define', () => {
    for (const [id, r] of Object.entries(template.Resources)) {
      expect(id).toMatch(/^[A-Za-z0-9]+$/)
      const known = PROPERTIES[r.Type]
      expect(known, r.Type).toBeDefined()
      for (const key of Object.keys(r.Properties)) expect(known, `${r.Type}.${key}`).toContain(key)
    }
  })

  it('holds each entity with its documents, and refers to exported ones', () => {
    const n = expectedCounts(s)
    expect(ofType(template, 'AWS::IAM::User')).toHaveLength(n.users)
    expect(ofType(template, 'AWS::IAM::Group')).toHaveLength(n.groups)
    expect(ofType(template, 'AWS::IAM::Role')).toHaveLength(n.roles)
    expect(ofType(template, 'AWS::IAM::ManagedPolicy')).toHaveLength(n.policies)
    expect(ofType(template, 'AWS::IAM::InstanceProfile')).toHaveLength(n.instanceProfiles)
    for (const [, p] of ofType(template, 'AWS::IAM::ManagedPolicy')) {
      expect(p.Properties.PolicyDocument).toEqual(managedDoc(s, p.Properties.ManagedPolicyName as string))
    }
    for (const [, r] of ofType(template, 'AWS::IAM::Role')) {
      const role = s.roles!.find((x) => x.name === r.Properties.RoleName)!
      expect(r.Properties.AssumeRolePolicyDocument).toEqual(doc(role.trustPolicy))
      const inline = (r.Properties.Policies ?? []) as { PolicyName: string; PolicyDocument: unknown }[]
      expect(inline.map((p) => p.PolicyName)).toEqual((role.inlinePolicies ?? []).map((p) => p.name))
      inline.forEach((p, i) => expect(p.PolicyDocument).toEqual(doc(role.inlinePolicies![i]!.document)))
      expect((r.Properties.ManagedPolicyArns ?? []) as unknown[]).toHaveLength((role.managedPolicies ?? []).length)
    }
    for (const [, u] of ofType(template, 'AWS::IAM::User')) {
      const user = s.users!.find((x) => x.name === u.Properties.UserName)!
      const groups = (u.Properties.Groups ?? []) as { Ref: string }[]
      expect(groups.map((g) => template.Resources[g.Ref]?.Properties.GroupName)).toEqual(user.groups ?? [])
    }
    for (const [, o] of ofType(template, 'AWS::Organizations::Policy')) {
      const policy = s.organization!.policies!.find((x) => x.name === o.Properties.Name)!
      expect(o.Properties.Content).toEqual(doc(policy.document))
    }
  })
})

describe('CloudFormation names and subsets', () => {
  const s: Scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'names',
    accounts: [{ id: '111122223333' }],
    users: [{ name: 'ci-deploy', managedPolicies: ['ci.deploy', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }],
    roles: [
      { name: 'ci-deploy', trustPolicy: { Version: '2012-10-17', Statement: [] }, permissionsBoundary: 'ci.deploy' },
    ],
    policies: [{ name: 'ci.deploy', versions: [{ id: 'v1', isDefault: true, document: { Version: '2012-10-17' } }] }],
  }

  it('gives PascalCase logical IDs, unique, and !Ref for exported policies', () => {
    const t = JSON.parse(exportCloudFormation(s, { format: 'json' })) as Template
    expect(Object.keys(t.Resources)).toEqual(['CiDeploy', 'CiDeploy2', 'CiDeploy3'])
    expect(t.Resources.CiDeploy2!.Properties.ManagedPolicyArns).toEqual([
      { Ref: 'CiDeploy' },
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
    ])
    expect(t.Resources.CiDeploy3!.Properties.PermissionsBoundary).toEqual({ Ref: 'CiDeploy' })
    expect(t.Outputs).toEqual({ CiDeploy3Arn: { Value: { 'Fn::GetAtt': ['CiDeploy3', 'Arn'] } } })
  })

  it('exports a role with its boundary policy only', () => {
    const t = JSON.parse(
      exportCloudFormation(s, { format: 'json', only: { kind: 'role', name: 'ci-deploy' } }),
    ) as Template
    expect(Object.values(t.Resources).map((r) => r.Type)).toEqual(['AWS::IAM::ManagedPolicy', 'AWS::IAM::Role'])
  })
})
