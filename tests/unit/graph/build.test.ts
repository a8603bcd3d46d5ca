// buildGraph: the nodes and edges of the library's scenarios and of small hand-made ones, edge by edge.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/scenario/model'
import { buildGraph, EDGE_KINDS, NODE_KINDS, parseScenario } from '../../../src/engine/index'
import { allow, deny, policy } from '../../helpers/policy'
import { largeGraphScenario } from '../../helpers/graph-scenario'
import { A, B, MGMT, org, role, scenario, trust } from '../../helpers/scenario'
import { edgeLines, library, nodeIds } from './support'

const ALLOW_ASSUME = { name: 'assume', document: policy(allow('sts:AssumeRole', '*')) }

describe('buildGraph on the library', () => {
  const teams = buildGraph(library('company-teams'))

  it('joins users to their groups and groups to their policies', () => {
    expect(edgeLines(teams, 'member-of').filter((l) => l.startsWith(`user:${A}/minho`))).toEqual([
      `user:${A}/minho -member-of-> group:${A}/BE1`,
      `user:${A}/minho -member-of-> group:${A}/DEV1`,
    ])
    expect(edgeLines(teams, 'attached', 'inline').filter((l) => l.startsWith(`group:${A}/BE1 `))).toEqual([
      `group:${A}/BE1 -attached-> policy:arn:aws:iam::${A}:policy/BackendStandard`,
      `group:${A}/BE1 -inline-> inline:group:${A}/BE1/AllowAssumeS3ConfigTempRole`,
    ])
    const aws = teams.nodes.find((n) => n.id === 'policy:arn:aws:iam::aws:policy/AmazonS3FullAccess')
    expect(aws).toMatchObject({ kind: 'aws-policy', label: 'AmazonS3FullAccess' })
    expect(aws?.entity).toBeUndefined() // bundled: nothing in the scenario to open
    const customer = teams.nodes.find((n) => n.id === `policy:arn:aws:iam::${A}:policy/BackendStandard`)
    expect(customer).toMatchObject({
      kind: 'customer-policy',
      entity: { kind: 'policy', name: 'BackendStandard', account: A },
    })
  })

  it('decides who may assume each role by simulating sts:AssumeRole', () => {
    // EC2FullAccessRole names developer-a; S3ConfigTempRole trusts the account and only BE1's policy allows it.
    expect(edgeLines(teams, 'can-assume')).toEqual([
      `user:${A}/developer-a -can-assume-> role:${A}/EC2FullAccessRole`,
      `user:${A}/minho -can-assume-> role:${A}/S3ConfigTempRole`,
      `user:${A}/seoyeon -can-assume-> role:${A}/S3ConfigTempRole`,
    ])
    // The trust policy's own principal: the account (developer-a is covered by the can-assume edge).
    expect(edgeLines(teams, 'trusts')).toEqual([`account:${A} -trusts-> role:${A}/S3ConfigTempRole`])
  })

  it('draws the organization path with the SCPs at each level', () => {
    const g = buildGraph(library('scp-region-lock'))
    expect(edgeLines(g, 'part-of')).toEqual([
      'account:111122223333 -part-of-> ou:r-a1b2',
      'account:444455556666 -part-of-> ou:ou-a1b2-11111111',
      'account:777788889999 -part-of-> ou:ou-a1b2-22222222',
      'ou:ou-a1b2-11111111 -part-of-> ou:r-a1b2',
      'ou:ou-a1b2-22222222 -part-of-> ou:r-a1b2',
    ])
    expect(edgeLines(g, 'scp')).toEqual([
      'account:444455556666 -scp-> scp:FullAWSAccess',
      'account:777788889999 -scp-> scp:FullAWSAccess',
      'ou:ou-a1b2-11111111 -scp-> scp:FullAWSAccess',
      'ou:ou-a1b2-22222222 -scp-> scp:FullAWSAccess',
      'ou:ou-a1b2-22222222 -scp-> scp:SandboxSeoulOnly',
      'ou:r-a1b2 -scp-> scp:DenyOutsideAllowedRegions',
      'ou:r-a1b2 -scp-> scp:FullAWSAccess',
    ])
    expect(g.nodes.find((n) => n.id === 'account:111122223333')).toMatchObject({ management: true })
    expect(g.nodes.find((n) => n.id === 'scp:SandboxSeoulOnly')?.entity).toEqual({
      kind: 'org-policy',
      name: 'SandboxSeoulOnly',
    })
  })

  it('draws resource policies and the principals they name, and services trusted by roles', () => {
    const g = buildGraph(library('cross-account-s3'))
    const bucket = 'arn:aws:s3:::b-shared-reports'
    expect(edgeLines(g, 'resource-policy', 'grants', 'denies')).toEqual([
      `resource-policy:${bucket} -denies-> external:AWS:* ?`,
      `resource-policy:${bucket} -grants-> role:${A}/Auditor`,
      `resource-policy:${bucket} -grants-> role:${A}/ReportReader`,
      `resource-policy:${bucket} -grants-> role:${B}/ReportPublisher`,
      `resource:${bucket} -resource-policy-> resource-policy:${bucket}`,
    ])
    expect(edgeLines(g, 'trusts')).toContain(`service:ec2.amazonaws.com -trusts-> role:${A}/ReportReader`)
    expect(g.nodes.find((n) => n.id === 'service:ec2.amazonaws.com')).toMatchObject({ kind: 'service' })
  })

  it('marks a trust with conditions, and draws no can-assume edge the conditions refuse', () => {
    const g = buildGraph(library('cross-account-role-external-id'))
    // The vendor's account is trusted only with the external ID: no one assumes it without passing one.
    expect(edgeLines(g, 'trusts', 'can-assume')).toEqual([
      `account:${B} -trusts-> role:${A}/VendorMonitoringRole ?`,
      `service:ecs-tasks.amazonaws.com -trusts-> role:${B}/VendorIntegration`,
    ])
  })

  it('draws permissions boundaries', () => {
    const g = buildGraph(library('permissions-boundary'))
    expect(edgeLines(g, 'boundary')).toEqual([
      `role:${A}/payments-lambda -boundary-> policy:arn:aws:iam::${A}:policy/DeveloperBoundary`,
      `user:${A}/app-dev -boundary-> policy:arn:aws:iam::${A}:policy/DeveloperBoundary`,
    ])
  })

  it('builds every library scenario with unique IDs and edges between its own nodes', () => {
    for (const id of ['abac-tags', 'console-walkthrough', 'least-privilege-steps', 'mfa-required', 'policy-examples']) {
      const g = buildGraph(library(id))
      const ids = new Set(g.nodes.map((n) => n.id))
      expect(ids.size).toBe(g.nodes.length)
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length)
      for (const e of g.edges) {
        expect(ids.has(e.from) && ids.has(e.to)).toBe(true)
        expect(EDGE_KINDS).toContain(e.kind)
      }
      for (const n of g.nodes) expect(NODE_KINDS).toContain(n.kind)
    }
  })
})

