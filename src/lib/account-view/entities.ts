// What the account explorer lists and which entity the panel shows: pure views over a scenario.
import { accountOf } from '../../engine/account/arns'
import type {
  Group,
  ManagedPolicy,
  OrganizationPolicy,
  OrgNode,
  Resource,
  Role,
  Scenario,
  User,
} from '../../engine/account/model'
import type { Selection } from '../state/app.svelte'
import { resourceLabel } from '../workspace/edits'

/** The kinds of entities the explorer lists and the panel edits. */
export type EntityKind = 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'

/** One row of an explorer section: what selects it (`name`; the ARN for resources) and what it shows. */
export interface ExplorerItem {
  /** Unique within the section (names repeat across accounts). */
  key: string
  name: string
  label: string
}

/** The entity a selection points at, with its kind. */
export type SelectedEntity =
  | { kind: 'user'; entity: User }
  | { kind: 'group'; entity: Group }
  | { kind: 'role'; entity: Role }
  | { kind: 'policy'; entity: ManagedPolicy }
  | { kind: 'resource'; entity: Resource }
  | { kind: 'org-policy'; entity: OrganizationPolicy }

/** The rows of every explorer section. */
export function explorerItems(scenario: Scenario): Record<EntityKind, ExplorerItem[]> {
  const home = scenario.accounts[0]?.id
  // Entities of another account than the first carry its id (a name can repeat across accounts).
  const named = (list: { name: string; account?: string }[] | undefined) =>
    (list ?? []).map((e) => {
      const account = accountOf(scenario, e)
      return { key: `${account}/${e.name}`, name: e.name, label: account === home ? e.name : `${e.name} (${account})` }
    })
  return {
    user: named(scenario.users),
    group: named(scenario.groups),
    role: named(scenario.roles),
    policy: named(scenario.policies),
    resource: (scenario.resources ?? []).map((r) => ({ key: r.arn, name: r.arn, label: resourceLabel(r) })),
    'org-policy': (scenario.organization?.policies ?? []).map((p) => ({
      key: p.name,
      name: p.name,
      label: `${p.name} (${p.type.toUpperCase()})`,
    })),
  }
}

/** The entity the selection names, or undefined when there is none (or it was deleted). */
export function selectedEntity(scenario: Scenario, selection: Selection): SelectedEntity | undefined {
  if (!selection || selection.kind === 'organization') return undefined
  const name = selection.name
  const byName = <T extends { name: string }>(list: T[] | undefined) => list?.find((e) => e.name === name)
  switch (selection.kind) {
    case 'user': {
      const entity = byName(scenario.users)
      return entity && { kind: 'user', entity }
    }
    case 'group': {
      const entity = byName(scenario.groups)
      return entity && { kind: 'group', entity }
    }
    case 'role': {
      const entity = byName(scenario.roles)
      return entity && { kind: 'role', entity }
    }
    case 'policy': {
      const entity = byName(scenario.policies)
      return entity && { kind: 'policy', entity }
    }
    case 'resource': {
      const entity = scenario.resources?.find((r) => r.arn === name)
      return entity && { kind: 'resource', entity }
    }
    case 'org-policy': {
      const entity = byName(scenario.organization?.policies)
      return entity && { kind: 'org-policy', entity }
    }
  }
}

/** Whether a selection points at this explorer row. */
export function isSelected(selection: Selection, kind: EntityKind, name: string): boolean {
  return selection !== undefined && selection.kind === kind && selection.name === name
}

/** One node of the organization tree, flattened in display order. */
export interface OrgRow {
  id: string
  name: string
  depth: number
  accounts: { id: string; label: string }[]
  scps: string[]
  rcps: string[]
}

/** The organization's root and OUs, depth-first, with accounts (and their aliases) and attached SCPs and RCPs. */
export function orgRows(scenario: Scenario): OrgRow[] {
  const org = scenario.organization
  if (!org) return []
  const alias = new Map(scenario.accounts.map((a) => [a.id, a.alias]))
  const rows: OrgRow[] = []
  const visit = (node: OrgNode, depth: number) => {
    rows.push({
      id: node.id,
      name: node.name,
      depth,
      accounts: (node.accounts ?? []).map((id) => {
        const a = alias.get(id)
        return { id, label: a ? `${a} (${id})` : id }
      }),
      scps: node.scps ?? [],
      rcps: node.rcps ?? [],
    })
    for (const child of node.children ?? []) visit(child, depth + 1)
  }
  visit(org.root, 0)
  return rows
}

/** Whether an entity lives in the same account as another (identities of different accounts never mix). */
export function sameAccount(scenario: Scenario, a: { account?: string }, b: { account?: string }): boolean {
  return accountOf(scenario, a) === accountOf(scenario, b)
}
