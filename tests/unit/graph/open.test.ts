// nodeTarget: what selecting a node opens — the entity in the explorer, and the policy kept inside it in the editor.
import { describe, expect, it } from 'vitest'
import { buildGraph, type GraphNode } from '../../../src/engine/index'
import { nodeTarget } from '../../../src/lib/graph/open'
import { A, B, org, scenario } from '../../helpers/scenario'
import { library } from './support'

describe('nodeTarget', () => {
  const teams = library('company-teams')
  const graph = buildGraph(teams)
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!

  it('selects users, groups, roles and customer policies in their account', () => {
    expect(nodeTarget(teams, node(`user:${A}/minho`))).toEqual({
      selection: { kind: 'user', name: 'minho', account: A },
    })
    expect(nodeTarget(teams, node(`policy:arn:aws:iam::${A}:policy/BackendStandard`))).toEqual({
      selection: { kind: 'policy', name: 'BackendStandard', account: A },
    })
  })

  it('opens an inline policy in the editor, with its owner selected', () => {
    expect(nodeTarget(teams, node(`inline:group:${A}/BE1/AllowAssumeS3ConfigTempRole`))).toEqual({
      selection: { kind: 'group', name: 'BE1', account: A },
      policy: { slot: 'inline', owner: 'group', identity: 'BE1', name: 'AllowAssumeS3ConfigTempRole' },
    })
  })

  it('names an identity of another account by ARN for the editor', () => {
    const s = scenario({
      accounts: [{ id: A }, { id: B }],
      users: [{ name: 'bob', account: B, inlinePolicies: [{ name: 'p', document: '{}' }] }],
    })
    const inline = buildGraph(s).nodes.find((n) => n.kind === 'inline-policy')!
    expect(nodeTarget(s, inline)?.policy).toEqual({
      slot: 'inline',
      owner: 'user',
      identity: `arn:aws:iam::${B}:user/bob`,
      name: 'p',
    })
  })

  it('opens resource and organization policies in the editor', () => {
    const s = library('cross-account-s3')
    const policy = buildGraph(s).nodes.find((n) => n.kind === 'resource-policy')!
    expect(nodeTarget(s, policy)).toEqual({
      selection: { kind: 'resource', name: 'arn:aws:s3:::b-shared-reports' },
      policy: { slot: 'resource', arn: 'arn:aws:s3:::b-shared-reports' },
    })
    const withOrg = scenario({
      accounts: [{ id: A }, { id: B }, { id: '999988887777' }],
      organization: org({}, { policies: [{ name: 'Guard', type: 'scp', document: '{}' }] }),
    })
    const scp = buildGraph(withOrg).nodes.find((n) => n.id === 'scp:Guard')!
    expect(nodeTarget(withOrg, scp)).toEqual({
      selection: { kind: 'org-policy', name: 'Guard' },
      policy: { slot: 'org', name: 'Guard' },
    })
  })

  it('opens nothing for what the scenario does not hold', () => {
    const none = (n: GraphNode) => nodeTarget(teams, n)
    expect(none(node('policy:arn:aws:iam::aws:policy/AmazonS3FullAccess'))).toBeUndefined() // bundled
    expect(none(node(`account:${A}`))).toBeUndefined()
    const ghost = buildGraph(scenario({ users: [{ name: 'u', groups: ['ghost'] }] })).nodes.find((n) => n.external)!
    expect(nodeTarget(teams, ghost)).toBeUndefined()
  })
})
