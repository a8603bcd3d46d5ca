// Renaming and deleting from the entity panel: the edit, then what the selection and the editor follow.
import type { Scenario } from '../../engine/index'
import type { Selection } from '../state/navigation.svelte'
import type { PolicyTarget } from '../state/policy-target'
import {
  deleteGroup,
  deleteInlinePolicy,
  deleteOrganizationPolicy,
  deletePolicy,
  deleteResource,
  deleteRole,
  deleteUser,
  type EditResult,
  type IdentityKind,
  putInlinePolicy,
  renameGroup,
  renameOrganizationPolicy,
  renamePolicy,
  renameResource,
  renameRole,
  renameUser,
} from '../../engine/index'
import { entityRef, selectedEntity, type EntityKind } from './entities'
import { retarget } from './retarget'
import { STARTER_IDENTITY_POLICY } from './starters'

/** The part of the app state these actions use (the app passes itself; tests pass a fake). */
export interface AppActions {
  document: { scenario: Scenario; edit(result: EditResult): string | undefined }
  navigation: {
    selection: Selection
    target: PolicyTarget | undefined
    select(selection: Selection): void
    openPolicy(target: PolicyTarget): void
  }
}

/** The rename edit of each kind (a resource's "name" is its ARN). */
export function renameEdit(scenario: Scenario, kind: EntityKind, from: string, to: string): EditResult {
  switch (kind) {
    case 'user':
      return renameUser(scenario, { user: from, name: to })
    case 'group':
      return renameGroup(scenario, { group: from, name: to })
    case 'role':
      return renameRole(scenario, { role: from, name: to })
    case 'policy':
      return renamePolicy(scenario, { policy: from, name: to })
    case 'resource':
      return renameResource(scenario, { resource: from, arn: to })
    case 'org-policy':
      return renameOrganizationPolicy(scenario, { policy: from, name: to })
  }
}

/**
 * The delete edit of each kind. Managed and organization policies are detached everywhere first: the panel
 * lists where they are attached, and the confirm step says so.
 */
export function deleteEdit(scenario: Scenario, kind: EntityKind, name: string): EditResult {
  switch (kind) {
    case 'user':
      return deleteUser(scenario, { user: name })
    case 'group':
      return deleteGroup(scenario, { group: name })
    case 'role':
      return deleteRole(scenario, { role: name })
    case 'policy':
      return deletePolicy(scenario, { policy: name, force: true })
    case 'resource':
      return deleteResource(scenario, { resource: name })
    case 'org-policy':
      return deleteOrganizationPolicy(scenario, { policy: name, force: true })
  }
}

/**
 * How the edits name the entity `name` of `account` (default: the first account): its ARN outside the first
 * account, else its name.
 */
function editRef(app: AppActions, kind: EntityKind, name: string, account: string | undefined): string {
  if (account === undefined) return name
  const found = selectedEntity(app.document.scenario, { kind, name, account })
  return found && found.kind !== 'resource' ? entityRef(app.document.scenario, kind, found.entity) : name
}

/**
 * Renames an entity (of `account`, default the first account); the selection and the editor follow it. Returns
 * the refusal message.
 */
export function renameEntity(
  app: AppActions,
  kind: EntityKind,
  from: string,
  to: string,
  account?: string,
): string | undefined {
  if (to === from) return undefined
  const before = app.navigation.target
  // The editor names identities and policies by name, which means the first account's.
  const inHome = account === undefined || account === app.document.scenario.accounts[0]?.id
  const error = app.document.edit(renameEdit(app.document.scenario, kind, editRef(app, kind, from, account), to))
  if (error !== undefined) return error
  app.navigation.select(account === undefined ? { kind, name: to } : { kind, name: to, account })
  const after = inHome ? retarget(before, kind, from, to) : before
  if (after && after !== before) app.navigation.openPolicy(after)
  return undefined
}

/** Deletes an entity (of `account`, default the first account) and clears the selection. Returns the refusal message. */
export function deleteEntity(app: AppActions, kind: EntityKind, name: string, account?: string): string | undefined {
  const error = app.document.edit(deleteEdit(app.document.scenario, kind, editRef(app, kind, name, account)))
  if (error === undefined) app.navigation.select(undefined)
  return error
}

/** Creates an inline policy with the starter document and opens it. Refuses a name the identity already uses. */
export function createInlinePolicy(
  app: AppActions,
  kind: IdentityKind,
  owner: { name: string; account?: string; path?: string; inlinePolicies?: { name: string }[] },
  value: string,
): string | undefined {
  const name = value.trim()
  if (owner.inlinePolicies?.some((p) => p.name === name))
    return `${kind} ${owner.name} already has an inline policy named ${name}`
  const error = app.document.edit(
    putInlinePolicy(app.document.scenario, {
      kind,
      identity: entityRef(app.document.scenario, kind, owner),
      name,
      document: STARTER_IDENTITY_POLICY,
    }),
  )
  if (error === undefined)
    app.navigation.openPolicy({
      slot: 'inline',
      owner: kind,
      identity: entityRef(app.document.scenario, kind, owner),
      name,
    })
  return error
}

/** Deletes an inline policy. Returns the refusal message. */
export function removeInlinePolicy(app: AppActions, kind: IdentityKind, identity: string, name: string) {
  return app.document.edit(deleteInlinePolicy(app.document.scenario, { kind, identity, name }))
}
