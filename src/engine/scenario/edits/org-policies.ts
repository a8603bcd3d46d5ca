// Edits of SCPs and RCPs: create, rename, delete, edit, and attach or detach them at the root or an OU.
import {
  FULL_AWS_ACCESS_NAME,
  type Organization,
  type OrganizationPolicy,
  type OrgNode,
  type PolicyBody,
  RCP_FULL_AWS_ACCESS_NAME,
  type Scenario,
} from '../model'
import { MAX_POLICIES_PER_NODE } from '../quotas'
import {
  done,
  type EditResult,
  isRefusal,
  listOf,
  type Refusal,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
} from './core'
import { findNode, mapNodes, nodeLabel, organization, updateNode, walk, withRoot } from './org'

function findOrgPolicy(org: Organization, name: string, field = 'policy') {
  const policies = org.policies ?? []
  const index = policies.findIndex((p) => p.name === name)
  if (index < 0) return refuse(say('edit.refused.no-org-policy', { name }), field)
  return { policy: policies[index]!, index }
}

function checkOrgPolicyName(org: Organization, name: string, except?: OrganizationPolicy): Refusal | undefined {
  if (name.trim().length === 0) return refuse(say('edit.refused.policy-name-required'), 'name')
  if (name.length > 128) return refuse(say('edit.refused.policy-name-too-long', { length: name.length }), 'name')
  if (name === FULL_AWS_ACCESS_NAME || name === RCP_FULL_AWS_ACCESS_NAME)
    return refuse(say('edit.refused.aws-managed-name', { name }), 'name')
  const clash = (org.policies ?? []).find((p) => p !== except && p.name.toLowerCase() === name.toLowerCase())
  if (clash) return refuse(say(`edit.refused.${clash.type}-taken`, { name: clash.name }), 'name')
  return undefined
}

/** Where an SCP or RCP is attached. */
function attachedAt(org: Organization, policy: OrganizationPolicy): OrgNode[] {
  const key = policy.type === 'scp' ? 'scps' : 'rcps'
  return walk(org.root)
    .map((p) => p.node)
    .filter((n) => n[key]?.includes(policy.name))
}

/** Creates an SCP or RCP (attach it with {@link attachOrganizationPolicy}). */
export function createOrganizationPolicy(
  scenario: Scenario,
  args: { name: string; type: 'scp' | 'rcp'; document: PolicyBody },
): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const problem = checkOrgPolicyName(org, args.name)
  if (problem) return problem
  const policy: OrganizationPolicy = { name: args.name, type: args.type, document: args.document }
  const next = { ...scenario, organization: { ...org, policies: [...(org.policies ?? []), policy] } }
  return done(next, say(`edit.done.create-${args.type}`, { name: args.name }))
}

/** Renames an SCP or RCP; the nodes it is attached to follow. */
export function renameOrganizationPolicy(scenario: Scenario, args: { policy: string; name: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const found = findOrgPolicy(org, args.policy)
  if (isRefusal(found)) return found
  const { policy } = found
  if (args.name === policy.name) return refuse(say('edit.refused.policy-same-name', { name: args.name }), 'name')
  const problem = checkOrgPolicyName(org, args.name, policy)
  if (problem) return problem
  const key = policy.type === 'scp' ? 'scps' : 'rcps'
  const root = mapNodes(org.root, (n) =>
    n[key]?.includes(policy.name) ? { ...n, [key]: n[key].map((x) => (x === policy.name ? args.name : x)) } : n,
  )
  const policies = replaceAt(org.policies ?? [], found.index, { ...policy, name: args.name })
  const next = { ...scenario, organization: { ...org, policies, root } }
  return done(next, say(`edit.done.rename-${policy.type}`, { name: policy.name, to: args.name }))
}

/** Deletes an SCP or RCP; while attached it is refused with the list of nodes, unless `force` detaches it. */
export function deleteOrganizationPolicy(scenario: Scenario, args: { policy: string; force?: boolean }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const found = findOrgPolicy(org, args.policy)
  if (isRefusal(found)) return found
  const { policy } = found
  const nodes = attachedAt(org, policy)
  if (nodes.length > 0 && !args.force) {
    const where = listOf(
      nodes.map((n) => nodeLabel(n, org)),
      false,
    )
    return refuse(say('edit.refused.policy-attached', { policy: policy.name, places: where }), 'policy')
  }
  const key = policy.type === 'scp' ? 'scps' : 'rcps'
  // INVARIANT: a node keeps at least one SCP; FullAWSAccess takes the place of a forced-out last one.
  const root = mapNodes(org.root, (n) => {
    if (!n[key]?.includes(policy.name)) return n
    const kept = n[key].filter((x) => x !== policy.name)
    return key === 'scps' && kept.length === 0 ? { ...n, scps: [FULL_AWS_ACCESS_NAME] } : withField(n, key, kept)
  })
  const policies = removeAt(org.policies ?? [], found.index)
  const next = { ...scenario, organization: withField({ ...org, root }, 'policies', policies) }
  return done(next, say(`edit.done.delete-${policy.type}`, { name: policy.name }))
}

/** Replaces the document of an SCP or RCP. The editor stores the text as typed. */
export function setOrganizationPolicyDocument(
  scenario: Scenario,
  args: { policy: string; document: PolicyBody },
): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const found = findOrgPolicy(org, args.policy)
  if (isRefusal(found)) return found
  const policies = replaceAt(org.policies ?? [], found.index, { ...found.policy, document: args.document })
  const next = { ...scenario, organization: { ...org, policies } }
  return done(
    next,
    say(`edit.done.edit-${found.policy.type}`, { name: found.policy.name }),
    `org-policy:${found.policy.name}`,
  )
}

