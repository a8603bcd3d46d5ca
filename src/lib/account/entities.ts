// What the account explorer lists and which entity the panel shows: pure views over a scenario.
import { accountOf, groupArn, policyArn, roleArn, userArn } from '../../engine/index'
import type { Group, ManagedPolicy, OrganizationPolicy, Resource, Role, Scenario, User } from '../../engine/index'
import type { Selection } from '../state/navigation.svelte'
import { resourceLabel } from '../../engine/index'
import { lastList } from '../state/same-result'

/** The kinds of entities the explorer lists and the panel edits. */
export type EntityKind = 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'

/** One row of an explorer section: what selects it (`name`; the ARN for resources) and what it shows. */
export interface ExplorerItem {
  /** Unique within the section (names repeat across accounts). */
  key: string
  name: string
  label: string
  /** The entity's account (users, groups, roles and policies; never for resources and organization policies). */
  account?: string
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
  return {
    user: users(scenario),
    group: groups(scenario),
    role: roles(scenario),
    policy: policies(scenario),
    resource: resources(scenario),
    'org-policy': orgPolicies(scenario),
  }
}

// Each keystroke in the policy editor stores a new scenario: a section whose entities did not change keeps its very
// list (and rows), so the explorer's thousands of rows are not revisited (see `lastList`).
const sameRow = (a: ExplorerItem, b: ExplorerItem) =>
  a.key === b.key && a.name === b.name && a.label === b.label && a.account === b.account
const sectionOf = (list: (s: Scenario) => { name: string; account?: string }[] | undefined) =>
  lastList(
    (s: Scenario) => [list(s), s.accounts],
    (s: Scenario) => named(s, list(s)),
    sameRow,
  )
const users = sectionOf((s) => s.users)
const groups = sectionOf((s) => s.groups)
const roles = sectionOf((s) => s.roles)
const policies = sectionOf((s) => s.policies)
const resources = lastList(
  (s: Scenario) => [s.resources],
  (s: Scenario) => (s.resources ?? []).map((r) => ({ key: r.arn, name: r.arn, label: resourceLabel(r) })),
  sameRow,
)
const orgPolicies = lastList(
  (s: Scenario) => [s.organization?.policies],
  (s: Scenario) =>
    (s.organization?.policies ?? []).map((p) => ({
      key: p.name,
      name: p.name,
      label: `${p.name} (${p.type.toUpperCase()})`,
    })),
  sameRow,
)

/** Rows for entities of an account; those of another account than the first carry its id (names can repeat). */
function named(scenario: Scenario, list: { name: string; account?: string }[] | undefined): ExplorerItem[] {
  const home = scenario.accounts[0]?.id
  return (list ?? []).map((e) => {
    const account = accountOf(scenario, e)
    return {
      key: `${account}/${e.name}`,
      name: e.name,
      label: account === home ? e.name : `${e.name} (${account})`,
      account,
    }
  })
}

/** The kinds whose entities live in an account (a name can repeat across accounts). */
function hasAccount(kind: EntityKind): kind is 'user' | 'group' | 'role' | 'policy' {
  return kind === 'user' || kind === 'group' || kind === 'role' || kind === 'policy'
}

/**
 * The entity the selection names, or undefined when there is none (or it was deleted). Users, groups, roles and
 * policies are looked up in the selection's account, else in the scenario's first account.
 */
export function selectedEntity(scenario: Scenario, selection: Selection): SelectedEntity | undefined {
  if (!selection || selection.kind === 'organization') return undefined
  const name = selection.name
  const account = selection.account ?? scenario.accounts[0]?.id
  const byName = <T extends { name: string; account?: string }>(list: T[] | undefined) =>
    list?.find((e) => e.name === name && accountOf(scenario, e) === account)
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
      const entity = scenario.organization?.policies?.find((e) => e.name === name)
      return entity && { kind: 'org-policy', entity }
    }
  }
}

/** What selecting an explorer row selects: its name and, for entities of an account, that account. */
export function itemSelection(kind: EntityKind, item: ExplorerItem): Selection {
  return hasAccount(kind) && item.account !== undefined
    ? { kind, name: item.name, account: item.account }
    : { kind, name: item.name }
}

/**
 * Whether a selection points at this explorer row. With `account` (the row's account), a selection without one
 * means `home` (the scenario's first account).
 */
export function isSelected(
  selection: Selection,
  kind: EntityKind,
  name: string,
  account?: string,
  home?: string,
): boolean {
  if (selection === undefined || selection.kind !== kind || selection.name !== name) return false
  return account === undefined || !hasAccount(kind) || (selection.account ?? home) === account
}

/**
 * How the edits should name an entity: its name in the scenario's first account, else its ARN (a bare name
 * would mean the entity of that name in the first account).
 */
export function entityRef(
  scenario: Scenario,
  kind: EntityKind,
  entity: { name: string; account?: string; path?: string },
): string {
  if (!hasAccount(kind) || accountOf(scenario, entity) === scenario.accounts[0]?.id) return entity.name
  if (kind === 'user') return userArn(scenario, entity)
  if (kind === 'group') return groupArn(scenario, entity)
  if (kind === 'role') return roleArn(scenario, entity as Role)
  return policyArn(scenario, entity as ManagedPolicy)
}

/** Whether an entity lives in the same account as another (identities of different accounts never mix). */
export function sameAccount(scenario: Scenario, a: { account?: string }, b: { account?: string }): boolean {
  return accountOf(scenario, a) === accountOf(scenario, b)
}
