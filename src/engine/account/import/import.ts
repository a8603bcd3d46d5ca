// Turns the output of `aws iam get-account-authorization-details` into a scenario. Pure: runs in the worker and in
// Node tests. Never throws on bad input: whatever cannot be carried over is reported with its JSON pointer.
import type { Group, Role, Scenario, User } from '../../scenario/model'
import { SCENARIO_VERSION } from '../../scenario/model'
import { SCENARIO_FORMAT } from '../../scenario/migrate'
import { englishField } from '../../messages/english-fields'
import { importMessage } from '../../messages/import'
import { q } from '../../scenario/issues'
import { readGroup, readRole, readUser, type EntityContext } from './entities'
import { parseIamArn } from './iam-arn'
import { readPages, type Lists } from './pages'
import { readPolicies } from './policies'
import { isObject } from './read'
import { isAccountId } from './rules'
import type { ImportOptions, ImportProblem, ImportResult, Warn } from './types'

/** The account used when neither the input's ARNs nor the options name one (as `accountOf` defaults). */
export const FALLBACK_ACCOUNT = '000000000000'

/**
 * Builds a scenario from `aws iam get-account-authorization-details` output: one response, a partial one, or an
 * array of pages. Policy documents may be objects, JSON text or URL-encoded JSON text. Managed policy references
 * resolve against the input's `Policies`, then the bundled AWS managed policies; the rest are left out and listed
 * in `unresolved`. An AWS managed policy whose document the input carries is kept as a copy (`account: 'aws'`, after
 * the customer managed policies) when it is not bundled or differs from the bundled document.
 */
export function importAuthorizationDetails(input: unknown, options: ImportOptions = {}): ImportResult {
  const warnings: ImportProblem[] = []
  const warn: Warn = (path, text) => {
    warnings.push({ path, message: englishField(text), text })
  }
  const pages = readPages(input, warn)
  if (!pages.ok) {
    const account = isAccountId(options.accountId) ? options.accountId : FALLBACK_ACCOUNT
    return {
      scenario: shell(account, options),
      errors: [pages.error],
      warnings,
      unresolved: [],
      stats: { users: 0, groups: 0, roles: 0, policies: 0, awsPolicies: 0 },
    }
  }
  const { lists } = pages
  const account = chooseAccount(lists, options, warn)
  const policies = readPolicies(lists.Policies, account, warn)
  const ctx: EntityContext = { warn, policies }

  const groups = readAll(lists.GroupDetailList, 'group', (v, p) => readGroup(v, p, ctx), warn)
  const users = readAll(lists.UserDetailList, 'user', (v, p) => readUser(v, p, ctx), warn)
  const roles = readAll(lists.RoleDetailList, 'role', (v, p) => readRole(v, p, ctx), warn)
  addMissingGroups(users, groups, warn)
  dropDuplicateIds([...users, ...groups, ...roles], warn)
  shareNoInstanceProfile(roles, warn)

  const scenario = shell(account, options)
  if (users.length > 0) scenario.users = users.map((u) => u.entity)
  if (groups.length > 0) scenario.groups = groups.map((g) => g.entity)
  if (roles.length > 0) scenario.roles = roles.map((r) => r.entity)
  const awsCopies = policies.awsCopies()
  if (policies.customer.length + awsCopies.length > 0) scenario.policies = [...policies.customer, ...awsCopies]
  return {
    scenario,
    errors: [],
    warnings,
    unresolved: policies.unresolved,
    stats: {
      users: users.length,
      groups: groups.length,
      roles: roles.length,
      policies: policies.customer.length,
      awsPolicies: awsCopies.length,
    },
  }
}

/** An empty scenario for one account. */
function shell(account: string, options: ImportOptions): Scenario {
  const title = options.name?.trim() ? options.name.trim() : { en: `AWS account ${account}`, ko: `AWS 계정 ${account}` }
  return {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title,
    description: {
      en: 'Imported from `aws iam get-account-authorization-details`.',
      ko: '`aws iam get-account-authorization-details`에서 가져왔습니다.',
    },
    accounts: [{ id: account }],
  }
}

/** An imported entity with the pointer it came from. */
interface Placed<T> {
  entity: T
  path: string
}

