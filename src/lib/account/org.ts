// The organization as the explorer edits it: the tree's rows, what is selected in it, where an OU or account may
// move, and the SCPs and RCPs attached at (or attachable to) the root, an OU or an account.
import {
  FULL_AWS_ACCESS_NAME,
  type Organization,
  type OrgNode,
  RCP_FULL_AWS_ACCESS_NAME,
  type Scenario,
} from '../../engine/index'
import { t } from '../i18n/index'
import type { Selection } from '../state/navigation.svelte'
import type { Choice } from './relations'

/** One row of the organization tree: the root, an OU, or an account in the node above it. */
export type OrgTreeRow =
  | { kind: 'node'; id: string; name: string; depth: number; root: boolean; scps: string[]; rcps: string[] }
  | { kind: 'account'; id: string; label: string; depth: number; management: boolean; scps: string[]; rcps: string[] }

/** What is selected in the tree. */
export type OrgItem =
  | { kind: 'node'; node: OrgNode; root: boolean; parent: OrgNode | undefined }
  | { kind: 'account'; id: string; label: string; management: boolean; parent: OrgNode | undefined }

/** A place an SCP or RCP is attached, or could be: the value the edits take (node id or account id) and its label. */
export type OrgTarget = Choice

/** An attached SCP or RCP; `locked` says why it has no Detach button. */
export interface AttachedOrgPolicy extends Choice {
  locked?: string
}

/** `alias (id)` or the id. */
export function accountLabel(scenario: Scenario, id: string): string {
  const alias = scenario.accounts.find((a) => a.id === id)?.alias
  return alias ? `${alias} (${id})` : id
}

function nodes(org: Organization): { node: OrgNode; parent: OrgNode | undefined; depth: number }[] {
  const out: { node: OrgNode; parent: OrgNode | undefined; depth: number }[] = []
  const visit = (node: OrgNode, parent: OrgNode | undefined, depth: number) => {
    out.push({ node, parent, depth })
    for (const child of node.children ?? []) visit(child, node, depth + 1)
  }
  visit(org.root, undefined, 0)
  return out
}

/** The tree depth-first: each node, its accounts, then its child OUs (an unlisted management account in the root). */
export function orgTreeRows(scenario: Scenario): OrgTreeRow[] {
  const org = scenario.organization
  if (!org) return []
  const rows: OrgTreeRow[] = []
  const placed = nodes(org).some((p) => p.node.accounts?.includes(org.managementAccount))
  const visit = (node: OrgNode, depth: number) => {
    const root = node === org.root
    rows.push({ kind: 'node', id: node.id, name: node.name, depth, root, scps: node.scps ?? [], rcps: node.rcps ?? [] })
    // The management account belongs to the organization even when the tree does not list it: shown in the root.
    const accounts = root && !placed ? [org.managementAccount, ...(node.accounts ?? [])] : (node.accounts ?? [])
    for (const id of accounts) {
      const own = org.accountPolicies?.find((a) => a.account === id)
      rows.push({
        kind: 'account',
        id,
        label: accountLabel(scenario, id),
        depth: depth + 1,
        management: id === org.managementAccount,
        scps: own?.scps ?? [],
        rcps: own?.rcps ?? [],
      })
    }
    for (const child of node.children ?? []) visit(child, depth + 1)
  }
  visit(org.root, 0)
  return rows
}

/** The tree item a selection names; undefined when it names none (or it is gone). */
export function selectedOrgItem(scenario: Scenario, selection: Selection): OrgItem | undefined {
  const org = scenario.organization
  if (!org || selection?.kind !== 'organization') return undefined
  const all = nodes(org)
  if (selection.node !== undefined) {
    const found = all.find((p) => p.node.id === selection.node)
    return found && { kind: 'node', node: found.node, root: found.node === org.root, parent: found.parent }
  }
  const id = selection.account
  if (id === undefined || !scenario.accounts.some((a) => a.id === id)) return undefined
  const parent = all.find((p) => p.node.accounts?.includes(id))?.node
  if (!parent && id !== org.managementAccount) return undefined
  return { kind: 'account', id, label: accountLabel(scenario, id), management: id === org.managementAccount, parent }
}

