// The structural rules of lesson checks: pure functions of the scenario, each answering one question about its
// shape (who is in which group, where a policy is attached, what the root user holds, how old the keys are, what
// the audit finds). Request checks go through the simulator instead (check.ts).
import {
  accessKeyAgeDays,
  arns,
  auditScenario,
  findGroup,
  findManagedPolicy,
  findRole,
  findUser,
  lastAccessed,
  parsePolicy,
  rootMfaActive,
  scenarioNow,
  userMfaActive,
  type Group,
  type Account,
  type PolicyBody,
  type Role,
  type Scenario,
  type User,
} from '../index'
import { entityRefParts, type EntityKind } from './refs'
import type { CheckResult, LessonCheck, ResultParams, RuleResultCode } from './model'

/** A check's outcome before the kind and label are added. */
export type RuleOutcome = Pick<CheckResult, 'ok' | 'code' | 'params' | 'detail'>

const pass = (params: ResultParams = {}): RuleOutcome => ({ ok: true, code: 'pass', params })

function fail(code: RuleResultCode, params: ResultParams, detail: string): RuleOutcome {
  return { ok: false, code, params, detail }
}

/** A user, group or role found by reference. */
type Found =
  | { kind: 'user'; entity: User; name: string; account: string }
  | { kind: 'group'; entity: Group; name: string; account: string }
  | { kind: 'role'; entity: Role; name: string; account: string }

function accountOf(scenario: Scenario, entity: { account?: string | undefined }): string {
  return arns.accountOf(scenario, entity)
}

/** The entity a reference names, when the scenario has it and it is of one of `kinds`. */
function findEntity(scenario: Scenario, ref: string, kinds: readonly EntityKind[]): Found | undefined {
  const parts = entityRefParts(ref)
  if (!parts || !kinds.includes(parts.kind)) return undefined
  if (parts.kind === 'user') {
    const entity = findUser(scenario, parts.key)
    return entity && { kind: 'user', entity, name: entity.name, account: accountOf(scenario, entity) }
  }
  if (parts.kind === 'group') {
    const entity = findGroup(scenario, parts.key)
    return entity && { kind: 'group', entity, name: entity.name, account: accountOf(scenario, entity) }
  }
  const entity = findRole(scenario, parts.key)
  return entity && { kind: 'role', entity, name: entity.name, account: accountOf(scenario, entity) }
}

function unknownEntity(ref: string): RuleOutcome {
  return fail('unknown-entity', { entity: ref }, `the scenario has no ${ref}`)
}

function accountById(scenario: Scenario, id: string | undefined): Account | undefined {
  return id === undefined ? scenario.accounts[0] : scenario.accounts.find((a) => a.id === id)
}

function unknownAccount(id: string | undefined): RuleOutcome {
  return fail('unknown-account', { account: id ?? '' }, `the scenario has no account ${id ?? ''}`)
}

/** The ARN of a managed policy reference, as seen from `account`; undefined when the scenario cannot resolve it. */
function policyArnOf(scenario: Scenario, ref: string, account: string): string | undefined {
  return findManagedPolicy(scenario, ref, account)?.arn
}

/** The users a check names (default: every user), or the first reference that names none. */
function usersOf(scenario: Scenario, refs: readonly string[] | undefined): User[] | { missing: string } {
  if (refs === undefined) return scenario.users ?? []
  const out: User[] = []
  for (const ref of refs) {
    const found = findEntity(scenario, ref, ['user'])
    if (!found || found.kind !== 'user') return { missing: ref }
    out.push(found.entity)
  }
  return out
}

/** One policy document of a target, with a name for messages. */
interface NamedDocument {
  name: string
  document: PolicyBody | object
}

