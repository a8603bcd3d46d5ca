// How UserDetail, GroupDetail and RoleDetail fields map onto scenario users, groups and roles.
import { describe, expect, it } from 'vitest'
import { importAuthorizationDetails } from '../../../../../src/engine/account/import/index'
import { ACCOUNT, allow, find, groupDetail, policyDetail, roleDetail, trust, userDetail, warningsAt } from './fixtures'

const run = (input: Record<string, unknown>) => importAuthorizationDetails(input)

describe('users (UserDetail)', () => {
  it('maps name, path, unique ID and creation date', () => {
    const result = run({
      UserDetailList: [
        userDetail('alice', {
          Path: '/eng/',
          Arn: `arn:aws:iam::${ACCOUNT}:user/eng/alice`,
          UserId: 'AIDACKCEVSQ6C2EXAMPLE',
          CreateDate: '2019-03-14T09:26:53+00:00',
        }),
      ],
    })
    expect(find(result, 'users', 'alice')).toEqual({
      name: 'alice',
      path: '/eng/',
      id: 'AIDACKCEVSQ6C2EXAMPLE',
      createdAt: '2019-03-14T09:26:53+00:00',
    })
  })

  it('reads the dates of a dump printed by the AWS SDK for Python (`2023-03-09 10:41:34+00:00`, with microseconds)', () => {
    const result = run({
      UserDetailList: [
        userDetail('alice', { CreateDate: '2023-03-09 10:41:34+00:00' }),
        userDetail('bob', { CreateDate: '2023-03-09 10:41:34.250000+09:00' }),
      ],
    })
    expect(find(result, 'users', 'alice').createdAt).toBe('2023-03-09T10:41:34+00:00')
    expect(find(result, 'users', 'bob').createdAt).toBe('2023-03-09T10:41:34.250000+09:00')
    expect(result.warnings).toEqual([])
  })

  it('warns about a Python-style date that is no date (month 13) and leaves it out', () => {
    const result = run({ UserDetailList: [userDetail('alice', { CreateDate: '2023-13-09 10:41:34+00:00' })] })
    expect(find(result, 'users', 'alice').createdAt).toBeUndefined()
    expect(warningsAt(result, '/UserDetailList/0/CreateDate')).toHaveLength(1)
  })

  it('leaves out the default path `/`', () => {
    expect(find(run({ UserDetailList: [userDetail('alice')] }), 'users', 'alice').path).toBeUndefined()
  })

  it('takes the name and path from `Arn` when `UserName` and `Path` are missing', () => {
    const result = run({ UserDetailList: [{ Arn: `arn:aws:iam::${ACCOUNT}:user/ops/night/zoe` }] })
    expect(find(result, 'users', 'zoe')).toEqual({ name: 'zoe', path: '/ops/night/' })
  })

  it('maps `UserPolicyList` to inline policies', () => {
    const result = run({
      UserDetailList: [userDetail('alice', { UserPolicyList: [{ PolicyName: 'Own', PolicyDocument: allow() }] })],
    })
    expect(find(result, 'users', 'alice').inlinePolicies).toEqual([{ name: 'Own', document: allow() }])
  })

  it('maps `Tags` to a record', () => {
    const result = run({
      UserDetailList: [
        userDetail('alice', {
          Tags: [
            { Key: 'team', Value: 'platform' },
            { Key: 'empty', Value: '' },
          ],
        }),
      ],
    })
    expect(find(result, 'users', 'alice').tags).toEqual({ team: 'platform', empty: '' })
  })

  it('takes membership from `GroupList`, the only place the output records it', () => {
    const result = run({
      UserDetailList: [userDetail('alice', { GroupList: ['Admins', 'Devs'] })],
      GroupDetailList: [groupDetail('Admins'), groupDetail('Devs')],
    })
    expect(find(result, 'users', 'alice').groups).toEqual(['Admins', 'Devs'])
    expect(find(result, 'groups', 'Admins')).toEqual({ name: 'Admins' })
  })

  it('maps `PermissionsBoundary.PermissionsBoundaryArn` to the boundary', () => {
    const result = run({
      UserDetailList: [
        userDetail('alice', {
          PermissionsBoundary: {
            PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
            PermissionsBoundaryArn: 'arn:aws:iam::aws:policy/PowerUserAccess',
          },
        }),
      ],
    })
    expect(find(result, 'users', 'alice').permissionsBoundary).toBe('arn:aws:iam::aws:policy/PowerUserAccess')
  })

  it('drops a unique ID that is not an `AIDA…` ID, keeping the user', () => {
    const result = run({ UserDetailList: [userDetail('alice', { UserId: 'AROAJQABLZS4A3QDU576Q' })] })
    expect(find(result, 'users', 'alice').id).toBeUndefined()
    expect(warningsAt(result, '/UserDetailList/0/UserId')).toEqual([
      '"AROAJQABLZS4A3QDU576Q" is not a user ID (`AIDA…`); ignored',
    ])
  })

  it('replaces a path IAM would reject (`//`) with the ARN’s', () => {
    const result = run({ UserDetailList: [userDetail('alice', { Path: '//' })] })
    expect(find(result, 'users', 'alice').path).toBeUndefined()
    expect(warningsAt(result, '/UserDetailList/0/Path')).toEqual(['invalid path "//"; using "/"'])
  })

  it('skips a tag whose key would reach a prototype', () => {
    const result = run({ UserDetailList: [userDetail('alice', { Tags: [{ Key: '__proto__', Value: 'x' }] })] })
    expect(find(result, 'users', 'alice').tags).toBeUndefined()
    expect(warningsAt(result, '/UserDetailList/0/Tags/0')).toEqual(['invalid tag key "__proto__"; skipped'])
  })

  it('reads holes in an array built in code as missing items', () => {
    // eslint-disable-next-line no-sparse-arrays
    const result = run({ UserDetailList: [userDetail('alice', { Tags: [, { Key: 'k', Value: 'v' }] })] })
    expect(find(result, 'users', 'alice').tags).toEqual({ k: 'v' })
    expect(warningsAt(result, '/UserDetailList/0/Tags/0')).toEqual([
      'a tag should be an object, found undefined; skipped',
    ])
  })

  it('caps membership at IAM’s 10 groups', () => {
    const names = Array.from({ length: 12 }, (_, i) => `g${i}`)
    const result = run({ UserDetailList: [userDetail('alice', { GroupList: names })] })
    expect(find(result, 'users', 'alice').groups).toEqual(names.slice(0, 10))
    expect(warningsAt(result, '/UserDetailList/0/GroupList/10')).toEqual([
      'a user can be in at most 10 groups; group "g10" left out',
    ])
  })
})

