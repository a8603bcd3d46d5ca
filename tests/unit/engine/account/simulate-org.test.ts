// SCPs follow the principal's account down the organization tree (one level per node, then the account; every level
// must allow); RCPs follow the resource's account, for services that support them. Neither applies in the management
// account. https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
import { describe, expect, it } from 'vitest'
import type { OrganizationPolicy, Scenario } from '../../../../src/engine/scenario/model'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, B, MGMT, ORG, decision, inline, org, scenario, sim } from '../../../helpers/scenario'

const C = '777766665555' // outside the organization
const OBJ = 'arn:aws:s3:::data/report.csv'

const orgPolicies: OrganizationPolicy[] = [
  { name: 'DenyS3Delete', type: 'scp', document: policy(deny('s3:DeleteObject')) },
  { name: 'AllowS3Only', type: 'scp', document: policy(allow('s3:*')) },
  { name: 'AllowEc2Only', type: 'scp', document: policy(allow('ec2:*')) },
  {
    name: 'OrgOnly',
    type: 'rcp',
    document: policy(
      deny('s3:*', '*', {
        Principal: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': ORG } },
      }),
    ),
  },
]

/** Users `a` (account A, OU Dev), `b` (B, OU Team), `m` (management), `c` (outside), each allowed everything. */
function withOrg(nodes: Parameters<typeof org>[0] = {}, parts: Partial<Scenario> = {}): Scenario {
  return scenario({
    accounts: [{ id: A }, { id: B }, { id: MGMT }, { id: C }],
    organization: org(nodes, { policies: orgPolicies }),
    users: [
      { name: 'a', inlinePolicies: [inline('All', '*')] },
      { name: 'b', account: B, inlinePolicies: [inline('All', '*')] },
      { name: 'm', account: MGMT, inlinePolicies: [inline('All', '*')] },
      { name: 'c', account: C, inlinePolicies: [inline('All', '*')] },
    ],
    ...parts,
  })
}

const who = { a: `arn:aws:iam::${A}:user/a`, b: `arn:aws:iam::${B}:user/b`, m: `arn:aws:iam::${MGMT}:user/m` }

describe('SCP levels', () => {
  it.each([
    ['a', 3],
    ['b', 4],
    ['m', 0],
    ['c', 0],
  ] as const)('user %s is limited by %i SCP levels', (user, levels) => {
    const principal = user === 'c' ? `arn:aws:iam::${C}:user/c` : who[user]
    const result = sim(withOrg(), { principal, action: 's3:GetObject', resource: OBJ })
    expect(result.trace.policyTypes.filter((t) => t.type === 'scp')).toHaveLength(levels)
    expect(result.decision).toBe('Allow')
  })

  it.each([
    ['nodes without `scps` keep FullAWSAccess', {}, 'a', 'ec2:RunInstances', 'Allow'],
    [
      'an SCP list without FullAWSAccess detaches it',
      { dev: { scps: ['DenyS3Delete'] } },
      'a',
      's3:GetObject',
      'ImplicitDeny',
    ],
    ['… and its deny still denies', { dev: { scps: ['DenyS3Delete'] } }, 'a', 's3:DeleteObject', 'ExplicitDeny'],
    [
      'FullAWSAccess listed with a deny',
      { dev: { scps: ['FullAWSAccess', 'DenyS3Delete'] } },
      'a',
      's3:GetObject',
      'Allow',
    ],
    [
      '… denies only what it denies',
      { dev: { scps: ['FullAWSAccess', 'DenyS3Delete'] } },
      'a',
      's3:DeleteObject',
      'ExplicitDeny',
    ],
    ['an allow-list at the OU', { dev: { scps: ['AllowS3Only'] } }, 'a', 'ec2:RunInstances', 'ImplicitDeny'],
    ['an OU’s SCP limits nested OUs', { dev: { scps: ['AllowS3Only'] } }, 'b', 'ec2:RunInstances', 'ImplicitDeny'],
    [
      'every level must allow',
      { dev: { scps: ['AllowS3Only'] }, team: { scps: ['AllowEc2Only'] } },
      'b',
      's3:GetObject',
      'ImplicitDeny',
    ],
    ['a nested OU’s SCP does not limit its parent', { team: { scps: ['AllowEc2Only'] } }, 'a', 's3:GetObject', 'Allow'],
    ['the root’s SCP limits every member', { root: { scps: ['AllowEc2Only'] } }, 'b', 's3:GetObject', 'ImplicitDeny'],
    ['the management account is exempt', { root: { scps: ['AllowEc2Only'] } }, 'm', 's3:GetObject', 'Allow'],
    ['an unknown SCP name attaches nothing', { dev: { scps: ['Missing'] } }, 'a', 's3:GetObject', 'ImplicitDeny'],
  ] as const)('%s', (_, nodes, user, action, expected) => {
    expect(
      decision(withOrg(nodes), { principal: who[user], action, resource: action.startsWith('s3') ? OBJ : '*' }),
    ).toBe(expected)
  })

  it('says which level did not allow', () => {
    const result = sim(withOrg({ dev: { scps: ['AllowS3Only'] }, team: { scps: ['AllowEc2Only'] } }), {
      principal: who.b,
      action: 's3:GetObject',
      resource: OBJ,
    })
    expect(result.trace.rule).toMatchObject({
      code: 'scp-no-allow',
      message: 'no SCP at organization level 2 allows `s3:GetObject`',
    })
  })

  it('the root user of a member account is limited too, the management account’s is not', () => {
    const s = withOrg({ root: { scps: ['AllowEc2Only'] } })
    expect(decision(s, { principal: `${A}:root`, action: 's3:GetObject', resource: OBJ })).toBe('ImplicitDeny')
    expect(decision(s, { principal: `${MGMT}:root`, action: 's3:GetObject', resource: OBJ })).toBe('Allow')
  })

  it('without an organization there are no SCPs', () => {
    const result = sim(scenario({ users: [{ name: 'a', inlinePolicies: [inline('All', '*')] }] }), {
      principal: 'user/a',
      action: 's3:GetObject',
      resource: OBJ,
    })
    expect(result.trace.policyTypes.map((t) => t.type)).not.toContain('scp')
  })

  it('labels each SCP with where it is attached', () => {
    const result = sim(withOrg({ dev: { scps: ['FullAWSAccess', 'DenyS3Delete'] } }), {
      principal: who.b,
      action: 's3:GetObject',
      resource: OBJ,
    })
    const scps = Object.entries(result.sources).filter(([id]) => id.startsWith('scp'))
    expect(scps.map(([id, s]) => [id, s.label])).toEqual([
      ['scp[0][0]', 'SCP FullAWSAccess attached to the organization root Root (attached by default)'],
      ['scp[1][0]', 'SCP FullAWSAccess attached to OU Dev'],
      ['scp[1][1]', 'SCP DenyS3Delete attached to OU Dev'],
      ['scp[2][0]', 'SCP FullAWSAccess attached to OU Team (attached by default)'],
      ['scp[3][0]', `SCP FullAWSAccess attached to account ${B} (attached by default)`],
    ])
    expect(result.sources['scp[1][1]']?.entity).toEqual({ kind: 'ou', name: 'Dev' })
    expect(result.sources['scp[0][0]']?.entity).toEqual({ kind: 'org-root', name: 'Root' })
  })
})

