// Edits of what a scenario asks: the request environment, saved requests with their expected decisions, and role sessions.
import { sessionRole } from '../arns'
import type { Environment, ExpectedDecision, SavedRequest, Scenario, Session } from '../model'
import {
  checkTags,
  done,
  type EditResult,
  isRefusal,
  type Refusal,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
} from './core'
import { findIdentity } from './identities'
import type { MessageParam } from '../../messages/message'

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

function isIsoTime(text: string): boolean {
  return ISO_TIME.test(text) && Number.isFinite(Date.parse(text))
}

function isIp(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) return v4.slice(1).every((n) => Number(n) <= 255)
  if (!/^[0-9a-f:]+$/i.test(text) || text.split('::').length > 2) return false
  const groups = text.split(':').filter(Boolean)
  return groups.length <= 8 && groups.every((g) => g.length <= 4) && (text.includes('::') || groups.length === 8)
}

/** Checks the environment fields present in `env`; `prefix` places the field (`environment.` inside a request). */
function checkEnvironment(env: Partial<Environment>, prefix = ''): Refusal | undefined {
  const { time, sourceIp, region, mfaAge } = env
  if (time !== undefined && !isIsoTime(time)) return refuse(say('edit.refused.time', { value: time }), `${prefix}time`)
  if (sourceIp !== undefined && !isIp(sourceIp))
    return refuse(say('edit.refused.source-ip', { value: sourceIp }), `${prefix}sourceIp`)
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))
    return refuse(say('edit.refused.region', { value: region }), `${prefix}region`)
  if (mfaAge !== undefined && (!Number.isInteger(mfaAge) || mfaAge < 0))
    return refuse(say('edit.refused.mfa-age'), `${prefix}mfaAge`)
  return undefined
}

// --- Environment ---

/** Sets environment fields; a field given as `undefined` is cleared. */
export function setEnvironment(
  scenario: Scenario,
  changes: { [K in keyof Environment]?: Environment[K] | undefined },
): EditResult {
  const keys = Object.keys(changes) as (keyof Environment)[]
  if (keys.length === 0) return refuse(say('edit.refused.nothing'))
  const present = Object.fromEntries(keys.filter((k) => changes[k] !== undefined).map((k) => [k, changes[k]]))
  const problem = checkEnvironment(present)
  if (problem) return problem
  let env: Environment = scenario.environment ?? {}
  for (const key of keys) env = withField(env, key, changes[key])
  const next = withField(scenario, 'environment', env)
  if (keys.length > 1) return done(next, say('edit.done.environment'))
  const key = keys[0]!
  const value = changes[key]
  const name = say(`edit.env.${key}`)
  if (value === undefined) return done(next, say('edit.done.clear-environment', { name }))
  const label = say('edit.done.set-environment', { name, value: String(value) })
  return done(next, label, typeof value === 'string' ? `environment:${key}` : undefined)
}

// --- Saved requests ---

const DECISIONS: readonly ExpectedDecision[] = ['Allow', 'ExplicitDeny', 'ImplicitDeny']

function checkRequest(r: SavedRequest): Refusal | undefined {
  if (r.principal.trim().length === 0) return refuse(say('edit.refused.choose-principal'), 'principal')
  if (!/^[a-z0-9-]+:[A-Za-z0-9]+$/i.test(r.action))
    return refuse(say('edit.refused.action-shape', { value: r.action }), 'action')
  if (r.resource !== '*' && !r.resource.startsWith('arn:'))
    return refuse(say('edit.refused.resource-shape'), 'resource')
  if (r.expect !== undefined && !DECISIONS.includes(r.expect))
    return refuse(say('edit.refused.expect', { value: r.expect }), 'expect')
  if (r.context && Object.keys(r.context).some((k) => !/^[\w-]+:[\w/.:-]+$/.test(k)))
    return refuse(say('edit.refused.context-key'), 'context')
  return r.environment ? checkEnvironment(r.environment, 'environment.') : undefined
}

function findRequest(scenario: Scenario, ref: string | number) {
  const list = scenario.requests ?? []
  const index =
    typeof ref === 'number' ? (ref >= 0 && ref < list.length ? ref : -1) : list.findIndex((r) => r.id === ref)
  if (index < 0)
    return refuse(
      typeof ref === 'number'
        ? say('edit.refused.no-request.index', { number: String(ref + 1) })
        : say('edit.refused.no-request', { id: ref }),
      'request',
    )
  return { item: list[index]!, index, list }
}

function requestName(r: SavedRequest): MessageParam {
  const title = typeof r.title === 'string' ? r.title : r.title?.en
  return title || say('edit.request.name', { action: r.action, resource: r.resource })
}

/** Adds a saved request; one without an id gets the first free `req-N`. */
export function addRequest(scenario: Scenario, request: SavedRequest): EditResult {
  const list = scenario.requests ?? []
  const problem =
    checkRequest(request) ??
    (request.id !== undefined && list.some((r) => r.id === request.id)
      ? refuse(say('edit.refused.request-id-taken', { id: request.id }), 'id')
      : undefined)
  if (problem) return problem
  let id = request.id
  for (let n = list.length + 1; id === undefined || list.some((r) => r.id === id); n++) id = `req-${n}`
  return done(
    { ...scenario, requests: [...list, { ...request, id }] },
    say('edit.done.add-request', { name: requestName(request) }),
  )
}

