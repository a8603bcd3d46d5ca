// Edits of IAM roles: create, rename, delete, and the trust policy, tags, description and session length.
import { accountOf, roleArn, sessionRole } from '../arns'
import { findRole } from '../lookup'
import type { PolicyBody, Resource, Role, Scenario, Tags } from '../model'
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

/** The shortest and longest `MaxSessionDuration` of a role, in seconds. */
export const ROLE_SESSION_LIMITS = { min: 3600, max: 43200 } as const

/** The trust policy of a new role when none is given: principals of its own account may assume it. */
export function defaultTrustPolicy(account: string): string {
  const doc = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
  }
  return JSON.stringify(doc, null, 2)
}

/** Creates a role; without a trust policy, its own account may assume it ({@link defaultTrustPolicy}). */
export function createRole(
  scenario: Scenario,
  args: { name: string; account?: string; path?: string; description?: string; trustPolicy?: PolicyBody; tags?: Tags },
): EditResult {
  const account = accountOf(scenario, args)
  const problem =
    checkIamName('role', args.name) ??
    checkAccount(scenario, args.account) ??
    checkPath(args.path) ??
    (args.description !== undefined ? checkDescription(args.description) : undefined) ??
    (args.tags ? checkTags(args.tags, { iam: true }) : undefined) ??
    checkUnique(scenario, identities(scenario, 'role'), 'role', args.name, account)
  if (problem) return problem
  const role: Role = { name: args.name, trustPolicy: args.trustPolicy ?? defaultTrustPolicy(account) }
  if (args.account !== undefined) role.account = args.account
  if (args.path !== undefined && args.path !== '/') role.path = args.path
  if (args.description) role.description = args.description
  if (args.tags && Object.keys(args.tags).length > 0) role.tags = args.tags
  return done(
    withIdentities(scenario, 'role', [...identities(scenario, 'role'), role]),
    say('edit.done.create-role', { name: args.name }),
  )
}

/** Renames a role; its sessions, Lambda execution roles and saved requests that name it follow. */
export function renameRole(scenario: Scenario, args: { role: string; name: string }): EditResult {
  const found = findIdentity(scenario, 'role', args.role)
  if (isRefusal(found)) return found
  const role = found.item
  const account = accountOf(scenario, role)
  const problem = checkRename(scenario, identities(scenario, 'role'), 'role', role, args.name)
  if (problem) return problem
  const renamed = { ...role, name: args.name }
  const oldArn = roleArn(scenario, role)
  const newArn = roleArn(scenario, renamed)
  // A session or function names its role by name or ARN; keep whichever form it used.
  const ref = (r: string) => (r === oldArn ? newArn : r === role.name ? args.name : r)

  let next = withIdentities(scenario, 'role', replaceAt(identities(scenario, 'role'), found.index, renamed))
  const sessions = next.sessions
  if (sessions?.some((s) => sessionRole(scenario, s) === role))
    next = {
      ...next,
      sessions: sessions.map((s) => (sessionRole(scenario, s) === role ? { ...s, role: ref(s.role) } : s)),
    }
  const resources = next.resources
  const runsAs = (r: Resource) => r.executionRole !== undefined && findRole(scenario, r.executionRole, account) === role
  if (resources?.some(runsAs))
    next = {
      ...next,
      resources: resources.map((r) => (runsAs(r) ? { ...r, executionRole: ref(r.executionRole!) } : r)),
    }
  next = renamePrincipals(scenario, next, 'role', role, args.name)
  return done(next, say('edit.done.rename-role', { name: role.name, to: args.name }))
}

/** Deletes a role and its live sessions (which cannot be evaluated without it). */
export function deleteRole(scenario: Scenario, args: { role: string }): EditResult {
  const found = findIdentity(scenario, 'role', args.role)
  if (isRefusal(found)) return found
  const role = found.item
  let next = withIdentities(scenario, 'role', removeAt(identities(scenario, 'role'), found.index))
  const sessions = scenario.sessions ?? []
  const kept = sessions.filter((s) => sessionRole(scenario, s) !== role)
  const dropped = sessions.length - kept.length
  if (dropped > 0) next = withField(next, 'sessions', kept)
  const extra = dropped === 0 ? '' : dropped === 1 ? '.session' : '.sessions'
  return done(next, say(`edit.done.delete-role${extra}`, { name: role.name, count: dropped }))
}

/** Sets who may assume a role. The editor stores the text as typed. */
export function setTrustPolicy(scenario: Scenario, args: { role: string; document: PolicyBody }): EditResult {
  const r = updateIdentity(scenario, 'role', args.role, 'role', (role) => ({ ...role, trustPolicy: args.document }))
  if (isRefusal(r)) return r
  return done(
    r.scenario,
    say('edit.done.trust-policy', { name: r.before.name }),
    `trust:${roleArn(scenario, r.before)}`,
  )
}

/** Sets a role's tags (replacing them all). */
export function setRoleTags(scenario: Scenario, args: { role: string; tags: Tags }): EditResult {
  const problem = checkTags(args.tags, { iam: true })
  if (problem) return problem
  const r = updateIdentity(scenario, 'role', args.role, 'role', (role) => withField(role, 'tags', args.tags))
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.role-tags', { name: r.before.name }))
}

/** Sets a role's description (at most 1000 characters; empty removes it). */
export function setRoleDescription(scenario: Scenario, args: { role: string; description: string }): EditResult {
  const problem = checkDescription(args.description)
  if (problem) return problem
  const r = updateIdentity(scenario, 'role', args.role, 'role', (role) =>
    withField(role, 'description', args.description || undefined),
  )
  if (isRefusal(r)) return r
  return done(
    r.scenario,
    say('edit.done.role-description', { name: r.before.name }),
    `role-description:${roleArn(scenario, r.before)}`,
  )
}

/** Sets how long sessions of a role may last: 3600–43200 seconds (1–12 hours). */
export function setRoleMaxSessionDuration(
  scenario: Scenario,
  args: { role: string; maxSessionDuration: number },
): EditResult {
  const { min, max } = ROLE_SESSION_LIMITS
  if (!Number.isInteger(args.maxSessionDuration) || args.maxSessionDuration < min || args.maxSessionDuration > max)
    return refuse(
      say('edit.refused.max-session-duration', { min, max, value: args.maxSessionDuration }),
      'maxSessionDuration',
    )
  const r = updateIdentity(scenario, 'role', args.role, 'role', (role) => ({
    ...role,
    maxSessionDuration: args.maxSessionDuration,
  }))
  if (isRefusal(r)) return r
  return done(r.scenario, sessionLabel(r.before.name, args.maxSessionDuration))
}

function sessionLabel(name: string, seconds: number) {
  const hours = seconds / 3600
  return Number.isInteger(hours)
    ? say('edit.done.max-session-duration.hours', { name, hours })
    : say('edit.done.max-session-duration.seconds', { name, seconds })
}

function checkDescription(description: string) {
  if (description.length > 1000)
    return refuse(say('edit.refused.description-too-long', { length: description.length }), 'description')
  if (!/^[\t\n\r\x20-\x7e\xa1-\xff]*$/.test(description))
    return refuse(say('edit.refused.description-chars'), 'description')
  return undefined
}
