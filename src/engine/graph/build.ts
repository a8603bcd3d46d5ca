// The inheritance graph of a scenario: who belongs to what, which policies reach whom, who may assume which role,
// the organization's SCP and RCP path, and the resources with the principals their policies name.
import { accountOf, groupArn, policyArn, roleArn, userArn } from '../scenario/arns'
import { findGroup, findManagedPolicy } from '../scenario/lookup'
import {
  FULL_AWS_ACCESS_NAME,
  isAwsManagedCopy,
  type InlinePolicy,
  type OrgNode,
  RCP_FULL_AWS_ACCESS_NAME,
  type Resource,
  type Scenario,
} from '../scenario/model'
import { parseArn } from '../match/arn'
import { parsePolicy } from '../policy/parse'
import { GraphBuilder, ids } from './builder'
import { accountNode, principalNode } from './principals'
import { addAssumeEdges } from './trust'
import type { Graph } from './types'

/** The ARN of the AWS managed SCP attached everywhere by default. */
const FULL_AWS_ACCESS_ARN = 'arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess'
/** The ARN of the AWS managed RCP attached everywhere (it cannot be detached). */
const RCP_FULL_AWS_ACCESS_ARN = 'arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess'

/**
 * Builds the graph of a scenario that `parseScenario` accepted. Nodes: every account, the organization's root and
 * OUs, its SCPs and RCPs (with `FullAWSAccess` where a node lists no SCPs, as AWS attaches it by default), every
 * user, group, role, managed policy (the scenario's, plus the AWS managed ones attached), inline policy, resource and
 * resource policy, and the services and outside principals that policies name. Edges (see `EdgeKind`): membership,
 * attachment, inline policies, boundaries, role assumption (see `addAssumeEdges` for how it is decided), execution
 * roles, the organization path, and the principals resource policies name. A reference to something the scenario
 * does not define (a group, a managed policy) becomes a node marked `external`, so nothing is hidden. Which account
 * holds a user, role or resource is its `account` (an edge from each to its account would bury the picture;
 * `focusGraph` draws the focused principal's).
 */
