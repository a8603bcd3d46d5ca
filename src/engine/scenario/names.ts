// Accounts and names: every account exists once, and IAM names are unique per account and kind, ignoring case
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names).
import { AWS_MANAGED_ACCOUNT } from './model'
import { type CheckContext, each, type EntityKind, iamArn, ownerOf } from './check'
import { ACCOUNT_ID } from './fields'
import { at, q } from './issues'
import { SCENARIO_KIND as KIND_WORD, scenarioMessage } from '../messages/scenario'

const KIND_ARN: Record<EntityKind, string> = {
  user: 'user',
  group: 'group',
  role: 'role',
  policy: 'policy',
  'instance profile': 'instance-profile',
}

/** Checks `accounts` and every `account` field; fills `ctx.accounts`. */
export function checkAccounts(ctx: CheckContext): void {
  const { s, issues } = ctx
  if (s.accounts && s.accounts.length === 0) {
    issues.error('/accounts', scenarioMessage('scenario.noAccount'))
  }
  each(s.accounts, '/accounts', (a, path) => {
    if (a.id === undefined) return
    if (ctx.accounts.has(a.id))
      issues.error(at(path, 'id'), scenarioMessage('scenario.duplicateAccount', { id: q(a.id) }))
    ctx.accounts.add(a.id)
  })
  const lists = ['users', 'groups', 'roles', 'policies', 'resources', 'identityProviders'] as const
  for (const list of lists) {
    each(s[list], `/${list}`, (e, path) => {
      if (e.account === undefined || ctx.accounts.has(e.account)) return
      // A managed policy's `account` is 12 digits or `aws` (a copy of an AWS managed policy): the shape check has
      // reported anything else.
      if (list === 'policies' && !ACCOUNT_ID.test(e.account)) return
      issues.error(at(path, 'account'), scenarioMessage('scenario.unknownAccount', { account: q(e.account) }))
    })
  }
}

/** Indexes users, groups, roles, managed policies and instance profiles, reporting duplicate names and IDs. */
export function indexEntities(ctx: CheckContext): void {
  const { s } = ctx
  const add = (kind: EntityKind, e: { name?: string; account?: string; path?: string }, path: string) => {
    if (e.name === undefined) return
    const account = ownerOf(ctx, e)
    const arn = iamArn(account, KIND_ARN[kind], e.path, e.name)
    const clash = ctx.index.add(kind, { name: e.name, account, where: path, arn })
    if (clash) {
      const aws = account === AWS_MANAGED_ACCOUNT
      const params = { kind: KIND_WORD[kind], name: q(e.name), account, other: clash.where, as: q(clash.name) }
      const key =
        clash.name === e.name
          ? aws
            ? 'scenario.duplicateAwsName'
            : 'scenario.duplicateName'
          : aws
            ? 'scenario.duplicateAwsNameCase'
            : 'scenario.duplicateNameCase'
      ctx.issues.error(at(path, 'name'), scenarioMessage(key, params))
    }
  }
  each(s.users, '/users', (u, path) => add('user', u, path))
  each(s.groups, '/groups', (g, path) => add('group', g, path))
  each(s.roles, '/roles', (r, path) => add('role', r, path))
  each(s.policies, '/policies', (p, path) => add('policy', p, path))
  checkInstanceProfiles(ctx)
  checkUniqueIds(ctx)
  checkInlineNames(ctx)
  checkCredentials(ctx)
}

/** An instance profile holds one role (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html). */
function checkInstanceProfiles(ctx: CheckContext): void {
  each(ctx.s.roles, '/roles', (role, rolePath) => {
    const account = ownerOf(ctx, role)
    each(role.instanceProfiles, at(rolePath, 'instanceProfiles'), (name, path) => {
      const arn = iamArn(account, 'instance-profile', '/', name)
      const clash = ctx.index.add('instance profile', { name, account, where: rolePath, arn })
      if (!clash) return
      ctx.issues.error(
        path,
        clash.where === rolePath
          ? scenarioMessage('scenario.instanceProfileTwice', { name: q(name) })
          : scenarioMessage('scenario.instanceProfileTaken', { name: q(clash.name), other: clash.where }),
      )
    })
  })
}

/** Unique IDs (`AIDA…`, `AGPA…`, `AROA…`) identify one entity each. */
function checkUniqueIds(ctx: CheckContext): void {
  const seen = new Map<string, string>()
  for (const list of ['users', 'groups', 'roles'] as const) {
    each(ctx.s[list], `/${list}`, (e, path) => {
      if (e.id === undefined) return
      const other = seen.get(e.id)
      if (other) ctx.issues.error(at(path, 'id'), scenarioMessage('scenario.duplicateUniqueId', { id: q(e.id), other }))
      else seen.set(e.id, path)
    })
  }
}

/** Inline policy names are unique per user, group or role. */
function checkInlineNames(ctx: CheckContext): void {
  for (const list of ['users', 'groups', 'roles'] as const) {
    each(ctx.s[list], `/${list}`, (e, path) => {
      const seen = new Set<string>()
      each(e.inlinePolicies, at(path, 'inlinePolicies'), (p, pPath) => {
        if (p.name === undefined) return
        const k = p.name.toLowerCase()
        if (seen.has(k))
          ctx.issues.error(at(pPath, 'name'), scenarioMessage('scenario.duplicateInlineName', { name: q(p.name) }))
        seen.add(k)
      })
    })
  }
}

/** Access key IDs are unique everywhere; MFA serials once per account. */
function checkCredentials(ctx: CheckContext): void {
  const keys = new Map<string, string>()
  const serials = new Map<string, string>()
  const key = (id: string | undefined, path: string) => {
    if (id === undefined) return
    const other = keys.get(id)
    if (other) ctx.issues.error(at(path, 'id'), scenarioMessage('scenario.duplicateAccessKey', { id: q(id), other }))
    else keys.set(id, path)
  }
  const serial = (account: string | undefined, d: { serial?: string }, dPath: string) => {
    if (d.serial === undefined) return
    const k = `${account}\n${d.serial}`
    const other = serials.get(k)
    if (other)
      ctx.issues.error(
        at(dPath, 'serial'),
        scenarioMessage('scenario.duplicateMfaSerial', { serial: q(d.serial), other }),
      )
    else serials.set(k, dPath)
  }
  each(ctx.s.accounts, '/accounts', (a, path) => {
    each(a.root?.accessKeys, at(path, 'root', 'accessKeys'), (k, kPath) => key(k.id, kPath))
    each(a.root?.mfaDevices, at(path, 'root', 'mfaDevices'), (d, dPath) => serial(a.id, d, dPath))
  })
  each(ctx.s.users, '/users', (u, path) => {
    each(u.accessKeys, at(path, 'accessKeys'), (k, kPath) => key(k.id, kPath))
    each(u.mfaDevices, at(path, 'mfaDevices'), (d, dPath) => serial(ownerOf(ctx, u), d, dPath))
  })
}
