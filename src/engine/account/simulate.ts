// Simulation against a scenario: resolves the principal, its policies, the organization's SCPs and RCPs, the
// resource and its policy, fills the request context, and asks the engine — naming every policy for the trace.
import { evaluate, type EvaluationResult } from '../evaluate/evaluate'
import { policyIdOf, type EvaluationInput, type NamedPolicy } from '../evaluate/input'
import { expiredRule, invalidRule } from '../evaluate/rule-sentences'
import { plainEnglish } from '../messages/plain'
import type { SourceMessage } from '../messages/sources.en'
import { entityText, sourceMessage } from '../messages/sources'
import type { DecisionRule, PolicyType, Trace } from '../trace/types'
import { isoSeconds } from '../scenario/clock'
import type { Environment, Scenario } from '../scenario/model'
import {
  buildRequestContext,
  environmentContext,
  principalContext,
  requestEnvironment,
  requestTime,
  resourceContext,
  withOverrides,
  type ContextValues,
} from './request-context'
import { named, principalPolicies, resolvePrincipal, type PrincipalPolicies, type SourcedPolicy } from './resolve'
import { indexScenario, type ScenarioIndex } from './resolve-lookup'
import { placeAccount, rcpLevels, rcpsApply, scpLevels, type OrgPolicyAt } from './resolve-org'
import { requestWarnings } from './request-warnings'
import { resolveResource, type ResolvedResource } from './resolve-resource'
import { excludes, exclusionText } from './exclude'
import type {
  Exclusion,
  LeftOut,
  PolicySource,
  ResolvedPrincipal,
  SimulateOptions,
  SimulationFailure,
  SimulationRequest,
  SimulationResult,
} from './simulate-types'

/** Resolution results reused across many simulations of one scenario (`whoCan`, `assumeRole`'s two checks). */
export interface SimulationCache {
  policies: Map<string, PrincipalPolicies>
  scps: Map<string, SourcedPolicy[][]>
  rcps: Map<string, SourcedPolicy[][]>
  resources: Map<string, ResolvedResource>
  /** Context parts (environment, per principal, per resource), valid for {@link SimulationCache.environment}. */
  contexts: Map<string, ContextValues>
  /** The `request.environment` object the context parts were built for (compared by identity). */
  environment?: Environment | undefined
}

/** An empty {@link SimulationCache}. */
export function simulationCache(): SimulationCache {
  return { policies: new Map(), scps: new Map(), rcps: new Map(), resources: new Map(), contexts: new Map() }
}

/** The request context from cached parts: environment, principal, resource, then `request.context` over them. */
function contextOf(
  ix: ScenarioIndex,
  request: SimulationRequest,
  principal: ResolvedPrincipal,
  resource: ResolvedResource,
  cache: SimulationCache | undefined,
): ContextValues {
  const { scenario } = ix
  if (!cache) return buildRequestContext(scenario, principal, request, resource)
  if (cache.environment !== request.environment || !cache.contexts.size) {
    cache.contexts.clear()
    cache.environment = request.environment
  }
  const env = requestEnvironment(scenario, request)
  const parts = cache.contexts
  const base = Object.assign(
    {},
    cached(parts, '', () => environmentContext(env)),
    cached(parts, `p ${principal.arn}`, () => principalContext(scenario, principal, env)),
    cached(parts, `r ${request.resource}`, () => resourceContext(scenario, resource)),
  )
  return withOverrides(base, request.context)
}

/** A simulation resolved and ready for the engine. */
export interface PreparedSimulation {
  input: EvaluationInput
  sources: Record<string, PolicySource>
  principal: ResolvedPrincipal
  /** The request's resource as the scenario resolved it. */
  resource: ResolvedResource
  context: ContextValues
  /** When the principal's session expires (milliseconds), for known sessions. */
  expiresAt?: number
  expired: boolean
  /** A session of one of the scenario's accounts that the scenario never issued (see {@link isUnissuedSession}). */
  unissued: boolean
  unresolved: string[]
  unresolvedText: SourceMessage[]
  /** What the exclusions left out ("what if"), when some were given. */
  excluded?: LeftOut[]
}

function orgSourced(levels: OrgPolicyAt[][], type: 'scp' | 'rcp', account: string): SourcedPolicy[][] {
  return levels.map((level) =>
    level.map((at) => {
      const node = at.node
        ? entityText(at.node.id.startsWith('r-') ? 'orgRoot' : 'ou', at.node.name)
        : entityText('account', account)
      const text = sourceMessage(`source.org.${type}${at.implied ? 'Default' : ''}`, { policy: at.name, node })
      const source: PolicySource = {
        kind: type,
        label: plainEnglish(text),
        text,
        policyName: at.name,
        entity: at.node
          ? { kind: at.node.id.startsWith('r-') ? 'org-root' : 'ou', name: at.node.name }
          : { kind: 'account', name: account },
      }
      return { policy: named(at.name, at.body), source }
    }),
  )
}

