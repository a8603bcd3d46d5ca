// Runs a group of policies (one policy type, or one organization level) against a request.
import type { PolicyTrace, StatementRef, StatementTrace } from '../trace/types'
import { compiled, ready, statementsForAction, type CompiledPolicy, type CompiledStatement } from './compile'
import { policyIdOf, type PlacedPolicy } from './input'
import type { PrincipalMatch } from './principal'
import type { TraceMessage } from '../messages/trace.en'
import { traceText } from '../messages/trace'
import { statementsOnRead } from '../trace/lazy-statements'
import { withMessage } from '../trace/sentences'
import { elementsApply, explainStatement, matchWords, statementApplies, type MatchEnv } from './statement'

/** What a group of policies says about a request. */
export interface GroupResult {
  allow: boolean
  deny: boolean
  /** How the principal matched in allowing statements, as bits of {@link viaBit}. */
  allowVia: number
  /** Allowing and denying statements (filled only when tracing). */
  allows: StatementRef[]
  denies: StatementRef[]
  policies: PolicyTrace[]
  missingKeys: string[]
}

function ref(p: PlacedPolicy, policyId: string, cs: CompiledStatement): StatementRef {
  const st = cs.statement
  const r: StatementRef = { policyId, type: p.type, policyIndex: p.index, index: st.index }
  if (p.level !== undefined) r.level = p.level
  if (p.name !== undefined) r.policyName = p.name
  if (st.sid) r.sid = st.sid.value
  if (st.span) r.span = st.span
  return r
}

const VIA_BITS: Record<PrincipalMatch | 'identity', number> = {
  identity: 1,
  user: 2,
  session: 4,
  role: 8,
  account: 16,
  wildcard: 32,
  service: 64,
  federated: 128,
}

/** The bit of a principal-match kind (`true`, an identity-side statement, is `identity`). */
export function viaBit(how: PrincipalMatch | true): number {
  return VIA_BITS[how === true ? 'identity' : how]
}

/** Records a statement that applied on the fast path: a deny, or an allow with how the principal matched. */
function applied(result: GroupResult, effect: CompiledStatement['effect'], how: PrincipalMatch | true): void {
  if (effect === 'Deny') result.deny = true
  else {
    result.allow = true
    result.allowVia |= viaBit(how)
  }
}

// Shared empty lists for the fast path, which never fills them.
const NONE: StatementRef[] = []
const NONE_P: PolicyTrace[] = []
const NONE_K: string[] = []

const EMPTY: GroupResult = Object.freeze({
  allow: false,
  deny: false,
  allowVia: 0,
  allows: NONE,
  denies: NONE,
  policies: NONE_P,
  missingKeys: NONE_K,
})

/** The statements of a group whose action element lets an action through, with the kind of their policy. */
interface Candidates {
  statements: CompiledStatement[]
  kinds: PlacedPolicy['kind'][]
}

/**
 * Per group of policies compiled ahead of time ({@link createEvaluator}, whose placed lists never change): action
 * (lower case) → the candidate statements of every valid policy of the group, in order.
 */
const groupMemo = new WeakMap<PlacedPolicy[], Map<string, Candidates>>()

function candidatesOf(placed: PlacedPolicy[], actionLower: string): Candidates | undefined {
  if (!placed[0]?.compiled) return undefined
  let memo = groupMemo.get(placed)
  if (!memo) {
    if (!placed.every((p) => p.compiled)) return undefined
    groupMemo.set(placed, (memo = new Map()))
  }
  let hit = memo.get(actionLower)
  if (hit) return hit
  hit = { statements: [], kinds: [] }
  for (const p of placed) {
    const cp = p.compiled!
    if (cp.policy.invalid) continue
    for (const i of statementsForAction(cp, actionLower)) {
      hit.statements.push(cp.statements[i]!)
      hit.kinds.push(p.kind)
    }
  }
  if (memo.size >= 4096) memo.clear()
  memo.set(actionLower, hit)
  return hit
}

/** Runs the policies. The fast path (tracing off) touches only the statements whose action matches. */
export function runGroup(placed: PlacedPolicy[], env: MatchEnv, tracing: boolean): GroupResult {
  if (!tracing && placed.length === 0) return EMPTY
  const result: GroupResult = tracing
    ? { allow: false, deny: false, allowVia: 0, allows: [], denies: [], policies: [], missingKeys: [] }
    : { allow: false, deny: false, allowVia: 0, allows: NONE, denies: NONE, policies: NONE_P, missingKeys: NONE_K }
  const ahead = tracing ? undefined : candidatesOf(placed, env.actionLower)
  if (ahead) {
    const { statements, kinds } = ahead
    for (let k = 0; k < statements.length; k++) {
      const s = statements[k]!
      env.kind = kinds[k]!
      const how = statementApplies(s, env)
      if (how !== undefined) applied(result, s.effect, how)
    }
    return result
  }
  for (const p of placed) {
    const cp = p.compiled ?? compiled(p.source, p.kind)
    env.kind = p.kind
    if (!tracing) {
      if (cp.policy.invalid) continue
      const candidates = statementsForAction(cp, env.actionLower)
      for (let k = 0; k < candidates.length; k++) {
        const s = cp.statements[candidates[k]!]!
        const how = statementApplies(s, env)
        if (how !== undefined) applied(result, s.effect, how)
      }
      continue
    }
    result.policies.push(tracePolicy(p, cp, env, result))
  }
  return result
}