/** The documents a wildcard check reads: an entity's inline and attached managed policies, or one managed policy. */
function targetDocuments(scenario: Scenario, target: string): NamedDocument[] | undefined {
  if (isPolicyTarget(target)) {
    const ref = target.startsWith('policy/') ? target.slice('policy/'.length) : target
    const policy = findManagedPolicy(scenario, ref)
    return policy && [{ name: policy.name, document: policy.document }]
  }
  const found = findEntity(scenario, target, ['user', 'group', 'role'])
  if (!found) return undefined
  const { entity, account } = found
  const docs: NamedDocument[] = (entity.inlinePolicies ?? []).map((p) => ({ name: p.name, document: p.document }))
  for (const ref of entity.managedPolicies ?? []) {
    const policy = findManagedPolicy(scenario, ref, account)
    if (policy) docs.push({ name: policy.name, document: policy.document })
  }
  return docs
}

/** A target that names one managed policy: `policy/NAME` or a policy ARN. */
function isPolicyTarget(target: string): boolean {
  return target.startsWith('policy/') || /^arn:[^:]+:iam::(\d{12}|aws):policy\//.test(target)
}

/** `"*"`, `"*:*"` or (with `services`) `"service:*"`: an action value that allows everything it could. */
function wildAction(value: string, services: boolean): boolean {
  const v = value.trim()
  if (v === '*' || v === '*:*') return true
  return services && /^[a-z0-9-]+:\*$/i.test(v)
}

/**
 * The policies' `Allow` statements that break a wildcard rule, as `policy name` or `policy name#Sid`: `"*"` actions
 * (or `NotAction`; with `services`, `"service:*"` too), or `"*"` resources (or `NotResource`). `everything` tells
 * whether one of them allows every action (or every resource) outright.
 */
function wildStatements(
  docs: readonly NamedDocument[],
  what: 'action' | 'resource',
  services: boolean,
): { statements: string[]; everything: boolean } {
  const statements: string[] = []
  let everything = false
  for (const { name, document } of docs) {
    const policy = parsePolicy(document, { kind: 'identity' })
    for (const s of policy.statements) {
      if (s.effect !== 'Allow') continue
      const values = what === 'action' ? (s.action ?? []) : (s.resource ?? [])
      const negated = what === 'action' ? s.notAction !== undefined : s.notResource !== undefined
      const full =
        negated || values.some((v) => (what === 'action' ? wildAction(v.value, false) : v.value.trim() === '*'))
      const service = what === 'action' && services && values.some((v) => wildAction(v.value, true))
      if (!full && !service) continue
      everything ||= full
      statements.push(s.sid?.value ? `${name}#${s.sid.value}` : name)
    }
  }
  return { statements, everything }
}