/** Filters resolved policies by the exclusions, remembering what each one took out. */
interface LeaveOut {
  /** The items `type` keeps. */
  list<T extends { source: PolicySource }>(items: T[], type: PolicyType): T[]
  /** The SCP or RCP levels kept: none when the whole type is left out, else each level without what is left out. */
  levels(items: SourcedPolicy[][], type: PolicyType): SourcedPolicy[][]
  leftOut(): LeftOut[]
}

function leaveOut(exclude: readonly Exclusion[]): LeaveOut {
  const taken = exclude.map((exclusion) => ({ exclusion, sources: [] as PolicySource[] }))
  const list = <T extends { source: PolicySource }>(items: T[], type: PolicyType): T[] => {
    if (!taken.length) return items
    return items.filter((item) => {
      let kept = true
      for (const t of taken) {
        if (excludes(t.exclusion, type, item.source)) {
          t.sources.push(item.source)
          kept = false
        }
      }
      return kept
    })
  }
  return {
    list,
    levels: (items, type) => {
      const levels = items.map((level) => list(level, type))
      // Leaving out a whole type means it takes no part (no levels at all: as outside the organization), not empty
      // levels (an SCP level with no policy allows nothing).
      return taken.some((t) => t.exclusion.kind === 'type' && t.exclusion.type === type) ? [] : levels
    },
    leftOut: () => taken.map((t) => ({ ...t, text: exclusionText(t.exclusion, t.sources) })),
  }
}

function cached<K, V>(map: Map<K, V> | undefined, key: K, make: () => V): V {
  if (!map) return make()
  let value = map.get(key)
  if (value === undefined) map.set(key, (value = make()))
  return value
}

/**
 * Resolves everything a request needs. `principal` may be given already resolved (a session that exists only in
 * an `assumeRole` answer); `cache` shares resolution across many requests (one environment per cache); `lean`
 * leaves out `sources` (for callers that read only the decision); `exclude` leaves policies out of this evaluation
 * (see {@link Exclusion}; the cached resolution is filtered, never changed).
 */
export function prepareSimulation(
  ix: ScenarioIndex,
  request: SimulationRequest,
  principal: ResolvedPrincipal = resolvePrincipal(ix, request.principal),
  cache?: SimulationCache,
  lean = false,
  exclude: readonly Exclusion[] = [],
): PreparedSimulation {
  const { scenario } = ix
  const resource = cached(cache?.resources, `${request.action.toLowerCase()} ${request.resource}`, () =>
    resolveResource(ix, request.action, request.resource),
  )
  const own = cached(cache?.policies, principal.arn, () => principalPolicies(ix, principal))
  const sources: Record<string, PolicySource> = {}
  const skip = leaveOut(exclude)
  // `lean` (whoCan's many checks) skips the sources: only the decision is read.
  const list = (items: SourcedPolicy[], type: PolicyType): NamedPolicy[] =>
    skip.list(items, type).map((item, i) => {
      if (!lean) sources[policyIdOf(type, undefined, i)] = item.source
      return item.policy
    })
  const levels = (items: SourcedPolicy[][], type: PolicyType): NamedPolicy[][] =>
    skip.levels(items, type).map((level, l) =>
      level.map((item, i) => {
        if (!lean) sources[policyIdOf(type, l, i)] = item.source
        return item.policy
      }),
    )

  const input: EvaluationInput = {
    request: { principal: principal.arn, action: request.action, resource: request.resource },
  }
  const context = contextOf(ix, request, principal, resource, cache)
  input.request.context = context
  if (resource.account !== undefined) input.request.resourceAccount = resource.account
  const identity = list(own.identity, 'identity')
  if (identity.length) input.identityPolicies = identity
  if (own.boundary && skip.list([own.boundary], 'boundary').length) {
    sources['boundary'] = own.boundary.source
    input.permissionsBoundary = own.boundary.policy
  }
  const session = list(own.session, 'session')
  if (session.length) input.sessionPolicies = session
  // SCPs follow the principal's account; none for the management account or outside the organization.
  if (principal.account !== undefined) {
    const account = principal.account
    const scps = cached(cache?.scps, account, () =>
      orgSourced(scpLevels(placeAccount(scenario, account)), 'scp', account),
    )
    const scpInput = levels(scps, 'scp')
    if (scpInput.length) input.scps = scpInput
  }
  // RCPs follow the resource's account, for services that support them.
  const resourceAccount = resource.account ?? principal.account
  if (resourceAccount !== undefined && rcpsApply(request.action, request.resource)) {
    const rcps = cached(cache?.rcps, resourceAccount, () =>
      orgSourced(rcpLevels(placeAccount(scenario, resourceAccount)), 'rcp', resourceAccount),
    )
    const rcpInput = levels(rcps, 'rcp')
    if (rcpInput.length) input.rcps = rcpInput
  }
  if (resource.policy && skip.list([resource.policy], 'resource').length) {
    sources['resource'] = resource.policy.source
    input.resourcePolicy = named(resource.policy.name, resource.policy.body)
  }

  const prepared: PreparedSimulation = {
    input,
    sources,
    principal,
    resource,
    context,
    expired: false,
    unissued: isUnissuedSession(scenario, principal),
    unresolved: own.unresolved,
    unresolvedText: own.unresolvedText,
  }
  if (exclude.length) prepared.excluded = skip.leftOut()
  const principalSession = principal.session
  if (principalSession) {
    const issued = Date.parse(principalSession.issuedAt)
    if (!Number.isNaN(issued)) {
      prepared.expiresAt = issued + (principalSession.durationSeconds ?? 3600) * 1000
      const now = requestTime(requestEnvironment(scenario, request))
      prepared.expired = !Number.isNaN(now) && now >= prepared.expiresAt
    }
  }
  return prepared
}

