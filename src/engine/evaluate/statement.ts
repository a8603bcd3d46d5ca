// Does one statement apply to a request? A fast yes/no, and the same answer explained element by element.
import type { ConditionEval } from '../conditions/index'
import { compileArnPattern } from '../match/arn'
import { substitute, type KeyLookup } from '../match/variables'
import type { PolicyKind } from '../policy/kinds'
import type { Caller } from '../request/caller'
import type { ConditionTrace, ElementTrace, Outcome, ReasonCode } from '../trace/types'
import { ready, type CompiledResource, type CompiledStatement } from './compile'
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
 * Fast path: undefined when the statement does not apply; otherwise how its principal matched
 * (`true` for identity-side statements). The caller has already filtered by action.
 */
export function statementApplies(cs: CompiledStatement, env: MatchEnv): PrincipalMatch | true | undefined {
  if (!cs.effect || cs.statement.invalid) return undefined
  const s = ready(cs)
  if (!resourceApplies(s, env)) return undefined
  const principal = principalApplies(s, env)
  if (principal === undefined) return undefined
  for (const c of s.conditions) if (!c.compiled.test(env.lookup)) return undefined
  return principal
}

const list = (values: string[]) => values.map((v) => `\`${v}\``).join(', ')

function explainAction(s: CompiledStatement, env: MatchEnv): ElementTrace {
  const st = s.statement
  const values = (st.action ?? st.notAction ?? []).map((v) => v.value)
  const kind = s.notAction ? 'not_action' : 'action'
  const span = s.notAction ? st.elementSpans.NotAction : st.elementSpans.Action
  const i = s.actions.findIndex((m) => m(env.action.toLowerCase()))
  const hit = i >= 0 ? values[i] : undefined
  const applies = (hit !== undefined) !== s.notAction
  const el: ElementTrace = {
    kind,
    outcome: applies ? 'match' : 'no_match',
    patterns: values,
    message: s.notAction
      ? hit !== undefined
        ? `\`${env.action}\` is excluded by \`NotAction\` \`${hit}\``
        : `\`${env.action}\` is not among \`NotAction\` ${list(values)}, so the statement covers it`
      : hit !== undefined
        ? `\`${env.action}\` matched \`${hit}\``
        : `\`${env.action}\` matched none of ${list(values)}`,
  }
  if (hit !== undefined) el.matched = hit
  if (!applies) el.reason = 'action_pattern_mismatch'
  if (span) el.span = span
  return el
}

function explainResource(s: CompiledStatement, env: MatchEnv): ElementTrace {
  const st = s.statement
  const kind = s.notResource ? 'not_resource' : 'resource'
  const span = s.notResource ? st.elementSpans.NotResource : st.elementSpans.Resource
  if (!s.resources) {
    return {
      kind: 'resource',
      outcome: env.kind === 'trust' ? 'match' : 'no_match',
      patterns: [],
      message:
        env.kind === 'trust'
          ? 'a trust policy statement covers the role it belongs to'
          : 'the statement has no `Resource`',
    }
  }
  const values = s.resources.map((r) => r.raw)
  const resolved: (string | null)[] = []
  let hasVars = false
  let hit: string | undefined
  // Entries whose policy variable has no value: each matches nothing, the other entries still count.
  const unresolved: { entry: string; key: string }[] = []
  for (const r of s.resources) {
    if (!r.matcher) {
      hasVars = true
      const sub = substitute(r.raw, env.lookup)
      resolved.push(sub.ok ? sub.text : null)
      if (!sub.ok) {
        unresolved.push({ entry: r.raw, key: sub.unresolved })
        continue
      }
      if (hit === undefined && compileArnPattern(sub.parts)(env.resource)) hit = r.raw
    } else {
      resolved.push(r.raw)
      if (hit === undefined && r.matcher(env.resource)) hit = r.raw
    }
  }
  const applies = (hit !== undefined) !== s.notResource
  const shown = hasVars ? list(resolved.map((r, i) => r ?? values[i]!)) : list(values)
  const noValue =
    unresolved.length === 0
      ? ''
      : '; ' +
        unresolved
          .map(
            ({ entry, key }) =>
              `\`${entry}\` matches nothing: policy variable \`\${${key}}\` has no value in the request`,
          )
          .join('; ')
  const el: ElementTrace = {
    kind,
    outcome: applies ? 'match' : 'no_match',
    patterns: values,
    message:
      (s.notResource
        ? hit !== undefined
          ? `\`${env.resource}\` is excluded by \`NotResource\` \`${hit}\``
          : `\`${env.resource}\` is not among \`NotResource\` ${shown}, so the statement covers it`
        : hit !== undefined
          ? `\`${env.resource}\` matched \`${hit}\``
          : `\`${env.resource}\` matched none of ${shown}`) + noValue,
  }
  if (hasVars) el.resolved = resolved
  if (hit !== undefined) el.matched = hit
  // Under `Resource`, an entry with no value may be why nothing matched; under `NotResource` it never is (it excludes
  // nothing, so only a matching entry makes the element fail).
  if (!applies) {
    el.reason = !s.notResource && unresolved.length > 0 ? 'policy_variable_unresolved' : 'resource_pattern_mismatch'
  }
  if (span) el.span = span
  return el
}

