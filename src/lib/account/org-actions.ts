// The organization's edits as the explorer makes them: the edit, then what the selection follows. Each returns the
// refusal message in the page's language (undefined when it worked).
import {
  addOrganizationAccount,
  attachOrganizationPolicy,
  createOrganization,
  createOrganizationalUnit,
  deleteOrganizationalUnit,
  detachOrganizationPolicy,
  moveAccount,
  moveOrganizationalUnit,
  removeOrganizationAccount,
  renameOrganizationalUnit,
  setAccountAlias,
  setManagementAccount,
} from '../../engine/index'
import type { AppActions } from './actions'

/** Creates the organization (the first account manages it; every account starts in the root) and selects the root. */
export function createOrg(app: AppActions): string | undefined {
  const error = app.document.edit(createOrganization(app.document.scenario))
  const root = app.document.scenario.organization?.root.id
  if (error === undefined && root) app.navigation.select({ kind: 'organization', node: root })
  return error
}

/** Creates an OU under `parent` and selects it. */
export function createOu(app: AppActions, parent: string, value: string): string | undefined {
  const name = value.trim()
  const error = app.document.edit(createOrganizationalUnit(app.document.scenario, { parent, name }))
  if (error !== undefined) return error
  const find = (n: { id: string; name: string; children?: (typeof n)[] }): string | undefined =>
    n.id === parent ? n.children?.find((c) => c.name === name)?.id : n.children?.map(find).find(Boolean)
  const root = app.document.scenario.organization?.root
  const id = root && find(root)
  if (id) app.navigation.select({ kind: 'organization', node: id })
  return undefined
}

/** Renames an OU (the selection names it by id, so it stays). */
export function renameOu(app: AppActions, unit: string, name: string): string | undefined {
  return app.document.edit(renameOrganizationalUnit(app.document.scenario, { unit, name: name.trim() }))
}

/** Deletes an empty OU and selects its parent. */
export function deleteOu(app: AppActions, unit: string, parent: string | undefined): string | undefined {
  const error = app.document.edit(deleteOrganizationalUnit(app.document.scenario, { unit }))
  if (error === undefined) app.navigation.select(parent ? { kind: 'organization', node: parent } : undefined)
  return error
}

/** Moves an OU under another OU or the root. */
export function moveOu(app: AppActions, unit: string, to: string): string | undefined {
  return app.document.edit(moveOrganizationalUnit(app.document.scenario, { unit, to }))
}

/** Adds a new account (alias optional) to `parent` and selects it. */
export function addAccount(app: AppActions, parent: string, alias: string): string | undefined {
  const trimmed = alias.trim()
  const args = trimmed === '' ? { parent } : { parent, alias: trimmed }
  const error = app.document.edit(addOrganizationAccount(app.document.scenario, args))
  const added = app.document.scenario.accounts.at(-1)
  if (error === undefined && added) app.navigation.select({ kind: 'organization', account: added.id })
  return error
}

/** Sets or clears an account's alias. */
export function renameAccount(app: AppActions, account: string, alias: string): string | undefined {
  return app.document.edit(setAccountAlias(app.document.scenario, { account, alias }))
}

/** Moves an account to the root or an OU. */
export function moveAccountTo(app: AppActions, account: string, to: string): string | undefined {
  return app.document.edit(moveAccount(app.document.scenario, { account, to }))
}

/** Removes an account from the organization and the scenario, and selects the node that held it. */
export function removeAccount(app: AppActions, account: string, parent: string | undefined): string | undefined {
  const error = app.document.edit(removeOrganizationAccount(app.document.scenario, { account }))
  if (error === undefined) app.navigation.select(parent ? { kind: 'organization', node: parent } : undefined)
  return error
}

/** Makes an account the management account. */
export function makeManagement(app: AppActions, account: string): string | undefined {
  return app.document.edit(setManagementAccount(app.document.scenario, { account }))
}

/** Attaches an SCP or RCP at the root, an OU or an account. */
export function attachOrgPolicy(app: AppActions, policy: string, target: string): string | undefined {
  return app.document.edit(attachOrganizationPolicy(app.document.scenario, { policy, target }))
}

/** Detaches an SCP or RCP from the root, an OU or an account. */
export function detachOrgPolicy(app: AppActions, policy: string, target: string): string | undefined {
  return app.document.edit(detachOrganizationPolicy(app.document.scenario, { policy, target }))
}
