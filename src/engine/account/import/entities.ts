// Users, groups and roles as GetAccountAuthorizationDetails describes them (UserDetail, GroupDetail, RoleDetail),
// turned into scenario entities. A bad field is reported and left out; the entity keeps everything else.
import { importMessage } from '../../messages/import'
import type { Group, InlinePolicy, PolicyBody, Role, Tags, User } from '../../scenario/model'
import { MAX_ATTACHED_POLICIES, MAX_GROUPS_PER_USER, MAX_TAGS } from '../../scenario/quotas'
import { HOSTILE_KEYS } from '../../scenario/shape'
import { q } from '../../scenario/issues'
import { readDocument } from './decode'
import { parseIamArn } from './iam-arn'
import type { PolicyCatalog } from './policies'
import { isObject, itemsAt, kindOf, objectAt, readDate, textAt, type Json } from './read'
import { isValidMaxSessionDuration, isValidName, isValidPath, type NameKind } from './rules'
import type { Warn } from './types'

/** What reading an entity needs: somewhere to report, and the managed policies to resolve references against. */
export interface EntityContext {
  warn: Warn
  policies: PolicyCatalog
}

/**
 * A role's trust policy when the input has none we can use: it denies every principal every STS action, so the
 * role cannot be assumed (an empty `Statement` would break the policy grammar).
 */
export function trustsNoOne(): PolicyBody {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ImportedWithoutTrustPolicy', Effect: 'Deny', Principal: '*', Action: 'sts:*' }],
  }
}

interface Spelling {
  kind: NameKind & ('user' | 'group' | 'role')
  name: string
  id: string
  idPrefix: string
  idPattern: RegExp
  inline: string
}

const USER: Spelling = {
  kind: 'user',
  name: 'UserName',
  id: 'UserId',
  idPrefix: 'AIDA',
  idPattern: /^AIDA[A-Z0-9]{12,124}$/,
  inline: 'UserPolicyList',
}
const GROUP: Spelling = {
  kind: 'group',
  name: 'GroupName',
  id: 'GroupId',
  idPrefix: 'AGPA',
  idPattern: /^AGPA[A-Z0-9]{12,124}$/,
  inline: 'GroupPolicyList',
}
const ROLE: Spelling = {
  kind: 'role',
  name: 'RoleName',
  id: 'RoleId',
  idPrefix: 'AROA',
  idPattern: /^AROA[A-Z0-9]{12,124}$/,
  inline: 'RolePolicyList',
}

/** A `UserDetail` as a user; undefined (with a warning) when it has no usable name. */
export function readUser(value: unknown, base: string, ctx: EntityContext): User | undefined {
  const detail = entity(value, base, USER, ctx.warn)
  if (!detail) return undefined
  const { obj } = detail
  const user: User = { ...detail.entity }
  const groups = groupList(obj, base, ctx.warn)
  if (groups.length > 0) user.groups = groups
  addPolicies(user, obj, base, USER, ctx)
  const boundary = permissionsBoundary(obj, base, ctx)
  if (boundary) user.permissionsBoundary = boundary
  const tags = readTags(obj, base, ctx.warn)
  if (tags) user.tags = tags
  const created = readDate(obj, base, ctx.warn)
  if (created) user.createdAt = created
  return user
}

/** A `GroupDetail` as a group; undefined (with a warning) when it has no usable name. */
export function readGroup(value: unknown, base: string, ctx: EntityContext): Group | undefined {
  const detail = entity(value, base, GROUP, ctx.warn)
  if (!detail) return undefined
  const group: Group = { ...detail.entity }
  addPolicies(group, detail.obj, base, GROUP, ctx)
  return group
}

/** A `RoleDetail` as a role; undefined (with a warning) when it has no usable name. */
export function readRole(value: unknown, base: string, ctx: EntityContext): Role | undefined {
  const detail = entity(value, base, ROLE, ctx.warn)
  if (!detail) return undefined
  const obj = detail.obj
  const { name, path, id } = detail.entity
  const role: Role = {
    name,
    ...(path ? { path } : {}),
    ...(id ? { id } : {}),
    trustPolicy: trustPolicy(obj, base, ctx.warn),
  }
  // RoleDetail has no `Description` or `MaxSessionDuration`, but GetRole output merged in by hand has.
  const description = textAt(obj, 'Description', base, ctx.warn)
  if (description) role.description = description
  addPolicies(role, obj, base, ROLE, ctx)
  const boundary = permissionsBoundary(obj, base, ctx)
  if (boundary) role.permissionsBoundary = boundary
  if (obj.MaxSessionDuration !== undefined && obj.MaxSessionDuration !== null) {
    if (isValidMaxSessionDuration(obj.MaxSessionDuration)) {
      role.maxSessionDuration = obj.MaxSessionDuration
    } else {
      ctx.warn(`${base}/MaxSessionDuration`, importMessage('import.maxSessionDuration'))
    }
  }
  const tags = readTags(obj, base, ctx.warn)
  if (tags) role.tags = tags
  const profiles = instanceProfiles(obj, base, ctx.warn)
  if (profiles.length > 0) role.instanceProfiles = profiles
  // `RoleLastUsed` and `CreateDate` have no place in the scenario model: they do not change any decision.
  return role
}

