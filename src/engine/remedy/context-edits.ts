// Changes that give a condition key the value a statement needs: a request context key, an environment field (the
// source IP, MFA, the time), or a tag of the principal or the resource for the keys AWS fills from tags.
import { parseArn } from '../match/arn'
import type { Environment, Resource, Tags } from '../scenario/model'
import { requestEnvironment } from '../account/request-context'
import { resolveResourceIn } from '../account/resolve-resource'
import type { SimulationResult } from '../account/simulate-types'
import type { StatementTrace } from '../trace/types'
import { replaceResource, replaceSession, withTag } from '../scenario/edits/core'
import { identityLabel, lookupIdentity, type PrincipalIdentity, replaceIdentity } from '../scenario/edits/identities'
import { principalIdentity, principalSession } from './scenario-edits'
import { makeChange } from './sentences'
import { identityText } from './slots'
import { remedyMessage } from '../messages/remedy'
import type { SourceMessage } from '../messages/sources.en'
import { entityText } from '../messages/sources'
import { byKey, environmentPatch, isDerivedKey, valueFor, type KeyValue } from './values'
import type { Edit, World } from './world'

const TAG_KEY = /^(aws:principaltag|aws:resourcetag|iam:resourcetag|s3:existingobjecttag)\/(.+)$/i
const VARIABLE = /^\$\{([^}]+)\}$/

/** A value as the sentences show it. */
function show(value: KeyValue | string | number | boolean | undefined): string {
  if (value === null || value === undefined) return '(absent)'
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value)
}

/** The request context's own value for `key` (any spelling). */
function given(context: Record<string, string | string[]> | undefined, key: string): string | string[] | undefined {
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(context ?? {})) if (k.toLowerCase() === lower) return v
  return undefined
}

/** A copy of the context with `key` set (other spellings of it removed), or left out for `null`. */
function setKey(context: Record<string, string | string[]> | undefined, key: string, value: KeyValue) {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(context ?? {})) if (k.toLowerCase() !== key.toLowerCase()) out[k] = v
  if (value !== null) out[key] = value
  return out
}

function contextEdit(world: World, result: SimulationResult, key: string, value: KeyValue): Edit {
  const previous = given(world.request.context, key) ?? given(result.context, key)
  const lines = [
    ...(previous === undefined ? [] : [`- ${key}: ${show(previous)}`]),
    ...(value === null ? [] : [`+ ${key}: ${show(value)}`]),
  ]
  const params = { key, value: show(value), previous: show(previous) }
  return {
    key: `context:${key.toLowerCase()}=${JSON.stringify(value)}`,
    group: `context:${key.toLowerCase()}`,
    change: makeChange(
      'context',
      value === null ? 'remove-context' : 'set-context',
      params,
      remedyMessage('remedy.target.context'),
      lines.join('\n'),
      0,
    ),
    apply: (w) => ({ ...w, request: { ...w.request, context: setKey(w.request.context, key, value) } }),
  }
}

function environmentEdit(world: World, key: string, value: KeyValue, patch: Partial<Environment>): Edit {
  const before = requestEnvironment(world.scenario, world.request)
  const fields = Object.keys(patch) as (keyof Environment)[]
  const lines = fields.flatMap((f) => [
    ...(before[f] === undefined ? [] : [`- ${f}: ${show(before[f])}`]),
    ...(patch[f] === undefined ? [] : [`+ ${f}: ${show(patch[f])}`]),
  ])
  const list = fields.map((f) => `\`${f} = ${show(patch[f])}\``).join(', ')
  const params = { key, value: show(value), fields: remedyMessage('remedy.fields', { fields: list }) }
  return {
    key: `env:${key.toLowerCase()}=${JSON.stringify(value)}`,
    group: `context:${key.toLowerCase()}`,
    change: makeChange(
      'context',
      'set-environment',
      params,
      remedyMessage('remedy.target.environment'),
      lines.join('\n'),
      0,
    ),
    apply: (w) => ({ ...w, request: { ...w.request, environment: { ...w.request.environment, ...patch } } }),
  }
}

/** Where a tag key's tags live: the principal (user, role or session) or the resource. */
type TagHolder =
  | { kind: 'identity'; who: PrincipalIdentity }
  | { kind: 'session' }
  | { kind: 'resource'; resource: Resource; object: boolean }

function tagHolder(world: World, result: SimulationResult, prefix: string, tag: string): TagHolder | undefined {
  if (prefix === 'aws:principaltag') {
    const session = principalSession(world.scenario, result.principal)
    if (session && Object.keys(session.tags ?? {}).some((k) => k.toLowerCase() === tag.toLowerCase())) {
      return { kind: 'session' }
    }
    const who = principalIdentity(world.scenario, result.principal)
    return who && { kind: 'identity', who }
  }
  const { action, resource } = world.request
  const resolved = resolveResourceIn(world.scenario, action, resource)
  const parsed = parseArn(resource)
  const object = parsed?.service === 's3' && parsed.resource.includes('/')
  if (prefix === 's3:existingobjecttag')
    return object && resolved.entry ? { kind: 'resource', resource: resolved.entry, object } : undefined
  if (resolved.role) return { kind: 'identity', who: { kind: 'role', entity: resolved.role } }
  if (resolved.user) return { kind: 'identity', who: { kind: 'user', entity: resolved.user } }
  if (prefix === 'iam:resourcetag' || object || !resolved.entry) return undefined
  return { kind: 'resource', resource: resolved.entry, object }
}

function holderLabel(holder: TagHolder, result: SimulationResult): string {
  if (holder.kind === 'identity') return identityLabel(holder.who)
  if (holder.kind === 'session') return `session ${result.principal.sessionName}`
  return `resource ${holder.resource.name ?? holder.resource.arn}`
}

