// Edits of SCPs and RCPs: create, rename, delete, edit, and attach or detach them at the root, an OU or an account.
import {
  type AccountPolicies,
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
import { findNode, mapNodes, nodeLabel, organization, updateNode, walk } from './org'
import type { EngineMessage } from '../../messages/message'

/** A 12-digit account ID (a target that is an account rather than the root or an OU). */
const ACCOUNT_ID = /^\d{12}$/

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

/** Where an SCP or RCP is attached: the root and OUs, then accounts, as labels. */
function attachedAt(org: Organization, policy: OrganizationPolicy): EngineMessage[] {
  const key = policy.type === 'scp' ? 'scps' : 'rcps'
  const nodes = walk(org.root)
    .map((p) => p.node)
    .filter((n) => n[key]?.includes(policy.name))
    .map((n) => nodeLabel(n, org))
  const accounts = (org.accountPolicies ?? [])
    .filter((a) => a[key]?.includes(policy.name))
    .map((a) => say('edit.node.account', { account: a.account }))
  return [...nodes, ...accounts]
}

/** The account attachments with `change` applied to each entry's list of `key`; entries left empty are dropped. */
function mapAccountPolicies(
  org: Organization,
  key: 'scps' | 'rcps',
  change: (names: string[]) => string[] | undefined,
): AccountPolicies[] | undefined {
  if (!org.accountPolicies) return undefined
  return org.accountPolicies
    .map((a) => (a[key] ? withField(a, key, change(a[key])) : a))
    .filter((a) => a.scps !== undefined || a.rcps !== undefined)
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
  const accountPolicies = mapAccountPolicies(org, key, (names) => names.map((x) => (x === policy.name ? args.name : x)))
  const policies = replaceAt(org.policies ?? [], found.index, { ...policy, name: args.name })
  const next = { ...scenario, organization: withField({ ...org, policies, root }, 'accountPolicies', accountPolicies) }
  return done(next, say(`edit.done.rename-${policy.type}`, { name: policy.name, to: args.name }))
}

/** Deletes an SCP or RCP; while attached it is refused with the list of nodes, unless `force` detaches it. */
export function deleteOrganizationPolicy(scenario: Scenario, args: { policy: string; force?: boolean }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const found = findOrgPolicy(org, args.policy)
  if (isRefusal(found)) return found
  const { policy } = found
  const places = attachedAt(org, policy)
  if (places.length > 0 && !args.force) {
    const where = listOf(places, false)
    return refuse(say('edit.refused.policy-attached', { policy: policy.name, places: where }), 'policy')
  }
  const key = policy.type === 'scp' ? 'scps' : 'rcps'
  // INVARIANT: a node keeps at least one SCP; FullAWSAccess takes the place of a forced-out last one.
  const root = mapNodes(org.root, (n) => {
    if (!n[key]?.includes(policy.name)) return n
    const kept = n[key].filter((x) => x !== policy.name)
    return key === 'scps' && kept.length === 0 ? { ...n, scps: [FULL_AWS_ACCESS_NAME] } : withField(n, key, kept)
  })
  const accountPolicies = mapAccountPolicies(org, key, (names) => {
    const kept = names.filter((x) => x !== policy.name)
    return key === 'scps' && kept.length === 0 ? undefined : kept
  })
  const policies = removeAt(org.policies ?? [], found.index)
  const withAccounts = withField({ ...org, root }, 'accountPolicies', accountPolicies)
  const next = { ...scenario, organization: withField(withAccounts, 'policies', policies) }
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

/** Where a policy is attached or detached: the root, an OU, or an account of the organization. */
type Site = { kind: 'node'; node: OrgNode } | { kind: 'account'; account: string; entry: AccountPolicies | undefined }

/** What attaching or detaching works on: the policy's type, the site, the policies of that type there, its label. */
function attachmentSite(scenario: Scenario, args: { policy: string; target: string }) {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const type = policyType(org, args.policy)
  if (isRefusal(type)) return type
  const key = type === 'scp' ? 'scps' : 'rcps'
  if (ACCOUNT_ID.test(args.target)) {
    const account = args.target
    const inOrg = account === org.managementAccount || walk(org.root).some((p) => p.node.accounts?.includes(account))
    if (!inOrg) return refuse(say('edit.refused.account-not-in-org', { account }), 'target')
    const entry = org.accountPolicies?.find((a) => a.account === account)
    const current = type === 'scp' ? (entry?.scps ?? [FULL_AWS_ACCESS_NAME]) : (entry?.rcps ?? [])
    const site: Site = { kind: 'account', account, entry }
    return {
      org,
      type,
      key,
      site,
      current,
      where: say('edit.node.account', { account }),
      start: say('edit.node.account.start', { account }),
    } as const
  }
  const at = findNode(org, args.target, 'target')
  if (isRefusal(at)) return at
  const current = type === 'scp' ? scpsOf(at.node) : (at.node.rcps ?? [])
  const site: Site = { kind: 'node', node: at.node }
  return {
    org,
    type,
    key,
    site,
    current,
    where: nodeLabel(at.node, org),
    start: nodeLabel(at.node, org, true),
  } as const
}

/** The organization with the policies of `key` at `site` set to `names`. */
function withAttached(org: Organization, site: Site, key: 'scps' | 'rcps', names: string[]): Organization {
  if (site.kind === 'node') return { ...org, root: updateNode(org.root, site.node.id, (n) => withField(n, key, names)) }
  const entry = withField(site.entry ?? { account: site.account }, key, names)
  const others = (org.accountPolicies ?? []).filter((a) => a.account !== site.account)
  const kept = entry.scps !== undefined || entry.rcps !== undefined ? [...others, entry] : others
  return withField(org, 'accountPolicies', kept)
}

/**
 * Attaches an SCP or RCP to the root, an OU or an account (at most {@link MAX_POLICIES_PER_NODE} of each type:
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html).
 */
export function attachOrganizationPolicy(scenario: Scenario, args: { policy: string; target: string }): EditResult {
  const site = attachmentSite(scenario, args)
  if (isRefusal(site)) return site
  const { org, type, key, current, where, start } = site
  if (current.includes(args.policy))
    return refuse(say('edit.refused.already-attached-node', { policy: args.policy, node: where }), 'policy')
  if (current.length >= MAX_POLICIES_PER_NODE)
    return refuse(say(`edit.refused.too-many-${type}s`, { node: start, count: current.length }), 'policy')
  const next = { ...scenario, organization: withAttached(org, site.site, key, [...current, args.policy]) }
  return done(next, say('edit.done.attach-node', { policy: args.policy, node: where }))
}

/** Detaches an SCP or RCP from the root, an OU or an account; as in AWS, the last SCP there cannot be detached. */
export function detachOrganizationPolicy(scenario: Scenario, args: { policy: string; target: string }): EditResult {
  const site = attachmentSite(scenario, args)
  if (isRefusal(site)) return site
  const { org, type, key, current, where, start } = site
  if (!current.includes(args.policy))
    return refuse(say('edit.refused.not-attached-node', { policy: args.policy, node: where }), 'policy')
  const kept = current.filter((p) => p !== args.policy)
  if (type === 'scp' && kept.length === 0)
    return refuse(say('edit.refused.last-scp', { node: start, policy: args.policy }), 'policy')
  const next = { ...scenario, organization: withAttached(org, site.site, key, kept) }
  return done(next, say('edit.done.detach-node', { policy: args.policy, node: where }))
}