/** The entity's kind, as a message (`user`). */
function entityKind(spelling: Spelling) {
  return importMessage(`import.entity.${spelling.kind}`)
}

/** The name, path and unique ID shared by the three entity kinds. */
function entity(
  value: unknown,
  base: string,
  spelling: Spelling,
  warn: Warn,
): { obj: Json; entity: { name: string; path?: string; id?: string } } | undefined {
  if (!isObject(value)) {
    warn(base, importMessage('import.entityNotObject', { kind: entityKind(spelling), found: kindOf(value) }))
    return undefined
  }
  const arnText = textAt(value, 'Arn', base, warn)
  let arn = arnText === undefined ? undefined : parseIamArn(arnText)
  if (arnText !== undefined && arn?.type !== spelling.kind) {
    warn(`${base}/Arn`, importMessage('import.notEntityArn', { arn: q(arnText), kind: entityKind(spelling) }))
    arn = undefined
  }
  const name = textAt(value, spelling.name, base, warn) ?? arn?.name
  if (name === undefined) {
    warn(base, importMessage('import.entityNoName', { kind: entityKind(spelling), field: spelling.name }))
    return undefined
  }
  if (!isValidName(spelling.kind, name)) {
    warn(
      `${base}/${spelling.name}`,
      importMessage('import.entityBadName', { kind: entityKind(spelling), name: q(name) }),
    )
    return undefined
  }
  const out: { name: string; path?: string; id?: string } = { name }
  let path = textAt(value, 'Path', base, warn) ?? arn?.path
  if (path !== undefined && !isValidPath(path)) {
    const fallback = arn && isValidPath(arn.path) ? arn.path : '/'
    warn(`${base}/Path`, importMessage('import.badPath', { path: q(path), fallback: q(fallback) }))
    path = fallback
  }
  if (path !== undefined && path !== '/') out.path = path
  const id = textAt(value, spelling.id, base, warn)
  if (id !== undefined) {
    if (spelling.idPattern.test(id)) out.id = id
    else {
      const params = { id: q(id), kind: entityKind(spelling), prefix: spelling.idPrefix }
      warn(`${base}/${spelling.id}`, importMessage('import.badId', params))
    }
  }
  return { obj: value, entity: out }
}

/** Inline and managed policies, added only when there are some. */
function addPolicies(
  target: { inlinePolicies?: InlinePolicy[]; managedPolicies?: string[] },
  obj: Json,
  base: string,
  spelling: Spelling,
  ctx: EntityContext,
) {
  const inline = inlinePolicies(obj, spelling.inline, base, ctx.warn)
  if (inline.length > 0) target.inlinePolicies = inline
  const managed = attachedPolicies(obj, base, ctx)
  if (managed.length > 0) target.managedPolicies = managed
}

/** `UserPolicyList`/`GroupPolicyList`/`RolePolicyList`: `{ PolicyName, PolicyDocument }` items. */
function inlinePolicies(obj: Json, key: string, base: string, warn: Warn): InlinePolicy[] {
  const out: InlinePolicy[] = []
  for (const { value, path } of itemsAt(obj, key, base, warn)) {
    if (!isObject(value)) {
      warn(path, importMessage('import.inlineNotObject', { kind: kindOf(value) }))
      continue
    }
    const name = textAt(value, 'PolicyName', path, warn)
    if (name === undefined || !isValidName('inline policy', name)) {
      warn(
        path,
        name === undefined
          ? importMessage('import.inlineNoName')
          : importMessage('import.inlineBadName', { name: q(name) }),
      )
      continue
    }
    if (out.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      warn(path, importMessage('import.inlineTwice', { name: q(name) }))
      continue
    }
    const decoded = readDocument(value.PolicyDocument, 'identity')
    if (!decoded.ok) {
      const params = { problem: decoded.problem, name: q(name) }
      warn(`${path}/PolicyDocument`, importMessage('import.inlineBadDocument', params))
      continue
    }
    out.push({ name, document: decoded.document })
  }
  return out
}

/** `AttachedManagedPolicies`: `{ PolicyName, PolicyArn }` items, resolved; unresolved ones are left out. */
function attachedPolicies(obj: Json, base: string, ctx: EntityContext): string[] {
  const out: string[] = []
  for (const { value, path } of itemsAt(obj, 'AttachedManagedPolicies', base, ctx.warn)) {
    if (!isObject(value)) {
      ctx.warn(path, importMessage('import.attachedNotObject', { kind: kindOf(value) }))
      continue
    }
    const arn = textAt(value, 'PolicyArn', path, ctx.warn)
    const name = textAt(value, 'PolicyName', path, ctx.warn)
    if (arn === undefined && name === undefined) {
      ctx.warn(path, importMessage('import.attachedNoRef'))
      continue
    }
    const ref = ctx.policies.resolve(arn === undefined ? { name } : { arn }, path, 'attached')
    if (ref === undefined || out.includes(ref)) continue
    if (out.length === MAX_ATTACHED_POLICIES) {
      ctx.warn(path, importMessage('import.tooManyAttached', { max: MAX_ATTACHED_POLICIES, ref: q(ref) }))
      continue
    }
    out.push(ref)
  }
  return out
}

