// The hand-written fixtures in tests/fixtures/aws/ end to end: what they import to, that the result always loads
// with parseScenario, and that it decides requests like the account it came from.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importAuthorizationDetails } from '../../../../../src/engine/account/import/index'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import { parseScenario } from '../../../../../src/engine/scenario/parse'
import { simulate } from '../../../../../src/engine/account/simulate'
import { ACCOUNT, customerArn, find, fixture, warningsAt } from './fixtures'
import { paths, replaced } from './json-paths'

const FIXTURES = ['small-account', 'raw-api-url-encoded', 'paginated', 'users-only', 'malformed']

describe.each(FIXTURES)('%s.json', (name) => {
  it('imports into a scenario that parseScenario accepts', () => {
    const result = importAuthorizationDetails(fixture(name))
    expect(result.errors).toEqual([])
    const parsed = parseScenario(result.scenario)
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })
})

describe('small-account.json', () => {
  const result = importAuthorizationDetails(fixture('small-account'))
  const s = result.scenario

  it('has every entity, the customer managed policies, and the AWS managed one the bundle lacks', () => {
    expect(result.stats).toEqual({ users: 3, groups: 2, roles: 3, policies: 3, awsPolicies: 1 })
    expect(s.accounts).toEqual([{ id: ACCOUNT }])
    expect(s.policies!.map((p) => [p.name, p.account])).toEqual([
      ['DeployAccess', undefined],
      ['DeveloperBoundary', undefined],
      ['ReportsReadOnly', undefined],
      ['AWSSupportServiceRolePolicy', 'aws'],
    ])
  })

  it('decodes each document encoding: object, JSON text and URL-encoded', () => {
    expect(find(s, 'users', 'alice').inlinePolicies![0]!.document).toMatchObject({
      Statement: [{ Action: expect.any(Array) }],
    })
    expect(find(s, 'users', 'bob').inlinePolicies![0]!.document).toMatchObject({
      Statement: [{ Action: ['logs:GetLogEvents', 'logs:FilterLogEvents'] }],
    })
    expect(find(s, 'users', 'carol').inlinePolicies![0]!.document).toMatchObject({
      Statement: [
        { Effect: 'Deny', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } } },
      ],
    })
    const boundary = find(s, 'policies', 'DeveloperBoundary')
    expect(boundary.versions.map((v) => [v.id, v.isDefault ?? false, typeof v.document])).toEqual([
      ['v3', true, 'object'],
      ['v2', false, 'object'],
      ['v1', false, 'object'],
    ])
  })

  it('keeps memberships, boundaries, tags, instance profiles and the service-linked path', () => {
    expect(find(s, 'users', 'carol').groups).toEqual(['Developers', 'Admins'])
    expect(find(s, 'users', 'bob').permissionsBoundary).toBe(customerArn('DeveloperBoundary', '/boundaries/'))
    expect(find(s, 'roles', 'deployer')).toMatchObject({ maxSessionDuration: 7200, tags: { owner: 'release-team' } })
    expect(find(s, 'roles', 'app-server').instanceProfiles).toEqual(['app-server-profile'])
    expect(find(s, 'roles', 'AWSServiceRoleForSupport').path).toBe('/aws-service-role/support.amazonaws.com/')
    expect(find(s, 'groups', 'Developers').managedPolicies).toEqual([
      'arn:aws:iam::aws:policy/ReadOnlyAccess',
      customerArn('DeployAccess'),
    ])
  })

  it('keeps the AWS managed policy outside the bundled set from `Policies`, so nothing is unresolved', () => {
    expect(result.unresolved).toEqual([])
    expect(result.warnings).toEqual([])
    expect(find(s, 'policies', 'AWSSupportServiceRolePolicy')).toEqual({
      name: 'AWSSupportServiceRolePolicy',
      account: 'aws',
      path: '/aws-service-role/',
      description: 'Enables resource access for AWS to provide billing, administrative and support services',
      versions: [
        {
          id: 'v40',
          document: expect.objectContaining({
            Statement: [expect.objectContaining({ Action: ['support:*', 'iam:GetRole'] })],
          }),
          isDefault: true,
          createdAt: '2024-03-01T00:00:00+00:00',
        },
      ],
    })
    expect(find(s, 'roles', 'AWSServiceRoleForSupport').managedPolicies).toEqual([
      'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy',
    ])
  })

  it('decides like the account: the boundary and group policies apply', () => {
    const decide = (principal: string, action: string, resource = '*') =>
      simulate(s, { principal, action, resource }).decision
    expect(decide('user/alice', 'iam:CreateUser')).toBe('Allow')
    expect(
      decide(
        'user/bob',
        'codedeploy:CreateDeployment',
        `arn:aws:codedeploy:us-east-1:${ACCOUNT}:deploymentgroup:app/prod`,
      ),
    ).toBe('Allow')
    expect(decide('user/bob', 'iam:CreateUser')).not.toBe('Allow')
    expect(decide('user/carol', 'ec2:DescribeInstances')).toBe('ExplicitDeny')
  })

  it('decides with the AWS managed policy copied from `Policies`', () => {
    const r = simulate(s, {
      principal: 'role/AWSServiceRoleForSupport',
      action: 'support:DescribeCases',
      resource: '*',
    })
    expect(r.decision).toBe('Allow')
    expect(JSON.stringify(r)).toContain('AWS managed policy AWSSupportServiceRolePolicy (v40)')
  })
})

