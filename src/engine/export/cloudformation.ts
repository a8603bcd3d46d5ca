// CloudFormation templates (YAML or JSON) from a scenario. The shape, for readers and importers:
// - `AWSTemplateFormatVersion`, `Description`, `Resources`, and `Outputs` (each role's ARN via `!GetAtt ID.Arn`).
// - Logical IDs are PascalCase from entity names (`ci-deploy` → `CiDeploy`), unique across the template (a
//   collision gets `2`, `3`…). Resources: `AWS::IAM::ManagedPolicy` (customer managed policies), `AWS::IAM::Group`,
//   `AWS::IAM::User` (group membership in its `Groups`), `AWS::IAM::OIDCProvider`, `AWS::IAM::SAMLProvider`,
//   `AWS::IAM::Role`, `AWS::IAM::InstanceProfile`, `AWS::S3::BucketPolicy`, `AWS::KMS::Key`,
//   `AWS::Organizations::Policy` (with `TargetIds`). Inline policies are each entity's `Policies` property.
// - Exported entities are referenced with `!Ref` (a ManagedPolicy's Ref is its ARN; a Group's and a Role's is the
//   name); in JSON `{"Ref": ID}` and `{"Fn::GetAtt": [ID, "Arn"]}`. AWS managed policies are written by ARN.
// - CloudFormation has no resource for the account password policy: it is left out.
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { accountOf } from '../scenario/arns'
import type { Group, LocalizedText, ManagedPolicy, Role, Tags, User } from '../scenario/model'
import { collect, documentOf, type ExportOptions, type ExportSet, policyDocument, policyTarget } from './collect'
import { logicalId, UniqueNames } from './names'

/** `!Ref ID` / `{"Ref": ID}`. */
export class CfnRef {
  /** `id` is a logical ID of the template. */
  constructor(readonly id: string) {}
  /** The JSON form. */
  toJSON(): unknown {
    return { Ref: this.id }
  }
}

/** `!GetAtt ID.ATTR` / `{"Fn::GetAtt": [ID, ATTR]}`. */
export class CfnGetAtt {
  /** `id` is a logical ID of the template, `attribute` one of its type's attributes. */
  constructor(
    readonly id: string,
    readonly attribute: string,
  ) {}
  /** The JSON form. */
  toJSON(): unknown {
    return { 'Fn::GetAtt': [this.id, this.attribute] }
  }
}

/** One resource of a template. */
export interface CfnResource {
  Type: string
  Properties: Record<string, unknown>
}

/** A template as a tree (intrinsics as {@link CfnRef}/{@link CfnGetAtt}). */
export interface CfnTemplate {
  AWSTemplateFormatVersion: string
  Description: string
  Resources: Record<string, CfnResource>
  Outputs?: Record<string, { Value: unknown }>
}

/** Options of {@link exportCloudFormation}. */
export interface CloudFormationOptions extends ExportOptions {
  /** Default `yaml` (short-form `!Ref`/`!GetAtt`). */
  format?: 'yaml' | 'json'
}

/** A CloudFormation template creating the scenario's IAM entities, or `options.only` and what it needs. */
export function exportCloudFormation(
  scenario: Parameters<typeof collect>[0],
  options: CloudFormationOptions = {},
): string {
  const template = cloudFormationTemplate(scenario, options)
  return options.format === 'json' ? `${JSON.stringify(template, null, 2)}\n` : templateYaml(template)
}

function english(text: LocalizedText | undefined): string {
  if (text === undefined) return ''
  return typeof text === 'string' ? text : text.en
}

function tags(t: Tags | undefined): { Key: string; Value: string }[] | undefined {
  if (!t || Object.keys(t).length === 0) return undefined
  return Object.entries(t).map(([Key, Value]) => ({ Key, Value }))
}

/** Drops undefined properties (and empty lists). */
function props(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  )
}

