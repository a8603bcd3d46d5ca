// Managed policies: `Policies` becomes the scenario's customer managed policies, and references resolve against it,
// then against the bundled AWS managed set; what resolves nowhere is left out and listed.
import { describe, expect, it } from 'vitest'
import { findAwsManagedPolicy } from '../../../../../src/engine/account/aws-managed'
import { importAuthorizationDetails } from '../../../../../src/engine/account/import/index'
import { ACCOUNT, allow, customerArn, find, policyDetail, userDetail, warningsAt } from './fixtures'

const run = (input: Record<string, unknown>) => importAuthorizationDetails(input)
const attach = (...arns: string[]) => ({ AttachedManagedPolicies: arns.map((PolicyArn) => ({ PolicyArn })) })
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const NOT_BUNDLED = 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'

describe('customer managed policies (ManagedPolicyDetail)', () => {
  it('maps name, path, description and every version with its date', () => {
    const result = run({
      Policies: [
        policyDetail('Deploy', [allow('codedeploy:*'), allow('codedeploy:Get*')], {
          Path: '/team/',
          Arn: `arn:aws:iam::${ACCOUNT}:policy/team/Deploy`,
          Description: 'Deployments',
        }),
      ],
    })
    const policy = find(result, 'policies', 'Deploy')
    expect(policy).toEqual({
      name: 'Deploy',
      path: '/team/',
      description: 'Deployments',
      versions: [
        { id: 'v2', document: allow('codedeploy:*'), isDefault: true },
        { id: 'v1', document: allow('codedeploy:Get*') },
      ],
    })
    expect(result.stats.policies).toBe(1)
  })

  it('takes `CreateDate` of each version', () => {
    const detail = policyDetail('P')
    detail.PolicyVersionList[0] = { ...detail.PolicyVersionList[0]!, CreateDate: '2021-01-15T14:30:00+00:00' } as never
    expect(find(run({ Policies: [detail] }), 'policies', 'P').versions[0]!.createdAt).toBe('2021-01-15T14:30:00+00:00')
  })

  it('trusts `DefaultVersionId` over a disagreeing `IsDefaultVersion`, and says so', () => {
    const result = run({ Policies: [policyDetail('P', [allow('a:b'), allow('c:d')], { DefaultVersionId: 'v1' })] })
    expect(
      find(result, 'policies', 'P')
        .versions.filter((v) => v.isDefault)
        .map((v) => v.id),
    ).toEqual(['v1'])
    expect(warningsAt(result, '/Policies/0')).toEqual([
      '`DefaultVersionId` is "v1" but "v2" is marked `IsDefaultVersion`; using "v1"',
    ])
  })

  it('uses the newest version when nothing marks a default', () => {
    const detail = {
      PolicyName: 'P',
      Arn: customerArn('P'),
      PolicyVersionList: [
        { VersionId: 'v3', Document: allow('a:b') },
        { VersionId: 'v10', Document: allow('c:d') },
      ],
    }
    const result = run({ Policies: [detail] })
    expect(find(result, 'policies', 'P').versions.find((v) => v.isDefault)?.id).toBe('v10')
  })

  it('skips a policy whose default version is unreadable, so references to it are unresolved', () => {
    const detail = policyDetail('P', ['not json', allow()])
    const result = run({ Policies: [detail], UserDetailList: [userDetail('alice', attach(customerArn('P')))] })
    expect(result.scenario.policies).toBeUndefined()
    expect(result.unresolved).toEqual([customerArn('P')])
    expect(warningsAt(result, '/UserDetailList/0/AttachedManagedPolicies/0')).toEqual([
      `managed policy "${customerArn('P')}" has no usable default version in \`Policies\`; left out, which may deny more than in AWS`,
    ])
  })

  it('drops an unreadable old version and keeps the policy', () => {
    const result = run({ Policies: [policyDetail('P', [allow(), '%7Bbroken'])] })
    expect(find(result, 'policies', 'P').versions.map((v) => v.id)).toEqual(['v2'])
    expect(warningsAt(result, '/Policies/0/PolicyVersionList/1/Document')).toHaveLength(1)
  })

  it('keeps the default and the newest others when more than IAM’s 5 versions are listed', () => {
    const documents = Array.from({ length: 7 }, (_, i) => allow(`s3:Get${i}`))
    const result = run({ Policies: [policyDetail('P', documents)] })
    expect(find(result, 'policies', 'P').versions.map((v) => v.id)).toEqual(['v7', 'v6', 'v5', 'v4', 'v3'])
    expect(warningsAt(result, '/Policies/0/PolicyVersionList')).toEqual([
      'a managed policy keeps at most 5 versions; "v2", "v1" left out',
    ])
  })
})

