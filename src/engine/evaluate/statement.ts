// Does one statement apply to a request? A fast yes/no, and the same answer explained element by element.
import type { ConditionEval } from '../conditions/index'
import { compileArnPattern } from '../match/arn'
import { substitute, type KeyLookup } from '../match/variables'
import type { PolicyKind } from '../policy/kinds'
import type { Caller } from '../request/caller'
import type { TraceMessage } from '../messages/trace.en'
import { codeList, joined, traceMessage, traceText } from '../messages/trace'
import { withMessage } from '../trace/sentences'
import type { ConditionTrace, ConditionValueTrace, ElementTrace, Outcome, ReasonCode } from '../trace/types'
import { ready, type CompiledResource, type CompiledStatement, type ReadyStatement } from './compile'
import { listedIn, matchPrincipal, type PrincipalMatch } from './principal'

/** What a statement is matched against. */
export interface MatchEnv {
  caller: Caller
  action: string
  /** The caller has a permissions boundary (changes what a `Deny` with `NotPrincipal` does). */
  hasBoundary: boolean
  /** `action` in lower case, computed once per request. */
  actionLower: string
  resource: string
  lookup: KeyLookup
  kind: PolicyKind
}

/** Statements of resource-side policies name principals; identity-side ones do not. */
function principalSide(kind: PolicyKind): boolean {
  return kind === 'resource' || kind === 'trust' || kind === 'rcp'
}

/** The entry's matcher for this request, or the policy variable that has no value (the entry then matches nothing). */
function resourceMatcher(r: CompiledResource, lookup: KeyLookup): ((s: string) => boolean) | string {
  if (r.matcher) return r.matcher
  const sub = substitute(r.raw, lookup)
  if (!sub.ok) return sub.unresolved
  return compileArnPattern(sub.parts)
}

/**
 * Whether the request's resource is among the entries (for `NotResource`: outside them). An entry holding a policy
 * variable with no value "will not match any resource" (User Guide, policy variables with no value): it is skipped,
 * and the statement's other entries still count; so under `NotResource` it excludes nothing.
 */
function resourceApplies(s: CompiledStatement, env: MatchEnv): boolean {
  if (!s.resources) return env.kind === 'trust'
  for (const r of s.resources) {
    const m = resourceMatcher(r, env.lookup)
    if (typeof m !== 'string' && m(env.resource)) return !s.notResource
  }
  return s.notResource
}

/** How the statement's principal element lets the caller in: a match kind, `true` (no element), or undefined. */
function principalApplies(s: CompiledStatement, env: MatchEnv): PrincipalMatch | true | undefined {
  if (!principalSide(env.kind)) return true
  const st = s.statement
  if (st.principal) return matchPrincipal(st.principal, env.caller)?.how
  if (st.notPrincipal) {
    if (denyAlwaysHits(s, env)) return 'wildcard'
    return listedIn(st.notPrincipal, env.caller) ? undefined : 'wildcard'
  }
  return undefined
}

/**
 * "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions
 * boundary policy attached, regardless of the values specified in the NotPrincipal element." (IAM User Guide)
 */
function denyAlwaysHits(s: CompiledStatement, env: MatchEnv): boolean {
  return s.effect === 'Deny' && env.hasBoundary
}

/**
 * How the statement's resource and principal elements let the request in (a match kind, or `true` for identity-side
 * statements), or undefined when one of them does not; the caller has already matched the action.
 */
export function elementsApply(s: ReadyStatement, env: MatchEnv): PrincipalMatch | true | undefined {
  if (!resourceApplies(s, env)) return undefined
  return principalApplies(s, env)
}

/**
 * Fast path: undefined when the statement does not apply; otherwise how its principal matched
 * (`true` for identity-side statements). The caller has already filtered by action.
 */
export function statementApplies(cs: CompiledStatement, env: MatchEnv): PrincipalMatch | true | undefined {
  if (!cs.effect || cs.statement.invalid) return undefined
  const s = ready(cs)
  const principal = elementsApply(s, env)
  if (principal === undefined) return undefined
  for (const c of s.conditions) if (!c.compiled.test(env.lookup)) return undefined
  return principal
}

/** What a statement's trace says the same way for every request: its values as written, and as code lists. */
interface StatementTexts {
  actions: string[]
  /** {@link actions} as code spans. */
  actionList: string
  /** `Resource`/`NotResource` values, when the statement has one. */
  resources: string[] | undefined
  resourceList: string
}

const texts = new WeakMap<CompiledStatement, StatementTexts>()

function textsOf(s: CompiledStatement): StatementTexts {
  let t = texts.get(s)
  if (!t) {
    const st = s.statement
    const actions = (st.action ?? st.notAction ?? []).map((v) => v.value)
    const resources = s.resources?.map((r) => r.raw)
    t = { actions, actionList: codeList(actions), resources, resourceList: resources ? codeList(resources) : '' }
    texts.set(s, t)
  }
  return t
}

/** An element's trace with its sentence; the English is worded when read. */
function element(el: Omit<ElementTrace, 'message'>): ElementTrace {
  return withMessage(el)
}