describe('edge-case fixtures', () => {
  it('raw-api-url-encoded.json: every URL-encoded document decodes', () => {
    const result = importAuthorizationDetails(fixture('raw-api-url-encoded'))
    expect(result.warnings).toEqual([])
    expect(find(result, 'roles', 'lambda-exec').trustPolicy).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }],
    })
    expect(find(result, 'policies', 'Tagger').versions[0]!.document).toMatchObject({
      Statement: [{ Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } } }],
    })
  })

  it('paginated.json: pages join, and a group on page 2 serves a user on page 1', () => {
    const result = importAuthorizationDetails(fixture('paginated'))
    expect(result.warnings).toEqual([])
    expect(find(result, 'users', 'erin').groups).toEqual(['Ops'])
    expect(find(result, 'groups', 'Ops').managedPolicies).toEqual([customerArn('OpsRunbooks')])
  })

  it('users-only.json: bundled AWS policies resolve, missing customer ones are listed, groups are added', () => {
    const result = importAuthorizationDetails(fixture('users-only'))
    expect(find(result, 'users', 'gina').managedPolicies).toEqual(['arn:aws:iam::aws:policy/SecurityAudit'])
    expect(result.unresolved).toEqual([customerArn('AuditExtras'), customerArn('AuditorBoundary')])
    expect(result.scenario.groups).toEqual([{ name: 'Auditors' }])
  })

  it('malformed.json: entities survive without their bad parts, each problem at its pointer', () => {
    const result = importAuthorizationDetails(fixture('malformed'))
    expect(result.stats).toEqual({ users: 1, groups: 0, roles: 2, policies: 0, awsPolicies: 0 })
    expect(find(result, 'users', 'hank')).toEqual({
      name: 'hank',
      inlinePolicies: [{ name: 'Fine', document: expect.any(Object) }],
      tags: { ok: 'yes' },
    })
    expect(warningsAt(result, '/UserDetailList/0/UserPolicyList/0/PolicyDocument')[0]).toMatch(
      /^`PolicyDocument` is not valid JSON/,
    )
    expect(warningsAt(result, '/GroupDetailList')).toEqual([
      '`GroupDetailList` should be an array, found an object; ignored',
    ])
    expect(warningsAt(result, '/Policies/1')).toEqual([
      'the default version "v2" is unusable, so the policy\'s effect is unknown; skipped',
    ])
    expect(result.warnings.length).toBeGreaterThan(20)
  })
})

describe('robustness', () => {
  const base = fixture('small-account')
  const all = paths(base).filter((p) => p.length > 0)

  it('never throws, and always yields a scenario parseScenario accepts, whatever one field becomes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.nat(all.length - 1),
            fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string(), fc.constant(undefined)),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        (edits) => {
          let input = base
          for (const [i, by] of edits) input = replaced(input, all[i]!, by)
          const result = importAuthorizationDetails(input)
          const parsed = parseScenario(result.scenario as Scenario)
          expect(parsed.ok ? [] : parsed.errors).toEqual([])
        },
      ),
      { numRuns: Number(process.env.IMPORT_FUZZ_RUNS ?? 300) },
    )
  })
})
