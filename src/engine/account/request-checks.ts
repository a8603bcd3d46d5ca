// Checks of a request as a person types it (the request form's fields), before and beside its answer:
// - input the engine cannot ask about at all (a principal that names no one, text that is not an action or an ARN),
//   which is an error on the field and no answer, instead of a failed evaluation;
// - names the AWS catalog does not know (`s3:GetObjekt`, with the closest real actions) and resources of a type the
//   action does not act on (`ec2:StopInstances` on an S3 object), which are warnings: the answer is still given.
// The action check is the policy editor's own (../validate/action-check.ts).
import { resolvePrincipal } from './resolve'
import { indexScenario } from './resolve-lookup'
import { actionResourceTypes, resourceTypeOfArn, typesOfArn } from '../catalog/resource-types'
import { splitAction } from '../catalog/queries'
import type { CatalogSnapshot, ResourceTypeInfo } from '../catalog/types'
import { LIMITS } from '../errors'
import { parseIp } from '../conditions/ip'
import { ACTION_NAME } from '../evaluate/input'
import { parseArn } from '../match/arn'
import { message, type EngineMessage } from '../messages/message'
import { parseCaller } from '../request/caller'
import { findRole, findUser } from '../scenario/lookup'
import type { Scenario } from '../scenario/model'
import { accountResourceArns } from '../scenario/account-resources'
import { unknownAction, unknownService } from '../validate/action-check'
import { closestFew } from '../validate/suggest'

/** The request form's field an issue is about. */
export type RequestField = 'principal' | 'action' | 'resource' | 'context' | 'environment'

/** One problem of a request field. */
export interface RequestIssue {
  field: RequestField
  /** The line of a field that takes several values (0 for one value); for `context`, unused. */
  line: number
  /** For `context`: the key whose row it is about; for `environment`: the setting (`sourceIp`, `region`, ...). */
  key?: string
  /** `error`: the request cannot be asked (no answer); `warning`: asked, but likely not what was meant; `info`: a note. */
  severity: 'error' | 'warning' | 'info'
  message: EngineMessage
  /** Values that would replace the line, best first (one-click fixes). */
  fixes: string[]
}

/** What the request form holds, as text. */
export interface RequestFields {
  principal: string
  actions: readonly string[]
  resources: readonly string[]
  context?: Readonly<Record<string, string | readonly string[]>>
  /** The request's environment settings (time, source IP, region, ...); only text values are checked. */
  environment?: object
}

/** Longest action name a request may give (the engine's own limit is the pattern; this keeps messages short). */
const MAX_ACTION = 256
/** How much of a pasted value a message quotes. */
const QUOTE = 80
/** Suggestions offered per field. */
const FIXES = 3

/** The value as a message quotes it: one line, at most {@link QUOTE} characters. */
export function quoted(value: string): string {
  const line = value.replace(/\s+/g, ' ')
  return line.length > QUOTE ? `${line.slice(0, QUOTE - 1)}…` : line
}

/** The filled lines of a field with their indexes (blank lines are skipped, as the form skips them). */
function filled(values: readonly string[]): { value: string; line: number }[] {
  return values.flatMap((v, line) => (v.trim() ? [{ value: v.trim(), line }] : []))
}

/**
 * Problems that keep the request from being asked: a principal the engine cannot read, a line that is not an action
 * (`service:Action`, no wildcard) or not an ARN (or `*`), context or environment values too long; these are `error`s,
 * and none means every filled combination can be given to `simulate` without it throwing. A source IP that is not an
 * IP address is a `warning`. Needs no catalog.
 */