describe('managed policy references', () => {
  it('writes customer managed references as the scenario’s policy ARN', () => {
    const result = run({
      Policies: [policyDetail('P')],
      UserDetailList: [userDetail('alice', attach(customerArn('P')))],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([customerArn('P')])
    expect(result.unresolved).toEqual([])
  })

  it('resolves AWS managed references from the bundled set when `Policies` lacks them', () => {
    const arn = 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'
    expect(findAwsManagedPolicy(arn)).toBeDefined()
    const result = run({ UserDetailList: [userDetail('alice', attach(arn))] })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([arn])
    expect(result.unresolved).toEqual([])
  })

  it('does not copy AWS managed policies listed in `Policies` into the customer managed ones', () => {
    const aws = { ...policyDetail('AdministratorAccess', [findAwsManagedPolicy(ADMIN)!.document]), Arn: ADMIN }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(ADMIN))] })
    expect(result.scenario.policies).toBeUndefined()
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([ADMIN])
    expect(result.warnings).toEqual([])
  })

  it('says when the account’s copy of a bundled AWS managed policy differs from the bundle', () => {
    const aws = { ...policyDetail('AdministratorAccess', [allow('s3:*')]), Arn: ADMIN }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(ADMIN))] })
    expect(warningsAt(result, '/Policies/0')).toEqual([
      'the account\'s "AdministratorAccess" (v1) differs from the bundled one (v1); the scenario uses the bundled document',
    ])
  })

  it('leaves out an AWS managed policy outside the bundled set, even when `Policies` has its document', () => {
    const aws = { ...policyDetail('AWSSupportServiceRolePolicy', [allow('support:*')]), Arn: NOT_BUNDLED }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(NOT_BUNDLED, ADMIN))] })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([ADMIN])
    expect(result.unresolved).toEqual([NOT_BUNDLED])
    expect(warningsAt(result, '/UserDetailList/0/AttachedManagedPolicies/0')[0]).toMatch(/cannot carry its document/)
  })

  it('leaves out a customer managed policy missing from `Policies` and lists it once', () => {
    const missing = customerArn('Gone')
    const result = run({
      UserDetailList: [userDetail('alice', attach(missing)), userDetail('bob', attach(missing))],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toBeUndefined()
    expect(result.unresolved).toEqual([missing])
    expect(result.warnings.filter((w) => w.message.includes('"arn:aws:iam::123456789012:policy/Gone"'))).toHaveLength(2)
  })

  it('drops an unresolved permissions boundary and warns that the user may be allowed more', () => {
    const boundary = customerArn('Boundary', '/boundaries/')
    const result = run({
      UserDetailList: [userDetail('alice', { PermissionsBoundary: { PermissionsBoundaryArn: boundary } })],
    })
    expect(find(result, 'users', 'alice').permissionsBoundary).toBeUndefined()
    expect(result.unresolved).toEqual([boundary])
    expect(warningsAt(result, '/UserDetailList/0/PermissionsBoundary/PermissionsBoundaryArn')).toEqual([
      `permissions boundary "${boundary}" is not in \`Policies\`; imported without a boundary, which may allow more than in AWS`,
    ])
  })

  it('resolves a reference with only `PolicyName`: the customer policy first, then the bundled one', () => {
    const result = run({
      Policies: [policyDetail('ReadOnlyAccess')],
      UserDetailList: [
        userDetail('alice', {
          AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess' }, { PolicyName: 'AdministratorAccess' }],
        }),
      ],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([customerArn('ReadOnlyAccess'), ADMIN])
  })

  it('imports another partition’s ARNs as `aws`, warning once', () => {
    const result = run({
      UserDetailList: [
        userDetail(
          'alice',
          attach('arn:aws-cn:iam::aws:policy/AdministratorAccess', 'arn:aws-cn:iam::aws:policy/IAMUserChangePassword'),
        ),
      ],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([
      ADMIN,
      'arn:aws:iam::aws:policy/IAMUserChangePassword',
    ])
    expect(result.warnings.filter((w) => w.message.startsWith('partition'))).toHaveLength(1)
  })

  it('attaches each policy once and at most 20 (IAM’s hard limit)', () => {
    const names = Array.from({ length: 22 }, (_, i) => `P${i}`)
    const result = run({
      Policies: names.map((n) => policyDetail(n)),
      UserDetailList: [userDetail('alice', attach(customerArn('P0'), ...names.map((n) => customerArn(n))))],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual(names.slice(0, 20).map((n) => customerArn(n)))
    expect(warningsAt(result, '/UserDetailList/0/AttachedManagedPolicies/21')).toEqual([
      `at most 20 managed policies can be attached; "${customerArn('P20')}" left out`,
    ])
  })
})