/** The SCPs of a node; a node that lists none has the AWS default, `FullAWSAccess`. */
function scpsOf(node: OrgNode): string[] {
  return node.scps ?? [FULL_AWS_ACCESS_NAME]
}

function policyType(org: Organization, name: string) {
  if (name === FULL_AWS_ACCESS_NAME) return 'scp' as const
  if (name === RCP_FULL_AWS_ACCESS_NAME)
    return refuse(say('edit.refused.rcp-full-access', { name: RCP_FULL_AWS_ACCESS_NAME }), 'policy')
  const found = findOrgPolicy(org, name)
  return isRefusal(found) ? found : found.policy.type
}

/** What attaching or detaching works on: the policy's type, the node, the policies of that type there, its label. */
function attachmentSite(scenario: Scenario, args: { policy: string; target: string }) {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const type = policyType(org, args.policy)
  if (isRefusal(type)) return type
  const at = findNode(org, args.target, 'target')
  if (isRefusal(at)) return at
  const current = type === 'scp' ? scpsOf(at.node) : (at.node.rcps ?? [])
  return { org, type, at, current, where: nodeLabel(at.node, org), start: nodeLabel(at.node, org, true) }
}

/** Attaches an SCP or RCP at the root or an OU (at most {@link MAX_POLICIES_PER_NODE} of each type). */
export function attachOrganizationPolicy(scenario: Scenario, args: { policy: string; target: string }): EditResult {
  const site = attachmentSite(scenario, args)
  if (isRefusal(site)) return site
  const { org, type, at, current, where, start } = site
  if (current.includes(args.policy))
    return refuse(say('edit.refused.already-attached-node', { policy: args.policy, node: where }), 'policy')
  if (current.length >= MAX_POLICIES_PER_NODE)
    return refuse(say(`edit.refused.too-many-${type}s`, { node: start, count: current.length }), 'policy')
  const key = type === 'scp' ? 'scps' : 'rcps'
  const root = updateNode(org.root, at.node.id, (n) => ({ ...n, [key]: [...current, args.policy] }))
  return done(withRoot(scenario, org, root), say('edit.done.attach-node', { policy: args.policy, node: where }))
}

/** Detaches an SCP or RCP from a node; as in AWS, a node's last SCP cannot be detached. */
export function detachOrganizationPolicy(scenario: Scenario, args: { policy: string; target: string }): EditResult {
  const site = attachmentSite(scenario, args)
  if (isRefusal(site)) return site
  const { org, type, at, current, where, start } = site
  if (!current.includes(args.policy))
    return refuse(say('edit.refused.not-attached-node', { policy: args.policy, node: where }), 'policy')
  const kept = current.filter((p) => p !== args.policy)
  if (type === 'scp' && kept.length === 0)
    return refuse(say('edit.refused.last-scp', { node: start, policy: args.policy }), 'policy')
  const root = updateNode(org.root, at.node.id, (n) => withField(n, type === 'scp' ? 'scps' : 'rcps', kept))
  return done(withRoot(scenario, org, root), say('edit.done.detach-node', { policy: args.policy, node: where }))
}
