// Edits of the organization: creating it, its OUs, and which OU holds each account; plus the tree helpers that
// org-policies.ts shares.
import { FULL_AWS_ACCESS_NAME, type Organization, type OrgNode, type Scenario } from '../model'
import { MAX_OU_DEPTH, MAX_OUS } from '../quotas'
import type { EngineMessage } from '../../messages/message'
import { done, type EditResult, isRefusal, listOf, type Refusal, refuse, say, withField } from './core'

// --- Tree helpers ---

/** A node with its parent and depth (0 for the root). */
export interface Placed {
  node: OrgNode
  parent: OrgNode | undefined
  depth: number
}

/** Every node of the tree, root first, with its parent and depth. */
export function walk(node: OrgNode, parent?: OrgNode, depth = 0): Placed[] {
  return [{ node, parent, depth }, ...(node.children ?? []).flatMap((c) => walk(c, node, depth + 1))]
}

/** Finds a node by id, else by name when only one node has it. */
export function findNode(org: Organization, ref: string, field: string): Placed | Refusal {
  const all = walk(org.root)
  const byId = all.find((p) => p.node.id === ref)
  if (byId) return byId
  const byName = all.filter((p) => p.node.name === ref)
  if (byName.length === 1) return byName[0]!
  if (byName.length > 1) return refuse(say('edit.refused.ous-named', { count: byName.length, name: ref }), field)
  return refuse(say('edit.refused.no-node', { name: ref }), field)
}

/** A copy of the tree with the node `id` replaced by `change(node)`; unchanged branches are shared. */
export function updateNode(node: OrgNode, id: string, change: (node: OrgNode) => OrgNode): OrgNode {
  if (node.id === id) return change(node)
  if (!node.children) return node
  let changed = false
  const children = node.children.map((c) => {
    const next = updateNode(c, id, change)
    if (next !== c) changed = true
    return next
  })
  return changed ? { ...node, children } : node
}

/** Maps every node of the tree, sharing the nodes `change` returns unchanged. */
export function mapNodes(node: OrgNode, change: (node: OrgNode) => OrgNode): OrgNode {
  const children = node.children?.map((c) => mapNodes(c, change))
  const same = !children || children.every((c, i) => c === node.children![i])
  const base = same ? node : { ...node, children }
  return change(base)
}

/** The scenario's organization, or the refusal to show when it has none. */
export function organization(scenario: Scenario): Organization | Refusal {
  return scenario.organization ?? refuse(say('edit.refused.no-organization'))
}

/** The scenario with the organization's tree replaced. */
export function withRoot(scenario: Scenario, org: Organization, root: OrgNode): Scenario {
  return { ...scenario, organization: { ...org, root } }
}

/** `the root` or `OU Name`, for labels and messages; `start` when it starts a sentence (`The root`). */
export function nodeLabel(node: OrgNode, org: Organization, start = false): EngineMessage {
  if (node !== org.root) return say('edit.node.ou', { name: node.name })
  return say(start ? 'edit.node.root.start' : 'edit.node.root')
}

/** A deterministic 8-character base-36 tag for generated ids (edits are pure: no randomness, no clock). */
function tag(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return (h.toString(36) + '00000000').slice(0, 8)
}

// --- The organization itself ---

/** Creates an organization whose root holds every account of the scenario. */
export function createOrganization(
  scenario: Scenario,
  args: { id?: string; managementAccount?: string } = {},
): EditResult {
  if (scenario.organization) return refuse(say('edit.refused.organization-exists'))
  const management = args.managementAccount ?? scenario.accounts[0]?.id ?? '000000000000'
  if (!scenario.accounts.some((a) => a.id === management))
    return refuse(say('edit.refused.no-account', { account: management }), 'managementAccount')
  const id = args.id ?? `o-a${management}`
  if (!/^o-[a-z0-9]{10,32}$/.test(id)) return refuse(say('edit.refused.organization-id'), 'id')
  const root: OrgNode = {
    id: `r-${management.slice(-4).toLowerCase()}`,
    name: 'Root',
    scps: [FULL_AWS_ACCESS_NAME],
    accounts: scenario.accounts.map((a) => a.id),
  }
  return done(
    { ...scenario, organization: { id, managementAccount: management, root } },
    say('edit.done.create-organization'),
  )
}

