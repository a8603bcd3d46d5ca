// Managed policies: `Policies` becomes the scenario's customer managed policies, and references resolve against it,
// then against the bundled AWS managed set; the AWS managed policies it lists are carried as copies (`account: 'aws'`)
// when the bundle lacks them or differs. What resolves nowhere is left out and listed.
import { describe, expect, it } from 'vitest'
import { findAwsManagedPolicy } from '../../../../../src/engine/scenario/aws-managed'
import { importAuthorizationDetails } from '../../../../../src/engine/account/import/index'
import { findManagedPolicy } from '../../../../../src/engine/scenario/lookup'
import { parseScenario } from '../../../../../src/engine/scenario/parse'
import { simulate } from '../../../../../src/engine/account/simulate'
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

  it('reads `CreateDate` as the AWS SDK for Python prints it, keeping the same instant as ISO 8601', () => {
    const detail = policyDetail('P')
    detail.PolicyVersionList[0] = { ...detail.PolicyVersionList[0]!, CreateDate: '2023-03-09 10:41:34+00:00' } as never
    const version = find(run({ Policies: [detail] }), 'policies', 'P').versions[0]!
    expect(version.createdAt).toBe('2023-03-09T10:41:34+00:00')
    expect(Date.parse(version.createdAt!)).toBe(Date.UTC(2023, 2, 9, 10, 41, 34))
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

  it('does not copy an AWS managed policy whose document is the bundled one', () => {
    const aws = { ...policyDetail('AdministratorAccess', [findAwsManagedPolicy(ADMIN)!.document]), Arn: ADMIN }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(ADMIN))] })
    expect(result.scenario.policies).toBeUndefined()
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([ADMIN])
    expect(result.warnings).toEqual([])
  })

  it('uses the account’s copy of a bundled AWS managed policy when its document differs from the bundle', () => {
    const aws = { ...policyDetail('AdministratorAccess', [allow('s3:*')]), Arn: ADMIN }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(ADMIN))] })
    expect(result.warnings).toEqual([])
    expect(result.scenario.policies).toEqual([
      {
        name: 'AdministratorAccess',
        account: 'aws',
        versions: [{ id: 'v1', document: allow('s3:*'), isDefault: true }],
      },
    ])
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([ADMIN])
    expect(result.stats).toMatchObject({ policies: 0, awsPolicies: 1 })
    expect(parseScenario(result.scenario).ok).toBe(true)
    expect(findManagedPolicy(result.scenario, ADMIN)).toMatchObject({ source: 'aws', document: allow('s3:*') })
    // The account's document decides, not the bundled `*:*`.
    const decide = (action: string) => simulate(result.scenario, { principal: 'user/alice', action, resource: '*' })
    expect(decide('s3:GetObject').decision).toBe('Allow')
    expect(decide('iam:CreateUser').decision).toBe('ImplicitDeny')
  })

  it('carries an AWS managed policy outside the bundled set from `Policies`, with its default version', () => {
    const aws = {
      ...policyDetail('AWSSupportServiceRolePolicy', [allow('support:*'), allow('support:Describe*')], {
        Description: 'Support',
      }),
      Arn: NOT_BUNDLED,
      Path: '/aws-service-role/',
      DefaultVersionId: 'v40',
    }
    aws.PolicyVersionList = [
      { ...aws.PolicyVersionList[0]!, VersionId: 'v40', CreateDate: '2024-03-01T00:00:00Z' },
      { ...aws.PolicyVersionList[1]!, VersionId: 'v39' },
    ] as never
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(NOT_BUNDLED, ADMIN))] })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([NOT_BUNDLED, ADMIN])
    expect(result.unresolved).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.scenario.policies).toEqual([
      {
        name: 'AWSSupportServiceRolePolicy',
        account: 'aws',
        path: '/aws-service-role/',
        description: 'Support',
        versions: [{ id: 'v40', document: allow('support:*'), isDefault: true, createdAt: '2024-03-01T00:00:00Z' }],
      },
    ])
    const parsed = parseScenario(result.scenario)
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
    expect(findManagedPolicy(result.scenario, NOT_BUNDLED)).toMatchObject({
      arn: NOT_BUNDLED,
      source: 'aws',
      versionId: 'v40',
    })
    const r = simulate(result.scenario, { principal: 'user/alice', action: 'support:DescribeCases', resource: '*' })
    expect(r.decision).toBe('Allow')
  })

  it('resolves a reference with only `PolicyName` to the copy too', () => {
    const aws = { ...policyDetail('AWSSupportServiceRolePolicy', [allow('support:*')]), Arn: NOT_BUNDLED }
    const result = run({
      Policies: [aws],
      UserDetailList: [
        userDetail('alice', { AttachedManagedPolicies: [{ PolicyName: 'AWSSupportServiceRolePolicy' }] }),
      ],
    })
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([NOT_BUNDLED])
    expect(find(result, 'policies', 'AWSSupportServiceRolePolicy').account).toBe('aws')
  })

  it('carries only the AWS managed policies something references, after the customer ones', () => {
    const unused = { ...policyDetail('AWSSupportServiceRolePolicy', [allow('support:*')]), Arn: NOT_BUNDLED }
    const used = { ...policyDetail('AdministratorAccess', [allow('s3:*')]), Arn: ADMIN }
    const result = run({
      Policies: [unused, used, policyDetail('Mine')],
      UserDetailList: [userDetail('alice', attach(ADMIN, customerArn('Mine')))],
    })
    expect(result.scenario.policies!.map((p) => [p.name, p.account])).toEqual([
      ['Mine', undefined],
      ['AdministratorAccess', 'aws'],
    ])
  })

  it('falls back to the bundled document when the account’s copy is unusable, and says so', () => {
    const aws = { ...policyDetail('AdministratorAccess', ['not json']), Arn: ADMIN }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(ADMIN))] })
    expect(result.scenario.policies).toBeUndefined()
    expect(find(result, 'users', 'alice').managedPolicies).toEqual([ADMIN])
    expect(warningsAt(result, '/Policies/0')).toEqual([
      expect.stringMatching(
        /^the default version of "AdministratorAccess" is unusable \(`Document` of "v1" is not valid JSON .*\); the scenario uses the bundled document \(v1\)$/,
      ),
    ])
  })

  it('leaves out an AWS managed policy outside the bundled set whose copy is unusable', () => {
    const aws = { ...policyDetail('AWSSupportServiceRolePolicy', [allow()]), Arn: NOT_BUNDLED, DefaultVersionId: 'v9' }
    const result = run({ Policies: [aws], UserDetailList: [userDetail('alice', attach(NOT_BUNDLED))] })
    expect(result.scenario.policies).toBeUndefined()
    expect(result.unresolved).toEqual([NOT_BUNDLED])
    expect(warningsAt(result, '/UserDetailList/0/AttachedManagedPolicies/0')).toEqual([
      `managed policy "${NOT_BUNDLED}" has no usable default version in \`Policies\` ("v9" is not in \`PolicyVersionList\`) and is not among the bundled AWS managed policies; left out, which may deny more than in AWS`,
    ])
  })

  it('leaves out an AWS managed policy neither bundled nor in `Policies`', () => {
    const result = run({ UserDetailList: [userDetail('alice', attach(NOT_BUNDLED))] })
    expect(result.unresolved).toEqual([NOT_BUNDLED])
    expect(warningsAt(result, '/UserDetailList/0/AttachedManagedPolicies/0')).toEqual([
      `managed policy "${NOT_BUNDLED}" is neither in \`Policies\` nor among the bundled AWS managed policies; left out, which may deny more than in AWS`,
    ])
  })

  it('keeps the first of an AWS managed policy listed twice', () => {
    const first = { ...policyDetail('AWSSupportServiceRolePolicy', [allow('support:*')]), Arn: NOT_BUNDLED }
    const second = { ...first, PolicyVersionList: [{ ...first.PolicyVersionList[0]!, Document: allow('a:b') }] }
    const result = run({ Policies: [first, second], UserDetailList: [userDetail('alice', attach(NOT_BUNDLED))] })
    expect(find(result, 'policies', 'AWSSupportServiceRolePolicy').versions[0]!.document).toEqual(allow('support:*'))
    expect(warningsAt(result, '/Policies/1')).toEqual([
      `AWS managed policy "AWSSupportServiceRolePolicy" is listed twice; the first ("${NOT_BUNDLED}") is kept`,
    ])
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