describe('RCPs follow the resource’s account', () => {
  const bucket = 'arn:aws:s3:::team-bucket'
  const object = `${bucket}/x.csv`
  const withBucket = (account: string, rcpAt: Parameters<typeof org>[0]) =>
    withOrg(rcpAt, {
      resources: [
        {
          arn: bucket,
          account,
          policy: policy(
            allow('s3:GetObject', `${bucket}/*`, {
              Principal: { AWS: [`arn:aws:iam::${C}:root`, `arn:aws:iam::${A}:root`, `arn:aws:iam::${B}:root`] },
            }),
          ),
        },
      ],
    })

  it.each([
    [
      'outside caller, RCP on the resource’s OU',
      B,
      { team: { rcps: ['OrgOnly'] } },
      `arn:aws:iam::${C}:user/c`,
      'ExplicitDeny',
    ],
    ['member caller, same RCP', B, { team: { rcps: ['OrgOnly'] } }, who.a, 'Allow'],
    ['outside caller, RCP at the root', B, { root: { rcps: ['OrgOnly'] } }, `arn:aws:iam::${C}:user/c`, 'ExplicitDeny'],
    ['outside caller, RCP on another OU', A, { team: { rcps: ['OrgOnly'] } }, `arn:aws:iam::${C}:user/c`, 'Allow'],
    [
      'resource in the management account: no RCPs',
      MGMT,
      { root: { rcps: ['OrgOnly'] } },
      `arn:aws:iam::${C}:user/c`,
      'Allow',
    ],
    ['no RCP attached: RCPFullAWSAccess is implied', B, {}, `arn:aws:iam::${C}:user/c`, 'Allow'],
  ] as const)('%s → %s', (_, account, nodes, principal, expected) => {
    expect(decision(withBucket(account, nodes), { principal, action: 's3:GetObject', resource: object })).toBe(expected)
  })

  it('the principal’s account does not bring RCPs: the resource’s does', () => {
    // b sits under the RCP; the bucket is in A, which does not.
    const result = sim(withBucket(A, { team: { rcps: ['OrgOnly'] } }), {
      principal: who.b,
      action: 's3:GetObject',
      resource: object,
    })
    expect(result.trace.policyTypes.filter((t) => t.type === 'rcp').flatMap((t) => t.policies)).toEqual([])
  })

  it.each([
    ['s3:GetObject', object, true],
    ['sqs:SendMessage', `arn:aws:sqs:us-east-1:${B}:queue`, true],
    ['kms:Decrypt', `arn:aws:kms:us-east-1:${B}:key/k`, true],
    ['sts:AssumeRole', `arn:aws:iam::${B}:role/r`, true],
    ['secretsmanager:GetSecretValue', `arn:aws:secretsmanager:us-east-1:${B}:secret:s`, true],
    ['sns:Publish', `arn:aws:sns:us-east-1:${B}:topic`, false],
    ['ec2:StartInstances', `arn:aws:ec2:us-east-1:${B}:instance/i-1`, false],
    ['s3:ListAllMyBuckets', '*', false],
  ])('%s on %s has RCP levels: %s', (action, resource, expected) => {
    const result = sim(withBucket(B, { team: { rcps: ['OrgOnly'] } }), { principal: who.b, action, resource })
    expect(result.trace.policyTypes.some((t) => t.type === 'rcp')).toBe(expected)
  })

  it('labels RCPs with the node they are attached to', () => {
    const result = sim(withBucket(B, { team: { rcps: ['OrgOnly'] } }), {
      principal: who.a,
      action: 's3:GetObject',
      resource: object,
    })
    expect(result.sources['rcp[2][0]']).toMatchObject({
      kind: 'rcp',
      label: 'RCP OrgOnly attached to OU Team',
      policyName: 'OrgOnly',
    })
  })
})