/** Removes the organization: no SCPs or RCPs apply any more. */
export function deleteOrganization(scenario: Scenario): EditResult {
  if (!scenario.organization) return refuse(say('edit.refused.organization-missing'))
  return done(withField(scenario, 'organization', undefined), say('edit.done.delete-organization'))
}

// --- OUs ---

function checkOuName(name: string): Refusal | undefined {
  if (name.trim().length === 0) return refuse(say('edit.refused.ou-name-required'), 'name')
  if (name.length > 128) return refuse(say('edit.refused.ou-name-too-long', { length: name.length }), 'name')
  return undefined
}

function siblingClash(parent: OrgNode, name: string, except?: OrgNode): Refusal | undefined {
  const clash = (parent.children ?? []).find((c) => c !== except && c.name === name)
  return clash ? refuse(say('edit.refused.ou-taken', { name }), 'name') : undefined
}

/** Creates an OU under the root or another OU, with `FullAWSAccess` attached as AWS does. */
export function createOrganizationalUnit(
  scenario: Scenario,
  args: { parent: string; name: string; id?: string },
): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const parent = findNode(org, args.parent, 'parent')
  if (isRefusal(parent)) return parent
  const problem =
    checkOuName(args.name) ??
    siblingClash(parent.node, args.name) ??
    (parent.depth >= MAX_OU_DEPTH ? refuse(say('edit.refused.ou-depth', { max: MAX_OU_DEPTH }), 'parent') : undefined)
  if (problem) return problem
  const all = walk(org.root)
  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html
  if (all.length - 1 >= MAX_OUS) return refuse(say('edit.refused.too-many-ous', { max: MAX_OUS }), 'parent')
  let id = args.id
  if (id === undefined) {
    const rootPart = /^r-([0-9a-z]{4,32})$/.exec(org.root.id)?.[1] ?? 'root'
    for (let n = 0; id === undefined || all.some((p) => p.node.id === id); n++)
      id = `ou-${rootPart}-${tag(`${parent.node.id}/${args.name}/${n}`)}`
  } else if (!/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/.test(id)) {
    return refuse(say('edit.refused.ou-id'), 'id')
  } else if (all.some((p) => p.node.id === id)) {
    return refuse(say('edit.refused.id-taken', { id }), 'id')
  }
  const unit: OrgNode = { id, name: args.name, scps: [FULL_AWS_ACCESS_NAME] }
  const root = updateNode(org.root, parent.node.id, (p) => ({ ...p, children: [...(p.children ?? []), unit] }))
  return done(withRoot(scenario, org, root), say('edit.done.create-ou', { name: args.name }))
}

