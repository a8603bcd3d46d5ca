// Finding scenario entities by name, ARN or short reference: the small lookups every account module shares.
// They take a scenario that parseScenario accepted.
import type { PolicyDocument } from '../evaluate/input'
import { accountOf, groupArn, normalPath, policyArn, roleArn, rootArn, sessionArn, sessionRole, userArn } from './arns'
import { findAwsManagedPolicy } from './aws-managed'
import {
  type Account,
  type Group,
  isAwsManagedCopy,
  type ManagedPolicy,
  type PolicyBody,
  type PolicyVersion,
  type Resource,
  type Role,
  type Scenario,
  type Session,
  type User,
} from './model'

/** A managed policy attached somewhere, resolved to the document that takes part in evaluation. */
export interface ResolvedPolicy {
  arn: string
  name: string
  /** The default version's document (text stays text, for source positions). */
  document: PolicyBody | PolicyDocument
  /** `aws` for an AWS managed policy: the scenario's copy (`account: 'aws'`) or the bundled one. */
  source: 'customer' | 'aws'
  /** The default version's ID. */
  versionId: string
}

/** The resource entries that matter for one resource ARN. */
export interface ResourceMatch {
  /** The entry holding the resource-based policy: the ARN's own entry, or the bucket's for an S3 object. */
  resource?: Resource
  /** For an S3 object (`arn:aws:s3:::bucket/key`), the object's own entry when the scenario has one (for its tags). */
  object?: Resource
}

/** A principal of the scenario: a user, a role, a role session or an account's root user. */
export type PrincipalRef =
  | { kind: 'user'; arn: string; account: string; entity: User }
  | { kind: 'role'; arn: string; account: string; entity: Role }
  | { kind: 'session'; arn: string; account: string; entity: Session; role: Role }
  | { kind: 'root'; arn: string; account: string; entity: Account }

/** What a principal text says, before looking anything up (see {@link parsePrincipalText}). */
export type PrincipalSyntax =
  | { kind: 'root'; account?: string }
  | { kind: 'user' | 'role'; account?: string; path?: string; name: string }
  | { kind: 'session'; account?: string; roleName: string; sessionName: string }

/** Finds by exact name or ARN; by name, `account` narrows the search, else the default account wins a tie. */
function byNameOrArn<T extends { name: string; account?: string }>(
  scenario: Scenario,
  items: T[] | undefined,
  ref: string,
  arnOf: (s: Scenario, item: T) => string,
  account?: string,
): T | undefined {
  const list = items ?? []
  if (ref.startsWith('arn:')) return list.find((item) => arnOf(scenario, item) === ref)
  const named = list.filter((item) => item.name === ref && (!account || accountOf(scenario, item) === account))
  const home = scenario.accounts[0]?.id
  return named.find((item) => accountOf(scenario, item) === home) ?? named[0]
}

/** A user by name (in `account`, default any, preferring the default account) or by ARN. */
export function findUser(scenario: Scenario, ref: string, account?: string): User | undefined {
  return byNameOrArn(scenario, scenario.users, ref, userArn, account)
}

/** A role by name (in `account`, default any, preferring the default account) or by ARN. */
export function findRole(scenario: Scenario, ref: string, account?: string): Role | undefined {
  return byNameOrArn(scenario, scenario.roles, ref, roleArn, account)
}

/** A group by name (in `account`, default any, preferring the default account) or by ARN. */
export function findGroup(scenario: Scenario, ref: string, account?: string): Group | undefined {
  return byNameOrArn(scenario, scenario.groups, ref, groupArn, account)
}

/** The default version of a customer managed policy (the one marked `isDefault`). */
export function defaultVersion(policy: ManagedPolicy): PolicyVersion | undefined {
  return policy.versions.find((v) => v.isDefault === true)
}

/**
 * A managed policy by name or ARN: a customer managed policy of the scenario first (by name in `account` when given),
 * else an AWS managed policy: the scenario's copy (`account: 'aws'`, attachable from any account), else the bundled
 * one. Undefined when none exists or the scenario's policy has no default version.
 */
export function findManagedPolicy(scenario: Scenario, ref: string, account?: string): ResolvedPolicy | undefined {
  const policies = scenario.policies ?? []
  const customer = byNameOrArn(
    scenario,
    policies.filter((p) => !isAwsManagedCopy(p)),
    ref,
    policyArn,
    account,
  )
  if (customer) return resolved(scenario, customer, 'customer')
  const copy = findAwsManagedCopy(scenario, ref)
  if (copy) return resolved(scenario, copy, 'aws')
  const aws = findAwsManagedPolicy(ref)
  if (!aws) return undefined
  return { arn: aws.arn, name: aws.name, document: aws.document, source: 'aws', versionId: aws.versionId }
}

/**
 * The scenario's copy of an AWS managed policy (`account: 'aws'`) by ARN (`arn:aws:iam::aws:policy/PATH/NAME`) or
 * bare name; undefined when the scenario has none (the bundled set may still have it).
 */
export function findAwsManagedCopy(scenario: Scenario, ref: string): ManagedPolicy | undefined {
  const copies = (scenario.policies ?? []).filter(isAwsManagedCopy)
  if (copies.length === 0) return undefined
  if (ref.startsWith('arn:')) return copies.find((p) => policyArn(scenario, p) === ref)
  return copies.find((p) => p.name === ref)
}

