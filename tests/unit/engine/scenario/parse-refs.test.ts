// parseScenario: group memberships, managed policy references and versions.
import { describe, expect, it } from 'vitest'
import type { ManagedPolicy } from '../../../../src/engine/scenario/model'
import { errorsAfter, set, warningsAfter } from './parse-support'

const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] }

describe('groups', () => {
  it('a user joins groups that exist', () => {
    expect(errorsAfter((s) => s.users![0]!.groups!.push('devs'))).toEqual(['/users/0/groups/1: unknown group "devs"'])
  })

  it('suggests the group when only the case differs', () => {
    expect(errorsAfter((s) => (s.users![0]!.groups = ['Developers']))).toEqual([
      '/users/0/groups/0: unknown group "Developers" (did you mean "developers"?)',
    ])
  })

  it('says so when a user is listed as a group', () => {
    expect(errorsAfter((s) => s.users![0]!.groups!.push('bob'))).toEqual([
      '/users/0/groups/1: unknown group "bob": that is a user; a user\'s `groups` lists groups',
    ])
  })

  it('a user is in at most 10 groups, each once', () => {
    const names = Array.from({ length: 11 }, (_, i) => `g${i}`)
    expect(
      errorsAfter((s) => {
        s.groups!.push(...names.map((name) => ({ name })))
        s.users![1]!.groups = names
      }),
    ).toEqual(['/users/1/groups: a user can be in at most 10 groups'])
    expect(errorsAfter((s) => s.users![0]!.groups!.push('developers'))).toEqual([
      '/users/0/groups/1: group "developers" is listed twice',
    ])
  })

  it('IAM groups cannot contain groups', () => {
    expect(errorsAfter((s) => set(s.groups![0]!, 'groups', ['admins']))).toEqual([
      '/groups/0/groups: IAM groups cannot contain groups',
    ])
  })

  it('a group lists no members; a group named as a member gets the nesting message', () => {
    expect(
      errorsAfter((s) => {
        s.groups!.push({ name: 'admins' })
        set(s.groups![1]!, 'members', ['alice', 'developers'])
      }),
    ).toEqual([
      "/groups/1/members: a group does not list its members: add the group's name to each user's `groups`",
      '/groups/1/members/1: IAM groups cannot contain groups: "developers" is a group',
    ])
  })

  it('a group has no permissions boundary', () => {
    expect(errorsAfter((s) => set(s.groups![0]!, 'permissionsBoundary', 'DeveloperBoundary'))).toEqual([
      '/groups/0/permissionsBoundary: a group cannot have a permissions boundary: set it on its users',
    ])
  })
})

