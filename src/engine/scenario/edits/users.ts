// Edits of IAM users and groups: create, rename, delete, group membership and tags.
import { accountOf } from '../arns'
import type { Group, Scenario, Tags, User } from '../model'
import { MAX_GROUPS_PER_USER } from '../quotas'
import {
  checkAccount,
  checkIamName,
  checkPath,
  checkRename,
  checkTags,
  checkUnique,
  done,
  type EditResult,
  isRefusal,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
} from './core'
import { findIdentity, identities, renamePrincipals, updateIdentity, withIdentities } from './identities'

// --- Users ---

/** Creates a user. */
export function createUser(
  scenario: Scenario,
  args: { name: string; account?: string; path?: string; tags?: Tags; createdAt?: string },
): EditResult {
  const problem =
    checkIamName('user', args.name) ??
    checkAccount(scenario, args.account) ??
    checkPath(args.path) ??
    (args.tags ? checkTags(args.tags, { iam: true }) : undefined) ??
    checkUnique(scenario, identities(scenario, 'user'), 'user', args.name, accountOf(scenario, args))
  if (problem) return problem
  const user: User = { name: args.name }
  if (args.account !== undefined) user.account = args.account
  if (args.path !== undefined && args.path !== '/') user.path = args.path
  if (args.tags && Object.keys(args.tags).length > 0) user.tags = args.tags
  if (args.createdAt !== undefined) user.createdAt = args.createdAt
  return done(
    withIdentities(scenario, 'user', [...identities(scenario, 'user'), user]),
    say('edit.done.create-user', { name: args.name }),
  )
}

/** Renames a user; saved requests and sessions that name it by ARN (or `user/NAME`) follow. */
export function renameUser(scenario: Scenario, args: { user: string; name: string }): EditResult {
  const found = findIdentity(scenario, 'user', args.user)
  if (isRefusal(found)) return found
  const user = found.item
  const problem = checkRename(scenario, identities(scenario, 'user'), 'user', user, args.name)
  if (problem) return problem
  const renamed = { ...user, name: args.name }
  let next = withIdentities(scenario, 'user', replaceAt(identities(scenario, 'user'), found.index, renamed))
  next = renamePrincipals(scenario, next, 'user', user, args.name)
  return done(next, say('edit.done.rename-user', { name: user.name, to: args.name }))
}

/** Deletes a user with its memberships, policies and credentials (as the console does). */
export function deleteUser(scenario: Scenario, args: { user: string }): EditResult {
  const found = findIdentity(scenario, 'user', args.user)
  if (isRefusal(found)) return found
  const list = removeAt(identities(scenario, 'user'), found.index)
  return done(withIdentities(scenario, 'user', list), say('edit.done.delete-user', { name: found.item.name }))
}

/** Sets a user's tags (replacing them all). */
export function setUserTags(scenario: Scenario, args: { user: string; tags: Tags }): EditResult {
  const problem = checkTags(args.tags, { iam: true })
  if (problem) return problem
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) => withField(u, 'tags', args.tags))
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.user-tags', { name: r.before.name }))
}

// --- Groups ---

/** Creates a group. */
export function createGroup(scenario: Scenario, args: { name: string; account?: string; path?: string }): EditResult {
  const problem =
    checkIamName('group', args.name) ??
    checkAccount(scenario, args.account) ??
    checkPath(args.path) ??
    checkUnique(scenario, identities(scenario, 'group'), 'group', args.name, accountOf(scenario, args))
  if (problem) return problem
  const group: Group = { name: args.name }
  if (args.account !== undefined) group.account = args.account
  if (args.path !== undefined && args.path !== '/') group.path = args.path
  return done(
    withIdentities(scenario, 'group', [...identities(scenario, 'group'), group]),
    say('edit.done.create-group', { name: args.name }),
  )
}

/** Renames a group; the memberships of its users follow. */
export function renameGroup(scenario: Scenario, args: { group: string; name: string }): EditResult {
  const found = findIdentity(scenario, 'group', args.group)
  if (isRefusal(found)) return found
  const group = found.item
  const account = accountOf(scenario, group)
  const problem = checkRename(scenario, identities(scenario, 'group'), 'group', group, args.name)
  if (problem) return problem
  let next = withIdentities(
    scenario,
    'group',
    replaceAt(identities(scenario, 'group'), found.index, { ...group, name: args.name }),
  )
  next = rewriteMembers(next, account, (groups) => groups.map((g) => (g === group.name ? args.name : g)))
  return done(next, say('edit.done.rename-group', { name: group.name, to: args.name }))
}

