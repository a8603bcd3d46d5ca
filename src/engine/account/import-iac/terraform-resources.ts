// Terraform AWS provider resources → scenario parts. The front ends (`terraform show -json`, `.tf` files) hand over
// each resource's attribute values, already resolved as far as the input allows (what is left open is a `${ref}`
// placeholder the front end has listed).
import type { IdentityProvider, PasswordPolicy, Role, User } from '../../scenario/model'
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import { readDocument, readTags, type EntityKind, type ScenarioBuilder } from './builder'
import { trustsNoOne } from '../import/entities'
import type { IacWarn } from './types'

/** One Terraform resource: its type, its address (`module.a.aws_iam_role.app`) and its attribute values. */
export interface TfResource {
  type: string
  /** The resource's own name (`app` in `aws_iam_role.app`). */
  name: string
  address: string
  values: Record<string, unknown>
}

/** The resource types the importer reads. */
export const TERRAFORM_TYPES: ReadonlySet<string> = new Set([
  'aws_iam_user',
  'aws_iam_group',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_iam_user_group_membership',
  'aws_iam_group_membership',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_role_policy_attachment',
  'aws_iam_policy_attachment',
  'aws_iam_instance_profile',
  'aws_iam_account_password_policy',
  'aws_s3_bucket_policy',
  'aws_kms_key',
  'aws_organizations_policy',
  'aws_organizations_policy_attachment',
  'aws_iam_openid_connect_provider',
  'aws_iam_saml_provider',
])

/** Resource types that hold no IAM state of their own; skipped without a warning. */
const QUIET =
  /^(aws_iam_policy_document|aws_caller_identity|aws_partition|aws_region|aws_organizations_organization|aws_s3_bucket|aws_organizations_organizational_unit|aws_kms_alias)$/

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v]
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v)
  return undefined
}

function bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v
  return v === 'true' ? true : v === 'false' ? false : undefined
}

/** The name Terraform gives a resource: `name`, else (a generated name) the resource's own name, with a warning. */
export function tfName(r: TfResource, warn: IacWarn, attr = 'name'): string {
  const name = str(r.values[attr])
  if (name) return name
  warn(`${r.address}.${attr}`, importIacMessage('importIac.noName', { provider: 'Terraform', name: q(r.name) }))
  return r.name
}

/** Maps each resource into the builder; `policyNames` maps organization policy IDs to names. */
export function mapTerraform(resources: readonly TfResource[], b: ScenarioBuilder, warn: IacWarn): void {
  const orgPolicyNames = new Map<string, string>()
  for (const r of resources) {
    if (r.type === 'aws_organizations_policy') {
      const name = tfName(r, warn)
      orgPolicyNames.set(r.name, name)
      const id = str(r.values.id)
      if (id) orgPolicyNames.set(id, name)
    }
  }
  for (const r of resources) {
    if (!TERRAFORM_TYPES.has(r.type)) {
      if (!QUIET.test(r.type)) warn(r.address, importIacMessage('importIac.unsupported', { type: q(r.type) }))
      continue
    }
    mapOne(r, b, warn, orgPolicyNames)
  }
}