function explainAction(s: CompiledStatement, t: StatementTexts, env: MatchEnv): ElementTrace {
  const st = s.statement
  const kind = s.notAction ? 'not_action' : 'action'
  const span = s.notAction ? st.elementSpans.NotAction : st.elementSpans.Action
  let hit: string | undefined
  for (let i = 0; i < s.actions.length; i++) {
    if (s.actions[i]!(env.actionLower)) {
      hit = t.actions[i]
      break
    }
  }
  const applies = (hit !== undefined) !== s.notAction
  const { action } = env
  const el = element({
    kind,
    outcome: applies ? 'match' : 'no_match',
    patterns: t.actions.slice(),
    text: s.notAction
      ? hit !== undefined
        ? traceText('element.notAction.excluded', { action, pattern: hit })
        : traceText('element.notAction.covered', { action, patterns: t.actionList })
      : hit !== undefined
        ? traceText('element.action.matched', { action, pattern: hit })
        : traceText('element.action.none', { action, patterns: t.actionList }),
  })
  if (hit !== undefined) el.matched = hit
  if (!applies) el.reason = 'action_pattern_mismatch'
  if (span) el.span = span
  return el
}

function explainResource(s: CompiledStatement, t: StatementTexts, env: MatchEnv): ElementTrace {
  const st = s.statement
  const kind = s.notResource ? 'not_resource' : 'resource'
  const span = s.notResource ? st.elementSpans.NotResource : st.elementSpans.Resource
  const compiledResources = s.resources
  if (!compiledResources) {
    return element({
      kind: 'resource',
      outcome: env.kind === 'trust' ? 'match' : 'no_match',
      patterns: [],
      text: traceText(env.kind === 'trust' ? 'element.resource.trust' : 'element.resource.missing'),
    })
  }
  const values = t.resources!
  let resolved: (string | null)[] | undefined
  let hit: string | undefined
  // Entries whose policy variable has no value: each matches nothing, the other entries still count.
  let unresolved: TraceMessage[] | undefined
  for (let i = 0; i < compiledResources.length; i++) {
    const r = compiledResources[i]!
    if (!r.matcher) {
      // The first entry with variables: the entries before it resolved to themselves.
      resolved ??= values.slice(0, i)
      const sub = substitute(r.raw, env.lookup)
      resolved.push(sub.ok ? sub.text : null)
      if (!sub.ok) {
        ;(unresolved ??= []).push(noValue(r.raw, sub.unresolved))
        continue
      }
      if (hit === undefined && compileArnPattern(sub.parts)(env.resource)) hit = r.raw
    } else {
      resolved?.push(r.raw)
      if (hit === undefined && r.matcher(env.resource)) hit = r.raw
    }
  }
  const applies = (hit !== undefined) !== s.notResource
  const patterns = resolved ? codeList(resolved.map((r, i) => r ?? values[i]!)) : t.resourceList
  const { resource } = env
  const verdict = s.notResource
    ? hit !== undefined
      ? traceText('element.notResource.excluded', { resource, pattern: hit })
      : traceText('element.notResource.covered', { resource, patterns })
    : hit !== undefined
      ? traceText('element.resource.matched', { resource, pattern: hit })
      : traceText('element.resource.none', { resource, patterns })
  const el = element({
    kind,
    outcome: applies ? 'match' : 'no_match',
    patterns: values.slice(),
    text: unresolved ? joined([verdict, ...unresolved])! : verdict,
  })
  if (resolved) el.resolved = resolved
  if (hit !== undefined) el.matched = hit
  // Under `Resource`, an entry with no value may be why nothing matched; under `NotResource` it never is (it excludes
  // nothing, so only a matching entry makes the element fail).
  if (!applies) {
    el.reason = !s.notResource && unresolved ? 'policy_variable_unresolved' : 'resource_pattern_mismatch'
  }
  if (span) el.span = span
  return el
}

/** A policy value that matches nothing because its policy variable has no value in the request. */
function noValue(entry: string, key: string): TraceMessage {
  return traceMessage('element.variableNoValue', { entry, variable: `\${${key}}` })
}

