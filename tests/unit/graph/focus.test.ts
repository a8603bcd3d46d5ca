// focusGraph and filterGraph: what reaches one principal, with the path it comes along; hiding kinds of node.
import { describe, expect, it } from 'vitest'
import { buildGraph, filterGraph, focusGraph } from '../../../src/engine/index'
import { allow, policy } from '../../helpers/policy'
import { A, B, MGMT, org, scenario, trust } from '../../helpers/scenario'
import { edgeLines, library, nodeIds } from './support'

describe('focusGraph', () => {
  const teams = buildGraph(library('company-teams'))

  it('keeps what reaches a user: groups, their policies, its account, the roles it may assume', () => {
    const f = focusGraph(teams, `user:${A}/minho`)!
    expect(nodeIds(f)).toEqual([
      `account:${A}`,
      `group:${A}/BE1`,
      `group:${A}/DEV1`,
      `inline:group:${A}/BE1/AllowAssumeS3ConfigTempRole`,
      `policy:arn:aws:iam::${A}:policy/BackendStandard`,
      'policy:arn:aws:iam::aws:policy/IAMUserChangePassword',
      `role:${A}/S3ConfigTempRole`,
      `user:${A}/minho`,
    ])
    const path = (id: string) => f.nodes.find((n) => n.id === id)?.path
    expect(path(`policy:arn:aws:iam::${A}:policy/BackendStandard`)).toEqual([
      `user:${A}/minho`,
      `group:${A}/BE1`,
      `policy:arn:aws:iam::${A}:policy/BackendStandard`,
    ])
    expect(path(`role:${A}/S3ConfigTempRole`)).toEqual([`user:${A}/minho`, `role:${A}/S3ConfigTempRole`])
    // Other users of the same groups are not part of what reaches minho.
    expect(nodeIds(f)).not.toContain(`user:${A}/seoyeon`)
    expect(edgeLines(f, 'in-account')).toEqual([`user:${A}/minho -in-account-> account:${A}`])
    // Edges among the nodes kept: the account trusts the role minho may assume.
    expect(edgeLines(f, 'trusts', 'can-assume')).toEqual([
      `account:${A} -trusts-> role:${A}/S3ConfigTempRole`,
      `user:${A}/minho -can-assume-> role:${A}/S3ConfigTempRole`,
    ])
  })

  it('keeps who may assume a role, its policies, and the resources that name it or run as it', () => {
    const g = buildGraph(
      scenario({
        users: [{ name: 'alice', inlinePolicies: [{ name: 'a', document: policy(allow('sts:AssumeRole')) }] }],
        roles: [
          {
            name: 'App',
            trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/alice`, Service: 'lambda.amazonaws.com' }),
            managedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
          },
        ],
        resources: [
          { arn: `arn:aws:lambda:us-east-1:${A}:function:fn`, executionRole: 'App' },
          {
            arn: 'arn:aws:s3:::data',
            policy: policy(allow('s3:GetObject', '*', { Principal: { AWS: `arn:aws:iam::${A}:role/App` } })),
          },
          { arn: 'arn:aws:s3:::unrelated', policy: policy(allow('s3:GetObject', '*', { Principal: '*' })) },
        ],
      }),
    )
    const f = focusGraph(g, `role:${A}/App`)!
    expect(nodeIds(f)).toEqual([
      `account:${A}`,
      'policy:arn:aws:iam::aws:policy/ReadOnlyAccess',
      'resource-policy:arn:aws:s3:::data',
      `resource:arn:aws:lambda:us-east-1:${A}:function:fn`,
      'resource:arn:aws:s3:::data',
      `role:${A}/App`,
      'service:lambda.amazonaws.com',
      `user:${A}/alice`,
    ])
    expect(f.nodes.find((n) => n.id === 'resource:arn:aws:s3:::data')?.path).toEqual([
      `role:${A}/App`,
      'resource-policy:arn:aws:s3:::data',
      'resource:arn:aws:s3:::data',
    ])
  })

  it('follows the SCP path of the account, and leaves SCPs out for the management account', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }, { id: MGMT }],
      organization: org(
        { dev: { scps: ['FullAWSAccess', 'Guard'] } },
        { policies: [{ name: 'Guard', type: 'scp', document: policy(allow('*')) }] },
      ),
      users: [
        { name: 'dev', account: B },
        { name: 'boss', account: MGMT },
      ],
    })
    const g = buildGraph(s)
    const dev = focusGraph(g, `user:${B}/dev`)!
    expect(nodeIds(dev)).toEqual([
      `account:${B}`,
      'ou:ou-root-dev00000',
      'ou:ou-root-team0000',
      'ou:r-root',
      'scp:FullAWSAccess',
      'scp:Guard',
      `user:${B}/dev`,
    ])
    expect(dev.nodes.find((n) => n.id === 'scp:Guard')?.path).toEqual([
      `user:${B}/dev`,
      `account:${B}`,
      'ou:ou-root-team0000',
      'ou:ou-root-dev00000',
      'scp:Guard',
    ])
    const boss = focusGraph(g, `user:${MGMT}/boss`)!
    expect(nodeIds(boss)).toEqual([`account:${MGMT}`, 'ou:r-root', `user:${MGMT}/boss`])
    expect(edgeLines(boss, 'scp')).toEqual([])
  })

  it('is undefined for anything but a user or role of the graph', () => {
    expect(focusGraph(teams, `group:${A}/BE1`)).toBeUndefined()
    expect(focusGraph(teams, 'user:000000000000/nobody')).toBeUndefined()
  })
})

describe('filterGraph', () => {
  const teams = buildGraph(library('company-teams'))

  it('drops the nodes of hidden kinds with their edges', () => {
    const f = filterGraph(teams, ['group', 'aws-policy'])
    expect(f.nodes.some((n) => n.kind === 'group' || n.kind === 'aws-policy')).toBe(false)
    expect(f.nodes.length).toBe(teams.nodes.filter((n) => n.kind !== 'group' && n.kind !== 'aws-policy').length)
    expect(edgeLines(f, 'member-of')).toEqual([])
    const ids = new Set(f.nodes.map((n) => n.id))
    for (const e of f.edges) expect(ids.has(e.from) && ids.has(e.to)).toBe(true)
    expect(edgeLines(f, 'can-assume')).toEqual(edgeLines(teams, 'can-assume'))
  })

  it('keeps the node asked for, and returns the graph itself when nothing is hidden', () => {
    const f = filterGraph(teams, ['user'], `user:${A}/minho`)
    expect(f.nodes.filter((n) => n.kind === 'user').map((n) => n.id)).toEqual([`user:${A}/minho`])
    expect(filterGraph(teams, [])).toBe(teams)
  })
})