describe('groups (GroupDetail)', () => {
  it('maps name, path, unique ID, inline and managed policies', () => {
    const result = run({
      GroupDetailList: [
        groupDetail('Devs', {
          Path: '/eng/',
          Arn: `arn:aws:iam::${ACCOUNT}:group/eng/Devs`,
          GroupId: 'AGPAI3EXAMPLEDEVS1234',
          GroupPolicyList: [{ PolicyName: 'Read', PolicyDocument: allow() }],
          AttachedManagedPolicies: [{ PolicyName: 'Build', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/Build` }],
          CreateDate: '2020-01-01T00:00:00Z',
        }),
      ],
      Policies: [policyDetail('Build')],
    })
    expect(find(result, 'groups', 'Devs')).toEqual({
      name: 'Devs',
      path: '/eng/',
      id: 'AGPAI3EXAMPLEDEVS1234',
      inlinePolicies: [{ name: 'Read', document: allow() }],
      managedPolicies: [`arn:aws:iam::${ACCOUNT}:policy/Build`],
    })
  })
})

describe('roles (RoleDetail)', () => {
  it('maps the trust policy, unique ID, tags and inline policies', () => {
    const result = run({
      RoleDetailList: [
        roleDetail('app', {
          RoleId: 'AROAI3EXAMPLEAPPSRV12',
          RolePolicyList: [{ PolicyName: 'Read', PolicyDocument: allow() }],
          Tags: [{ Key: 'app', Value: 'shop' }],
        }),
      ],
    })
    expect(find(result, 'roles', 'app')).toEqual({
      name: 'app',
      id: 'AROAI3EXAMPLEAPPSRV12',
      trustPolicy: trust(),
      inlinePolicies: [{ name: 'Read', document: allow() }],
      tags: { app: 'shop' },
    })
  })

  it('keeps a service-linked role’s path, which marks it as service-linked', () => {
    const path = '/aws-service-role/support.amazonaws.com/'
    const result = run({
      RoleDetailList: [
        roleDetail('AWSServiceRoleForSupport', {
          Path: path,
          Arn: `arn:aws:iam::${ACCOUNT}:role${path}AWSServiceRoleForSupport`,
        }),
      ],
    })
    expect(find(result, 'roles', 'AWSServiceRoleForSupport').path).toBe(path)
  })

  it('maps `InstanceProfileList` to instance profile names (from `Arn` when the name is missing)', () => {
    const result = run({
      RoleDetailList: [
        roleDetail('app', {
          InstanceProfileList: [
            { InstanceProfileName: 'app-profile', Roles: [] },
            { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/legacy/old-profile` },
          ],
        }),
      ],
    })
    expect(find(result, 'roles', 'app').instanceProfiles).toEqual(['app-profile', 'old-profile'])
  })

  it('maps `MaxSessionDuration` and `Description` when present (GetRole fields merged in)', () => {
    const result = run({ RoleDetailList: [roleDetail('app', { MaxSessionDuration: 7200, Description: 'The app' })] })
    expect(find(result, 'roles', 'app')).toMatchObject({ maxSessionDuration: 7200, description: 'The app' })
  })

  it('ignores a `MaxSessionDuration` outside 1 to 12 hours', () => {
    const result = run({ RoleDetailList: [roleDetail('app', { MaxSessionDuration: 60 })] })
    expect(find(result, 'roles', 'app').maxSessionDuration).toBeUndefined()
    expect(warningsAt(result, '/RoleDetailList/0/MaxSessionDuration')).toHaveLength(1)
  })

  it('drops `RoleLastUsed` and `CreateDate` silently: no decision depends on them', () => {
    const result = run({
      RoleDetailList: [
        roleDetail('app', {
          RoleLastUsed: { LastUsedDate: '2024-01-01T00:00:00Z', Region: 'eu-west-1' },
          CreateDate: '2020-01-01T00:00:00Z',
        }),
      ],
    })
    expect(Object.keys(find(result, 'roles', 'app'))).toEqual(['name', 'trustPolicy'])
    expect(result.warnings).toEqual([])
  })

  it('gives a role without a readable trust policy one that trusts no one, and says so', () => {
    const result = run({ RoleDetailList: [roleDetail('app', { AssumeRolePolicyDocument: undefined })] })
    const role = find(result, 'roles', 'app')
    expect(role.trustPolicy).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'ImportedWithoutTrustPolicy', Effect: 'Deny', Principal: '*', Action: 'sts:*' }],
    })
    expect(warningsAt(result, '/RoleDetailList/0')).toEqual([
      'role has no `AssumeRolePolicyDocument`; it gets a trust policy that trusts no one',
    ])
  })

  it('replaces a trust policy without `Principal` (invalid grammar) the same way', () => {
    const result = run({ RoleDetailList: [roleDetail('app', { AssumeRolePolicyDocument: allow('sts:AssumeRole') })] })
    expect(find(result, 'roles', 'app').trustPolicy).toMatchObject({ Statement: [{ Effect: 'Deny' }] })
    expect(warningsAt(result, '/RoleDetailList/0/AssumeRolePolicyDocument')[0]).toMatch(
      /^`AssumeRolePolicyDocument` is not a valid trust policy: .*; the role gets a trust policy that trusts no one$/,
    )
  })
})