function explainPrincipal(s: CompiledStatement, env: MatchEnv): ElementTrace | undefined {
  if (!principalSide(env.kind)) return undefined
  const st = s.statement
  const caller = env.caller.raw
  if (st.principal) {
    const m = matchPrincipal(st.principal, env.caller)
    const patterns = st.principal.any ? ['*'] : st.principal.entries.map((e) => `${e.type}: ${e.value}`)
    const el = element({
      kind: 'principal',
      outcome: m ? 'match' : 'no_match',
      patterns,
      text: m
        ? traceText('element.principal.covered', { caller, entry: m.entry?.value ?? '*', how: matchWords(m.how) })
        : traceText('element.principal.notAmong', { caller, patterns: codeList(patterns) }),
    })
    if (m) el.matched = m.entry?.value ?? '*'
    else el.reason = 'principal_mismatch'
    if (st.elementSpans.Principal) el.span = st.elementSpans.Principal
    return el
  }
  if (st.notPrincipal) {
    const listed = denyAlwaysHits(s, env) ? undefined : listedIn(st.notPrincipal, env.caller)
    const patterns = st.notPrincipal.any ? ['*'] : st.notPrincipal.entries.map((e) => `${e.type}: ${e.value}`)
    const el = element({
      kind: 'not_principal',
      outcome: listed ? 'no_match' : 'match',
      patterns,
      text: listed
        ? traceText('element.notPrincipal.excluded', { caller, entry: listed === 'any' ? '*' : listed.value })
        : denyAlwaysHits(s, env)
          ? traceText('element.notPrincipal.boundary', { caller })
          : traceText('element.notPrincipal.covered', { caller, patterns: codeList(patterns) }),
    })
    if (listed) {
      el.reason = 'principal_mismatch'
      el.matched = listed === 'any' ? '*' : listed.value
    }
    if (st.elementSpans.NotPrincipal) el.span = st.elementSpans.NotPrincipal
    return el
  }
  return element({
    kind: 'principal',
    outcome: 'no_match',
    reason: 'principal_mismatch',
    patterns: [],
    text: traceText('element.principal.missing'),
  })
}

/** Words for how a principal matched ("names the role session"). */
export function matchWords(how: PrincipalMatch): TraceMessage {
  return traceMessage(`principal.how.${how}`)
}

type ReadyCondition = ReturnType<typeof ready>['conditions'][number]

function explainCondition(s: ReadyCondition, env: MatchEnv): ConditionTrace {
  const e: ConditionEval = s.compiled.explain(env.lookup)
  const t = s.test
  const outcome: Outcome = e.matched ? 'match' : e.error && !e.missing ? 'error' : 'no_match'
  const reason: ReasonCode | undefined = e.matched
    ? e.reason === 'set_operator_on_single_value'
      ? e.reason
      : undefined
    : (e.reason ?? (e.missing ? 'condition_key_missing' : 'condition_value_mismatch'))
  const text = conditionMessage(s, e)
  // The explanation's value results are its own, fresh for this request: the spans go straight onto them.
  const values = e.values
  for (let i = 0; i < values.length; i++) {
    const span = t.values[i]?.span
    if (span) (values[i] as ConditionValueTrace).span = span
  }
  const trace = withMessage({
    kind: 'condition' as const,
    operator: t.operator,
    key: t.key,
    outcome,
    requestValues: e.requestValues,
    missing: e.missing,
    values,
    text,
  }) as ConditionTrace
  if (reason) trace.reason = reason
  if (e.error) trace.error = e.error
  if (e.errorText) trace.errorText = e.errorText
  if (t.span) trace.span = t.span
  return trace
}

function conditionMessage(s: ReadyCondition, e: ConditionEval): TraceMessage {
  const { operator, key } = s.test
  if (e.errorText) {
    return traceText(e.matched ? 'condition.error.held' : 'condition.error.failed', {
      operator,
      key,
      error: e.errorText,
    })
  }
  if (e.missing) return traceText(e.matched ? 'condition.missing.held' : 'condition.missing.failed', { operator, key })
  const request = e.requestValues.length === 1 ? `\`${e.requestValues[0]}\`` : `[${codeList(e.requestValues)}]`
  let substituted = false
  let unresolved: TraceMessage[] | undefined
  for (const v of e.values) {
    if (v.resolved !== undefined) substituted = true
    // A value whose policy variable has no value matches nothing (User Guide, policy variables with no value).
    if (v.unresolved !== undefined) (unresolved ??= []).push(noValue(v.value, v.unresolved))
  }
  const values = substituted
    ? codeList(e.values.map((v) => v.resolved ?? v.value))
    : (s.valueList ??= codeList(e.values.map((v) => v.value)))
  const verdict = traceText(e.matched ? 'condition.held' : 'condition.failed', { operator, key, request, values })
  return unresolved ? joined([verdict, ...unresolved])! : verdict
}

/** The slow path: the statement's elements and conditions, each with its outcome. */
export function explainStatement(
  cs: CompiledStatement,
  env: MatchEnv,
): {
  applies: PrincipalMatch | true | undefined
  elements: ElementTrace[]
  conditions: ConditionTrace[]
} {
  const s = ready(cs)
  const t = textsOf(s)
  const elements: ElementTrace[] = [explainAction(s, t, env), explainResource(s, t, env)]
  const principal = explainPrincipal(s, env)
  if (principal) elements.push(principal)
  let ok = !!s.effect && !s.statement.invalid
  for (let i = 0; i < elements.length; i++) if (elements[i]!.outcome !== 'match') ok = false
  const conditions: ConditionTrace[] = []
  for (let i = 0; i < s.conditions.length; i++) {
    const c = explainCondition(s.conditions[i]!, env)
    if (c.outcome !== 'match') ok = false
    conditions.push(c)
  }
  return { applies: ok ? principalApplies(s, env) : undefined, elements, conditions }
}
