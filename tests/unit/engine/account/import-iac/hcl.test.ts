// `.tf` files parsed by `@cdktf/hcl2json` (a real HCL parser, Node only): jsonencode, references between resources,
// variables with and without defaults, locals, what cannot be resolved, and syntax errors.
import { parse } from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { importTerraformHclFiles } from '../../../../../src/engine/account/import-iac/index'
import { fixture, loads } from './helpers'

const files = [{ name: 'main.tf', text: fixture('main.tf') }]

describe('a .tf file with jsonencode, references, variables and locals', async () => {
  const result = await importTerraformHclFiles(files, parse)
  const s = loads(result)

  it('resolves locals built from variable defaults in names', () => {
    expect(s.groups?.[0]).toMatchObject({ name: 'app-prod-developers', managedPolicies: ['app-prod-read'] })
    expect(s.policies?.[0]).toMatchObject({ name: 'app-prod-read', description: 'Read the data bucket' })
  })

  it('turns jsonencode into a policy document', () => {
    expect(s.policies?.[0]?.versions[0]?.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'],
        },
      ],
    })
  })

  it('resolves references to other resources and data sources the account determines', () => {
    expect(s.users?.[0]).toMatchObject({ name: 'alice', path: '/eng/', groups: ['app-prod-developers'] })
    expect(s.roles?.[0]).toMatchObject({
      name: 'app',
      maxSessionDuration: 7200,
      managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
      trustPolicy: { Statement: [{ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }] },
    })
  })

  it('lists a variable without default and an unresolvable data source with their locations', () => {
    expect(result.unresolved.map((u) => [u.location, u.ref])).toEqual([
      ['aws_iam_role_policy.audit.policy', 'var.audit_account'],
      ['aws_s3_bucket_policy.data.policy', 'data.aws_iam_policy_document.data.json'],
    ])
  })

  it('uses filled-in values', async () => {
    const filled = await importTerraformHclFiles(files, parse, {
      accountId: '444455556666',
      values: {
        audit_account: '777788889999',
        'data.aws_iam_policy_document.data.json': JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:DeleteBucket', Resource: 'arn:aws:s3:::data' }],
        }),
      },
    })
    const f = loads(filled)
    expect(filled.unresolved).toEqual([])
    expect(f.roles?.[0]?.inlinePolicies?.[0]?.document).toMatchObject({
      Statement: [{ Resource: 'arn:aws:iam::777788889999:role/Auditor' }],
    })
    expect(f.roles?.[0]?.trustPolicy).toMatchObject({
      Statement: [{ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }],
    })
    expect(f.resources?.[0]).toMatchObject({ arn: 'arn:aws:s3:::data', policy: { Statement: [{ Effect: 'Deny' }] } })
  })
})

describe('HCL that cannot be read', () => {
  it('reports a syntax error with its file, line and column', async () => {
    const result = await importTerraformHclFiles(
      [{ name: 'bad.tf', text: 'resource "a" "b" {\n  name = \n}\n' }],
      parse,
    )
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ location: 'bad.tf', line: 2, column: 10 })
    expect(result.errors[0]!.message).toMatch(/^the file is not valid HCL \(Invalid expression/)
  })
})