function explainPrincipal(s: CompiledStatement, env: MatchEnv): ElementTrace | undefined {
  if (!principalSide(env.kind)) return undefined
  const st = s.statement
  const who = `\`${env.caller.raw}\``
  if (st.principal) {
    const m = matchPrincipal(st.principal, env.caller)
    const patterns = st.principal.any ? ['*'] : st.principal.entries.map((e) => `${e.type}: ${e.value}`)
    const el: ElementTrace = {
      kind: 'principal',
      outcome: m ? 'match' : 'no_match',
      patterns,
      message: m
        ? `${who} is covered by \`Principal\` ${m.entry ? `\`${m.entry.value}\`` : '`*`'} (${MATCH_WORDS[m.how]})`
        : `${who} is not among \`Principal\` ${list(patterns)}`,
    }
    if (m) el.matched = m.entry?.value ?? '*'
    else el.reason = 'principal_mismatch'
    if (st.elementSpans.Principal) el.span = st.elementSpans.Principal
    return el
  }
  if (st.notPrincipal) {
    const listed = denyAlwaysHits(s, env) ? undefined : listedIn(st.notPrincipal, env.caller)
    const patterns = st.notPrincipal.any ? ['*'] : st.notPrincipal.entries.map((e) => `${e.type}: ${e.value}`)
    const el: ElementTrace = {
      kind: 'not_principal',
      outcome: listed ? 'no_match' : 'match',
      patterns,
      message: listed
        ? `${who} is excluded by \`NotPrincipal\` \`${listed === 'any' ? '*' : listed.value}\``
        : denyAlwaysHits(s, env)
          ? `${who} has a permissions boundary, and a \`Deny\` with \`NotPrincipal\` always denies such principals`
          : `${who} is not listed in \`NotPrincipal\` ${list(patterns)}, so the statement covers it`,
    }
    if (listed) {
      el.reason = 'principal_mismatch'
      el.matched = listed === 'any' ? '*' : listed.value
    }
    if (st.elementSpans.NotPrincipal) el.span = st.elementSpans.NotPrincipal
    return el
  }
  return {
    kind: 'principal',
    outcome: 'no_match',
    reason: 'principal_mismatch',
    patterns: [],
    message: 'the statement names no `Principal`, so it applies to nobody',
  }
}

/** Words for how a principal matched. */
export const MATCH_WORDS: Record<PrincipalMatch, string> = {
  user: 'names the caller',
  session: 'names the role session',
  role: 'names the role',
  account: 'names the account: delegates to its identity-based policies',
  wildcard: 'everyone',
  service: 'names the service',
  federated: 'names the identity provider',
}

function explainCondition(s: ReturnType<typeof ready>['conditions'][number], env: MatchEnv): ConditionTrace {
  const e: ConditionEval = s.compiled.explain(env.lookup)
  const t = s.test
  const outcome: Outcome = e.matched ? 'match' : e.error && !e.missing ? 'error' : 'no_match'
  const reason: ReasonCode | undefined = e.matched
    ? e.reason === 'set_operator_on_single_value'
      ? e.reason
      : undefined
    : (e.reason ?? (e.missing ? 'condition_key_missing' : 'condition_value_mismatch'))
  const trace: ConditionTrace = {
    kind: 'condition',
    operator: t.operator,
    key: t.key,
    outcome,
    requestValues: e.requestValues,
    missing: e.missing,
    values: e.values.map((v, i) => {
      const span = t.values[i]?.span
      return { ...v, ...(span ? { span } : {}) }
    }),
    message: conditionMessage(t.operator, t.key, e),
  }
  if (reason) trace.reason = reason
  if (e.error) trace.error = e.error
  if (t.span) trace.span = t.span
  return trace
}

function conditionMessage(operator: string, key: string, e: ConditionEval): string {
  const head = `condition \`${operator}\` on \`${key}\``
  const policy = list(e.values.map((v) => v.resolved ?? v.value))
  if (e.error) return `${head} ${e.matched ? 'held' : 'failed'}: ${e.error}`
  if (e.missing) {
    return e.matched
      ? `${head} held: the request has no \`${key}\`, and this operator holds when the key is absent`
      : `${head} failed: the request has no \`${key}\``
  }
  const req = e.requestValues.length === 1 ? `\`${e.requestValues[0]}\`` : `[${list(e.requestValues)}]`
  // A value whose policy variable has no value matches nothing (User Guide, policy variables with no value).
  const noValue = e.values
    .filter((v) => v.unresolved !== undefined)
    .map((v) => `; \`${v.value}\` matches nothing: policy variable \`\${${v.unresolved}}\` has no value in the request`)
    .join('')
  return `${head} ${e.matched ? 'held' : 'failed'}: ${req} against ${policy}${noValue}`
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
  const elements: ElementTrace[] = [explainAction(s, env), explainResource(s, env)]
  const principal = explainPrincipal(s, env)
  if (principal) elements.push(principal)
  const conditions = s.conditions.map((c) => explainCondition(c, env))
  const ok =
    !!s.effect &&
    !s.statement.invalid &&
    elements.every((e) => e.outcome === 'match') &&
    conditions.every((c) => c.outcome === 'match')
  return { applies: ok ? principalApplies(s, env) : undefined, elements, conditions }
}