/** Reads every item of one list; IAM names are unique in an account whatever their case, so later twins are dropped. */
function readAll<T extends { name: string }>(
  items: Lists[keyof Lists],
  kind: 'user' | 'group' | 'role',
  read: (value: unknown, path: string) => T | undefined,
  warn: Warn,
): Placed<T>[] {
  const out: Placed<T>[] = []
  const seen = new Set<string>()
  for (const { value, path } of items) {
    const entity = read(value, path)
    if (!entity) continue
    const key = entity.name.toLowerCase()
    if (seen.has(key)) {
      warn(
        path,
        importMessage('import.entityTwice', { kind: importMessage(`import.entity.${kind}`), name: q(entity.name) }),
      )
      continue
    }
    seen.add(key)
    out.push({ entity, path })
  }
  return out
}

/**
 * Groups named in a user's `GroupList` but absent from `GroupDetailList` (a partial or filtered export) are added
 * with no policies, so the membership is kept and visible; their real policies are unknown.
 */
function addMissingGroups(users: Placed<User>[], groups: Placed<Group>[], warn: Warn) {
  // Lower-case name → the group's name as written: IAM names ignore case, and the scenario wants the exact one.
  const known = new Map(groups.map((g) => [g.entity.name.toLowerCase(), g.entity.name]))
  for (const { entity: user, path } of users) {
    if (!user.groups) continue
    user.groups = user.groups.map((name) => {
      const existing = known.get(name.toLowerCase())
      if (existing !== undefined) return existing
      known.set(name.toLowerCase(), name)
      groups.push({ entity: { name }, path: `${path}/GroupList` })
      warn(`${path}/GroupList`, importMessage('import.missingGroup', { name: q(name) }))
      return name
    })
  }
}

/** A unique ID (`AIDA…`, `AGPA…`, `AROA…`) names one entity: a second holder keeps its name but loses the ID. */
function dropDuplicateIds(entities: Placed<User | Group | Role>[], warn: Warn) {
  const seen = new Map<string, string>()
  for (const { entity, path } of entities) {
    if (entity.id === undefined) continue
    const other = seen.get(entity.id)
    if (other === undefined) {
      seen.set(entity.id, path)
      continue
    }
    warn(path, importMessage('import.duplicateId', { id: q(entity.id), other }))
    delete entity.id
  }
}

/** An instance profile holds one role: a profile listed under a second role stays with the first. */
function shareNoInstanceProfile(roles: Placed<Role>[], warn: Warn) {
  const holder = new Map<string, string>()
  for (const { entity: role, path } of roles) {
    if (!role.instanceProfiles) continue
    role.instanceProfiles = role.instanceProfiles.filter((name) => {
      const other = holder.get(name.toLowerCase())
      if (other === undefined) {
        holder.set(name.toLowerCase(), path)
        return true
      }
      warn(`${path}/InstanceProfileList`, importMessage('import.profileTaken', { name: q(name), other }))
      return false
    })
    if (role.instanceProfiles.length === 0) delete role.instanceProfiles
  }
}

/**
 * The scenario's account: `options.accountId`, else the account most of the input's ARNs name. IAM attaches only
 * the account's own entities, so everything is imported into that one account.
 */
function chooseAccount(lists: Lists, options: ImportOptions, warn: Warn): string {
  const counts = new Map<string, { n: number; path: string }>()
  for (const key of ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const) {
    for (const { value, path } of lists[key]) {
      if (!isObject(value) || typeof value.Arn !== 'string') continue
      const account = parseIamArn(value.Arn)?.account
      if (account === undefined || account === 'aws') continue
      const seen = counts.get(account)
      if (seen) seen.n++
      else counts.set(account, { n: 1, path: `${path}/Arn` })
    }
  }
  let fromArns: string | undefined
  let best = 0
  for (const [account, { n }] of counts) {
    if (n > best) {
      fromArns = account
      best = n
    }
  }

  if (options.accountId !== undefined) {
    if (isAccountId(options.accountId)) {
      for (const [account, { path }] of counts) {
        if (account !== options.accountId) {
          warn(path, importMessage('import.accountAsked', { account: q(account), asked: q(options.accountId) }))
        }
      }
      return options.accountId
    }
    warn('', importMessage('import.badAccountOption', { value: q(String(options.accountId)) }))
  }
  if (fromArns === undefined) {
    warn('', importMessage('import.noAccount', { account: q(FALLBACK_ACCOUNT) }))
    return FALLBACK_ACCOUNT
  }
  for (const [account, { path }] of counts) {
    if (account !== fromArns) {
      warn(path, importMessage('import.otherAccount', { account: q(account), chosen: q(fromArns) }))
    }
  }
  return fromArns
}