function mapOne(r: TfResource, b: ScenarioBuilder, warn: IacWarn, orgPolicyNames: Map<string, string>): void {
  const v = r.values
  const at = (attr: string) => `${r.address}.${attr}`
  const need = (attr: string): string | undefined => {
    const value = str(v[attr])
    if (value === undefined) warn(at(attr), importIacMessage('importIac.missingField', { field: attr }))
    return value
  }
  switch (r.type) {
    case 'aws_iam_user': {
      const user: User = { name: tfName(r, warn) }
      if (str(v.path) && v.path !== '/') user.path = v.path as string
      if (str(v.permissions_boundary)) user.permissionsBoundary = v.permissions_boundary as string
      const tags = readTags(v.tags)
      if (tags) user.tags = tags
      b.user(user, r.address)
      return
    }
    case 'aws_iam_group': {
      const name = tfName(r, warn)
      b.group(str(v.path) && v.path !== '/' ? { name, path: v.path as string } : { name }, r.address)
      return
    }
    case 'aws_iam_role':
      return mapRole(r, b, warn)
    case 'aws_iam_policy': {
      const doc = readDocument(v.policy, at('policy'), warn)
      if (!doc) return
      const extra: { path?: string; description?: string } = {}
      if (str(v.path)) extra.path = v.path as string
      if (str(v.description)) extra.description = v.description as string
      b.policy(tfName(r, warn), doc, extra, r.address)
      return
    }
    case 'aws_iam_user_group_membership': {
      const user = need('user')
      if (user) for (const g of strings(v.groups)) b.membership(user, g, at('groups'))
      return
    }
    case 'aws_iam_group_membership': {
      const group = need('group')
      if (group) for (const u of strings(v.users)) b.membership(u, group, at('users'))
      return
    }
    case 'aws_iam_user_policy':
    case 'aws_iam_group_policy':
    case 'aws_iam_role_policy': {
      const kind = r.type.slice('aws_iam_'.length, -'_policy'.length) as EntityKind
      const entity = need(kind)
      const doc = readDocument(v.policy, at('policy'), warn)
      if (entity && doc) b.inline(kind, entity, tfName(r, warn), doc, r.address)
      return
    }
    case 'aws_iam_user_policy_attachment':
    case 'aws_iam_group_policy_attachment':
    case 'aws_iam_role_policy_attachment': {
      const kind = r.type.slice('aws_iam_'.length, -'_policy_attachment'.length) as EntityKind
      const entity = need(kind)
      const arn = need('policy_arn')
      if (entity && arn) b.attach(kind, entity, arn, at('policy_arn'))
      return
    }
    case 'aws_iam_policy_attachment': {
      const arn = need('policy_arn')
      if (!arn) return
      for (const u of strings(v.users)) b.attach('user', u, arn, at('users'))
      for (const g of strings(v.groups)) b.attach('group', g, arn, at('groups'))
      for (const ro of strings(v.roles)) b.attach('role', ro, arn, at('roles'))
      return
    }
    case 'aws_iam_instance_profile': {
      const role = str(v.role)
      if (role) b.instanceProfile(tfName(r, warn), role, at('role'))
      return
    }
    case 'aws_iam_account_password_policy':
      b.setPasswordPolicy(passwordPolicy(v))
      return
    case 'aws_s3_bucket_policy': {
      const bucket = need('bucket')
      const doc = readDocument(v.policy, at('policy'), warn)
      if (bucket && doc) b.resourcePolicy(`arn:aws:s3:::${bucket}`, doc, bucket)
      return
    }
    case 'aws_kms_key': {
      if (v.policy === undefined || v.policy === null || v.policy === '') return
      const doc = readDocument(v.policy, at('policy'), warn)
      const arn = str(v.arn) ?? `arn:aws:kms:us-east-1:${b.account}:key/${r.name}`
      if (doc) b.resourcePolicy(arn, doc, str(v.description) ?? r.name)
      return
    }
    case 'aws_organizations_policy': {
      const type = str(v.type) ?? 'SERVICE_CONTROL_POLICY'
      if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY') {
        warn(at('type'), importIacMessage('importIac.unsupported', { type: q(type) }))
        return
      }
      const doc = readDocument(v.content, at('content'), warn)
      if (doc) {
        const name = orgPolicyNames.get(r.name) ?? r.name
        b.organizationPolicy(
          { name, type: type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp', document: doc },
          r.address,
        )
      }
      return
    }
    case 'aws_organizations_policy_attachment': {
      const policy = need('policy_id')
      const target = need('target_id')
      if (policy && target) b.organizationAttachment(orgPolicyNames.get(policy) ?? policy, target, at('policy_id'))
      return
    }
    case 'aws_iam_openid_connect_provider': {
      const url = need('url')
      if (!url) return
      const p: IdentityProvider = {
        type: 'oidc',
        url: url.replace(/^https:\/\//, ''),
        clientIds: strings(v.client_id_list),
      }
      const thumbprints = strings(v.thumbprint_list)
      if (thumbprints.length > 0) p.thumbprints = thumbprints
      const tags = readTags(v.tags)
      if (tags) p.tags = tags
      b.identityProvider(p)
      return
    }
    case 'aws_iam_saml_provider': {
      const p: IdentityProvider = { type: 'saml', name: tfName(r, warn) }
      if (str(v.saml_metadata_document)) p.metadata = v.saml_metadata_document as string
      b.identityProvider(p)
      return
    }
  }
}

function mapRole(r: TfResource, b: ScenarioBuilder, warn: IacWarn): void {
  const v = r.values
  const name = tfName(r, warn)
  const trust = readDocument(v.assume_role_policy, `${r.address}.assume_role_policy`, warn)
  const role: Role = { name, trustPolicy: trust ?? trustsNoOne() }
  if (str(v.path) && v.path !== '/') role.path = v.path as string
  if (str(v.description)) role.description = v.description as string
  if (str(v.permissions_boundary)) role.permissionsBoundary = v.permissions_boundary as string
  const max = num(v.max_session_duration)
  if (max !== undefined && max !== 3600) role.maxSessionDuration = max
  const tags = readTags(v.tags)
  if (tags) role.tags = tags
  b.role(role, r.address)
  // Inline `inline_policy` blocks and the exclusive `managed_policy_arns` list.
  if (Array.isArray(v.inline_policy)) {
    for (const p of v.inline_policy as Record<string, unknown>[]) {
      if (!p || typeof p !== 'object' || !str(p.name)) continue
      const doc = readDocument(p.policy, `${r.address}.inline_policy`, warn)
      if (doc) b.inline('role', name, p.name as string, doc, `${r.address}.inline_policy`)
    }
  }
  for (const arn of strings(v.managed_policy_arns)) b.attach('role', name, arn, `${r.address}.managed_policy_arns`)
}

function passwordPolicy(v: Record<string, unknown>): PasswordPolicy {
  const p: PasswordPolicy = {}
  const set = <K extends keyof PasswordPolicy>(key: K, value: PasswordPolicy[K] | undefined) => {
    if (value !== undefined) p[key] = value
  }
  set('minimumLength', num(v.minimum_password_length))
  set('requireUppercase', bool(v.require_uppercase_characters))
  set('requireLowercase', bool(v.require_lowercase_characters))
  set('requireNumbers', bool(v.require_numbers))
  set('requireSymbols', bool(v.require_symbols))
  set('maxAgeDays', num(v.max_password_age))
  set('reusePrevention', num(v.password_reuse_prevention))
  set('allowUsersToChange', bool(v.allow_users_to_change_password))
  set('hardExpiry', bool(v.hard_expiry))
  return p
}