describe('managed policy references', () => {
  it('resolve customer managed policies by name or ARN', () => {
    expect(errorsAfter((s) => s.users![0]!.managedPolicies!.push('DeveloperBoundary'))).toEqual([])
    expect(
      errorsAfter((s) => s.users![0]!.managedPolicies!.push('arn:aws:iam::111122223333:policy/DeveloperBoundary')),
    ).toEqual([])
  })

  it('resolve bundled AWS managed policies by name or ARN, with their paths', () => {
    expect(
      errorsAfter((s) =>
        s.users![0]!.managedPolicies!.push(
          'ReadOnlyAccess',
          'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess',
          'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        ),
      ),
    ).toEqual([])
  })

  it('an unknown name is an error naming the path', () => {
    expect(errorsAfter((s) => s.groups![0]!.managedPolicies!.push('S3Reader'))).toEqual([
      '/groups/0/managedPolicies/1: unknown managed policy "S3Reader": neither a customer managed policy of account 111122223333 nor a bundled AWS managed policy',
    ])
    expect(errorsAfter((s) => s.groups![0]!.managedPolicies!.push('developerboundary'))).toEqual([
      '/groups/0/managedPolicies/1: unknown managed policy "developerboundary" (did you mean "DeveloperBoundary"?): neither a customer managed policy of account 111122223333 nor a bundled AWS managed policy',
    ])
  })

  it('an AWS managed ARN with the wrong path suggests the right one', () => {
    expect(errorsAfter((s) => (s.roles![0]!.managedPolicies = ['arn:aws:iam::aws:policy/ViewOnlyAccess']))).toEqual([
      '/roles/0/managedPolicies/0: unknown AWS managed policy "arn:aws:iam::aws:policy/ViewOnlyAccess" (did you mean "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"?)',
    ])
  })

  it('an AWS managed policy outside the bundle is unknown', () => {
    expect(errorsAfter((s) => (s.roles![0]!.managedPolicies = ['arn:aws:iam::aws:policy/AmazonMQFullAccess']))).toEqual(
      [
        '/roles/0/managedPolicies/0: unknown AWS managed policy "arn:aws:iam::aws:policy/AmazonMQFullAccess": the playground bundles a selection of AWS managed policies, and this one is not among them (a copy in `policies` with `"account": "aws"` can add it)',
      ],
    )
  })

  it('a customer managed policy of another account cannot be attached', () => {
    expect(
      errorsAfter((s) => {
        s.policies![0]!.account = '444455556666'
        s.users![1]!.permissionsBoundary = 'arn:aws:iam::444455556666:policy/DeveloperBoundary'
      }),
    ).toEqual([
      '/users/1/permissionsBoundary: the policy "arn:aws:iam::444455556666:policy/DeveloperBoundary" belongs to account 444455556666; only policies of account 111122223333 can be attached here',
    ])
    expect(errorsAfter((s) => (s.users![1]!.permissionsBoundary = 'arn:aws:iam::111122223333:policy/Nope'))).toEqual([
      '/users/1/permissionsBoundary: unknown managed policy "arn:aws:iam::111122223333:policy/Nope": no policy in `policies` has this ARN',
    ])
  })

  it('permissions boundaries resolve like attachments', () => {
    expect(errorsAfter((s) => (s.roles![0]!.permissionsBoundary = 'PowerUserAccess'))).toEqual([])
    expect(errorsAfter((s) => (s.roles![0]!.permissionsBoundary = 'Boundary'))).toHaveLength(1)
  })

  it('warns past the default quota of 10, refuses past 20, and warns on duplicates', () => {
    const names = ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'ViewOnlyAccess', 'SecurityAudit']
    const eleven = [
      ...names,
      'IAMFullAccess',
      'IAMReadOnlyAccess',
      'AmazonS3FullAccess',
      'AmazonEC2FullAccess',
      'Billing',
      'AWSDenyAll',
    ]
    expect(warningsAfter((s) => (s.roles![0]!.managedPolicies = eleven))).toEqual([
      "/roles/0/managedPolicies: 11 managed policies: AWS's default quota is 10 (it can be raised to 20)",
    ])
    expect(errorsAfter((s) => (s.roles![0]!.managedPolicies = [...eleven, ...eleven]))).toEqual([
      '/roles/0/managedPolicies: at most 20 managed policies can be attached',
    ])
    expect(warningsAfter((s) => s.roles![0]!.managedPolicies!.push('AWSLambda_FullAccess'))).toEqual([
      '/roles/0/managedPolicies/1: "AWSLambda_FullAccess" is attached twice',
    ])
  })
})

describe('managed policy versions', () => {
  it('exactly one default version', () => {
    expect(errorsAfter((s) => delete s.policies![0]!.versions[1]!.isDefault)).toEqual([
      '/policies/0/versions: no default version: set `"isDefault": true` on exactly one version of "DeveloperBoundary"',
    ])
    expect(errorsAfter((s) => (s.policies![0]!.versions[0]!.isDefault = true))).toEqual([
      '/policies/0/versions/1/isDefault: only one version can be the default, and /policies/0/versions/0 already is',
    ])
  })

  it('1 to 5 versions with distinct IDs', () => {
    expect(errorsAfter((s) => (s.policies![0]!.versions = []))).toEqual([
      '/policies/0/versions: a managed policy needs at least one version',
    ])
    expect(
      errorsAfter((s) => {
        for (const id of ['v3', 'v4', 'v5', 'v6']) s.policies![0]!.versions.push({ id, document: doc })
      }),
    ).toEqual(['/policies/0/versions: a managed policy keeps at most 5 versions'])
    expect(errorsAfter((s) => (s.policies![0]!.versions[0]!.id = 'v2'))).toEqual([
      '/policies/0/versions/1/id: duplicate version ID "v2"',
    ])
    expect(errorsAfter((s) => (s.policies![0]!.versions[0]!.id = 'V1'))).toEqual([
      '/policies/0/versions/0/id: "V1" is not a version ID (`v1`, `v2`, …)',
    ])
  })
})

