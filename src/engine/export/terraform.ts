// Terraform (AWS provider 5+) from a scenario. The shape, for readers and importers:
// - one `terraform { required_providers { aws } }` block, then resources in dependency order: the account password
//   policy (`aws_iam_account_password_policy.this`), customer managed policies (`aws_iam_policy`), groups with their
//   inline policies (`aws_iam_group_policy`) and attachments (`aws_iam_group_policy_attachment`), users
//   (`aws_iam_user`, `aws_iam_user_group_membership`, `aws_iam_user_policy`, `aws_iam_user_policy_attachment`),
//   identity providers (`aws_iam_openid_connect_provider`, `aws_iam_saml_provider`), roles (`aws_iam_role` with
//   `assume_role_policy`, `aws_iam_role_policy`, `aws_iam_role_policy_attachment`), `aws_iam_instance_profile`,
//   `aws_s3_bucket_policy`, `aws_kms_key`, `aws_organizations_policy` and `aws_organizations_policy_attachment`.
// - Resource names are identifiers made from entity names (see names.ts); an inline policy is `ENTITY_POLICY`, an
//   attachment `ENTITY_POLICY`. Every policy document is `jsonencode({...})` in HCL object syntax (`${` written `$${`).
// - Exported entities are referenced (`aws_iam_policy.x.arn`, `aws_iam_group.x.name`, `aws_iam_role.x.name`,
//   `aws_organizations_policy.x.id`); AWS managed policies and anything outside the export by ARN or name.
// - One configuration: entities of other accounts are written alongside (account IDs appear only inside documents).
import { accountOf } from '../scenario/arns'
import type { Group, ManagedPolicy, Role, User } from '../scenario/model'
import { collect, documentOf, type ExportOptions, type ExportSet, policyDocument, policyTarget } from './collect'
import { HclExpr, type HclValue, jsonencode, resourceBlock } from './hcl'
import { terraformIdentifier, UniqueNames } from './names'

/** Terraform HCL (`main.tf`) creating the scenario's IAM entities, or `options.only` and what it needs. */
export function exportTerraform(scenario: Parameters<typeof collect>[0], options: ExportOptions = {}): string {
  const set = collect(scenario, options)
  const w = new TerraformWriter(set)
  return w.write()
}

class TerraformWriter {
  private readonly names = new Map<string, UniqueNames>()
  private readonly ids = new Map<object, string>()
  private readonly blocks: string[] = []

  constructor(private readonly set: ExportSet) {}

  /** A unique identifier for `base` among resources of `type`. */
  private name(type: string, base: string): string {
    let names = this.names.get(type)
    if (!names) this.names.set(type, (names = new UniqueNames('_')))
    return names.take(terraformIdentifier(base))
  }

  private add(type: string, name: string, attributes: [string, HclValue | undefined][]): void {
    this.blocks.push(resourceBlock(type, name, attributes))
  }

  private policyArn(ref: string, account: string): HclValue {
    const target = policyTarget(this.set.scenario, ref, account)
    if (target.kind === 'customer') {
      const id = this.ids.get(target.policy)
      if (id) return new HclExpr(`aws_iam_policy.${id}.arn`)
      return `arn:aws:iam::${accountOf(this.set.scenario, target.policy)}:policy/${target.policy.name}`
    }
    return target.arn
  }

  write(): string {
    const { set } = this
    const head =
      'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 5.0"\n    }\n  }\n}\n'
    if (set.passwordPolicy) this.passwordPolicy()
    for (const p of set.policies) this.policy(p)
    for (const g of set.groups) this.group(g)
    for (const u of set.users) this.user(u)
    this.providers()
    for (const r of set.roles) this.role(r)
    for (const { name, role } of set.instanceProfiles) {
      this.add('aws_iam_instance_profile', this.name('aws_iam_instance_profile', name), [
        ['name', name],
        ['role', this.ref('aws_iam_role', role, role.name)],
      ])
    }
    for (const { name, resource } of set.buckets) {
      this.add('aws_s3_bucket_policy', this.name('aws_s3_bucket_policy', name), [
        ['bucket', name],
        ['policy', jsonencode(documentOf(resource.policy))],
      ])
    }
    for (const { id, resource } of set.keys) {
      this.add('aws_kms_key', this.name('aws_kms_key', resource.name ?? id), [
        ['description', resource.name ?? id],
        ['policy', jsonencode(documentOf(resource.policy))],
      ])
    }
    this.organization()
    return [head, ...this.blocks].join('\n')
  }

  private ref(type: string, entity: object, fallback: string): HclValue {
    const id = this.ids.get(entity)
    return id ? new HclExpr(`${type}.${id}.name`) : fallback
  }

  private passwordPolicy(): void {
    const p = this.set.passwordPolicy!
    this.add('aws_iam_account_password_policy', 'this', [
      ['minimum_password_length', p.minimumLength],
      ['require_uppercase_characters', p.requireUppercase],
      ['require_lowercase_characters', p.requireLowercase],
      ['require_numbers', p.requireNumbers],
      ['require_symbols', p.requireSymbols],
      ['max_password_age', p.maxAgeDays || undefined],
      ['password_reuse_prevention', p.reusePrevention || undefined],
      ['allow_users_to_change_password', p.allowUsersToChange],
      ['hard_expiry', p.hardExpiry],
    ])
  }