export function buildGraph(scenario: Scenario): Graph {
  const graph = new GraphBuilder()
  const home = scenario.accounts[0]?.id ?? '000000000000'
  const management = scenario.organization?.managementAccount
  for (const a of scenario.accounts) {
    graph.node({
      id: ids.account(a.id),
      kind: 'account',
      label: a.alias ?? a.id,
      detail: a.id,
      account: a.id,
      ...(a.id === management && { management: true }),
    })
  }
  addOrganization(scenario, graph)

  for (const p of scenario.policies ?? []) {
    const aws = isAwsManagedCopy(p)
    const account = accountOf(scenario, p)
    const arn = policyArn(scenario, p)
    graph.node({
      id: ids.policy(arn),
      kind: aws ? 'aws-policy' : 'customer-policy',
      label: p.name,
      detail: arn,
      ...(!aws && { account }),
      entity: { kind: 'policy', name: p.name, account },
    })
  }
  /** The node of a managed policy reference, resolved as the engine resolves it. */
  const managed = (ref: string, account: string): string => {
    const found = findManagedPolicy(scenario, ref, account)
    if (found) {
      const id = ids.policy(found.arn)
      graph.node({
        id,
        kind: found.source === 'aws' ? 'aws-policy' : 'customer-policy',
        label: found.name,
        detail: found.arn,
      })
      return id
    }
    const id = ids.policy(ref.startsWith('arn:') ? ref : `${account}/${ref}`)
    const aws = ref.startsWith('arn:aws:iam::aws:')
    const label = ref.slice(ref.lastIndexOf('/') + 1)
    graph.node({ id, kind: aws ? 'aws-policy' : 'customer-policy', label, detail: ref, external: true })
    return id
  }
  const identity = (
    owner: 'user' | 'group' | 'role',
    id: string,
    entity: { name: string; managedPolicies?: string[]; inlinePolicies?: InlinePolicy[] },
    account: string,
  ) => {
    for (const ref of entity.managedPolicies ?? []) graph.edge('attached', id, managed(ref, account))
    for (const pol of entity.inlinePolicies ?? []) {
      const policy = graph.node({
        id: ids.inline(owner, account, entity.name, pol.name),
        kind: 'inline-policy',
        label: pol.name,
        detail: `${owner} ${entity.name} / ${pol.name}`,
        account,
        entity: { kind: owner, name: entity.name, account },
        inlinePolicy: pol.name,
      })
      graph.edge('inline', id, policy)
    }
  }

  for (const g of scenario.groups ?? []) {
    const account = accountOf(scenario, g)
    const id = graph.node({
      id: ids.group(account, g.name),
      kind: 'group',
      label: g.name,
      detail: groupArn(scenario, g),
      account,
      entity: { kind: 'group', name: g.name, account },
    })
    identity('group', id, g, account)
  }
  for (const u of scenario.users ?? []) {
    const account = accountOf(scenario, u)
    const id = graph.node({
      id: ids.user(account, u.name),
      kind: 'user',
      label: u.name,
      detail: userArn(scenario, u),
      account,
      entity: { kind: 'user', name: u.name, account },
    })
    for (const name of u.groups ?? []) {
      const group = findGroup(scenario, name, account)
      const to = ids.group(account, name)
      if (!group) graph.node({ id: to, kind: 'group', label: name, detail: name, account, external: true })
      graph.edge('member-of', id, to)
    }
    identity('user', id, u, account)
    if (u.permissionsBoundary !== undefined) graph.edge('boundary', id, managed(u.permissionsBoundary, account))
  }
  for (const r of scenario.roles ?? []) {
    const account = accountOf(scenario, r)
    graph.node({
      id: ids.role(account, r.name),
      kind: 'role',
      label: r.name,
      detail: roleArn(scenario, r),
      account,
      entity: { kind: 'role', name: r.name, account },
    })
  }
  for (const r of scenario.roles ?? []) {
    const account = accountOf(scenario, r)
    const id = ids.role(account, r.name)
    identity('role', id, r, account)
    if (r.permissionsBoundary !== undefined) graph.edge('boundary', id, managed(r.permissionsBoundary, account))
  }
  addAssumeEdges(scenario, graph)
  for (const r of scenario.resources ?? []) addResource(scenario, graph, r, home)
  return graph.graph()
}

