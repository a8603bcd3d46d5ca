// Where an account sits in the organization, and the SCPs and RCPs that apply to it level by level.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
import type { PolicyDocument } from '../evaluate/input'
import {
  FULL_AWS_ACCESS_NAME,
  type Organization,
  type OrgNode,
  type PolicyBody,
  RCP_FULL_AWS_ACCESS_NAME,
  type Scenario,
} from '../scenario/model'

/** An account placed in the organization tree. */
export interface OrgPlacement {
  org: Organization
  /** The nodes from the root down to the OU that holds the account. */
  nodes: OrgNode[]
  account: string
  /** The management account: SCPs do not limit its principals, RCPs do not limit its resources. */
  management: boolean
}

/** One SCP or RCP as it applies at one level. */
export interface OrgPolicyAt {
  name: string
  body: PolicyBody
  /** The node it is attached at (undefined: the account level). */
  node?: OrgNode
  /** Built in rather than defined in `organization.policies`. */
  builtIn: boolean
  /** Implied because the node lists no SCPs (`FullAWSAccess` stays attached until someone detaches it). */
  implied: boolean
}

/** The AWS managed SCP attached to every root, OU and account when SCPs are enabled. */
export const FULL_AWS_ACCESS: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
}

/** The AWS managed RCP attached to every root, OU and account when RCPs are enabled; it cannot be detached. */
export const RCP_FULL_AWS_ACCESS: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
}

/** The account's place in the organization; undefined when there is none or the account is not in it. */
export function placeAccount(scenario: Scenario, account: string | undefined): OrgPlacement | undefined {
  const org = scenario.organization
  if (!org || account === undefined) return undefined
  const nodes = pathTo(org.root, account, [])
  if (nodes) return { org, nodes, account, management: account === org.managementAccount }
  // The management account belongs to the organization even when the tree does not list it: place it at the root.
  if (account === org.managementAccount) return { org, nodes: [org.root], account, management: true }
  return undefined
}

function pathTo(node: OrgNode, account: string, above: OrgNode[]): OrgNode[] | undefined {
  const here = [...above, node]
  if (node.accounts?.includes(account)) return here
  for (const child of node.children ?? []) {
    const found = pathTo(child, account, here)
    if (found) return found
  }
  return undefined
}

/** `o-xxx/r-xxx/ou-xxx/…/`: the organization entity path of the account's parent, as `aws:PrincipalOrgPaths` has it. */
export function orgPath(p: OrgPlacement): string {
  return `${p.org.id}/${p.nodes.map((n) => `${n.id}/`).join('')}`
}

/**
 * The SCP levels that limit principals of the account: one per node from the root down to the account's OU, then
 * the account itself. A node that lists no `scps` has `FullAWSAccess` (AWS attaches it to every root, OU and
 * account by default); a node that lists some has exactly those, so detaching `FullAWSAccess` is written by listing
 * other policies. The account level is the account's entry in `organization.accountPolicies`, read the same way.
 * Empty for the management account ("SCPs don't affect users or roles in the management account").
 */
export function scpLevels(p: OrgPlacement | undefined): OrgPolicyAt[][] {
  if (!p || p.management) return []
  const levels = p.nodes.map((node) => attached(p.org, node, node.scps, 'scp'))
  levels.push(attached(p.org, undefined, accountEntry(p)?.scps, 'scp'))
  return levels
}

/** The SCPs and RCPs attached to the account itself, if any. */
function accountEntry(p: OrgPlacement) {
  return p.org.accountPolicies?.find((a) => a.account === p.account)
}

/**
 * The RCP levels that limit resources of the account, same shape as {@link scpLevels}. `RCPFullAWSAccess` is
 * always attached and implied by the engine, so a level holds only the RCPs the node lists. Empty for resources of
 * the management account ("RCPs don't affect resources in the management account").
 */
export function rcpLevels(p: OrgPlacement | undefined): OrgPolicyAt[][] {
  if (!p || p.management) return []
  const levels = p.nodes.map((node) => attached(p.org, node, node.rcps, 'rcp'))
  levels.push(attached(p.org, undefined, accountEntry(p)?.rcps, 'rcp'))
  return levels
}

function attached(
  org: Organization,
  node: OrgNode | undefined,
  names: string[] | undefined,
  type: 'scp' | 'rcp',
): OrgPolicyAt[] {
  if (names === undefined) {
    return type === 'scp'
      ? [{ name: FULL_AWS_ACCESS_NAME, body: FULL_AWS_ACCESS, node, builtIn: true, implied: true }]
      : []
  }
  const out: OrgPolicyAt[] = []
  for (const name of names) {
    const defined = org.policies?.find((p) => p.name === name && p.type === type)
    if (defined) out.push({ name, body: defined.document, node, builtIn: false, implied: false })
    else if (type === 'scp' && name === FULL_AWS_ACCESS_NAME) {
      out.push({ name, body: FULL_AWS_ACCESS, node, builtIn: true, implied: false })
    } else if (type === 'rcp' && name === RCP_FULL_AWS_ACCESS_NAME) {
      out.push({ name, body: RCP_FULL_AWS_ACCESS, node, builtIn: true, implied: false })
    }
    // An unknown name attaches nothing; the scenario parser reports it.
  }
  return out
}

/**
 * Services whose resources RCPs apply to (AWS Organizations User Guide, "List of AWS services that support
 * RCPs"), by action prefix: the action decides, as `sts:AssumeRole` on an IAM role ARN is an STS request.
 */
export const RCP_SERVICES: ReadonlySet<string> = new Set([
  's3',
  'sts',
  'sqs',
  'secretsmanager',
  'kms',
  'dynamodb',
  'ecr',
  'logs',
  'cognito-identity',
  'aoss',
])

/** True when RCPs can apply to this action (its service supports RCPs) on this resource (not `*`). */
export function rcpsApply(action: string, resource: string): boolean {
  if (resource === '*') return false
  return RCP_SERVICES.has(action.slice(0, action.indexOf(':')).toLowerCase())
}