/** A node's label for lists: `Root (root)`, `OU Dev`. */
export function nodeLabel(org: Organization, node: OrgNode): string {
  return node === org.root ? t('org.place.root', { name: node.name }) : t('org.place.ou', { name: node.name })
}

/**
 * Where an OU or account may move: the root and every OU (indented by depth), except where it is now and, for an OU,
 * itself and its own OUs (the edit refuses those too).
 */
export function moveChoices(scenario: Scenario, item: OrgItem): Choice[] {
  const org = scenario.organization
  if (!org) return []
  const inside = new Set<OrgNode>()
  if (item.kind === 'node') {
    const mark = (n: OrgNode) => (inside.add(n), n.children?.forEach(mark))
    mark(item.node)
  }
  return nodes(org)
    .filter((p) => !inside.has(p.node) && p.node !== item.parent)
    .map((p) => ({ value: p.node.id, label: `${'\u2003'.repeat(p.depth)}${nodeLabel(org, p.node)}` }))
}

/** The SCP or RCP names attached at a target (FullAWSAccess where none are listed, as AWS attaches it by default). */
function attachedNames(org: Organization, target: string, type: 'scp' | 'rcp'): string[] {
  const key = type === 'scp' ? 'scps' : 'rcps'
  const listed = /^\d{12}$/.test(target)
    ? org.accountPolicies?.find((a) => a.account === target)?.[key]
    : nodes(org).find((p) => p.node.id === target)?.node[key]
  return listed ?? (type === 'scp' ? [FULL_AWS_ACCESS_NAME] : [])
}

/** The SCPs or RCPs attached at a target; `RCPFullAWSAccess` comes first, always attached. */
export function attachedOrgPolicies(scenario: Scenario, target: string, type: 'scp' | 'rcp'): AttachedOrgPolicy[] {
  const org = scenario.organization
  if (!org) return []
  const names = attachedNames(org, target, type).map((name) => ({ value: name, label: policyLabel(name) }))
  if (type === 'scp') return names
  const always = {
    value: RCP_FULL_AWS_ACCESS_NAME,
    label: policyLabel(RCP_FULL_AWS_ACCESS_NAME),
    locked: t('org.alwaysAttached'),
  }
  return [always, ...names.filter((n) => n.value !== RCP_FULL_AWS_ACCESS_NAME)]
}

/** What may still be attached at a target: the organization's policies of that type, and FullAWSAccess for SCPs. */
export function attachableOrgPolicies(scenario: Scenario, target: string, type: 'scp' | 'rcp'): Choice[] {
  const org = scenario.organization
  if (!org) return []
  const taken = new Set(attachedNames(org, target, type))
  const names = (org.policies ?? []).filter((p) => p.type === type).map((p) => p.name)
  if (type === 'scp') names.unshift(FULL_AWS_ACCESS_NAME)
  return names.filter((n) => !taken.has(n)).map((n) => ({ value: n, label: policyLabel(n) }))
}

/** A policy's name, with `(AWS managed)` for the two AWS attaches by itself. */
export function policyLabel(name: string): string {
  return name === FULL_AWS_ACCESS_NAME || name === RCP_FULL_AWS_ACCESS_NAME ? t('org.awsManaged', { name }) : name
}

/** Every place in the organization: the root, the OUs and the accounts in the tree, in tree order. */
export function orgTargets(scenario: Scenario): OrgTarget[] {
  const org = scenario.organization
  if (!org) return []
  return orgTreeRows(scenario).map((row) =>
    row.kind === 'node'
      ? {
          value: row.id,
          label: `${'\u2003'.repeat(row.depth)}${nodeLabel(org, nodes(org).find((p) => p.node.id === row.id)!.node)}`,
        }
      : { value: row.id, label: `${'\u2003'.repeat(row.depth)}${t('org.place.account', { account: row.label })}` },
  )
}

/** Where an SCP or RCP is attached (the root, OUs, accounts), as targets. */
export function orgPolicyTargets(scenario: Scenario, policy: { name: string; type: 'scp' | 'rcp' }): OrgTarget[] {
  const org = scenario.organization
  if (!org) return []
  return orgTargets(scenario)
    .filter((place) => attachedNames(org, place.value, policy.type).includes(policy.name))
    .map((place) => ({ ...place, label: place.label.trimStart() }))
}
