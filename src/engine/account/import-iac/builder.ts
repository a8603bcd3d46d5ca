// Collects what the IaC importers read (users, groups, roles, policies, attachments, resource policies, SCPs,
// identity providers) in any order and builds one scenario from it at the end, so references between resources
// work whichever comes first in the file.
import type {
  Group,
  IdentityProvider,
  ManagedPolicy,
  OrgNode,
  Organization,
  OrganizationPolicy,
  PasswordPolicy,
  PolicyBody,
  Resource,
  Role,
  Scenario,
  Tags,
  User,
} from '../../scenario/model'
import { FULL_AWS_ACCESS_NAME, SCENARIO_VERSION } from '../../scenario/model'
import { SCENARIO_FORMAT } from '../../scenario/migrate'
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import { trustsNoOne } from '../import/entities'
import type { IacImportStats, IacWarn } from './types'

/** Which entity kind an inline policy or attachment belongs to. */
export type EntityKind = 'user' | 'group' | 'role'

/** The management account of an imported organization: SCPs do not limit the management account, so it is not ours. */
const MANAGEMENT_ACCOUNT = '000000000000'

/** Reads a policy document: an object, or JSON text (Terraform and CloudFormation attributes hold either). */
export function readDocument(value: unknown, location: string, warn: IacWarn): PolicyBody | undefined {
  let doc = value
  if (typeof value === 'string') {
    try {
      doc = JSON.parse(value) as unknown
    } catch (e) {
      warn(location, importIacMessage('importIac.badDocument', { error: (e as Error).message }))
      return undefined
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    warn(
      location,
      importIacMessage('importIac.documentNotObject', { kind: Array.isArray(doc) ? 'an array' : typeof doc }),
    )
    return undefined
  }
  return doc as PolicyBody
}

/** Reads tags: a key → value object (Terraform) or a list of `{ Key, Value }` (CloudFormation). */
export function readTags(value: unknown): Tags | undefined {
  const tags: Tags = {}
  if (Array.isArray(value)) {
    for (const t of value) {
      if (t && typeof t === 'object' && typeof (t as { Key?: unknown }).Key === 'string') {
        tags[(t as { Key: string }).Key] = String((t as { Value?: unknown }).Value ?? '')
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') tags[k] = v
  }
  return Object.keys(tags).length > 0 ? tags : undefined
}

/** Accumulates the scenario's parts; {@link build} puts them together. */
export class ScenarioBuilder {
  private readonly users = new Map<string, User>()
  private readonly groups = new Map<string, Group>()
  private readonly roles = new Map<string, Role>()
  private readonly policies = new Map<string, ManagedPolicy>()
  private readonly resources = new Map<string, Resource>()
  private readonly orgPolicies = new Map<string, OrganizationPolicy>()
  private readonly orgAttachments: { policy: string; target: string; location: string }[] = []
  private readonly providers: IdentityProvider[] = []
  private readonly links: { run: () => void }[] = []
  private passwordPolicy: PasswordPolicy | undefined

  constructor(
    readonly account: string,
    private readonly warn: IacWarn,
  ) {}

  /** Adds a user (a later one with the same name is reported and dropped). */
  user(user: User, location: string): void {
    this.add(this.users, 'user', user, location)
  }

  /** Adds a group. */
  group(group: Group, location: string): void {
    this.add(this.groups, 'group', group, location)
  }

  /** Adds a role. */
  role(role: Role, location: string): void {
    this.add(this.roles, 'role', role, location)
  }

  /** Adds a customer managed policy with one default version. */
  policy(name: string, document: PolicyBody, extra: { path?: string; description?: string }, location: string): void {
    const policy: ManagedPolicy = { name, versions: [{ id: 'v1', document, isDefault: true }] }
    if (extra.path && extra.path !== '/') policy.path = extra.path
    if (extra.description) policy.description = extra.description
    this.add(this.policies, 'policy', policy, location)
  }

  /** Adds an inline policy to an entity (resolved at build time, so the entity may come later). */
  inline(kind: EntityKind, entity: string, name: string, document: PolicyBody, location: string): void {
    this.links.push({
      run: () => {
        const target = this.entity(kind, entity, location)
        ;(target.inlinePolicies ??= []).push({ name, document })
      },
    })
  }

  /** Attaches a managed policy (ARN, or a name of a policy in the input) to an entity. */
  attach(kind: EntityKind, entity: string, policy: string, location: string): void {
    this.links.push({
      run: () => {
        const ref = this.policyRef(policy, location)
        const target = this.entity(kind, entity, location)
        const list = (target.managedPolicies ??= [])
        if (!list.includes(ref)) list.push(ref)
      },
    })
  }

  /** Puts a user in a group. */
  membership(user: string, group: string, location: string): void {
    this.links.push({
      run: () => {
        const u = this.entity('user', user, location) as User
        this.entity('group', group, location)
        const list = (u.groups ??= [])
        if (!list.includes(group)) list.push(group)
      },
    })
  }

  /** Puts a role in an instance profile. */
  instanceProfile(name: string, role: string, location: string): void {
    this.links.push({
      run: () => {
        const r = this.entity('role', role, location) as Role
        ;(r.instanceProfiles ??= []).push(name)
      },
    })
  }

  /** Sets the account password policy. */
  setPasswordPolicy(policy: PasswordPolicy): void {
    this.passwordPolicy = policy
  }

  /** Sets the resource-based policy of a resource (a bucket, a key). */
  resourcePolicy(arn: string, policy: PolicyBody, name?: string): void {
    const existing = this.resources.get(arn)
    if (existing) existing.policy = policy
    else this.resources.set(arn, name ? { arn, name, policy } : { arn, policy })
  }

  /** Adds an SCP or RCP. */
  organizationPolicy(policy: OrganizationPolicy, location: string): void {
    this.add(this.orgPolicies, 'policy', policy, location)
  }

  /** Attaches an SCP or RCP (by name) to a root (`r-…`), an OU (`ou-…`) or an account. */
  organizationAttachment(policy: string, target: string, location: string): void {
    this.orgAttachments.push({ policy, target, location })
  }

  /** Adds a SAML or OIDC identity provider. */
  identityProvider(provider: IdentityProvider): void {
    this.providers.push(provider)
  }

  /** Whether the input defined a managed policy of this name. */
  hasPolicy(name: string): boolean {
    return this.policies.has(name.toLowerCase())
  }

  /** Puts the parts together. */
  build(title: Scenario['title'], description: Scenario['description']): { scenario: Scenario; stats: IacImportStats } {
    for (const link of this.links) link.run()
    const scenario: Scenario = {
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      title,
      ...(description ? { description } : {}),
      accounts: [
        this.passwordPolicy ? { id: this.account, passwordPolicy: this.passwordPolicy } : { id: this.account },
      ],
    }
    if (this.users.size > 0) scenario.users = [...this.users.values()]
    if (this.groups.size > 0) scenario.groups = [...this.groups.values()]
    if (this.roles.size > 0) scenario.roles = [...this.roles.values()]
    if (this.policies.size > 0) scenario.policies = [...this.policies.values()]
    if (this.resources.size > 0) scenario.resources = [...this.resources.values()]
    if (this.providers.length > 0) scenario.identityProviders = this.providers
    if (this.orgPolicies.size > 0) {
      scenario.organization = this.organization()
      scenario.accounts.push({ id: MANAGEMENT_ACCOUNT })
    }
    return {
      scenario,
      stats: {
        users: this.users.size,
        groups: this.groups.size,
        roles: this.roles.size,
        policies: this.policies.size,
        resources: this.resources.size,
        organizationPolicies: this.orgPolicies.size,
        identityProviders: this.providers.length,
      },
    }
  }

  /** An organization holding our account at the root, with the SCPs and RCPs attached where the input says. */
  private organization(): Organization {
    const root: OrgNode = { id: 'r-root', name: 'Root', accounts: [this.account] }
    const org: Organization = {
      id: 'o-imported00',
      managementAccount: MANAGEMENT_ACCOUNT,
      policies: [...this.orgPolicies.values()],
      root,
    }
    const ous = new Map<string, OrgNode>()
    for (const { policy, target, location } of this.orgAttachments) {
      const p = this.orgPolicies.get(policy.toLowerCase())
      if (!p) {
        this.warn(location, importIacMessage('importIac.unknownPolicy', { ref: q(policy) }))
        continue
      }
      const field = p.type === 'scp' ? 'scps' : 'rcps'
      let node: OrgNode | undefined
      if (/^\d{12}$/.test(target) && target === this.account) {
        // AWS keeps `FullAWSAccess` attached beside the SCPs a configuration attaches.
        const entry = { account: target, [field]: field === 'scps' ? [FULL_AWS_ACCESS_NAME, p.name] : [p.name] }
        ;(org.accountPolicies ??= []).push(entry)
        continue
      }
      if (/^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/.test(target)) {
        node = ous.get(target)
        if (!node) {
          node = { id: target, name: target }
          ous.set(target, node)
          ;(root.children ??= []).push(node)
        }
      } else {
        if (!/^r-[0-9a-z]{4,32}$/.test(target)) {
          this.warn(location, importIacMessage('importIac.orgTarget', { target: q(target) }))
        }
        node = root
      }
      const list = (node[field] ??= field === 'scps' ? [FULL_AWS_ACCESS_NAME] : [])
      if (!list.includes(p.name)) list.push(p.name)
    }
    return org
  }

  /** A customer policy's ARN in our account becomes its name when the input defines it; other ARNs stay. */
  private policyRef(ref: string, location: string): string {
    const m = /^arn:aws[\w-]*:iam::(\d{12}|aws):policy\/(.*\/)?([^/]+)$/.exec(ref)
    if (m?.[1] === 'aws') return ref
    const name = m ? m[3]! : ref
    const known = this.policies.get(name.toLowerCase())
    if (known) return known.name
    this.warn(location, importIacMessage('importIac.unknownPolicy', { ref: q(ref) }))
    return ref
  }

  /** The entity of that kind and name, added empty (with a warning) when the input does not define it. */
  private entity(kind: EntityKind, name: string, location: string): User | Group | Role {
    const map: Map<string, User | Group | Role> =
      kind === 'user' ? this.users : kind === 'group' ? this.groups : this.roles
    const found = map.get(name.toLowerCase())
    if (found) return found
    this.warn(location, importIacMessage('importIac.missingTarget', { kind, name: q(name) }))
    const made: User | Group | Role = kind === 'role' ? { name, trustPolicy: trustsNoOne() } : { name }
    map.set(name.toLowerCase(), made)
    return made
  }

  private add<T extends { name: string }>(map: Map<string, T>, kind: string, item: T, location: string): void {
    const key = item.name.toLowerCase()
    if (map.has(key)) {
      this.warn(location, importIacMessage('importIac.twice', { kind, name: q(item.name) }))
      return
    }
    map.set(key, item)
  }
}
