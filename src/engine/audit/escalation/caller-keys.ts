// Condition keys the caller of a request controls, and the retry that gives them values the policies want.
//
// Every step of an escalation path is a request the principal sends itself, so a condition on a key it chooses
// does not stop it: it sends the request with a value that satisfies the condition. Which keys are the caller's,
// from the IAM User Guide's "AWS global condition context keys" (reference_policies_condition-keys.html):
// - `aws:RequestTag/<key>`, `aws:TagKeys`: the tags the request passes. The caller sets them on an action that takes
//   tags: here every action outside IAM and STS (erring towards reporting a path), and in IAM the Create and Tag
//   actions that take tags. Not `sts:AssumeRole`'s session tags: passing them needs `sts:TagSession` besides.
// - `aws:CurrentTime`, `aws:EpochTime`: when the request is sent. The caller can wait, so any time from the
//   scenario's clock on — never one before it: a condition that only held in the past can never hold again.
// - `aws:RequestedRegion`: the Region the caller sends the request to (the resource's Region follows it). Not for
//   IAM, whose one endpoint is in us-east-1.
// - `aws:SourceIp`: where the request comes from. The principal works from its own network, so an IP condition says
//   from where it may act, not whether: counted as the caller's (conservative: it never hides a path; a finding
//   that needs it says so, the chosen address is in its steps).
// - `aws:UserAgent`, `aws:Referer`: headers the client writes (the guide warns they can be anything);
//   `aws:SecureTransport`: the caller picks HTTPS or HTTP.
// Never the caller's: what AWS derives from the principal, its session, the resource or the call path
// (`aws:TokenIssueTime`, `aws:MultiFactorAuthPresent`, `aws:PrincipalTag/…`, `aws:ResourceTag/…`, `aws:SourceVpc`,
// `aws:CalledVia`…), nor what the technique fixes (`iam:PassedToService`, `iam:PolicyARN`): the simulator decides
// those as the scenario has them.
import type { EvaluationInput, PolicyInput } from '../../evaluate/input'
import type { ResolvedPrincipal } from '../../account/simulate-types'
import { parseDate } from '../../conditions/date'
import { byKey, valueFor, type KeyValue } from '../../remedy/values'
import { isoSeconds } from '../../scenario/clock'
import type { ConditionTrace, StatementTrace, Trace } from '../../trace/types'
import type { Simulator } from '../power'

/** A request as it was sent: the resource (its Region may follow a chosen one) and the context keys chosen. */
export interface Sent {
  resource: string
  context?: Record<string, string | string[]>
}

const CALLER_KEYS =
  /aws:(requesttag\/|tagkeys|currenttime|epochtime|requestedregion|sourceip|useragent|referer|securetransport)/i
const TAG_KEY = /^aws:(requesttag\/.+|tagkeys)$/i
const TIME_KEY = /^aws:(currenttime|epochtime)$/i
const OTHER_KEY = /^aws:(sourceip|useragent|referer|securetransport)$/i
const REGION_KEY = /^aws:requestedregion$/i
/** IAM actions that take tags. */
const IAM_TAGGING =
  /^iam:(create(user|role|policy|instanceprofile|openidconnectprovider|samlprovider|virtualmfadevice)|tag\w+|uploadservercertificate)$/i
/** How many times a request is sent again with new values (one policy's values may cross another's). */
const ROUNDS = 3

/** Whether the caller of `action` chooses the key's value (see the list above). */
export function callerControls(action: string, key: string): boolean {
  const global = /^(iam|sts):/i.test(action)
  if (TAG_KEY.test(key)) return !global || IAM_TAGGING.test(action)
  if (REGION_KEY.test(key)) return !/^iam:/i.test(action)
  return TIME_KEY.test(key) || OTHER_KEY.test(key)
}

const mentioning = new WeakMap<object, boolean>()

function mentionsCallerKey(policy: PolicyInput | undefined): boolean {
  if (!policy) return false
  if (typeof policy === 'string') return CALLER_KEYS.test(policy)
  let hit = mentioning.get(policy)
  if (hit === undefined) {
    const named = policy as { text?: unknown; document?: unknown }
    const text = typeof named.text === 'string' ? named.text : JSON.stringify(named.document ?? policy)
    mentioning.set(policy, (hit = CALLER_KEYS.test(text)))
  }
  return hit
}

/** Some policy of the request names a key a caller may control (cheap: once per policy object). */
function anyCallerKey(input: EvaluationInput): boolean {
  return [
    ...(input.identityPolicies ?? []),
    input.permissionsBoundary,
    ...(input.sessionPolicies ?? []),
    ...(input.scps ?? []).flat(),
    ...(input.rcps ?? []).flat(),
    input.resourcePolicy,
  ].some(mentionsCallerKey)
}

/** A made-up condition: the key's time is `now` or later (the caller can wait, not go back). */
function fromNow(key: string, now: number): ConditionTrace {
  const epoch = /epochtime/i.test(key)
  const value = epoch ? String(Math.floor(now / 1000)) : isoSeconds(now)
  const operator = epoch ? 'NumericGreaterThanEquals' : 'DateGreaterThanEquals'
  return { kind: 'condition', operator, key, values: [{ value }] } as unknown as ConditionTrace
}

function timeOf(key: string, value: KeyValue): number | undefined {
  if (typeof value !== 'string') return undefined
  return /epochtime/i.test(key) ? Number(value) * 1000 : parseDate(value)
}