describe('copies of AWS managed policies (`account: "aws"`)', () => {
  const MQ = 'arn:aws:iam::aws:policy/AmazonMQFullAccess'
  const SUPPORT = 'arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy'
  const copy = (name: string, extra: Partial<ManagedPolicy> = {}): ManagedPolicy => ({
    name,
    account: 'aws',
    versions: [{ id: 'v3', document: doc, isDefault: true }],
    ...extra,
  })

  it('a copy outside the bundle resolves by ARN or name, from any account, also as boundary and session policy', () => {
    expect(
      errorsAfter((s) => {
        s.policies!.push(
          copy('AmazonMQFullAccess'),
          copy('AWSSupportServiceRolePolicy', { path: '/aws-service-role/' }),
        )
        s.roles![0]!.managedPolicies = [MQ, 'AWSSupportServiceRolePolicy']
        s.roles![0]!.permissionsBoundary = SUPPORT
        s.users!.push({ name: 'prod-user', account: '444455556666', managedPolicies: [MQ, 'AmazonMQFullAccess'] })
        s.sessions![0]!.policyArns = [MQ]
      }),
    ).toEqual([])
  })

  it('a copy of a bundled policy is accepted as well (it replaces the bundled document)', () => {
    expect(
      errorsAfter((s) => {
        s.policies!.push(copy('ReadOnlyAccess'))
        s.users![0]!.managedPolicies!.push('arn:aws:iam::aws:policy/ReadOnlyAccess')
      }),
    ).toEqual([])
  })

  it('a copy can share its name with a customer managed policy: a name resolves to the customer one first', () => {
    expect(
      errorsAfter((s) => {
        s.policies!.push(copy('DeveloperBoundary'))
        s.users![0]!.managedPolicies!.push('DeveloperBoundary', 'arn:aws:iam::aws:policy/DeveloperBoundary')
      }),
    ).toEqual([])
  })

  it('two copies of the same ARN (or name, whatever the path or case) are rejected', () => {
    expect(errorsAfter((s) => s.policies!.push(copy('AmazonMQFullAccess'), copy('AmazonMQFullAccess')))).toEqual([
      '/policies/2/name: duplicate policy name "AmazonMQFullAccess" among the AWS managed policies: /policies/1 has it',
    ])
    expect(
      errorsAfter((s) => s.policies!.push(copy('AmazonMQFullAccess'), copy('amazonmqfullaccess', { path: '/x/' }))),
    ).toEqual([
      '/policies/2/name: duplicate policy name "amazonmqfullaccess" among the AWS managed policies: /policies/1 has it (as "AmazonMQFullAccess"; IAM names ignore case)',
    ])
  })

  it('an account that is neither 12 digits nor `aws` is rejected; an unknown 12-digit one as before', () => {
    for (const account of ['AWS', 'amazon', 'aws-managed', '']) {
      expect(errorsAfter((s) => s.policies!.push(copy('AmazonMQFullAccess', { account })))).toEqual([
        `/policies/1/account: "${account}" is not a 12-digit account ID, or \`aws\` for a copy of an AWS managed policy`,
      ])
    }
    expect(errorsAfter((s) => s.policies!.push(copy('AmazonMQFullAccess', { account: '999999999999' })))).toEqual([
      '/policies/1/account: unknown account "999999999999": add it to `accounts`',
    ])
  })

  it('`aws` is an account only for managed policies', () => {
    expect(errorsAfter((s) => s.users!.push({ name: 'carol', account: 'aws' }))).toEqual([
      '/users/2/account: unknown account "aws": add it to `accounts`',
    ])
  })

  it('a copy under another path is suggested for a wrong AWS managed ARN', () => {
    expect(
      errorsAfter((s) => {
        s.policies!.push(copy('AWSSupportServiceRolePolicy', { path: '/aws-service-role/' }))
        s.roles![0]!.managedPolicies = ['arn:aws:iam::aws:policy/AWSSupportServiceRolePolicy']
      }),
    ).toEqual([
      `/roles/0/managedPolicies/0: unknown AWS managed policy "arn:aws:iam::aws:policy/AWSSupportServiceRolePolicy" (did you mean "${SUPPORT}"?)`,
    ])
  })

  it('a copy goes through the policy grammar and the version rules like any managed policy', () => {
    expect(
      errorsAfter((s) => s.policies!.push(copy('AmazonMQFullAccess', { versions: [{ id: 'v1', document: doc }] }))),
    ).toEqual([
      '/policies/1/versions: no default version: set `"isDefault": true` on exactly one version of "AmazonMQFullAccess"',
    ])
  })
})