/** `PermissionsBoundary.PermissionsBoundaryArn`, resolved. */
function permissionsBoundary(obj: Json, base: string, ctx: EntityContext): string | undefined {
  const boundary = objectAt(obj, 'PermissionsBoundary', base, ctx.warn)
  if (!boundary) return undefined
  const path = `${base}/PermissionsBoundary`
  const arn = textAt(boundary, 'PermissionsBoundaryArn', path, ctx.warn)
  if (arn === undefined) {
    ctx.warn(path, importMessage('import.boundaryNoArn'))
    return undefined
  }
  return ctx.policies.resolve({ arn }, `${path}/PermissionsBoundaryArn`, 'boundary')
}

/** `GroupList`: the names of the user's groups (the membership source: GroupDetail lists no members). */
function groupList(obj: Json, base: string, warn: Warn): string[] {
  const out: string[] = []
  for (const { value, path } of itemsAt(obj, 'GroupList', base, warn)) {
    if (typeof value !== 'string' || !isValidName('group', value)) {
      warn(
        path,
        typeof value === 'string'
          ? importMessage('import.entityBadName', { kind: importMessage('import.entity.group'), name: q(value) })
          : importMessage('import.groupNameNotString', { kind: kindOf(value) }),
      )
      continue
    }
    if (out.some((g) => g.toLowerCase() === value.toLowerCase())) continue
    if (out.length === MAX_GROUPS_PER_USER) {
      warn(path, importMessage('import.tooManyGroups', { max: MAX_GROUPS_PER_USER, name: q(value) }))
      continue
    }
    out.push(value)
  }
  return out
}

/** `Tags`: `{ Key, Value }` items as a record. */
function readTags(obj: Json, base: string, warn: Warn): Tags | undefined {
  const out: Tags = {}
  let count = 0
  for (const { value, path } of itemsAt(obj, 'Tags', base, warn)) {
    if (!isObject(value)) {
      warn(path, importMessage('import.tagNotObject', { kind: kindOf(value) }))
      continue
    }
    const key = textAt(value, 'Key', path, warn)
    const tagValue = textAt(value, 'Value', path, warn) ?? ''
    if (key === undefined || key === '' || key.length > 128 || HOSTILE_KEYS.has(key)) {
      warn(
        path,
        key === undefined ? importMessage('import.tagNoKey') : importMessage('import.tagBadKey', { key: q(key) }),
      )
      continue
    }
    if (tagValue.length > 256) {
      warn(`${path}/Value`, importMessage('import.tagValueTooLong', { key: q(key) }))
      continue
    }
    if (Object.hasOwn(out, key)) {
      warn(path, importMessage('import.tagTwice', { key: q(key) }))
      continue
    }
    if (count === MAX_TAGS) {
      warn(path, importMessage('import.tooManyTags', { max: MAX_TAGS, key: q(key) }))
      continue
    }
    out[key] = tagValue
    count++
  }
  return count > 0 ? out : undefined
}

/** `AssumeRolePolicyDocument`, or a policy that trusts no one when it is missing or unreadable. */
function trustPolicy(obj: Json, base: string, warn: Warn): PolicyBody {
  const raw = obj.AssumeRolePolicyDocument
  if (raw === undefined || raw === null) {
    warn(base, importMessage('import.noTrustPolicy'))
    return trustsNoOne()
  }
  const decoded = readDocument(raw, 'trust')
  if (decoded.ok) return decoded.document
  warn(`${base}/AssumeRolePolicyDocument`, importMessage('import.badTrustPolicy', { problem: decoded.problem }))
  return trustsNoOne()
}

/** `InstanceProfileList`: the names of the instance profiles that hold the role. */
function instanceProfiles(obj: Json, base: string, warn: Warn): string[] {
  const out: string[] = []
  for (const { value, path } of itemsAt(obj, 'InstanceProfileList', base, warn)) {
    if (!isObject(value)) {
      warn(path, importMessage('import.profileNotObject', { kind: kindOf(value) }))
      continue
    }
    const arnText = textAt(value, 'Arn', path, warn)
    const name = textAt(value, 'InstanceProfileName', path, warn) ?? (arnText ? parseIamArn(arnText)?.name : undefined)
    if (name === undefined || !isValidName('instance profile', name)) {
      warn(
        path,
        name === undefined
          ? importMessage('import.profileNoName')
          : importMessage('import.profileBadName', { name: q(name) }),
      )
      continue
    }
    if (!out.includes(name)) out.push(name)
  }
  return out
}
