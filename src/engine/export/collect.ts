// What an export holds: the whole scenario, or one entity and what it needs (its groups, the customer managed
// policies attached to it and its groups, its permissions boundary). Shared by the three exporters, so they agree.
import type { PolicyDocument } from '../evaluate/input'
import { accountOf, policyArn } from '../scenario/arns'
import { defaultVersion, findManagedPolicy } from '../scenario/lookup'
import {
  FULL_AWS_ACCESS_NAME,
  type Group,
  type IdentityProvider,
  isAwsManagedCopy,
  type ManagedPolicy,
  type OrganizationPolicy,
  type OrgNode,
  type PasswordPolicy,
  type PolicyBody,
  type Resource,
  type Role,
  type Scenario,
  type User,
} from '../scenario/model'

/** One entity whose panel asked for an export. */
export interface ExportEntityRef {
  kind: 'user' | 'group' | 'role' | 'policy'
  name: string
}

/** Options every exporter takes. */
export interface ExportOptions {
  /** Export just this entity and what it needs (default: the whole scenario). */
  only?: ExportEntityRef
}

/** A managed policy reference resolved for export: one of the exported customer policies, or an ARN to write as is. */
export type PolicyTarget = { kind: 'customer'; policy: ManagedPolicy } | { kind: 'arn'; arn: string }

/** An SCP or RCP with the IDs of the roots, OUs and accounts it is attached to. */
export interface OrgPolicyExport {
  policy: OrganizationPolicy
  targets: string[]
}

/** The entities an export writes, in dependency order. */
export interface ExportSet {
  scenario: Scenario
  passwordPolicy?: PasswordPolicy
  policies: ManagedPolicy[]
  groups: Group[]
  users: User[]
  providers: IdentityProvider[]
  roles: Role[]
  /** Instance profiles by name, with the role each holds. */
  instanceProfiles: { name: string; role: Role }[]
  /** S3 buckets with a bucket policy (`name` is the bucket name). */
  buckets: { name: string; resource: Resource }[]
  /** KMS keys with a key policy. */
  keys: { id: string; resource: Resource }[]
  orgPolicies: OrgPolicyExport[]
}

/** A policy body as a JSON object (text is parsed; what is not an object becomes `{}`). */
export function documentOf(body: PolicyBody | undefined): PolicyDocument {
  let value: unknown = body
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body)
    } catch {
      value = {}
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PolicyDocument) : {}
}

/** The default version's document of a customer managed policy. */
export function policyDocument(policy: ManagedPolicy): PolicyDocument {
  return documentOf(defaultVersion(policy)?.document ?? policy.versions[0]?.document)
}

/** Resolves a managed policy reference (name or ARN) as the exporters write it. */
export function policyTarget(scenario: Scenario, ref: string, account?: string): PolicyTarget {
  const customer = (scenario.policies ?? []).filter((p) => !isAwsManagedCopy(p))
  const byArn = ref.startsWith('arn:') ? customer.find((p) => policyArn(scenario, p) === ref) : undefined
  const byName = customer.filter((p) => p.name === ref)
  const found = byArn ?? byName.find((p) => accountOf(scenario, p) === account) ?? byName[0]
  if (found) return { kind: 'customer', policy: found }
  if (ref.startsWith('arn:')) return { kind: 'arn', arn: ref }
  return { kind: 'arn', arn: findManagedPolicy(scenario, ref)?.arn ?? `arn:aws:iam::aws:policy/${ref}` }
}

const S3_BUCKET = /^arn:aws[a-z-]*:s3:::([^/]+)$/
const KMS_KEY = /^arn:aws[a-z-]*:kms:[^:]*:\d{12}:key\/(.+)$/

/** The entities to export for `options`. */
export function collect(scenario: Scenario, options: ExportOptions = {}): ExportSet {
  const all = {
    users: scenario.users ?? [],
    groups: scenario.groups ?? [],
    roles: scenario.roles ?? [],
    policies: (scenario.policies ?? []).filter((p) => !isAwsManagedCopy(p)),
  }
  if (options.only) return subset(scenario, all, options.only)
  const buckets: ExportSet['buckets'] = []
  const keys: ExportSet['keys'] = []
  for (const resource of scenario.resources ?? []) {
    if (resource.policy === undefined) continue
    const bucket = S3_BUCKET.exec(resource.arn)
    if (bucket) buckets.push({ name: bucket[1]!, resource })
    const key = KMS_KEY.exec(resource.arn)
    if (key) keys.push({ id: key[1]!, resource })
  }
  return {
    scenario,
    ...(scenario.accounts[0]?.passwordPolicy ? { passwordPolicy: scenario.accounts[0].passwordPolicy } : {}),
    ...all,
    providers: scenario.identityProviders ?? [],
    instanceProfiles: instanceProfiles(all.roles),
    buckets,
    keys,
    orgPolicies: orgPolicies(scenario),
  }
}

function instanceProfiles(roles: Role[]): ExportSet['instanceProfiles'] {
  return roles.flatMap((role) => (role.instanceProfiles ?? []).map((name) => ({ name, role })))
}

function orgPolicies(scenario: Scenario): OrgPolicyExport[] {
  const org = scenario.organization
  if (!org) return []
  const targets = new Map<string, string[]>()
  const attach = (names: string[] | undefined, target: string) => {
    for (const name of names ?? []) {
      if (name === FULL_AWS_ACCESS_NAME) continue
      targets.set(name, [...(targets.get(name) ?? []), target])
    }
  }
  const walk = (node: OrgNode) => {
    attach(node.scps, node.id)
    attach(node.rcps, node.id)
    for (const child of node.children ?? []) walk(child)
  }
  walk(org.root)
  for (const entry of org.accountPolicies ?? []) {
    attach(entry.scps, entry.account)
    attach(entry.rcps, entry.account)
  }
  return (org.policies ?? []).map((policy) => ({ policy, targets: targets.get(policy.name) ?? [] }))
}

function subset(
  scenario: Scenario,
  all: { users: User[]; groups: Group[]; roles: Role[]; policies: ManagedPolicy[] },
  only: ExportEntityRef,
): ExportSet {
  const users = only.kind === 'user' ? all.users.filter((u) => u.name === only.name).slice(0, 1) : []
  const roles = only.kind === 'role' ? all.roles.filter((r) => r.name === only.name).slice(0, 1) : []
  const groupNames = new Set(only.kind === 'group' ? [only.name] : users.flatMap((u) => u.groups ?? []))
  const groups = all.groups.filter((g) => groupNames.has(g.name))
  const policies = new Set<ManagedPolicy>()
  const need = (ref: string | undefined, account?: string) => {
    if (ref === undefined) return
    const target = policyTarget(scenario, ref, account)
    if (target.kind === 'customer') policies.add(target.policy)
  }
  for (const e of [...users, ...roles, ...groups]) {
    for (const ref of e.managedPolicies ?? []) need(ref, accountOf(scenario, e))
  }
  for (const e of [...users, ...roles]) need(e.permissionsBoundary, accountOf(scenario, e))
  if (only.kind === 'policy') need(only.name)
  return {
    scenario,
    policies: all.policies.filter((p) => policies.has(p)),
    groups,
    users,
    providers: [],
    roles,
    instanceProfiles: instanceProfiles(roles),
    buckets: [],
    keys: [],
    orgPolicies: [],
  }
}
