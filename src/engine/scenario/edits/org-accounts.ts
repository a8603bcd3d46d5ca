// Edits of the organization's accounts: adding one (to the scenario and the tree), naming it, removing it, and
// choosing the management account.
// https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts.html
import { accountOf } from '../arns'
import type { Account, Scenario } from '../model'
import { done, type EditResult, isRefusal, refuse, say, withField } from './core'
import { findNode, mapNodes, nodeLabel, organization, updateNode, walk, withRoot } from './org'

/** A 12-digit ID. */
const ACCOUNT_ID = /^\d{12}$/

/**
 * An account alias as IAM takes it: 3–63 lowercase letters, digits or hyphens, not starting or ending with a hyphen
 * and without two hyphens in a row
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html).
 */
const ALIAS = /^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$/

/** A deterministic 12-digit ID that no account of the scenario has (edits are pure: no randomness). */
function freshAccountId(scenario: Scenario, seed: string): string {
  const taken = new Set(scenario.accounts.map((a) => a.id))
  for (let n = 0; ; n++) {
    let h = 0x811c9dc5
    const text = `${seed}/${n}`
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
    const low = Math.imul(h, 2654435761) >>> 0
    const id = `${(h % 1_000_000).toString().padStart(6, '0')}${(low % 1_000_000).toString().padStart(6, '0')}`
    if (!taken.has(id) && id !== '000000000000') return id
  }
}

function checkAlias(scenario: Scenario, alias: string, except?: string) {
  if (!ALIAS.test(alias)) return refuse(say('edit.refused.account-alias', { alias }), 'alias')
  const other = scenario.accounts.find((a) => a.alias === alias && a.id !== except)
  if (other) return refuse(say('edit.refused.account-alias-taken', { alias, account: other.id }), 'alias')
  return undefined
}

/**
 * Adds an account to the scenario and puts it in the root or an OU (as `CreateAccount` does). Without `id` it gets
 * a fresh 12-digit ID.
 */
export function addOrganizationAccount(
  scenario: Scenario,
  args: { parent: string; id?: string; alias?: string },
): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const parent = findNode(org, args.parent, 'parent')
  if (isRefusal(parent)) return parent
  const id = args.id ?? freshAccountId(scenario, `${org.id}/${args.alias ?? ''}`)
  if (!ACCOUNT_ID.test(id)) return refuse(say('edit.refused.account-id'), 'id')
  if (scenario.accounts.some((a) => a.id === id))
    return refuse(say('edit.refused.account-taken', { account: id }), 'id')
  const alias = args.alias?.trim() || undefined
  if (alias !== undefined) {
    const problem = checkAlias(scenario, alias)
    if (problem) return problem
  }
  const account: Account = alias === undefined ? { id } : { id, alias }
  const root = updateNode(org.root, parent.node.id, (n) => ({ ...n, accounts: [...(n.accounts ?? []), id] }))
  const next = { ...withRoot(scenario, org, root), accounts: [...scenario.accounts, account] }
  return done(next, say('edit.done.add-account', { account: alias ?? id, node: nodeLabel(parent.node, org) }))
}

/** Sets (or, with an empty alias, removes) the alias an account is shown by. */
export function setAccountAlias(scenario: Scenario, args: { account: string; alias: string }): EditResult {
  const index = scenario.accounts.findIndex((a) => a.id === args.account)
  if (index < 0) return refuse(say('edit.refused.no-account', { account: args.account }), 'account')
  const current = scenario.accounts[index]!
  const alias = args.alias.trim()
  if (alias === (current.alias ?? ''))
    return refuse(say('edit.refused.account-same-alias', { account: current.id }), 'alias')
  if (alias !== '') {
    const problem = checkAlias(scenario, alias, current.id)
    if (problem) return problem
  }
  const accounts = scenario.accounts.slice()
  accounts[index] = withField(current, 'alias', alias === '' ? undefined : alias)
  return done(
    { ...scenario, accounts },
    alias === ''
      ? say('edit.done.remove-account-alias', { account: current.id })
      : say('edit.done.set-account-alias', { account: current.id, alias }),
  )
}

/** What still lives in an account: its users, groups, roles, customer managed policies and resources, counted. */
function contents(scenario: Scenario, id: string): number {
  const lists = [scenario.users, scenario.groups, scenario.roles, scenario.policies, scenario.resources]
  return lists.reduce((sum, list) => sum + (list ?? []).filter((e) => accountOf(scenario, e) === id).length, 0)
}

/**
 * Removes an account from the organization and the scenario. Refused for the management account (AWS removes it
 * only by deleting the organization), the scenario's only account, and an account that still holds IAM entities or
 * resources (they would silently move to another account).
 */
export function removeOrganizationAccount(scenario: Scenario, args: { account: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const id = args.account
  if (!scenario.accounts.some((a) => a.id === id))
    return refuse(say('edit.refused.no-account', { account: id }), 'account')
  if (id === org.managementAccount)
    return refuse(say('edit.refused.remove-management-account', { account: id }), 'account')
  if (scenario.accounts.length === 1) return refuse(say('edit.refused.last-account', { account: id }), 'account')
  // The first account is where entities without an `account` live; removing it would hand them to the next one.
  if (id === scenario.accounts[0]!.id)
    return refuse(say('edit.refused.remove-first-account', { account: id }), 'account')
  const held = contents(scenario, id)
  if (held > 0) return refuse(say('edit.refused.account-not-empty', { account: id, count: held }), 'account')
  const root = mapNodes(org.root, (n) =>
    n.accounts?.includes(id)
      ? withField(
          n,
          'accounts',
          n.accounts.filter((a) => a !== id),
        )
      : n,
  )
  const accountPolicies = (org.accountPolicies ?? []).filter((p) => p.account !== id)
  const nextOrg = withField({ ...org, root }, 'accountPolicies', accountPolicies)
  const next = { ...scenario, organization: nextOrg, accounts: scenario.accounts.filter((a) => a.id !== id) }
  return done(next, say('edit.done.remove-account', { account: id }))
}

/**
 * Makes another account of the organization its management account (SCPs and RCPs do not limit it). AWS fixes the
 * management account when the organization is created; the playground lets it change to compare the two cases.
 */
export function setManagementAccount(scenario: Scenario, args: { account: string }): EditResult {
  const org = organization(scenario)
  if (isRefusal(org)) return org
  const id = args.account
  if (!scenario.accounts.some((a) => a.id === id))
    return refuse(say('edit.refused.no-account', { account: id }), 'account')
  if (org.managementAccount === id) return refuse(say('edit.refused.already-management', { account: id }), 'account')
  const inTree = walk(org.root).some((p) => p.node.accounts?.includes(id))
  // An account outside the tree joins the organization at the root, where `CreateOrganization` puts it.
  const root = inTree
    ? org.root
    : updateNode(org.root, org.root.id, (n) => ({ ...n, accounts: [...(n.accounts ?? []), id] }))
  const next = { ...scenario, organization: { ...org, managementAccount: id, root } }
  return done(next, say('edit.done.set-management-account', { account: id }))
}

/** The root or OU that holds an account, for panels and tests; undefined when the account is outside the tree. */
export function accountParent(scenario: Scenario, account: string): string | undefined {
  const org = scenario.organization
  if (!org) return undefined
  return walk(org.root).find((p) => p.node.accounts?.includes(account))?.node.id
}