/** A value for the key that makes all of `conditions` hold (or one fail), a time never before `now`. */
function pick(key: string, conditions: ConditionTrace[], want: 'hold' | 'fail', now: number): KeyValue | undefined {
  const timed = TIME_KEY.test(key)
  const value = valueFor(timed && want === 'hold' ? [...conditions, fromNow(key, now)] : conditions, want)
  if (value === undefined || value === null) return undefined
  if (timed && !((timeOf(key, value) ?? -Infinity) >= now)) return undefined
  return value
}

/** The element tests of a statement all let it apply (it failed, if at all, on its conditions). */
function appliesButFor(s: StatementTrace): boolean {
  return s.elements.every((e) => e.outcome === 'match' || e.outcome === 'not_applicable')
}

/**
 * New values for caller keys that would let the request through, read from the trace: for an explicit deny, values
 * that make each denying statement's conditions fail; for an implicit deny, in every policy type that did not
 * allow, values that make one of its Allow statements hold (the first one that can). Undefined when a deny or a
 * missing allow rests on something the caller does not choose.
 */
function choose(trace: Trace, action: string, now: number): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {}
  const ours = (c: ConditionTrace) => callerControls(action, c.key)
  const statements = (type: Trace['policyTypes'][number]) => type.policies.flatMap((p) => p.statements)
  if (trace.decision === 'ExplicitDeny') {
    for (const s of trace.policyTypes.flatMap(statements)) {
      if (s.effect !== 'Deny' || s.outcome !== 'match') continue
      const found = [...byKey(s.conditions.filter(ours))].find(([key, cs]) => {
        const v = pick(key, cs, 'fail', now)
        if (v !== undefined && v !== null) out[key] = v
        return v !== undefined && v !== null
      })
      if (!found) return undefined
    }
    return out
  }
  for (const type of trace.policyTypes) {
    if (type.verdict !== 'ImplicitDeny') continue
    for (const s of statements(type)) {
      if (s.effect !== 'Allow' || s.outcome === 'match' || !appliesButFor(s)) continue
      const failing = s.conditions.filter((c) => c.outcome !== 'match')
      if (!failing.length || !failing.every(ours)) continue
      const values: Record<string, string | string[]> = {}
      const keys = new Set(failing.map((c) => c.key.toLowerCase()))
      const ok = [...byKey(s.conditions.filter(ours))].every(([key, cs]) => {
        if (!keys.has(key.toLowerCase())) return true
        const v = pick(key, cs, 'hold', now)
        if (v !== undefined && v !== null) values[key] = v
        return v !== undefined && v !== null
      })
      if (ok) {
        Object.assign(out, values)
        break
      }
    }
  }
  return Object.keys(out).length ? out : undefined
}

/** The context with `chosen` laid over it, and the keys AWS fills together kept together (tags, the time). */
function merged(
  context: Record<string, string | string[]> | undefined,
  chosen: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const out = { ...context }
  for (const [key, value] of Object.entries(chosen)) {
    for (const k of Object.keys(out)) if (k.toLowerCase() === key.toLowerCase()) delete out[k]
    out[key] = value
  }
  const keys = Object.keys(chosen).map((k) => k.toLowerCase())
  const tags = Object.keys(out).flatMap((k) => (/^aws:requesttag\//i.test(k) ? [k.slice(15)] : []))
  if (tags.length && !keys.includes('aws:tagkeys')) {
    const given = out['aws:TagKeys']
    out['aws:TagKeys'] = [...new Set([...(Array.isArray(given) ? given : given ? [given] : []), ...tags])]
  }
  const time = Object.entries(chosen).find(([k]) => TIME_KEY.test(k))
  if (time) {
    const ms = timeOf(time[0], time[1])
    if (ms !== undefined && !keys.includes('aws:epochtime')) out['aws:EpochTime'] = String(Math.floor(ms / 1000))
    if (ms !== undefined && !keys.includes('aws:currenttime')) out['aws:CurrentTime'] = isoSeconds(ms)
  }
  return out
}

/** The resource in the chosen Region, when its ARN names the Region the request was first sent to. */
function inRegion(resource: string, from: string | undefined, to: string | string[] | undefined): string {
  if (typeof to !== 'string' || !from || from === to) return resource
  const fields = resource.split(':')
  if (fields.length < 6 || fields[3] !== from) return resource
  fields[3] = to
  return fields.join(':')
}

/**
 * Sends the request as the caller would: as asked, and when denied only for want of values of keys the caller
 * chooses (see above), again with such values read from the policies' conditions (at most {@link ROUNDS} times).
 * What was sent, when the simulator allowed it; undefined when it never did. Only requests whose policies name
 * such a key are sent again.
 */
export function sendAsCaller(
  sim: Simulator,
  p: ResolvedPrincipal,
  action: string,
  resource: string,
  context?: Record<string, string | string[]>,
): Sent | undefined {
  let sent: Sent = { resource, ...(context && { context }) }
  let run = sim.run(p, action, resource, context)
  if (run.result.decision === 'Allow') return sent
  if (!anyCallerKey(run.prepared.input)) return undefined
  const given = run.result.context['aws:RequestedRegion']
  const region = typeof given === 'string' ? given : (sim.scenario.environment?.region ?? 'us-east-1')
  const now = parseDate(String(run.result.context['aws:CurrentTime'] ?? '')) ?? Date.now()
  for (let round = 0; round < ROUNDS; round++) {
    const chosen = choose(run.result.trace, action, now)
    if (!chosen) return undefined
    const next = merged(sent.context, chosen)
    if (JSON.stringify(next) === JSON.stringify(sent.context ?? {})) return undefined
    const regionKey = Object.keys(next).find((k) => REGION_KEY.test(k))
    sent = { resource: inRegion(resource, region, regionKey && next[regionKey]), context: next }
    run = sim.run(p, action, sent.resource, sent.context)
    if (run.result.decision === 'Allow') return sent
  }
  return undefined
}
