// CloudFormation templates (JSON or YAML) → scenario: IAM users, groups, roles, managed and inline policies, group
// additions, instance profiles, bucket and key policies, SCPs and RCPs, with intrinsics resolved by CfnResolver.
import type { Group, Role, User } from '../../scenario/model'
import { importIacMessage } from '../../messages/import-iac'
import { q } from '../../scenario/issues'
import { readDocument, readTags, type EntityKind, type ScenarioBuilder } from './builder'
import { CfnResolver, type CfnResource } from './cloudformation-resolve'
import { readCloudFormationYaml } from './cloudformation-yaml'
import { ImportRun, kindOf, readJsonText } from './context'
import { trustsNoOne } from '../import/entities'
import type { IacImportOptions, IacImportResult } from './types'

type Obj = Record<string, unknown>

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Types that hold no IAM state of their own; skipped without a warning. */
const QUIET = new Set(['AWS::S3::Bucket', 'AWS::KMS::Alias', 'AWS::CloudFormation::WaitConditionHandle'])

/** Imports a CloudFormation template: JSON or YAML text, or an already parsed object. Never throws on bad input. */
export function importCloudFormation(input: unknown, options: IacImportOptions = {}): IacImportResult {
  const run = new ImportRun(options)
  const title = { en: 'Imported from CloudFormation', ko: 'CloudFormation에서 가져옴' }
  const description = { en: 'Imported from a CloudFormation template.', ko: 'CloudFormation 템플릿에서 가져왔습니다.' }
  let value = input
  if (typeof input === 'string') {
    if (input.trimStart().startsWith('{')) {
      const parsed = readJsonText(input, run)
      if (!parsed) return run.finish(title, description)
      value = parsed.value
    } else {
      const read = readCloudFormationYaml(input)
      if (!read.ok) {
        const pos = read.line !== undefined ? { line: read.line, column: read.column ?? 1 } : undefined
        run.fail('', importIacMessage('importIac.badYaml', { error: read.error }), pos)
        return run.finish(title, description)
      }
      value = read.value
    }
  }
  if (!isObj(value) || !isObj(value.Resources)) {
    run.fail('', importIacMessage('importIac.notTemplate', { kind: kindOf(value) }))
    return run.finish(title, description)
  }
  const resources = new Map<string, CfnResource>()
  for (const [id, r] of Object.entries(value.Resources)) {
    if (!isObj(r) || typeof r.Type !== 'string') {
      run.warn(`/Resources/${id}`, importIacMessage('importIac.notObject', { what: 'a resource', kind: kindOf(r) }))
      continue
    }
    resources.set(id, { id, type: r.Type, properties: isObj(r.Properties) ? r.Properties : {} })
  }
  const b = run.builder()
  const resolver = new CfnResolver(run, b.account, isObj(value.Parameters) ? value.Parameters : {}, resources)
  for (const r of resources.values()) mapResource(r, resolver, b, run)
  return run.finish(title, description)
}