  private policy(p: ManagedPolicy): void {
    const id = this.name('aws_iam_policy', p.name)
    this.ids.set(p, id)
    this.add('aws_iam_policy', id, [
      ['name', p.name],
      ['path', p.path && p.path !== '/' ? p.path : undefined],
      ['description', p.description],
      ['policy', jsonencode(policyDocument(p))],
    ])
  }

  /** Inline policies and managed policy attachments of a user, group or role (`kind` names the attribute). */
  private policies(kind: 'user' | 'group' | 'role', entity: User | Group | Role, id: string, owner: HclExpr): void {
    for (const inline of entity.inlinePolicies ?? []) {
      this.add(`aws_iam_${kind}_policy`, this.name(`aws_iam_${kind}_policy`, `${id}_${inline.name}`), [
        ['name', inline.name],
        [kind, owner],
        ['policy', jsonencode(documentOf(inline.document))],
      ])
    }
    const account = accountOf(this.set.scenario, entity)
    for (const ref of entity.managedPolicies ?? []) {
      const arn = this.policyArn(ref, account)
      const base = `${id}_${ref.split('/').pop() ?? ref}`
      const type = `aws_iam_${kind}_policy_attachment`
      this.add(type, this.name(type, base), [
        [kind, owner],
        ['policy_arn', arn],
      ])
    }
  }

  private boundary(entity: User | Role): HclValue | undefined {
    return entity.permissionsBoundary === undefined
      ? undefined
      : this.policyArn(entity.permissionsBoundary, accountOf(this.set.scenario, entity))
  }

  private group(g: Group): void {
    const id = this.name('aws_iam_group', g.name)
    this.ids.set(g, id)
    this.add('aws_iam_group', id, [
      ['name', g.name],
      ['path', g.path && g.path !== '/' ? g.path : undefined],
    ])
    this.policies('group', g, id, new HclExpr(`aws_iam_group.${id}.name`))
  }

  private user(u: User): void {
    const id = this.name('aws_iam_user', u.name)
    this.ids.set(u, id)
    const owner = new HclExpr(`aws_iam_user.${id}.name`)
    this.add('aws_iam_user', id, [
      ['name', u.name],
      ['path', u.path && u.path !== '/' ? u.path : undefined],
      ['permissions_boundary', this.boundary(u)],
      ['tags', u.tags && Object.keys(u.tags).length > 0 ? u.tags : undefined],
    ])
    if (u.groups && u.groups.length > 0) {
      const groups = u.groups.map((name) => {
        const group = this.set.groups.find((g) => g.name === name)
        return group ? this.ref('aws_iam_group', group, name) : name
      })
      this.add('aws_iam_user_group_membership', this.name('aws_iam_user_group_membership', id), [
        ['user', owner],
        ['groups', groups],
      ])
    }
    this.policies('user', u, id, owner)
  }

  private providers(): void {
    for (const p of this.set.providers) {
      const tags = p.tags && Object.keys(p.tags).length > 0 ? p.tags : undefined
      if (p.type === 'oidc') {
        const url = `https://${(p.url ?? '').replace(/^https:\/\//i, '')}`
        this.add('aws_iam_openid_connect_provider', this.name('aws_iam_openid_connect_provider', p.url ?? 'oidc'), [
          ['url', url],
          ['client_id_list', p.clientIds ?? []],
          ['thumbprint_list', p.thumbprints],
          ['tags', tags],
        ])
      } else {
        this.add('aws_iam_saml_provider', this.name('aws_iam_saml_provider', p.name ?? 'saml'), [
          ['name', p.name ?? ''],
          ['saml_metadata_document', p.metadata ?? ''],
          ['tags', tags],
        ])
      }
    }
  }

  private role(r: Role): void {
    const id = this.name('aws_iam_role', r.name)
    this.ids.set(r, id)
    this.add('aws_iam_role', id, [
      ['name', r.name],
      ['path', r.path && r.path !== '/' ? r.path : undefined],
      ['description', r.description],
      ['assume_role_policy', jsonencode(documentOf(r.trustPolicy))],
      ['permissions_boundary', this.boundary(r)],
      ['max_session_duration', r.maxSessionDuration],
      ['tags', r.tags && Object.keys(r.tags).length > 0 ? r.tags : undefined],
    ])
    this.policies('role', r, id, new HclExpr(`aws_iam_role.${id}.name`))
  }

  private organization(): void {
    for (const { policy, targets } of this.set.orgPolicies) {
      const id = this.name('aws_organizations_policy', policy.name)
      this.add('aws_organizations_policy', id, [
        ['name', policy.name],
        ['type', policy.type === 'rcp' ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY'],
        ['content', jsonencode(documentOf(policy.document))],
      ])
      for (const target of targets) {
        const type = 'aws_organizations_policy_attachment'
        this.add(type, this.name(type, `${id}_${target}`), [
          ['policy_id', new HclExpr(`aws_organizations_policy.${id}.id`)],
          ['target_id', target],
        ])
      }
    }
  }
}
