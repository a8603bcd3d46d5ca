// A generated organization large enough to test the inheritance graph at scale (about 500 nodes by default): two
// member accounts under OUs with SCPs, users in groups, roles trusted by the account, by one user or by a service,
// customer and AWS managed policies, boundaries, and resources whose policies name roles. Shared by the graph's
// unit tests, its bench and its end-to-end test; plain data, no test framework.
import type { Role, Scenario, User } from '../../src/engine/scenario/model'

const ACCOUNTS = ['111122223333', '444455556666']
const MANAGEMENT = '999988887777'
const SERVICES = ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'ecs-tasks.amazonaws.com']
const AWS_MANAGED = ['ReadOnlyAccess', 'AmazonS3ReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'IAMUserChangePassword']

const doc = (...Statement: Record<string, unknown>[]) => ({ Version: '2012-10-17', Statement })
const acct = (i: number) => ACCOUNTS[i % ACCOUNTS.length]!

/** The scenario; `users` sets the scale (the default 210 give about 500 graph nodes). */
export function largeGraphScenario(users = 210): Scenario {
  const groupCount = Math.max(2, Math.round(users / 7))
  const roleCount = Math.max(2, Math.round(users / 5))
  const policyCount = Math.max(2, Math.round(users / 10))
  const resourceCount = Math.max(2, Math.round(users / 5))
  const groups = Array.from({ length: groupCount }, (_, g) => ({
    name: `group-${g}`,
    account: acct(g),
    managedPolicies: [
      `team-policy-${g % policyCount}`,
      `arn:aws:iam::aws:policy/${AWS_MANAGED[g % AWS_MANAGED.length]}`,
    ],
    // Every fourth group may assume the roles of one team.
    inlinePolicies:
      g % 4 === 0
        ? [
            {
              name: `assume-team-${g}`,
              document: doc({
                Effect: 'Allow',
                Action: 'sts:AssumeRole',
                Resource: `arn:aws:iam::*:role/team-${g % 10}-*`,
              }),
            },
          ]
        : [],
  }))
  const policies = Array.from({ length: policyCount * ACCOUNTS.length }, (_, p) => ({
    name: `team-policy-${p % policyCount}`,
    account: acct(Math.floor(p / policyCount)),
    versions: [
      {
        id: 'v1',
        isDefault: true,
        document: doc({ Effect: 'Allow', Action: ['s3:Get*', 'dynamodb:Query'], Resource: '*' }),
      },
    ],
  }))
  const userList: User[] = Array.from({ length: users }, (_, u) => {
    const account = acct(u)
    const own = groups.filter((g) => g.account === account)
    const user: User = {
      name: `user-${u}`,
      account,
      groups: [own[u % own.length]!.name, own[(u + 3) % own.length]!.name],
    }
    if (u % 5 === 0) {
      user.inlinePolicies = [{ name: 'own', document: doc({ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }) }]
    }
    if (u % 10 === 0) user.permissionsBoundary = `team-policy-${u % policyCount}`
    return user
  })
  const roles: Role[] = Array.from({ length: roleCount }, (_, r) => {
    const account = acct(r)
    const principal =
      r % 4 === 0
        ? { Service: SERVICES[r % SERVICES.length] }
        : r % 4 === 1
          ? { AWS: `arn:aws:iam::${account}:user/user-${(r * 2) % users}` }
          : { AWS: `arn:aws:iam::${account}:root` }
    return {
      name: `team-${r % 10}-role-${r}`,
      account,
      trustPolicy: doc({ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }),
      managedPolicies: [`team-policy-${r % policyCount}`],
      inlinePolicies: [{ name: 'work', document: doc({ Effect: 'Allow', Action: 'logs:*', Resource: '*' }) }],
    }
  })
  const resources = Array.from({ length: resourceCount }, (_, i) => {
    const account = acct(i)
    const role = roles.filter((r) => r.account === account)[i % Math.ceil(roleCount / 2)] ?? roles[0]!
    return {
      arn: `arn:aws:s3:::bucket-${i}`,
      account,
      ...(i % 2 === 0 && {
        policy: doc({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:role/${role.name}` },
          Action: 's3:GetObject',
          Resource: `arn:aws:s3:::bucket-${i}/*`,
        }),
      }),
    }
  })
  return {
    format: 'iam-playground/scenario',
    version: 1,
    id: 'large-graph',
    title: `Generated organization (${users} users)`,
    accounts: [
      ...ACCOUNTS.map((id, i) => ({ id, alias: i === 0 ? 'platform' : 'products' })),
      { id: MANAGEMENT, alias: 'management' },
    ],
    organization: {
      id: 'o-largegraph1',
      managementAccount: MANAGEMENT,
      policies: [
        {
          name: 'DenyLeavingOrg',
          type: 'scp',
          document: doc({ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }),
        },
        {
          name: 'DenyRootUser',
          type: 'scp',
          document: doc({
            Effect: 'Deny',
            Action: '*',
            Resource: '*',
            Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } },
          }),
        },
      ],
      root: {
        id: 'r-lg01',
        name: 'Root',
        scps: ['FullAWSAccess', 'DenyLeavingOrg'],
        children: [
          { id: 'ou-lg01-platform', name: 'Platform', accounts: [ACCOUNTS[0]!] },
          {
            id: 'ou-lg01-products',
            name: 'Products',
            scps: ['FullAWSAccess', 'DenyRootUser'],
            accounts: [ACCOUNTS[1]!],
          },
        ],
      },
    },
    environment: { time: '2026-01-01T00:00:00Z' },
    users: userList,
    groups,
    roles,
    policies,
    resources,
  }
}