/** The holder as sentences name it: "user `alice`", "session `ci`", "resource `web`". */
function holderText(holder: TagHolder, result: SimulationResult): SourceMessage {
  if (holder.kind === 'identity') return identityText(holder.who)
  if (holder.kind === 'session') return entityText('session', result.principal.sessionName ?? '')
  return entityText('resource', holder.resource.name ?? holder.resource.arn)
}

/** Sets one tag on the principal or the resource, so that a tag key (`aws:ResourceTag/team`) has `value`. */
function tagEdit(world: World, result: SimulationResult, fullKey: string, value: KeyValue): Edit | undefined {
  const m = TAG_KEY.exec(fullKey)
  if (!m || typeof value !== 'string') return undefined
  const [, prefix, tag] = m as unknown as [string, string, string]
  const holder = tagHolder(world, result, prefix.toLowerCase(), tag)
  if (!holder) return undefined
  const label = holderLabel(holder, result)
  const current: Tags | undefined =
    holder.kind === 'identity'
      ? holder.who.entity.tags
      : holder.kind === 'session'
        ? principalSession(world.scenario, result.principal)?.tags
        : holder.resource.tags
  const tags = withTag(current, tag, value)
  if (!tags) return undefined
  const previous = Object.entries(current ?? {}).find(([k]) => k.toLowerCase() === tag.toLowerCase())?.[1]
  const preview = [...(previous === undefined ? [] : [`- ${tag}: ${previous}`]), `+ ${tag}: ${value}`].join('\n')
  const apply = (w: World): World | undefined => {
    if (holder.kind === 'identity') {
      const who = lookupIdentity(w.scenario, holder.who.kind, holder.who.entity.name, holder.who.entity.account) as
        PrincipalIdentity | undefined
      const scenario =
        who && replaceIdentity(w.scenario, who, { ...who.entity, tags: withTag(who.entity.tags, tag, value) ?? {} })
      return scenario && { ...w, scenario }
    }
    if (holder.kind === 'session') {
      const session = principalSession(w.scenario, result.principal)
      const scenario =
        session && replaceSession(w.scenario, session, { ...session, tags: withTag(session.tags, tag, value) ?? {} })
      return scenario && { ...w, scenario }
    }
    const entry = (w.scenario.resources ?? []).find((r) => r.arn === holder.resource.arn)
    const scenario =
      entry && replaceResource(w.scenario, entry, { ...entry, tags: withTag(entry.tags, tag, value) ?? {} })
    return scenario && { ...w, scenario }
  }
  const key = `tag:${label}:${tag.toLowerCase()}`
  return {
    key: `${key}=${value}`,
    group: key,
    change: makeChange(
      'tag',
      'set-tag',
      { entity: holderText(holder, result), key: tag, value, previous: show(previous) },
      holderText(holder, result),
      preview,
      1,
    ),
    apply,
  }
}

/**
 * The ways to give `key` the value `value`: a tag for tag keys; for environment keys the environment field, then the
 * context key; the context key for the rest. Keys AWS derives from the principal or resource are not offered (unless
 * the request already sets them itself).
 */
export function keyEdits(world: World, result: SimulationResult, key: string, value: KeyValue): Edit[] {
  if (TAG_KEY.test(key)) {
    const edit = tagEdit(world, result, key, value)
    return edit ? [edit] : []
  }
  const own = given(world.request.context, key) !== undefined
  if (isDerivedKey(key) && !own) return []
  const out: Edit[] = []
  const patch = own ? undefined : environmentPatch(key, value)
  if (patch) out.push(environmentEdit(world, key, value, patch))
  if (value !== null || own) out.push(contextEdit(world, result, key, value))
  return out
}

/** Single changes that each make one condition of a Deny statement fail, so that the statement no longer applies. */
export function denyContextEdits(world: World, result: SimulationResult, statement: StatementTrace): Edit[] {
  const out: Edit[] = []
  for (const [key, conditions] of byKey(statement.conditions)) {
    const value = valueFor(conditions, 'fail')
    if (value !== undefined) out.push(...keyEdits(world, result, key, value))
  }
  return out
}

/**
 * Sets of changes that make every condition of an Allow statement hold (its other elements already match): one
 * change per key that fails now. Several sets when some key can be fixed more than one way (at most `limit`).
 */
export function allowContextSteps(
  world: World,
  result: SimulationResult,
  statement: StatementTrace,
  limit = 6,
): Edit[][] {
  if (statement.effect !== 'Allow' || statement.elements.some((e) => e.outcome !== 'match')) return []
  const perKey: Edit[][] = []
  for (const [key, conditions] of byKey(statement.conditions)) {
    if (conditions.every((c) => c.outcome === 'match')) continue
    const options: Edit[] = []
    const value = valueFor(conditions, 'hold')
    if (value !== undefined) options.push(...keyEdits(world, result, key, value))
    // `aws:ResourceTag/team` = `${aws:PrincipalTag/team}`: the variable's side can change instead.
    for (const c of conditions) {
      for (const v of c.values) {
        const variable = VARIABLE.exec(v.value)?.[1]
        if (!variable || !TAG_KEY.test(variable) || c.requestValues.length !== 1) continue
        const edit = tagEdit(world, result, variable, c.requestValues[0]!)
        if (edit && !options.some((o) => o.key === edit.key)) options.push(edit)
      }
    }
    if (options.length === 0) return []
    perKey.push(options)
  }
  if (perKey.length === 0) return []
  const base = perKey.map((options) => options[0]!)
  const out = [base]
  perKey.forEach((options, i) => {
    for (const alternative of options.slice(1)) {
      if (out.length < limit) out.push(base.map((e, j) => (j === i ? alternative : e)))
    }
  })
  return out
}