function mapResource(r: CfnResource, resolver: CfnResolver, b: ScenarioBuilder, run: ImportRun): void {
  const base = `/Resources/${r.id}`
  const at = (prop: string) => `${base}/Properties/${prop}`
  const prop = (name: string): unknown => resolver.resolve(r.properties[name], at(name))
  const str = (name: string): string | undefined => {
    const v = prop(name)
    return typeof v === 'string' && v !== '' ? v : undefined
  }
  const list = (name: string): string[] => {
    const v = prop(name)
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  }
  const doc = (name: string) => {
    const v = prop(name)
    return v === undefined ? undefined : readDocument(v, at(name), run.warn)
  }
  const inline = (kind: EntityKind, entity: string) => {
    const policies = prop('Policies')
    if (!Array.isArray(policies)) return
    policies.forEach((p: unknown, i) => {
      if (!isObj(p) || typeof p.PolicyName !== 'string') return
      const d = readDocument(p.PolicyDocument, `${at('Policies')}/${i}/PolicyDocument`, run.warn)
      if (d) b.inline(kind, entity, p.PolicyName, d, `${at('Policies')}/${i}`)
    })
  }
  const attachAll = (kind: EntityKind, entity: string) => {
    for (const arn of list('ManagedPolicyArns')) b.attach(kind, entity, arn, at('ManagedPolicyArns'))
  }
  switch (r.type) {
    case 'AWS::IAM::User': {
      const user: User = { name: resolver.nameOf(r.id) }
      const path = str('Path')
      if (path && path !== '/') user.path = path
      const boundary = str('PermissionsBoundary')
      if (boundary) user.permissionsBoundary = boundary
      const tags = readTags(prop('Tags'))
      if (tags) user.tags = tags
      b.user(user, base)
      for (const g of list('Groups')) b.membership(user.name, g, at('Groups'))
      inline('user', user.name)
      attachAll('user', user.name)
      return
    }
    case 'AWS::IAM::Group': {
      const group: Group = { name: resolver.nameOf(r.id) }
      const path = str('Path')
      if (path && path !== '/') group.path = path
      b.group(group, base)
      inline('group', group.name)
      attachAll('group', group.name)
      return
    }
    case 'AWS::IAM::Role': {
      const role: Role = { name: resolver.nameOf(r.id), trustPolicy: doc('AssumeRolePolicyDocument') ?? trustsNoOne() }
      const path = str('Path')
      if (path && path !== '/') role.path = path
      const description = str('Description')
      if (description) role.description = description
      const boundary = str('PermissionsBoundary')
      if (boundary) role.permissionsBoundary = boundary
      const max = Number(prop('MaxSessionDuration'))
      if (Number.isInteger(max) && max !== 3600 && max > 0) role.maxSessionDuration = max
      const tags = readTags(prop('Tags'))
      if (tags) role.tags = tags
      b.role(role, base)
      inline('role', role.name)
      attachAll('role', role.name)
      return
    }
    case 'AWS::IAM::ManagedPolicy': {
      const d = doc('PolicyDocument')
      if (!d) return missing(run, at('PolicyDocument'), 'PolicyDocument')
      const name = resolver.nameOf(r.id)
      const extra: { path?: string; description?: string } = {}
      const path = str('Path')
      if (path) extra.path = path
      const description = str('Description')
      if (description) extra.description = description
      b.policy(name, d, extra, base)
      for (const u of list('Users')) b.attach('user', u, name, at('Users'))
      for (const g of list('Groups')) b.attach('group', g, name, at('Groups'))
      for (const ro of list('Roles')) b.attach('role', ro, name, at('Roles'))
      return
    }
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::UserPolicy':
    case 'AWS::IAM::GroupPolicy':
    case 'AWS::IAM::RolePolicy': {
      const d = doc('PolicyDocument')
      if (!d) return missing(run, at('PolicyDocument'), 'PolicyDocument')
      const name = resolver.nameOf(r.id)
      for (const u of [...list('Users'), ...(str('UserName') ? [str('UserName')!] : [])])
        b.inline('user', u, name, d, base)
      for (const g of [...list('Groups'), ...(str('GroupName') ? [str('GroupName')!] : [])])
        b.inline('group', g, name, d, base)
      for (const ro of [...list('Roles'), ...(str('RoleName') ? [str('RoleName')!] : [])])
        b.inline('role', ro, name, d, base)
      return
    }
    case 'AWS::IAM::UserToGroupAddition': {
      const group = str('GroupName')
      if (!group) return missing(run, at('GroupName'), 'GroupName')
      for (const u of list('Users')) b.membership(u, group, at('Users'))
      return
    }
    case 'AWS::IAM::InstanceProfile': {
      const name = resolver.nameOf(r.id)
      for (const ro of list('Roles')) b.instanceProfile(name, ro, at('Roles'))
      return
    }
    case 'AWS::S3::BucketPolicy': {
      const bucket = str('Bucket')
      const d = doc('PolicyDocument')
      if (bucket && d) b.resourcePolicy(`arn:${run.partition}:s3:::${bucket}`, d, bucket)
      else missing(run, at(bucket ? 'PolicyDocument' : 'Bucket'), bucket ? 'PolicyDocument' : 'Bucket')
      return
    }
    case 'AWS::KMS::Key': {
      const d = doc('KeyPolicy')
      if (d) b.resourcePolicy(resolver.arnOf(r.id)!, d, str('Description') ?? r.id)
      return
    }
    case 'AWS::Organizations::Policy': {
      const type = str('Type') ?? 'SERVICE_CONTROL_POLICY'
      if (type !== 'SERVICE_CONTROL_POLICY' && type !== 'RESOURCE_CONTROL_POLICY') {
        run.warn(at('Type'), importIacMessage('importIac.unsupported', { type: q(type) }))
        return
      }
      const d = doc('Content')
      if (!d) return missing(run, at('Content'), 'Content')
      const name = resolver.nameOf(r.id)
      b.organizationPolicy({ name, type: type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp', document: d }, base)
      for (const target of list('TargetIds')) b.organizationAttachment(name, target, at('TargetIds'))
      return
    }
    default:
      if (!QUIET.has(r.type)) run.warn(base, importIacMessage('importIac.unsupported', { type: q(r.type) }))
  }
}

function missing(run: ImportRun, location: string, field: string): void {
  run.warn(location, importIacMessage('importIac.missingField', { field }))
}