/** Deletes a group; its users leave it. */
export function deleteGroup(scenario: Scenario, args: { group: string }): EditResult {
  const found = findIdentity(scenario, 'group', args.group)
  if (isRefusal(found)) return found
  const group = found.item
  let next = withIdentities(scenario, 'group', removeAt(identities(scenario, 'group'), found.index))
  next = rewriteMembers(next, accountOf(scenario, group), (groups) => groups.filter((g) => g !== group.name))
  return done(next, say('edit.done.delete-group', { name: group.name }))
}

/** Adds a user to a group of its own account (at most {@link MAX_GROUPS_PER_USER} groups per user). */
export function addUserToGroup(scenario: Scenario, args: { user: string; group: string }): EditResult {
  const user = findIdentity(scenario, 'user', args.user)
  if (isRefusal(user)) return notAUser(scenario, args.user) ?? user
  const target = groupInAccount(scenario, user.item, args.group)
  if (isRefusal(target)) return target
  const groups = user.item.groups ?? []
  if (groups.includes(target.name))
    return refuse(say('edit.refused.already-member', { user: user.item.name, group: target.name }), 'group')
  if (groups.length >= MAX_GROUPS_PER_USER)
    return refuse(say('edit.refused.too-many-groups', { user: user.item.name, count: groups.length }), 'group')
  const list = replaceAt(identities(scenario, 'user'), user.index, { ...user.item, groups: [...groups, target.name] })
  return done(
    withIdentities(scenario, 'user', list),
    say('edit.done.add-to-group', { user: user.item.name, group: target.name }),
  )
}

/** Removes a user from a group. */
export function removeUserFromGroup(scenario: Scenario, args: { user: string; group: string }): EditResult {
  const user = findIdentity(scenario, 'user', args.user)
  if (isRefusal(user)) return user
  const target = groupInAccount(scenario, user.item, args.group)
  if (isRefusal(target)) return target
  const groups = user.item.groups ?? []
  if (!groups.includes(target.name))
    return refuse(say('edit.refused.not-member', { user: user.item.name, group: target.name }), 'group')
  const updated = withField(
    user.item,
    'groups',
    groups.filter((g) => g !== target.name),
  )
  const list = replaceAt(identities(scenario, 'user'), user.index, updated)
  return done(
    withIdentities(scenario, 'user', list),
    say('edit.done.remove-from-group', { user: user.item.name, group: target.name }),
  )
}

/** Explains why a group or role cannot join a group, when `ref` names one. */
function notAUser(scenario: Scenario, ref: string) {
  if (!isRefusal(findIdentity(scenario, 'group', ref))) return refuse(say('edit.refused.group-in-group'), 'user')
  if (!isRefusal(findIdentity(scenario, 'role', ref))) return refuse(say('edit.refused.role-in-group'), 'user')
  return undefined
}

/** The group `ref` among the groups of the user's account. */
function groupInAccount(scenario: Scenario, user: User, ref: string) {
  const account = accountOf(scenario, user)
  const found = findIdentity(scenario, 'group', ref, 'group', account)
  if (!isRefusal(found) && accountOf(scenario, found.item) === account) return found.item
  const elsewhere = findIdentity(scenario, 'group', ref, 'group')
  if (isRefusal(elsewhere)) return elsewhere
  const groupAccount = accountOf(scenario, elsewhere.item)
  return refuse(
    say('edit.refused.group-other-account', { group: elsewhere.item.name, groupAccount, user: user.name, account }),
    'group',
  )
}

/** Rewrites the group lists of the users of one account. */
function rewriteMembers(scenario: Scenario, account: string, rewrite: (groups: string[]) => string[]): Scenario {
  const users = identities(scenario, 'user')
  let changed = false
  const next = users.map((u) => {
    if (!u.groups || accountOf(scenario, u) !== account) return u
    const groups = rewrite(u.groups)
    if (groups.length === u.groups.length && groups.every((g, i) => g === u.groups![i])) return u
    changed = true
    return withField(u, 'groups', groups)
  })
  return changed ? withIdentities(scenario, 'user', next) : scenario
}