describe('buildGraph on hand-made scenarios', () => {
  it('keeps references the scenario does not define, marked external', () => {
    const g = buildGraph(scenario({ users: [{ name: 'alice', groups: ['ghosts'], managedPolicies: ['Missing'] }] }))
    expect(g.nodes.find((n) => n.id === `group:${A}/ghosts`)).toMatchObject({ kind: 'group', external: true })
    expect(g.nodes.find((n) => n.id === `policy:${A}/Missing`)).toMatchObject({
      kind: 'customer-policy',
      external: true,
    })
    expect(edgeLines(g)).toEqual([
      `user:${A}/alice -attached-> policy:${A}/Missing`,
      `user:${A}/alice -member-of-> group:${A}/ghosts`,
    ])
  })

  it('leaves out can-assume when an SCP or a boundary refuses sts:AssumeRole, keeping the trust', () => {
    const base: Partial<Scenario> = {
      accounts: [{ id: A }, { id: B }, { id: MGMT }],
      users: [{ name: 'dev', account: B, inlinePolicies: [ALLOW_ASSUME] }],
      roles: [{ name: 'Target', account: B, trustPolicy: trust({ AWS: `arn:aws:iam::${B}:user/dev` }) }],
    }
    expect(edgeLines(buildGraph(scenario(base)), 'can-assume', 'trusts')).toEqual([
      `user:${B}/dev -can-assume-> role:${B}/Target`,
    ])
    const scp = scenario({
      ...base,
      organization: org(
        { team: { scps: ['FullAWSAccess', 'NoAssume'] } },
        { policies: [{ name: 'NoAssume', type: 'scp', document: policy(deny('sts:AssumeRole')) }] },
      ),
    })
    expect(edgeLines(buildGraph(scp), 'can-assume', 'trusts')).toEqual([`user:${B}/dev -trusts-> role:${B}/Target`])
    // A boundary limits what identity policies allow, and a trust policy even when it names the user (IAM User
    // Guide, "Update a role trust policy": the boundary must allow sts:AssumeRole); a trust naming the account needs
    // the identity side, which the boundary cuts off too.
    const bounded = (principal: string) =>
      scenario({
        ...base,
        users: [{ name: 'dev', account: B, inlinePolicies: [ALLOW_ASSUME], permissionsBoundary: 'OnlyS3' }],
        roles: [{ name: 'Target', account: B, trustPolicy: trust({ AWS: principal }) }],
        policies: [
          { name: 'OnlyS3', account: B, versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:*')) }] },
        ],
      })
    expect(edgeLines(buildGraph(bounded(`arn:aws:iam::${B}:user/dev`)), 'can-assume', 'trusts')).toEqual([
      `user:${B}/dev -trusts-> role:${B}/Target`,
    ])
    expect(edgeLines(buildGraph(bounded(`arn:aws:iam::${B}:root`)), 'can-assume', 'trusts')).toEqual([
      `account:${B} -trusts-> role:${B}/Target`,
    ])
  })

  it('needs the identity side when the trust names only the account, across accounts too', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }],
      users: [
        { name: 'allowed', account: B, inlinePolicies: [ALLOW_ASSUME] },
        { name: 'bare', account: B },
        { name: 'home', inlinePolicies: [ALLOW_ASSUME] },
      ],
      roles: [{ name: 'Shared', trustPolicy: trust({ AWS: B }) }],
    })
    expect(edgeLines(buildGraph(s), 'can-assume', 'trusts')).toEqual([
      `account:${B} -trusts-> role:${A}/Shared`,
      `user:${B}/allowed -can-assume-> role:${A}/Shared`,
    ])
  })

  it('lets roles assume roles (chaining), but draws nothing for a role trusting itself', () => {
    const s = scenario({
      roles: [
        role('Hop', { inlinePolicies: [ALLOW_ASSUME] }),
        role('Self', { trustPolicy: trust({ AWS: `arn:aws:iam::${A}:role/Self` }), inlinePolicies: [ALLOW_ASSUME] }),
      ],
    })
    // Hop trusts the account, so Self (allowed by its policy) may assume it; Self trusts only itself.
    expect(edgeLines(buildGraph(s), 'can-assume', 'trusts')).toEqual([
      `account:${A} -trusts-> role:${A}/Hop`,
      `role:${A}/Self -can-assume-> role:${A}/Hop`,
    ])
  })

  it('reads Principal "*" and outside principals, and ignores NotPrincipal', () => {
    const s = scenario({
      users: [{ name: 'alice' }],
      resources: [
        {
          arn: 'arn:aws:s3:::open',
          policy: policy(
            allow('s3:GetObject', 'arn:aws:s3:::open/*', { Principal: '*' }),
            allow('s3:PutObject', 'arn:aws:s3:::open/*', { Principal: { AWS: 'arn:aws:iam::999999999999:user/eve' } }),
            deny('s3:*', '*', { NotPrincipal: { AWS: `arn:aws:iam::${A}:user/alice` } }),
          ),
        },
      ],
    })
    const g = buildGraph(s)
    expect(edgeLines(g, 'grants', 'denies')).toEqual([
      'resource-policy:arn:aws:s3:::open -grants-> external:AWS:*',
      'resource-policy:arn:aws:s3:::open -grants-> external:AWS:arn:aws:iam::999999999999:user/eve',
    ])
    expect(g.nodes.find((n) => n.id === 'external:AWS:arn:aws:iam::999999999999:user/eve')).toMatchObject({
      kind: 'external',
      label: 'user/eve',
      account: '999999999999',
      external: true,
    })
  })

  it('joins functions and instances to the roles they run as', () => {
    const s = scenario({
      roles: [
        { name: 'fn-role', trustPolicy: trust({ Service: 'lambda.amazonaws.com' }) },
        { name: 'web-role', trustPolicy: trust({ Service: 'ec2.amazonaws.com' }), instanceProfiles: ['web'] },
      ],
      resources: [
        { arn: `arn:aws:lambda:us-east-1:${A}:function:fn`, executionRole: 'fn-role' },
        { arn: `arn:aws:ec2:us-east-1:${A}:instance/i-1`, instanceProfile: 'web' },
      ],
    })
    expect(edgeLines(buildGraph(s), 'runs-as')).toEqual([
      `resource:arn:aws:ec2:us-east-1:${A}:instance/i-1 -runs-as-> role:${A}/web-role`,
      `resource:arn:aws:lambda:us-east-1:${A}:function:fn -runs-as-> role:${A}/fn-role`,
    ])
  })

  it('does not link the management account to SCPs at the account level, and keeps it in the tree', () => {
    const s = scenario({ accounts: [{ id: A }, { id: B }, { id: MGMT }], organization: org() })
    const g = buildGraph(s)
    expect(edgeLines(g, 'part-of')).toContain(`account:${MGMT} -part-of-> ou:r-root`)
    expect(edgeLines(g, 'scp').filter((l) => l.startsWith('account:'))).toEqual([
      `account:${A} -scp-> scp:FullAWSAccess`,
      `account:${B} -scp-> scp:FullAWSAccess`,
    ])
  })

  it('links an account to the SCPs and RCPs attached to it directly', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }, { id: MGMT }],
      organization: org(
        {},
        {
          policies: [
            { name: 'NoDelete', type: 'scp', document: policy(deny('s3:DeleteBucket', '*')) },
            { name: 'Guard', type: 'rcp', document: { ...policy(deny('s3:*', '*')) } },
          ],
          accountPolicies: [{ account: B, scps: ['NoDelete'], rcps: ['Guard'] }],
        },
      ),
    })
    const g = buildGraph(s)
    expect(edgeLines(g, 'scp').filter((l) => l.startsWith('account:'))).toEqual([
      `account:${A} -scp-> scp:FullAWSAccess`,
      `account:${B} -scp-> scp:NoDelete`,
    ])
    expect(edgeLines(g, 'rcp')).toEqual([`account:${B} -rcp-> rcp:Guard`])
  })

  it('draws nothing from a policy AWS would reject', () => {
    const bad = { ...trust({ AWS: `arn:aws:iam::${A}:user/alice` }), Bogus: 1 }
    const s = scenario({
      users: [{ name: 'alice' }],
      roles: [{ name: 'Bad', trustPolicy: bad }],
      resources: [{ arn: 'arn:aws:s3:::b', policy: { ...policy(allow('s3:*', '*', { Principal: '*' })), Bogus: 1 } }],
    })
    expect(edgeLines(buildGraph(s), 'can-assume', 'trusts', 'grants')).toEqual([])
    // The same policies without the stray element do name their principals.
    const good = scenario({
      users: [{ name: 'alice' }],
      roles: [{ name: 'Bad', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/alice` }) }],
      resources: [{ arn: 'arn:aws:s3:::b', policy: policy(allow('s3:*', '*', { Principal: '*' })) }],
    })
    expect(edgeLines(buildGraph(good), 'can-assume', 'trusts', 'grants')).toHaveLength(2)
  })

  it('reads policies written as text, and survives text that is not JSON', () => {
    const s = scenario({
      users: [{ name: 'alice' }],
      roles: [
        { name: 'Text', trustPolicy: JSON.stringify(trust({ AWS: `arn:aws:iam::${A}:user/alice` })) },
        { name: 'Broken', trustPolicy: '{ "Statement": [' },
      ],
    })
    expect(edgeLines(buildGraph(s), 'can-assume', 'trusts')).toEqual([`user:${A}/alice -can-assume-> role:${A}/Text`])
  })

  it('has about 500 nodes for the generated scenario, which the parser accepts', { timeout: 30_000 }, () => {
    const parsed = parseScenario(largeGraphScenario())
    expect(parsed.ok).toBe(true)
    const g = buildGraph(largeGraphScenario())
    expect(g.nodes.length).toBeGreaterThanOrEqual(500)
    expect(nodeIds(g)).toEqual([...new Set(nodeIds(g))])
  })
})