export function requestInputIssues(scenario: Scenario, fields: RequestFields): RequestIssue[] {
  const out: RequestIssue[] = []
  const principal = principalIssue(scenario, fields.principal)
  if (principal) out.push(principal)
  for (const { value, line } of filled(fields.actions)) {
    if (value.length <= MAX_ACTION && ACTION_NAME.test(value)) continue
    const key = /[*?]/.test(value) && value.length <= MAX_ACTION ? 'check.action-pattern' : 'check.action-not-name'
    out.push({ field: 'action', line, severity: 'error', message: message(key, { value: quoted(value) }), fixes: [] })
  }
  for (const { value, line } of filled(fields.resources)) {
    if (value === '*' || (value.length <= LIMITS.maxString && parseArn(value))) continue
    const text = message('check.resource-not-arn', { value: quoted(value) })
    out.push({ field: 'resource', line, severity: 'error', message: text, fixes: [] })
  }
  for (const [key, value] of Object.entries(fields.context ?? {})) {
    const values = typeof value === 'string' ? [value] : value
    const long = key.length > LIMITS.maxString || values.some((v) => v.length > LIMITS.maxString)
    if (!long && values.length <= LIMITS.maxValues) continue
    const text = message('check.context-too-long', { key: quoted(key), max: LIMITS.maxString })
    out.push({ field: 'context', line: 0, key, severity: 'error', message: text, fixes: [] })
  }
  for (const [key, value] of Object.entries(fields.environment ?? {}) as [string, unknown][]) {
    if (typeof value !== 'string') continue
    if (value.length > LIMITS.maxString) {
      const text = message('check.environment-too-long', { max: LIMITS.maxString })
      out.push({ field: 'environment', line: 0, key, severity: 'error', message: text, fixes: [] })
    } else if (key === 'sourceIp' && value !== '' && !parseIp(value)) {
      // Answered anyway (AWS would never send such a value: no `IpAddress` condition matches it), but said.
      const text = message('check.source-ip', { value: quoted(value) })
      out.push({ field: 'environment', line: 0, key, severity: 'warning', message: text, fixes: [] })
    }
  }
  return out
}

/** The principal's problem, when `simulate` could not read it; with the scenario's user or role of that name. */
function principalIssue(scenario: Scenario, text: string): RequestIssue | undefined {
  const value = text.trim()
  if (!value) return undefined
  if (value.length <= LIMITS.maxString) {
    try {
      parseCaller(resolvePrincipal(indexScenario(scenario), value).arn)
      return undefined
    } catch {
      // Not a principal: the issue below says what is accepted.
    }
  }
  const fixes = principalFixes(scenario, value)
  const key = fixes.length ? 'check.principal-not-arn-fix' : 'check.principal-not-arn'
  const params: Record<string, string> = { value: quoted(value) }
  if (fixes[0]) params.fix = fixes[0]
  return { field: 'principal', line: 0, severity: 'error', message: message(key, params), fixes }
}

/**
 * What the person likely meant by a principal text that is not one: the user and the role of that name (`jiwoo` →
 * `user/jiwoo`), else of the last name in it (`arn:aws:iam::123:user/jiwoo` with a short account), else the closest
 * names of the scenario.
 */
function principalFixes(scenario: Scenario, value: string): string[] {
  if (value.length > 256) return []
  const names = [value, ...value.split(/[/:]/).reverse()].map((n) => n.trim()).filter(Boolean)
  for (const name of names) {
    const exact = [
      ...(findUser(scenario, name) ? [`user/${name}`] : []),
      ...(findRole(scenario, name) ? [`role/${name}`] : []),
    ]
    if (exact.length) return exact
  }
  const last = names[1] ?? value
  const users = (scenario.users ?? []).map((u) => u.name)
  const roles = (scenario.roles ?? []).map((r) => r.name)
  return [
    ...closestFew(last, users, FIXES).map((n) => `user/${n}`),
    ...closestFew(last, roles, FIXES).map((n) => `role/${n}`),
  ].slice(0, FIXES)
}

/**
 * What the AWS catalog says about the request's actions and resources (every issue a `warning` or an `info`; the
 * request is still asked): an action it does not list, with the closest real ones; a resource whose type the action
 * does not act on, with the action's resource types and the scenario's resources of those types as fixes; `*` for an
 * action that acts on resources (a note), an ARN for one that acts on none. Lines {@link requestInputIssues} refuses
 * are skipped; the services named must be loaded (what is not loaded is not judged).
 */