/** A context value that counts as absent: none, or an empty list ("context keys with empty values"). */
function absent(raw: unknown): boolean {
  return raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)
}

/**
 * The trace of one policy. What decides is found first, the way the fast path finds it (only the statements whose
 * action matches are looked at): which statements apply, and which condition keys the request lacks where every
 * element matched. The statements' own traces, every element and condition explained, are built when first read.
 */
function tracePolicy(p: PlacedPolicy, cp: CompiledPolicy, env: MatchEnv, result: GroupResult): PolicyTrace {
  const e: MatchEnv = { ...env }
  const policyId = policyIdOf(p.type, p.level, p.index)
  const invalidPolicy = cp.policy.invalid
  const refs: (StatementRef | undefined)[] = []
  let allow = false
  let deny = false
  const candidates = statementsForAction(cp, e.actionLower)
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k]!
    const s = ready(cp.statements[i]!)
    const how = elementsApply(s, e)
    if (how === undefined) continue
    const { missingKeys } = result
    for (let c = 0; c < s.conditions.length; c++) {
      const key = s.conditions[c]!.test.key
      if (absent(e.lookup(key)) && !missingKeys.includes(key)) missingKeys.push(key)
    }
    if (invalidPolicy || !s.effect || s.statement.invalid) continue
    let holds = true
    for (let c = 0; c < s.conditions.length && holds; c++) holds = s.conditions[c]!.compiled.test(e.lookup)
    if (!holds) continue
    const r = (refs[i] = ref(p, policyId, s))
    if (s.effect === 'Deny') {
      deny = true
      result.deny = true
      result.denies.push(r)
    } else {
      allow = true
      result.allow = true
      result.allowVia |= viaBit(how)
      result.allows.push(r)
    }
  }
  const verdict: PolicyTrace['verdict'] = deny ? 'ExplicitDeny' : allow ? 'Allow' : 'ImplicitDeny'
  const trace = statementsOnRead(
    { id: policyId, type: p.type, index: p.index, verdict, invalid: invalidPolicy, diagnostics: cp.policy.diagnostics },
    () => explainPolicy(p, cp, e, policyId, refs),
  )
  if (p.level !== undefined) trace.level = p.level
  if (p.name !== undefined) trace.name = p.name
  return trace
}

/** Every statement of the policy explained; `refs` holds the references of the ones that apply. */
function explainPolicy(
  p: PlacedPolicy,
  cp: CompiledPolicy,
  e: MatchEnv,
  policyId: string,
  refs: readonly (StatementRef | undefined)[],
): StatementTrace[] {
  const statements: StatementTrace[] = []
  const invalidPolicy = cp.policy.invalid
  for (let i = 0; i < cp.statements.length; i++) {
    const s = cp.statements[i]!
    const { applies, elements, conditions } = explainStatement(s, e)
    const r = refs[i] ?? ref(p, policyId, s)
    const counts = !invalidPolicy && applies !== undefined
    let reason: StatementTrace['reason']
    let principalMatch: string | undefined
    let text: TraceMessage
    if (invalidPolicy) {
      reason = 'policy_invalid'
      text = traceText('statement.policyInvalid')
    } else if (s.statement.invalid || !s.effect) {
      reason = s.effect ? 'statement_invalid' : 'effect_invalid'
      text = traceText('statement.invalid')
    } else if (counts) {
      const deny = s.effect === 'Deny'
      if (applies === true) text = traceText(deny ? 'statement.denies' : 'statement.allows')
      else {
        text = traceText(deny ? 'statement.deniesVia' : 'statement.allowsVia', { how: matchWords(applies!) })
        principalMatch = applies!
      }
    } else {
      const failed = elements.find((el) => el.outcome !== 'match') ?? conditions.find((c) => c.outcome !== 'match')
      reason = failed?.reason ?? 'condition_value_mismatch'
      text = failed
        ? traceText('statement.doesNotApply', { reason: failed.text })
        : traceText('statement.conditionFailed')
    }
    const st = {
      ref: r,
      outcome: counts ? 'match' : s.statement.invalid || invalidPolicy ? 'error' : 'no_match',
      elements,
      conditions,
    } as StatementTrace
    if (s.effect) st.effect = s.effect
    if (reason) st.reason = reason
    if (principalMatch) st.principalMatch = principalMatch
    st.text = text
    // The English is worded when read: an own enumerable getter, which JSON and structured clone still carry.
    statements.push(withMessage(st))
  }
  return statements
}