/** The organization's root, OUs and policies, with `part-of`, `scp` and `rcp` edges (see `scpLevels`). */
function addOrganization(scenario: Scenario, graph: GraphBuilder): void {
  const org = scenario.organization
  if (!org) return
  for (const p of org.policies ?? []) {
    graph.node({
      id: p.type === 'scp' ? ids.scp(p.name) : ids.rcp(p.name),
      kind: p.type,
      label: p.name,
      detail: `${org.id} / ${p.name}`,
      entity: { kind: 'org-policy', name: p.name },
    })
  }
  const builtIn = (type: 'scp' | 'rcp'): string =>
    graph.node(
      type === 'scp'
        ? { id: ids.scp(FULL_AWS_ACCESS_NAME), kind: 'scp', label: FULL_AWS_ACCESS_NAME, detail: FULL_AWS_ACCESS_ARN }
        : {
            id: ids.rcp(RCP_FULL_AWS_ACCESS_NAME),
            kind: 'rcp',
            label: RCP_FULL_AWS_ACCESS_NAME,
            detail: RCP_FULL_AWS_ACCESS_ARN,
          },
    )
  const attach = (from: string, type: 'scp' | 'rcp', names: string[] | undefined) => {
    if (names === undefined) {
      if (type === 'scp') graph.edge('scp', from, builtIn('scp'))
      return
    }
    for (const name of names) {
      const id = type === 'scp' ? ids.scp(name) : ids.rcp(name)
      if (graph.has(id)) graph.edge(type, from, id)
      else if (type === 'scp' && name === FULL_AWS_ACCESS_NAME) graph.edge('scp', from, builtIn('scp'))
      else if (type === 'rcp' && name === RCP_FULL_AWS_ACCESS_NAME) graph.edge('rcp', from, builtIn('rcp'))
      // An unknown name attaches nothing; the scenario parser reports it.
    }
  }
  const placed = new Set<string>()
  const walk = (node: OrgNode, parent: string | undefined) => {
    const id = graph.node({
      id: ids.ou(node.id),
      kind: 'ou',
      label: node.name,
      detail: `${org.id} / ${node.id}`,
    })
    if (parent) graph.edge('part-of', id, parent)
    attach(id, 'scp', node.scps)
    attach(id, 'rcp', node.rcps)
    for (const account of node.accounts ?? []) {
      const a = accountNode(scenario, graph, account)
      graph.edge('part-of', a, id)
      placed.add(account)
      // The account level: what `accountPolicies` attaches, else the default FullAWSAccess (not for the
      // management account, which SCPs and RCPs do not limit).
      if (account !== org.managementAccount) {
        const own = org.accountPolicies?.find((p) => p.account === account)
        attach(a, 'scp', own?.scps)
        attach(a, 'rcp', own?.rcps)
      }
    }
    for (const child of node.children ?? []) walk(child, id)
  }
  walk(org.root, undefined)
  // The management account belongs to the organization even when the tree does not list it (see `placeAccount`).
  if (!placed.has(org.managementAccount)) {
    graph.edge('part-of', accountNode(scenario, graph, org.managementAccount), ids.ou(org.root.id))
  }
}

/** A resource, what it runs as, its policy and the principals that policy names. */
function addResource(scenario: Scenario, graph: GraphBuilder, r: Resource, home: string): void {
  const arn = parseArn(r.arn)
  const account = r.account ?? (arn?.account && /^\d{12}$/.test(arn.account) ? arn.account : home)
  const tail = arn ? arn.resource.slice(Math.max(arn.resource.lastIndexOf('/'), arn.resource.lastIndexOf(':')) + 1) : ''
  const id = graph.node({
    id: ids.resource(r.arn),
    kind: 'resource',
    label: r.name ?? (tail || r.arn),
    detail: r.arn,
    account,
    entity: { kind: 'resource', name: r.arn },
  })
  const roles = scenario.roles ?? []
  if (r.executionRole !== undefined) {
    const role = roles.find((x) => x.name === r.executionRole || roleArn(scenario, x) === r.executionRole)
    if (role) graph.edge('runs-as', id, ids.role(accountOf(scenario, role), role.name))
  }
  if (r.instanceProfile !== undefined) {
    for (const role of roles.filter((x) => x.instanceProfiles?.includes(r.instanceProfile!))) {
      graph.edge('runs-as', id, ids.role(accountOf(scenario, role), role.name))
    }
  }
  if (r.policy === undefined) return
  const policy = graph.node({
    id: ids.resourcePolicy(r.arn),
    kind: 'resource-policy',
    label: r.name ?? (tail || r.arn),
    detail: r.arn,
    account,
    entity: { kind: 'resource', name: r.arn },
  })
  graph.edge('resource-policy', id, policy)
  // Only `Principal` names someone: a `NotPrincipal` statement applies to everyone it does not list, drawn as nothing.
  // A policy with a grammar error, which AWS would reject, names no one.
  const parsed = parsePolicy(r.policy, { kind: 'resource' })
  for (const s of parsed.invalid ? [] : parsed.statements) {
    if (!s.effect || s.invalid || !s.principal) continue
    const kind = s.effect === 'Allow' ? 'grants' : 'denies'
    const conditional = s.conditions.length > 0
    const entries = s.principal.any ? [{ type: 'AWS' as const, value: '*' }] : s.principal.entries
    for (const entry of entries) graph.edge(kind, policy, principalNode(scenario, graph, entry), conditional)
  }
}