/** The template as a tree, before it is written as YAML or JSON. */
export function cloudFormationTemplate(
  scenario: Parameters<typeof collect>[0],
  options: ExportOptions = {},
): CfnTemplate {
  const set = collect(scenario, options)
  const names = new UniqueNames('')
  const ids = new Map<object, string>()
  const resources: Record<string, CfnResource> = {}
  const add = (entity: object, base: string, Type: string, Properties: Record<string, unknown>): string => {
    const id = names.take(logicalId(base))
    ids.set(entity, id)
    resources[id] = { Type, Properties: props(Properties) }
    return id
  }
  const path = (p: string | undefined) => (p && p !== '/' ? p : undefined)
  const policyArn = (ref: string, account: string): unknown => {
    const target = policyTarget(set.scenario, ref, account)
    if (target.kind === 'arn') return target.arn
    const id = ids.get(target.policy)
    return id ? new CfnRef(id) : `arn:aws:iam::${accountOf(set.scenario, target.policy)}:policy/${target.policy.name}`
  }
  const common = (e: User | Group | Role) => ({
    ManagedPolicyArns: (e.managedPolicies ?? []).map((ref) => policyArn(ref, accountOf(set.scenario, e))),
    Policies: (e.inlinePolicies ?? []).map((p) => ({ PolicyName: p.name, PolicyDocument: documentOf(p.document) })),
  })
  const boundary = (e: User | Role) =>
    e.permissionsBoundary === undefined ? undefined : policyArn(e.permissionsBoundary, accountOf(set.scenario, e))

  for (const p of set.policies) writePolicy(p)
  function writePolicy(p: ManagedPolicy) {
    add(p, p.name, 'AWS::IAM::ManagedPolicy', {
      ManagedPolicyName: p.name,
      Path: path(p.path),
      Description: p.description,
      PolicyDocument: policyDocument(p),
    })
  }
  for (const g of set.groups) add(g, g.name, 'AWS::IAM::Group', { GroupName: g.name, Path: path(g.path), ...common(g) })
  for (const u of set.users) {
    const groups = (u.groups ?? []).map((name) => {
      const group = set.groups.find((g) => g.name === name)
      const id = group && ids.get(group)
      return id ? new CfnRef(id) : name
    })
    add(u, u.name, 'AWS::IAM::User', {
      UserName: u.name,
      Path: path(u.path),
      Groups: groups,
      ...common(u),
      PermissionsBoundary: boundary(u),
      Tags: tags(u.tags),
    })
  }
  writeProviders(set, (entity, base, type, properties) => add(entity, base, type, properties))
  const outputs: Record<string, { Value: unknown }> = {}
  for (const r of set.roles) {
    const id = add(r, r.name, 'AWS::IAM::Role', {
      RoleName: r.name,
      Path: path(r.path),
      Description: r.description,
      AssumeRolePolicyDocument: documentOf(r.trustPolicy),
      ...common(r),
      PermissionsBoundary: boundary(r),
      MaxSessionDuration: r.maxSessionDuration,
      Tags: tags(r.tags),
    })
    outputs[`${id}Arn`] = { Value: new CfnGetAtt(id, 'Arn') }
  }
  for (const profile of set.instanceProfiles) {
    const role = ids.get(profile.role)
    add(profile, `${profile.name}Profile`, 'AWS::IAM::InstanceProfile', {
      InstanceProfileName: profile.name,
      Roles: [role ? new CfnRef(role) : profile.role.name],
    })
  }
  for (const b of set.buckets) {
    add(b, `${b.name}Policy`, 'AWS::S3::BucketPolicy', {
      Bucket: b.name,
      PolicyDocument: documentOf(b.resource.policy),
    })
  }
  for (const k of set.keys) {
    add(k, `${k.resource.name ?? k.id}Key`, 'AWS::KMS::Key', {
      Description: k.resource.name ?? k.id,
      KeyPolicy: documentOf(k.resource.policy),
    })
  }
  for (const o of set.orgPolicies) {
    add(o, o.policy.name, 'AWS::Organizations::Policy', {
      Name: o.policy.name,
      Type: o.policy.type === 'rcp' ? 'RESOURCE_CONTROL_POLICY' : 'SERVICE_CONTROL_POLICY',
      Content: documentOf(o.policy.document),
      TargetIds: o.targets,
    })
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `IAM from the IAM Playground scenario "${english(set.scenario.title)}"`,
    Resources: resources,
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs } : {}),
  }
}

function writeProviders(
  set: ExportSet,
  add: (entity: object, base: string, type: string, properties: Record<string, unknown>) => string,
): void {
  for (const p of set.providers) {
    if (p.type === 'oidc') {
      const host = (p.url ?? '').replace(/^https:\/\//i, '')
      add(p, `${host.split('/')[0] ?? 'Oidc'}Provider`, 'AWS::IAM::OIDCProvider', {
        Url: `https://${host}`,
        ClientIdList: p.clientIds,
        ThumbprintList: p.thumbprints,
        Tags: tags(p.tags),
      })
    } else {
      add(p, `${p.name ?? 'Saml'}Provider`, 'AWS::IAM::SAMLProvider', {
        Name: p.name,
        SamlMetadataDocument: p.metadata ?? '',
        Tags: tags(p.tags),
      })
    }
  }
}

/** Strings a YAML 1.1 reader would take for something else (dates, booleans, null), quoted to stay strings. */
const AMBIGUOUS = /^(\d{4}-\d{2}-\d{2}.*|y|n|yes|no|on|off|true|false|null|~|[-+]?[0-9][0-9_.:eE+-]*)$/i

function yamlNode(value: unknown): unknown {
  if (value instanceof CfnRef) return Object.assign(new Scalar(value.id), { tag: '!Ref' })
  if (value instanceof CfnGetAtt) return Object.assign(new Scalar(`${value.id}.${value.attribute}`), { tag: '!GetAtt' })
  if (Array.isArray(value)) {
    const seq = new YAMLSeq()
    for (const item of value) seq.items.push(yamlNode(item))
    return seq
  }
  if (typeof value === 'object' && value !== null) {
    const map = new YAMLMap()
    for (const [k, v] of Object.entries(value)) map.set(new Scalar(k), yamlNode(v))
    return map
  }
  const scalar = new Scalar(value)
  if (typeof value === 'string' && AMBIGUOUS.test(value)) scalar.type = Scalar.QUOTE_DOUBLE
  return scalar
}

/** The template as YAML with short-form intrinsics. */
export function templateYaml(template: CfnTemplate): string {
  const doc = new Document()
  doc.contents = yamlNode(template) as YAMLMap
  return doc.toString({ lineWidth: 0 })
}