/** A managed policy of the scenario as a reference resolves to it: its default version (undefined without one). */
export function resolved(
  scenario: Scenario,
  policy: ManagedPolicy,
  source: ResolvedPolicy['source'],
): ResolvedPolicy | undefined {
  const version = defaultVersion(policy)
  if (!version) return undefined
  return {
    arn: policyArn(scenario, policy),
    name: policy.name,
    document: version.document,
    source,
    versionId: version.id,
  }
}

/**
 * The resource entries for an ARN: its exact entry; for an S3 object, the bucket's entry as the policy holder
 * (bucket policies govern objects) and the object's entry, if any. Undefined when the scenario has neither.
 */
export function findResource(scenario: Scenario, arn: string): ResourceMatch | undefined {
  const list = scenario.resources ?? []
  const exact = list.find((r) => r.arn === arn)
  const s3 = /^arn:aws:s3:::([^/]+)\/./.exec(arn)
  if (!s3) return exact ? { resource: exact } : undefined
  const bucket = list.find((r) => r.arn === `arn:aws:s3:::${s3[1]}`)
  if (!bucket && !exact) return undefined
  const match: ResourceMatch = {}
  if (bucket) match.resource = bucket
  if (exact) match.object = exact
  return match
}

/**
 * Reads a principal reference without looking it up: `root`, `ACCOUNT:root`, `user/alice`, `role/Admin`,
 * `user/eng/alice` (with its path), `assumed-role/ROLE/SESSION`, each optionally prefixed by `ACCOUNT:`, or the ARN
 * of a user, role, root or role session. Anything else (service principals, `anonymous`, other ARNs) is undefined.
 */
export function parsePrincipalText(text: string): PrincipalSyntax | undefined {
  let account: string | undefined
  let rest = text
  let isArn = false
  const arn = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/.exec(text)
  if (arn) {
    ;[, , account, rest] = arn as unknown as [string, string, string, string]
    isArn = true
    if ((arn[1] === 'sts') !== rest.startsWith('assumed-role/')) return undefined
  } else if (text.startsWith('arn:')) return undefined
  else {
    const prefixed = /^(\d{12}):(.+)$/.exec(text)
    if (prefixed) [, account, rest] = prefixed as unknown as [string, string, string]
  }
  const withAccount = <T extends object>(syntax: T) => (account ? { ...syntax, account } : syntax)
  if (rest === 'root') return withAccount({ kind: 'root' as const })
  const slash = rest.indexOf('/')
  if (slash < 0) return undefined
  const kind = rest.slice(0, slash)
  const tail = rest.slice(slash + 1)
  if (kind === 'assumed-role') {
    const parts = tail.split('/')
    if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined
    return withAccount({ kind: 'session' as const, roleName: parts[0], sessionName: parts[1] })
  }
  if (kind !== 'user' && kind !== 'role') return undefined
  const last = tail.lastIndexOf('/')
  const name = tail.slice(last + 1)
  if (!name) return undefined
  // An ARN always spells the path (`/` when none); a short reference names one only when it has more slashes.
  const path = last >= 0 ? `/${tail.slice(0, last + 1)}` : isArn ? '/' : undefined
  const named: PrincipalSyntax = path ? { kind, name, path } : { kind, name }
  return withAccount(named)
}

/**
 * Resolves `user/alice`, `role/Admin`, `assumed-role/Admin/session`, `root`, `ACCOUNT:root` (short references
 * default to the scenario's first account) or an ARN to the scenario entity it names. Undefined for anything
 * else, including service principals, `anonymous` and entities the scenario does not have.
 */
export function principalRef(scenario: Scenario, text: string): PrincipalRef | undefined {
  const syntax = parsePrincipalText(text)
  if (!syntax) return undefined
  const account = syntax.account ?? scenario.accounts[0]?.id
  if (!account) return undefined
  if (syntax.kind === 'root') {
    const entity = scenario.accounts.find((a) => a.id === account)
    return entity ? { kind: 'root', arn: rootArn(account), account, entity } : undefined
  }
  if (syntax.kind === 'session') {
    const role = findRole(scenario, syntax.roleName, account)
    const entity =
      role &&
      (scenario.sessions ?? []).find((s) => s.sessionName === syntax.sessionName && sessionRole(scenario, s) === role)
    if (!role || !entity) return undefined
    return { kind: 'session', arn: sessionArn(account, role.name, entity.sessionName), account, entity, role }
  }
  const pathOk = (p: string | undefined) => syntax.path === undefined || normalPath(p) === syntax.path
  if (syntax.kind === 'user') {
    const entity = (scenario.users ?? []).find(
      (u) => u.name === syntax.name && accountOf(scenario, u) === account && pathOk(u.path),
    )
    return entity ? { kind: 'user', arn: userArn(scenario, entity), account, entity } : undefined
  }
  const entity = (scenario.roles ?? []).find(
    (r) => r.name === syntax.name && accountOf(scenario, r) === account && pathOk(r.path),
  )
  return entity ? { kind: 'role', arn: roleArn(scenario, entity), account, entity } : undefined
}
