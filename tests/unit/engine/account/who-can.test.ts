// Who can do X to Y: users, roles (as sessions of themselves) and account roots that are allowed, plus the roles
// each principal reaches through chains of `sts:AssumeRole`, with the shortest path that reaches them.
import { describe, expect, it } from 'vitest'
import { simulate, whoCan, type WhoCanEntry } from '../../../../src/engine/index'
import type { Scenario } from '../../../../src/engine/scenario/model'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, B, MGMT, inline, org, role, scenario, session, trust } from '../../../helpers/scenario'

const BUCKET = 'arn:aws:s3:::vault'
const OBJ = `${BUCKET}/gold.bar`
const roleArn = (name: string, account = A) => `arn:aws:iam::${account}:role/${name}`
const sessionOf = (name: string, account = A) => `arn:aws:sts::${account}:assumed-role/${name}/${name}`

const base = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'alice', inlinePolicies: [inline('Hop', 'sts:AssumeRole', roleArn('Dev'))] },
    { name: 'bob', inlinePolicies: [inline('Read', 's3:GetObject')] },
    { name: 'carol' },
    { name: 'dan', account: B, inlinePolicies: [inline('Cross', 'sts:AssumeRole', roleArn('Dev'))] },
  ],
  roles: [
    {
      name: 'Dev',
      trustPolicy: trust({ AWS: [`arn:aws:iam::${A}:root`, `arn:aws:iam::${B}:root`] }),
      inlinePolicies: [inline('Next', 'sts:AssumeRole', roleArn('Prod'))],
    },
    { name: 'Prod', trustPolicy: trust({ AWS: roleArn('Dev') }), inlinePolicies: [inline('S3', 's3:*')] },
    { name: 'Loop', trustPolicy: trust({ AWS: roleArn('Prod') }), inlinePolicies: [inline('Back', 'sts:AssumeRole')] },
    { name: 'Ops', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/alice` }) },
  ],
  resources: [
    {
      arn: BUCKET,
      policy: policy(allow('s3:GetObject', `${BUCKET}/*`, { Principal: { AWS: `arn:aws:iam::${A}:user/carol` } })),
    },
  ],
})

const paths = (entries: WhoCanEntry[]) => entries.map((e) => e.path.join(' → ')).sort()

describe(whoCan, () => {
  it('lists direct principals and the roles chains reach', () => {
    expect(paths(whoCan(base, { action: 's3:DeleteObject', resource: OBJ }))).toEqual(
      [
        'role/Dev → role/Prod',
        'role/Loop → role/Dev → role/Prod',
        'role/Prod',
        'root',
        'user/dan (444455556666) → role/Dev → role/Prod',
        'user/alice → role/Dev → role/Prod',
      ].sort(),
    )
  })

  it.each([
    ['s3:GetObject', ['user/bob', 'user/carol', 'role/Prod']],
    ['s3:PutObject', ['role/Prod']],
    ['ec2:RunInstances', []],
  ])('the principals allowed %s directly', (action, direct) => {
    const entries = whoCan(base, { action, resource: action.startsWith('s3') ? OBJ : '*' })
    const own = entries.filter((e) => e.path.length === 1 && e.kind !== 'root').map((e) => e.path[0])
    expect(own.sort()).toEqual([...direct].sort())
  })

  it('gives principal ARNs, kinds and the decision', () => {
    const entries = whoCan(base, { action: 's3:DeleteObject', resource: OBJ })
    expect(entries.find((e) => e.path.join() === 'user/alice,role/Dev,role/Prod')).toEqual({
      principal: sessionOf('Prod'),
      kind: 'role',
      path: ['user/alice', 'role/Dev', 'role/Prod'],
      decision: 'Allow',
    })
    expect(entries.find((e) => e.kind === 'root')).toEqual({
      principal: `arn:aws:iam::${A}:root`,
      kind: 'root',
      path: ['root'],
      decision: 'Allow',
    })
  })

  it('agrees with simulate for every principal listed directly', () => {
    for (const action of ['s3:GetObject', 's3:DeleteObject']) {
      const listed = new Set(
        whoCan(base, { action, resource: OBJ })
          .filter((e) => e.path.length === 1)
          .map((e) => e.principal),
      )
      const everyone = [
        ...base.users!.map((u) => `arn:aws:iam::${u.account ?? A}:user/${u.name}`),
        ...base.roles!.map((r) => sessionOf(r.name, r.account ?? A)),
        `arn:aws:iam::${A}:root`,
        `arn:aws:iam::${B}:root`,
      ]
      // whoCan asks as fresh sessions of the roles; simulate answers only sessions the scenario issued.
      const sessions = base.roles!.map((r) => session(r.name, r.name))
      for (const principal of everyone) {
        expect(
          simulate(base, { principal, action, resource: OBJ }, { sessions }).decision === 'Allow',
          `${action} ${principal}`,
        ).toBe(listed.has(principal))
      }
    }
  })

  it('follows the shortest path and stops at cycles', () => {
    const entries = whoCan(base, { action: 's3:DeleteObject', resource: OBJ })
    const fromLoop = entries.filter((e) => e.path[0] === 'role/Loop')
    expect(fromLoop.map((e) => e.path)).toEqual([['role/Loop', 'role/Dev', 'role/Prod']])
  })

  it.each([
    [1, ['role/Dev → role/Prod', 'role/Prod', 'root']],
    [2, ['role/Dev → role/Prod', 'role/Prod', 'root', 'user/alice → role/Dev → role/Prod']],
  ])('maxDepth %i limits the hops', (maxDepth, expected) => {
    const s: Scenario = {
      ...base,
      users: base.users!.filter((u) => u.name === 'alice'),
      roles: base.roles!.filter((r) => r.name !== 'Loop'),
    }
    expect(paths(whoCan(s, { action: 's3:DeleteObject', resource: OBJ }, { maxDepth }))).toEqual(expected)
  })

  it('a trust policy naming the principal needs no identity allow in the same account', () => {
    const s: Scenario = {
      ...base,
      roles: [
        ...base.roles!,
        {
          name: 'Direct',
          trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/carol` }),
          inlinePolicies: [inline('Put', 's3:PutObject')],
        },
      ],
    }
    expect(
      paths(whoCan(s, { action: 's3:PutObject', resource: OBJ })).filter((p) => p.startsWith('user/carol')),
    ).toEqual(['user/carol → role/Direct'])
  })

  it('a trust policy naming the account needs an identity allow', () => {
    const entries = whoCan(base, { action: 's3:DeleteObject', resource: OBJ })
    expect(entries.some((e) => e.path[0] === 'user/bob' || e.path[0] === 'user/carol')).toBe(false)
  })

  it('uses the environment for every hop', () => {
    const s: Scenario = {
      ...base,
      roles: base.roles!.map((r) =>
        r.name === 'Dev'
          ? {
              ...r,
              trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
                Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
              }),
            }
          : r,
      ),
    }
    const reach = (mfa: boolean) =>
      paths(whoCan(s, { action: 's3:DeleteObject', resource: OBJ, environment: { mfa } })).filter((p) =>
        p.startsWith('user/alice'),
      )
    expect(reach(false)).toEqual([])
    expect(reach(true)).toEqual(['user/alice → role/Dev → role/Prod'])
  })

  it('applies SCPs: a member account’s principals are limited, the management account’s are not', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: MGMT }],
      organization: org(
        { dev: { scps: ['NoS3'] } },
        { policies: [{ name: 'NoS3', type: 'scp', document: policy(allow('*'), deny('s3:*')) }] },
      ),
      users: [
        { name: 'a', inlinePolicies: [inline('All', '*')] },
        { name: 'm', account: MGMT, inlinePolicies: [inline('All', '*')] },
      ],
    })
    expect(paths(whoCan(s, { action: 's3:GetObject', resource: OBJ }))).toEqual([
      'root (999988887777)',
      'user/m (999988887777)',
    ])
  })

  it('an explicit deny removes a principal', () => {
    const s: Scenario = {
      ...base,
      roles: base.roles!.map((r) =>
        r.name === 'Prod'
          ? { ...r, inlinePolicies: [...r.inlinePolicies!, { name: 'No', document: policy(deny('s3:DeleteObject')) }] }
          : r,
      ),
    }
    expect(paths(whoCan(s, { action: 's3:DeleteObject', resource: OBJ }))).toEqual(['root'])
  })

  it('passes request context to the question, not to the hops', () => {
    const s: Scenario = {
      ...base,
      users: [
        {
          name: 'tagger',
          inlinePolicies: [
            {
              name: 'T',
              document: policy(
                allow('s3:PutObject', '*', { Condition: { StringEquals: { 'aws:RequestTag/p': 'x' } } }),
              ),
            },
          ],
        },
      ],
      roles: [],
    }
    const ask = (context?: Record<string, string>) =>
      paths(whoCan(s, { action: 's3:PutObject', resource: OBJ, ...(context && { context }) })).filter((p) =>
        p.startsWith('user'),
      )
    expect(ask()).toEqual([])
    expect(ask({ 'aws:RequestTag/p': 'x' })).toEqual(['user/tagger'])
  })

  it('is fast enough for a few hundred principals in a test run', () => {
    const many = scenario({
      users: Array.from({ length: 300 }, (_, i) => ({
        name: `u${i}`,
        inlinePolicies: [inline('Hop', 'sts:AssumeRole', roleArn(`r${i % 30}`))],
      })),
      roles: Array.from({ length: 30 }, (_, i) =>
        role(`r${i}`, { inlinePolicies: [inline('S3', i % 2 ? 's3:GetObject' : 'ec2:*')] }),
      ),
    })
    const entries = whoCan(many, { action: 's3:GetObject', resource: OBJ })
    expect(entries.filter((e) => e.path.length === 2)).toHaveLength(150)
  })
})