/**
 * Whether a principal is a role session ARN of one of the scenario's accounts that the scenario never issued (not in
 * `scenario.sessions` nor the simulation's extra sessions). Requests are signed with a session's credentials; a
 * session never issued has none, so AWS refuses the request before any policy is read. Fresh sessions the engine
 * makes up for its own questions (`whoCan`, the graph, the audit) are known principals and never count. Sessions of
 * accounts outside the scenario are left alone: the scenario does not model what those accounts issued.
 */
export function isUnissuedSession(scenario: Scenario, principal: ResolvedPrincipal): boolean {
  if (principal.kind !== 'session' || principal.known || principal.session) return false
  const account = principal.account
  return account !== undefined && scenario.accounts.some((a) => a.id === account)
}

/** Runs a prepared simulation through the engine. */
export function runPrepared(prepared: PreparedSimulation): SimulationResult {
  const result = evaluate(prepared.input)
  const out = prepared.unissued
    ? failedResult(prepared, result, () => invalidRule(result.trace.rule), {
        code: 'unknown-session',
        awsError: 'InvalidClientTokenId',
        session: prepared.principal.arn,
      })
    : prepared.expired
      ? expiredResult(prepared, result)
      : liveResult(prepared, result)
  if (prepared.unresolved.length) {
    out.unresolved = prepared.unresolved
    out.unresolvedText = prepared.unresolvedText
  }
  if (prepared.excluded) out.excluded = prepared.excluded
  return out
}

function liveResult(p: PreparedSimulation, result: EvaluationResult): SimulationResult {
  return {
    decision: result.decision,
    // An own, enumerable getter (like the engine's): structured clone and JSON read it.
    get trace() {
      return result.trace
    },
    sources: p.sources,
    principal: p.principal,
    context: p.context,
  }
}

// Expired credentials fail authentication, before any policy is read (STS: "the security token included in the
// request is expired"), so the trace keeps the request and context but lists no policies.
function expiredResult(p: PreparedSimulation, result: EvaluationResult): SimulationResult {
  const expiresAt = isoSeconds(p.expiresAt!)
  const failure: SimulationFailure = {
    code: 'expired-token',
    awsError: 'ExpiredToken',
    session: p.principal.arn,
    expiredAt: expiresAt,
  }
  return { ...failedResult(p, result, () => expiredRule(result.trace.rule, expiresAt), failure), expired: true }
}

/**
 * A request that fails before evaluation: denied, with the rule `ruleOf` gives (built with the trace, on first read)
 * and no policies in the trace, and `failure` set.
 */
function failedResult(
  p: PreparedSimulation,
  result: EvaluationResult,
  ruleOf: () => DecisionRule,
  failure: SimulationFailure,
): SimulationResult {
  let trace: Trace | undefined
  return {
    decision: 'ImplicitDeny',
    get trace() {
      return (trace ??= {
        ...result.trace,
        decision: 'ImplicitDeny',
        rule: ruleOf(),
        decisive: [],
        missingKeys: [],
        policyTypes: [],
        diagnostics: [],
      })
    },
    sources: {},
    principal: p.principal,
    context: p.context,
    failure,
  }
}

/**
 * Simulates one request against a scenario: resolves the principal (users: inline, managed and every group's
 * policies; roles and sessions: the role's policies, plus the session's policies), the permissions boundary, the
 * SCPs of the principal's account and the RCPs of the resource's account level by level, the resource-based policy
 * (an S3 object's bucket policy, a role's trust policy for `sts:AssumeRole*`, a KMS key policy), fills the request
 * context ({@link buildRequestContext}) and evaluates. Sessions come from `scenario.sessions` and `options.sessions`;
 * a known session past its expiry is denied with rule `credentials-expired`, and a session of the scenario's accounts
 * it never issued with `credentials-invalid` (both set `failure`: the request fails before evaluation). A principal or resource the scenario
 * does not have, where it models such things, is answered as one with no policies and named in `warnings` with the
 * closest ones it has ({@link requestWarnings}).
 */
export function simulate(
  scenario: Scenario,
  request: SimulationRequest,
  options: SimulateOptions = {},
): SimulationResult {
  const ix = indexScenario(scenario, options.sessions)
  const prepared = prepareSimulation(ix, request, undefined, undefined, false, options.exclude)
  const result = runPrepared(prepared)
  // Only here, not in `runPrepared`: the bulk callers (whoCan, the matrix, the graph, the audit) read the decision
  // alone.
  const warnings = requestWarnings(scenario, request.action, prepared.principal, prepared.resource)
  if (warnings.length) result.warnings = warnings
  return result
}
