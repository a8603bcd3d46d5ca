// Edits of the organization: creating it, its OUs, and which OU holds each account; plus the tree helpers that
// org-policies.ts shares.
import { FULL_AWS_ACCESS_NAME, type Organization, type OrgNode, type Scenario } from '../model'
import { MAX_OU_DEPTH } from '../quotas'
import { done, type EditResult, isRefusal, type Refusal, refuse, withField } from './core'

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
  if (byName.length > 1) return refuse(`${byName.length} OUs are named "${ref}": choose one by its id`, field)
  return refuse(`There is no OU or root "${ref}"`, field)
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
  return scenario.organization ?? refuse('This scenario has no organization: create one first')
}

/** The scenario with the organization's tree replaced. */
export function withRoot(scenario: Scenario, org: Organization, root: OrgNode): Scenario {
  return { ...scenario, organization: { ...org, root } }
}

/** `the root` or `OU Name`, for labels and messages. */
export function nodeLabel(node: OrgNode, org: Organization): string {
  return node === org.root ? `the root` : `OU ${node.name}`
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
  if (scenario.organization) return refuse('This scenario already has an organization')
  const management = args.managementAccount ?? scenario.accounts[0]?.id ?? '000000000000'
  if (!scenario.accounts.some((a) => a.id === management))
    return refuse(`There is no account ${management} in this scenario`, 'managementAccount')
  const id = args.id ?? `o-a${management}`
  if (!/^o-[a-z0-9]{10,32}$/.test(id))
    return refuse('An organization id is "o-" and 10–32 lowercase letters or digits', 'id')
  const root: OrgNode = {
    id: `r-${management.slice(-4).toLowerCase()}`,
    name: 'Root',
    scps: [FULL_AWS_ACCESS_NAME],
    accounts: scenario.accounts.map((a) => a.id),
  }
  return done({ ...scenario, organization: { id, managementAccount: management, root } }, 'Create organization')
}

/** Removes the organization: no SCPs or RCPs apply any more. */
export function deleteOrganization(scenario: Scenario): EditResult {
  if (!scenario.organization) return refuse('This scenario has no organization')
  return done(withField(scenario, 'organization', undefined), 'Delete organization')
}

// --- OUs ---

function checkOuName(name: string): Refusal | undefined {
  if (name.trim().length === 0) return refuse('An OU name is required', 'name')
  if (name.length > 128)
    return refuse(`An OU name can have at most 128 characters (this one has ${name.length})`, 'name')
  return undefined
}

function siblingClash(parent: OrgNode, name: string, except?: OrgNode): Refusal | undefined {
  const clash = (parent.children ?? []).find((c) => c !== except && c.name === name)
  return clash ? refuse(`An OU named "${name}" already exists here`, 'name') : undefined
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
    (parent.depth >= MAX_OU_DEPTH
      ? refuse(`OUs nest at most ${MAX_OU_DEPTH} levels below the root`, 'parent')
      : undefined)
  if (problem) return problem
  const all = walk(org.root)
  let id = args.id
  if (id === undefined) {
    const rootPart = /^r-([0-9a-z]{4,32})$/.exec(org.root.id)?.[1] ?? 'root'
    for (let n = 0; id === undefined || all.some((p) => p.node.id === id); n++)
      id = `ou-${rootPart}-${tag(`${parent.node.id}/${args.name}/${n}`)}`
  } else if (!/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/.test(id)) {
    return refuse(
      'An OU id looks like "ou-" + 4–32 and then 8–32 lowercase letters or digits, e.g. ou-ab12-cd34ef56',
      'id',
    )
  } else if (all.some((p) => p.node.id === id)) {
    return refuse(`The id ${id} is already in use`, 'id')
  }
  const unit: OrgNode = { id, name: args.name, scps: [FULL_AWS_ACCESS_NAME] }
  const root = updateNode(org.root, parent.node.id, (p) => ({ ...p, children: [...(p.children ?? []), unit] }))
  return done(withRoot(scenario, org, root), `Create OU ${args.name}`)
}

/** Renames an OU (the root keeps its name). */
export function renameOrganizationalUnit(scenario: Scenario, args: { unit: string; name: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const unit = findNode(org, args.unit, 'unit')
  if (isRefusal(unit)) return unit
  if (!unit.parent) return refuse('The root cannot be renamed', 'unit')
  const problem =
    checkOuName(args.name) ??
    (args.name === unit.node.name ? refuse(`The OU is already named "${args.name}"`, 'name') : undefined) ??
    siblingClash(unit.parent, args.name, unit.node)
  if (problem) return problem
  const root = updateNode(org.root, unit.node.id, (n) => ({ ...n, name: args.name }))
  return done(withRoot(scenario, org, root), `Rename OU ${unit.node.name} to ${args.name}`)
}

/** Deletes an empty OU; as in AWS, its accounts and child OUs must be moved out first. */
export function deleteOrganizationalUnit(scenario: Scenario, args: { unit: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const unit = findNode(org, args.unit, 'unit')
  if (isRefusal(unit)) return unit
  if (!unit.parent) return refuse('The root cannot be deleted', 'unit')
  const accounts = unit.node.accounts?.length ?? 0
  const children = unit.node.children?.length ?? 0
  if (accounts + children > 0) {
    const what = [plural(accounts, 'account'), plural(children, 'OU')].filter(Boolean).join(' and ')
    return refuse(`OU ${unit.node.name} is not empty: move its ${what} out first`, 'unit')
  }
  const root = updateNode(org.root, unit.parent.id, (p) =>
    withField(
      p,
      'children',
      (p.children ?? []).filter((c) => c !== unit.node),
    ),
  )
  return done(withRoot(scenario, org, root), `Delete OU ${unit.node.name}`)
}

/** Moves an account to another OU (or the root); an account of the scenario outside the tree joins it there. */
export function moveAccount(scenario: Scenario, args: { account: string; to: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const to = findNode(org, args.to, 'to')
  if (isRefusal(to)) return to
  const from = walk(org.root).find((p) => p.node.accounts?.includes(args.account))
  if (!from && !scenario.accounts.some((a) => a.id === args.account))
    return refuse(`Account ${args.account} is neither in the organization nor in this scenario`, 'account')
  if (from?.node === to.node) return refuse(`Account ${args.account} is already in ${nodeLabel(to.node, org)}`, 'to')
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
  return done(withRoot(scenario, org, root), `Move account ${args.account} to ${nodeLabel(to.node, org)}`)
}

/** The text with its first letter upper-cased (a label that starts a message). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function plural(n: number, noun: string): string {
  return n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Exposed for tests and the org panel: the node a reference names (id or unique name). */
export function organizationNode(scenario: Scenario, ref: string): OrgNode | undefined {
  const org = scenario.organization
  if (!org) return undefined
  const found = findNode(org, ref, 'target')
  return isRefusal(found) ? undefined : found.node
}
