// Runs a group of policies (one policy type, or one organization level) against a request.
import type { PolicyTrace, StatementRef, StatementTrace } from '../trace/types'
import { compiled, statementsForAction, type CompiledPolicy, type CompiledStatement } from './compile'
import { policyIdOf, type PlacedPolicy } from './input'
import type { PrincipalMatch } from './principal'
import { english } from '../messages/english'
import { traceMessage, type TraceMessage } from '../messages/trace.en'
import { explainStatement, matchWords, statementApplies, type MatchEnv } from './statement'

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

function ref(p: PlacedPolicy, cp: CompiledPolicy, i: number): StatementRef {
  const st = cp.statements[i]!.statement
  const r: StatementRef = {
    policyId: policyIdOf(p.type, p.level, p.index),
    type: p.type,
    policyIndex: p.index,
    index: st.index,
  }
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
      if (how === undefined) continue
      if (s.effect === 'Deny') result.deny = true
      else {
        result.allow = true
        result.allowVia |= viaBit(how)
      }
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
        if (how === undefined) continue
        if (s.effect === 'Deny') result.deny = true
        else {
          result.allow = true
          result.allowVia |= viaBit(how)
        }
      }
      continue
    }
    result.policies.push(tracePolicy(p, cp, { ...env }, result))
  }
  return result
}

function tracePolicy(p: PlacedPolicy, cp: CompiledPolicy, e: MatchEnv, result: GroupResult): PolicyTrace {
  const statements: StatementTrace[] = []
  let allow = false
  let deny = false
  cp.statements.forEach((s, i) => {
    const { applies, elements, conditions } = explainStatement(s, e)
    const r = ref(p, cp, i)
    const counts = !cp.policy.invalid && applies !== undefined
    let text: TraceMessage
    const st: Omit<StatementTrace, 'text' | 'message'> = {
      ref: r,
      outcome: counts ? 'match' : s.statement.invalid || cp.policy.invalid ? 'error' : 'no_match',
      elements,
      conditions,
    }
    if (s.effect) st.effect = s.effect
    const elementsMatch = elements.every((el) => el.outcome === 'match')
    if (elementsMatch) {
      for (const c of conditions) if (c.missing && !result.missingKeys.includes(c.key)) result.missingKeys.push(c.key)
    }
    if (cp.policy.invalid) {
      st.reason = 'policy_invalid'
      text = traceMessage('statement.policyInvalid')
    } else if (s.statement.invalid || !s.effect) {
      st.reason = s.effect ? 'statement_invalid' : 'effect_invalid'
      text = traceMessage('statement.invalid')
    } else if (counts) {
      const deny = s.effect === 'Deny'
      if (applies === true) text = traceMessage(deny ? 'statement.denies' : 'statement.allows')
      else {
        text = traceMessage(deny ? 'statement.deniesVia' : 'statement.allowsVia', { how: matchWords(applies!) })
        st.principalMatch = applies!
      }
    } else {
      const failed = elements.find((el) => el.outcome !== 'match') ?? conditions.find((c) => c.outcome !== 'match')
      st.reason = failed?.reason ?? 'condition_value_mismatch'
      text = failed
        ? traceMessage('statement.doesNotApply', { reason: failed.text })
        : traceMessage('statement.conditionFailed')
    }
    // The English is rendered when read: an own enumerable getter, which JSON and structured clone still carry.
    statements.push({
      ...st,
      text,
      get message() {
        return english(this.text)
      },
    })
    if (!counts) return
    if (s.effect === 'Deny') {
      deny = true
      result.deny = true
      result.denies.push(r)
    } else {
      allow = true
      result.allow = true
      result.allowVia |= viaBit(applies!)
      result.allows.push(r)
    }
  })
  const trace: PolicyTrace = {
    id: policyIdOf(p.type, p.level, p.index),
    type: p.type,
    index: p.index,
    verdict: deny ? 'ExplicitDeny' : allow ? 'Allow' : 'ImplicitDeny',
    invalid: cp.policy.invalid,
    diagnostics: cp.policy.diagnostics,
    statements,
  }
  if (p.level !== undefined) trace.level = p.level
  if (p.name !== undefined) trace.name = p.name
  return trace
}