/** Renames an OU (the root keeps its name). */
export function renameOrganizationalUnit(scenario: Scenario, args: { unit: string; name: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const unit = findNode(org, args.unit, 'unit')
  if (isRefusal(unit)) return unit
  if (!unit.parent) return refuse(say('edit.refused.rename-root'), 'unit')
  const problem =
    checkOuName(args.name) ??
    (args.name === unit.node.name
      ? refuse(say('edit.refused.ou-same-name', { name: args.name }), 'name')
      : undefined) ??
    siblingClash(unit.parent, args.name, unit.node)
  if (problem) return problem
  const root = updateNode(org.root, unit.node.id, (n) => ({ ...n, name: args.name }))
  return done(withRoot(scenario, org, root), say('edit.done.rename-ou', { name: unit.node.name, to: args.name }))
}

/** Deletes an empty OU; as in AWS, its accounts and child OUs must be moved out first. */
export function deleteOrganizationalUnit(scenario: Scenario, args: { unit: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const unit = findNode(org, args.unit, 'unit')
  if (isRefusal(unit)) return unit
  if (!unit.parent) return refuse(say('edit.refused.delete-root'), 'unit')
  const accounts = unit.node.accounts?.length ?? 0
  const children = unit.node.children?.length ?? 0
  if (accounts + children > 0) {
    const parts = [
      accounts === 0 ? undefined : say(`edit.ou-contents.accounts.${accounts === 1 ? 'one' : 'other'}`, { accounts }),
      children === 0 ? undefined : say(`edit.ou-contents.ous.${children === 1 ? 'one' : 'other'}`, { ous: children }),
    ].filter((p) => p !== undefined)
    return refuse(say('edit.refused.ou-not-empty', { name: unit.node.name, contents: listOf(parts) }), 'unit')
  }
  const root = updateNode(org.root, unit.parent.id, (p) =>
    withField(
      p,
      'children',
      (p.children ?? []).filter((c) => c !== unit.node),
    ),
  )
  return done(withRoot(scenario, org, root), say('edit.done.delete-ou', { name: unit.node.name }))
}

/** How many levels of OUs hang below `node` (0 when it has no child OUs). */
function height(node: OrgNode): number {
  return Math.max(0, ...(node.children ?? []).map((c) => height(c) + 1))
}

/**
 * Moves an OU, with everything in it, under another OU or the root. Refused for the root, into the OU itself or
 * one of its own OUs (a cycle), beside a sibling of the same name, or deeper than {@link MAX_OU_DEPTH} levels.
 */
export function moveOrganizationalUnit(scenario: Scenario, args: { unit: string; to: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const unit = findNode(org, args.unit, 'unit')
  if (isRefusal(unit)) return unit
  if (!unit.parent) return refuse(say('edit.refused.move-root'), 'unit')
  const to = findNode(org, args.to, 'to')
  if (isRefusal(to)) return to
  if (walk(unit.node).some((p) => p.node === to.node))
    return refuse(say('edit.refused.ou-into-itself', { name: unit.node.name, node: nodeLabel(to.node, org) }), 'to')
  if (unit.parent === to.node)
    return refuse(say('edit.refused.ou-already-in', { name: unit.node.name, node: nodeLabel(to.node, org) }), 'to')
  const clash = siblingClash(to.node, unit.node.name)
  if (clash) return { ...clash, field: 'to' }
  if (to.depth + 1 + height(unit.node) > MAX_OU_DEPTH)
    return refuse(say('edit.refused.ou-depth', { max: MAX_OU_DEPTH }), 'to')
  let root = updateNode(org.root, unit.parent.id, (p) =>
    withField(
      p,
      'children',
      (p.children ?? []).filter((c) => c !== unit.node),
    ),
  )
  root = updateNode(root, to.node.id, (n) => ({ ...n, children: [...(n.children ?? []), unit.node] }))
  return done(
    withRoot(scenario, org, root),
    say('edit.done.move-ou', { name: unit.node.name, node: nodeLabel(to.node, org) }),
  )
}

/** Moves an account to another OU (or the root); an account of the scenario outside the tree joins it there. */
export function moveAccount(scenario: Scenario, args: { account: string; to: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const to = findNode(org, args.to, 'to')
  if (isRefusal(to)) return to
  const from = walk(org.root).find((p) => p.node.accounts?.includes(args.account))
  if (!from && !scenario.accounts.some((a) => a.id === args.account))
    return refuse(say('edit.refused.account-unknown', { account: args.account }), 'account')
  if (from?.node === to.node)
    return refuse(
      say('edit.refused.account-already-in', { account: args.account, node: nodeLabel(to.node, org) }),
      'to',
    )
  let root = org.root
  if (from)
    root = updateNode(root, from.node.id, (n) =>
      withField(
        n,
        'accounts',
        (n.accounts ?? []).filter((a) => a !== args.account),
      ),
    )
  root = updateNode(root, to.node.id, (n) => ({ ...n, accounts: [...(n.accounts ?? []), args.account] }))
  return done(
    withRoot(scenario, org, root),
    say('edit.done.move-account', { account: args.account, node: nodeLabel(to.node, org) }),
  )
}

/** Exposed for tests and the org panel: the node a reference names (id or unique name). */
export function organizationNode(scenario: Scenario, ref: string): OrgNode | undefined {
  const org = scenario.organization
  if (!org) return undefined
  const found = findNode(org, ref, 'target')
  return isRefusal(found) ? undefined : found.node
}