export function requestCatalogIssues(
  scenario: Scenario,
  catalog: CatalogSnapshot,
  fields: RequestFields,
): RequestIssue[] {
  const out: RequestIssue[] = []
  const resources = filled(fields.resources).filter(
    (r) => r.value === '*' || (r.value.length <= LIMITS.maxString && parseArn(r.value)),
  )
  const reported = new Set<number>()
  for (const { value, line } of filled(fields.actions)) {
    if (value.length > MAX_ACTION || !ACTION_NAME.test(value)) continue
    const parts = splitAction(value)!
    const problem =
      unknownService(catalog, parts, value, () => FIXES) ?? unknownAction(catalog, parts, value, () => FIXES)
    if (problem) {
      out.push({ field: 'action', line, severity: 'warning', message: problem.message, fixes: problem.suggestions })
      continue
    }
    const action = catalog.action(parts.service, parts.name)
    const types = action && actionResourceTypes(catalog, action)
    if (!action || !types) continue
    const name = `${action.service}:${action.name}`
    for (const r of resources) {
      // One issue per resource line: in a batch the first action that finds fault speaks for it.
      if (reported.has(r.line)) continue
      const issue = resourceIssue(scenario, catalog, name, types, r.value)
      if (issue) {
        reported.add(r.line)
        out.push({ ...issue, line: r.line })
      }
    }
  }
  return out
}

/** The ARN format as people read it: the partition written as `aws`. */
export function formatOf(type: ResourceTypeInfo): string {
  return type.arn.replace('${Partition}', 'aws')
}

/** "instance (`arn:aws:ec2:…:instance/${InstanceId}`)", for at most four types. */
function typeList(types: readonly ResourceTypeInfo[]): string {
  const shown = types.slice(0, 4).map((t) => `${t.name} (\`${formatOf(t)}\`)`)
  if (types.length > 4) shown.push('…')
  return shown.join(', ')
}

function resourceIssue(
  scenario: Scenario,
  catalog: CatalogSnapshot,
  action: string,
  types: readonly ResourceTypeInfo[],
  resource: string,
): Omit<RequestIssue, 'line'> | undefined {
  const base = { field: 'resource' as const }
  if (types.length === 0) {
    if (resource === '*') return undefined
    const text = message('check.resource-none-needed', { action, resource: quoted(resource) })
    return { ...base, severity: 'info', message: text, fixes: ['*'] }
  }
  const fixes = accountResourceArns(scenario)
    .filter((arn) => typesOfArn(arn, types).length > 0)
    .slice(0, FIXES)
  if (resource === '*') {
    const text = message('check.resource-star', { action, types: typeList(types) })
    return { ...base, severity: 'info', message: text, fixes }
  }
  // An ARN holding wildcards is a pattern, not one resource: nothing to tell of its type.
  if (/[*?]/.test(resource) || typesOfArn(resource, types).length > 0) return undefined
  const kind = resourceTypeOfArn(catalog, resource)
  const text = kind
    ? message('check.resource-type-mismatch', {
        action,
        types: typeList(types),
        resource: quoted(resource),
        type: kind.name,
        service: catalog.serviceName(kind.service) ?? kind.service,
      })
    : message('check.resource-type-unknown', { action, types: typeList(types), resource: quoted(resource) })
  return { ...base, severity: 'warning', message: text, fixes }
}

/** The service prefixes the catalog must have loaded for {@link requestCatalogIssues}: the actions' and the ARNs'. */
export function requestServices(fields: RequestFields): string[] {
  const found = new Set<string>()
  for (const { value } of filled(fields.actions)) {
    const service = splitAction(value)?.service.toLowerCase()
    if (service && value.length <= MAX_ACTION && ACTION_NAME.test(value)) found.add(service)
  }
  for (const { value } of filled(fields.resources)) {
    const service = value.length <= LIMITS.maxString ? parseArn(value)?.service.toLowerCase() : undefined
    if (service && /^[a-z0-9-]+$/.test(service)) found.add(service)
  }
  return [...found].sort()
}