function wildcardRule(
  scenario: Scenario,
  targets: readonly string[],
  what: 'action' | 'resource',
  services: boolean,
): RuleOutcome {
  const docs: NamedDocument[] = []
  for (const target of targets) {
    const found = targetDocuments(scenario, target)
    if (!found) return isPolicyTarget(target) ? unknownPolicy(target.replace(/^policy\//, '')) : unknownEntity(target)
    docs.push(...found)
  }
  const { statements, everything } = wildStatements(docs, what, services)
  if (statements.length === 0) return pass()
  const code = what === 'action' ? 'action-wildcard' : 'resource-wildcard'
  const element = what === 'resource' ? 'every resource' : everything ? 'every action' : 'every action of a service'
  const verb = statements.length > 1 ? 'allow' : 'allows'
  return fail(code, { statements }, `${statements.join(', ')} ${verb} ${element}`)
}

function unknownPolicy(ref: string): RuleOutcome {
  return fail('unknown-policy', { policy: ref }, `the scenario has no managed policy ${ref}`)
}

type Structural = Exclude<LessonCheck, { kind: 'request' }>

/** Runs one structural rule against the scenario. */
export function runRule(scenario: Scenario, check: Structural): RuleOutcome {
  switch (check.kind) {
    case 'root-has-mfa': {
      const account = accountById(scenario, check.account)
      if (!account) return unknownAccount(check.account)
      return rootMfaActive(account.root)
        ? pass({ account: account.id })
        : fail('root-mfa-missing', { account: account.id }, `the root user of ${account.id} has no MFA device`)
    }
    case 'root-has-no-access-keys': {
      const account = accountById(scenario, check.account)
      if (!account) return unknownAccount(check.account)
      const keys = (account.root?.accessKeys ?? []).map((k) => k.id)
      return keys.length === 0
        ? pass({ account: account.id })
        : fail(
            'root-access-keys',
            { account: account.id, keys },
            `the root user of ${account.id} has access key ${keys.join(', ')}`,
          )
    }
    case 'user-in-group': {
      const user = findEntity(scenario, check.user, ['user'])
      if (!user || user.kind !== 'user') return unknownEntity(check.user)
      const group = findEntity(scenario, check.group, ['group'])
      if (!group) return unknownEntity(check.group)
      const member = user.account === group.account && (user.entity.groups ?? []).includes(group.name)
      const params = { user: user.name, group: group.name }
      if (member === (check.member ?? true)) return pass(params)
      return member
        ? fail('in-group', params, `user ${user.name} is in group ${group.name}`)
        : fail('not-in-group', params, `user ${user.name} is not in group ${group.name}`)
    }
    case 'policy-attached-to': {
      const found = findEntity(scenario, check.entity, ['user', 'group', 'role'])
      if (!found) return unknownEntity(check.entity)
      const arn = policyArnOf(scenario, check.policy, found.account)
      if (!arn) return unknownPolicy(check.policy)
      const attached = (found.entity.managedPolicies ?? []).some(
        (ref) => policyArnOf(scenario, ref, found.account) === arn,
      )
      const params = { policy: check.policy, entity: `${found.kind}/${found.name}` }
      if (attached === (check.attached ?? true)) return pass(params)
      return attached
        ? fail('policy-attached', params, `${check.policy} is attached to ${found.kind} ${found.name}`)
        : fail('policy-not-attached', params, `${check.policy} is not attached to ${found.kind} ${found.name}`)
    }
    case 'no-policies-on-users':
    case 'no-inline-policies-on-users': {
      const users = usersOf(scenario, check.users)
      if (!Array.isArray(users)) return unknownEntity(users.missing)
      const inlineOnly = check.kind === 'no-inline-policies-on-users'
      const offenders = users
        .filter((u) => (u.inlinePolicies?.length ?? 0) > 0 || (!inlineOnly && (u.managedPolicies?.length ?? 0) > 0))
        .map((u) => u.name)
      if (offenders.length === 0) return pass()
      const what = inlineOnly ? 'inline policies' : 'policies of their own'
      return fail(
        inlineOnly ? 'user-inline-policies' : 'user-policies',
        { users: offenders },
        `${offenders.join(', ')} ${offenders.length > 1 ? 'have' : 'has'} ${what}`,
      )
    }
    case 'no-action-wildcard':
      return wildcardRule(scenario, check.targets, 'action', check.services ?? false)
    case 'no-resource-wildcard':
      return wildcardRule(scenario, check.targets, 'resource', false)
    case 'boundary-set': {
      const found = findEntity(scenario, check.entity, ['user', 'role'])
      if (!found || found.kind === 'group') return unknownEntity(check.entity)
      const boundary = found.entity.permissionsBoundary
      const params: ResultParams = { entity: `${found.kind}/${found.name}` }
      if (boundary === undefined) {
        return fail('boundary-missing', params, `${found.kind} ${found.name} has no permissions boundary`)
      }
      params.boundary = boundary
      if (check.policy === undefined) return pass(params)
      const wanted = policyArnOf(scenario, check.policy, found.account)
      if (!wanted) return unknownPolicy(check.policy)
      if (policyArnOf(scenario, boundary, found.account) === wanted) return pass(params)
      params.policy = check.policy
      return fail(
        'boundary-other',
        params,
        `the boundary of ${found.kind} ${found.name} is ${boundary}, not ${check.policy}`,
      )
    }
    case 'user-has-mfa': {
      const users = usersOf(scenario, check.users)
      if (!Array.isArray(users)) return unknownEntity(users.missing)
      const offenders = users.filter((u) => !userMfaActive(u)).map((u) => u.name)
      if (offenders.length === 0) return pass()
      return fail('user-mfa-missing', { users: offenders }, `no MFA device: ${offenders.join(', ')}`)
    }
    case 'access-key-rotated': {
      const users = usersOf(scenario, check.users)
      if (!Array.isArray(users)) return unknownEntity(users.missing)
      const now = scenarioNow(scenario)
      const old: string[] = []
      let oldest = 0
      for (const user of users) {
        for (const key of user.accessKeys ?? []) {
          const age = accessKeyAgeDays(key, now)
          if (key.status !== 'Active' || age === undefined || age <= check.maxAgeDays) continue
          old.push(`${user.name}:${key.id}`)
          oldest = Math.max(oldest, age)
        }
      }
      if (old.length === 0) return pass({ maxAgeDays: check.maxAgeDays })
      return fail(
        'access-key-old',
        { keys: old, days: oldest, maxAgeDays: check.maxAgeDays },
        `active access keys older than ${check.maxAgeDays} days: ${old.join(', ')} (the oldest is ${oldest} days old)`,
      )
    }
    case 'password-policy': {
      const account = accountById(scenario, check.account)
      if (!account) return unknownAccount(check.account)
      const policy = account.passwordPolicy ?? {}
      const weak: string[] = []
      if (check.minimumLength !== undefined && (policy.minimumLength ?? 8) < check.minimumLength) {
        weak.push('minimumLength')
      }
      for (const key of ['requireUppercase', 'requireLowercase', 'requireNumbers', 'requireSymbols'] as const) {
        if (check[key] === true && policy[key] !== true) weak.push(key)
      }
      if (check.maxAgeDays !== undefined) {
        const age = policy.maxAgeDays ?? 0
        if (age <= 0 || age > check.maxAgeDays) weak.push('maxAgeDays')
      }
      if (check.reusePrevention !== undefined && (policy.reusePrevention ?? 0) < check.reusePrevention) {
        weak.push('reusePrevention')
      }
      if (weak.length === 0) return pass({ account: account.id })
      return fail(
        'password-policy-weak',
        { account: account.id, settings: weak },
        `the password policy of ${account.id} falls short on ${weak.join(', ')}`,
      )
    }
    case 'no-audit-findings': {
      const wanted = new Set<string>(check.checks)
      const findings = auditScenario(scenario).filter((f) => wanted.has(f.check))
      if (findings.length === 0) return pass()
      return fail(
        'audit-findings',
        { findings: findings.map((f) => f.id), checks: [...new Set(findings.map((f) => f.check))] },
        findings.map((f) => f.title).join('; '),
      )
    }
    case 'no-unused-services': {
      const found = findEntity(scenario, check.principal, ['user', 'role'])
      if (!found || found.kind === 'group') return unknownEntity(check.principal)
      const arn = found.kind === 'user' ? arns.userArn(scenario, found.entity) : arns.roleArn(scenario, found.entity)
      const report = lastAccessed(scenario, arn)
      const unused = report.grantsAll ? ['*', ...report.unused] : report.unused
      const params = { principal: `${found.kind}/${found.name}` }
      if (unused.length === 0) return pass(params)
      return fail(
        'unused-services',
        { ...params, services: unused },
        report.grantsAll
          ? `${found.kind} ${found.name} is allowed every service, and has not used most of them`
          : `${found.kind} ${found.name} is allowed services it has not used: ${unused.join(', ')}`,
      )
    }
  }
}