/** Changes fields of a saved request (by id or position); a field given as `undefined` is cleared. */
export function updateRequest(
  scenario: Scenario,
  args: { request: string | number; changes: { [K in keyof SavedRequest]?: SavedRequest[K] | undefined } },
): EditResult {
  const found = findRequest(scenario, args.request)
  if (isRefusal(found)) return found
  const keys = Object.keys(args.changes) as (keyof SavedRequest)[]
  if (keys.length === 0) return refuse(say('edit.refused.nothing'))
  let updated = found.item
  for (const key of keys) updated = withField(updated, key, args.changes[key])
  if (updated.principal === undefined || updated.action === undefined || updated.resource === undefined)
    return refuse(say('edit.refused.request-incomplete'), keys[0])
  if (updated.id !== found.item.id) return refuse(say('edit.refused.request-id-fixed'), 'id')
  const problem = checkRequest(updated)
  if (problem) return problem
  const next = { ...scenario, requests: replaceAt(found.list, found.index, updated) }
  const textual = keys.length === 1 && typeof args.changes[keys[0]!] === 'string'
  const key = textual ? `request:${found.item.id ?? found.index}:${keys[0]}` : undefined
  return done(next, say('edit.done.edit-request', { name: requestName(found.item) }), key)
}

/** Removes a saved request (by id or position). */
export function removeRequest(scenario: Scenario, args: { request: string | number }): EditResult {
  const found = findRequest(scenario, args.request)
  if (isRefusal(found)) return found
  return done(
    withField(scenario, 'requests', removeAt(found.list, found.index)),
    say('edit.done.remove-request', { name: requestName(found.item) }),
  )
}

/** Sets the decision a saved request must get, or with `undefined` stops expecting one. */
export function setRequestExpect(
  scenario: Scenario,
  args: { request: string | number; expect: ExpectedDecision | undefined },
): EditResult {
  const found = findRequest(scenario, args.request)
  if (isRefusal(found)) return found
  if (args.expect !== undefined && !DECISIONS.includes(args.expect))
    return refuse(say('edit.refused.expect', { value: args.expect }), 'expect')
  if (args.expect === found.item.expect)
    return refuse(
      args.expect
        ? say('edit.refused.already-expects', { decision: args.expect })
        : say('edit.refused.expects-nothing'),
      'expect',
    )
  const updated = withField(found.item, 'expect', args.expect)
  const next = { ...scenario, requests: replaceAt(found.list, found.index, updated) }
  const name = requestName(found.item)
  return done(
    next,
    args.expect ? say('edit.done.expect', { decision: args.expect, name }) : say('edit.done.expect-nothing', { name }),
  )
}

// --- Sessions (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html) ---

/** The shortest session STS issues, in seconds; a chained session lasts at most an hour. */
export const SESSION_LIMITS = { min: 900, chainedMax: 3600 } as const

/** Adds a live session of a role (as if `AssumeRole` had returned it). */
export function addSession(scenario: Scenario, session: Session): EditResult {
  const role = findIdentity(scenario, 'role', session.role, 'role')
  if (isRefusal(role)) return role
  if (!/^[\w+=,.@-]{2,64}$/.test(session.sessionName)) return refuse(say('edit.refused.session-name'), 'sessionName')
  if (!isIsoTime(session.issuedAt)) return refuse(say('edit.refused.issued-at'), 'issuedAt')
  const max = session.chained ? SESSION_LIMITS.chainedMax : (role.item.maxSessionDuration ?? 3600)
  const duration = session.durationSeconds
  if (duration !== undefined && (!Number.isInteger(duration) || duration < SESSION_LIMITS.min || duration > max))
    return refuse(
      say(session.chained ? 'edit.refused.duration.chained' : 'edit.refused.duration', {
        min: SESSION_LIMITS.min,
        max,
      }),
      'durationSeconds',
    )
  const tagProblem = session.tags ? checkTags(session.tags, { iam: true }) : undefined
  if (tagProblem) return tagProblem
  const missing = (session.transitiveTagKeys ?? []).find((k) => !(session.tags && k in session.tags))
  if (missing !== undefined) return refuse(say('edit.refused.transitive-tag', { key: missing }), 'transitiveTagKeys')
  const list = scenario.sessions ?? []
  if (list.some((s) => s.sessionName === session.sessionName && sessionRole(scenario, s) === role.item))
    return refuse(
      say('edit.refused.session-taken', { role: role.item.name, session: session.sessionName }),
      'sessionName',
    )
  return done(
    { ...scenario, sessions: [...list, session] },
    say('edit.done.add-session', { role: role.item.name, session: session.sessionName }),
  )
}

/** Removes a role session. */
export function removeSession(scenario: Scenario, args: { role: string; sessionName: string }): EditResult {
  const role = findIdentity(scenario, 'role', args.role, 'role')
  if (isRefusal(role)) return role
  const list = scenario.sessions ?? []
  const index = list.findIndex((s) => s.sessionName === args.sessionName && sessionRole(scenario, s) === role.item)
  if (index < 0)
    return refuse(say('edit.refused.no-session', { role: role.item.name, session: args.sessionName }), 'sessionName')
  return done(
    withField(scenario, 'sessions', removeAt(list, index)),
    say('edit.done.remove-session', { role: role.item.name, session: args.sessionName }),
  )
}
