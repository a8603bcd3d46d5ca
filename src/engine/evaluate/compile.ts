// Policies compiled once and cached (by object identity, then by content) so evaluation stays fast.
import { compileCondition, type CompiledCondition } from '../conditions/index'
import { compileArnPattern } from '../match/arn'
import { hasVariables } from '../match/variables'
import { compileGlob, type Matcher } from '../match/wildcard'
import type { PolicyKind } from '../policy/kinds'
import type { ConditionTest, Policy, Statement } from '../policy/model'
import { parsePolicy } from '../policy/parse'

/** A `Resource`/`NotResource` value ready to match; patterns with variables are compiled per request. */
export interface CompiledResource {
  raw: string
  /** Set when the value has no policy variables (or variables are off). */
  matcher?: Matcher
}

/** A statement with its matchers built. Resources and conditions are compiled on first use ({@link ready}). */
export interface CompiledStatement {
  statement: Statement
  effect: 'Allow' | 'Deny' | undefined
  /** Matchers of `Action` or `NotAction` values, in order. */
  actions: Matcher[]
  notAction: boolean
  notResource: boolean
  /** Policy variables are substituted (Version `2012-10-17`). */
  variables: boolean
  /** Set by {@link ready}: undefined when the statement has neither `Resource` nor `NotResource` (trust policies). */
  resources?: CompiledResource[] | undefined
  /** Set by {@link ready}. */
  conditions?: { test: ConditionTest; compiled: CompiledCondition }[]
  compiledRest: boolean
}

/** A compiled statement whose resources and conditions are compiled too. */
export type ReadyStatement = CompiledStatement & {
  conditions: { test: ConditionTest; compiled: CompiledCondition }[]
}

/** A parsed policy with compiled statements and a per-action memo. */
export interface CompiledPolicy {
  policy: Policy
  /** Policy variables are substituted (Version `2012-10-17`). */
  variables: boolean
  statements: CompiledStatement[]
  /** Action (lower-case) → indexes of statements whose action element matches it. */
  actionMemo: Map<string, number[]>
}

const MEMO_LIMIT = 4096
const CONTENT_LIMIT = 2048

/**
 * Compiles a parsed policy. Only the action matchers are built now: most requests rule most statements out by
 * action, so their resources and conditions are compiled when a request first reaches them.
 */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const variables = policy.version === '2012-10-17'
  const statements = policy.statements.map((s): CompiledStatement => ({
    statement: s,
    effect: s.effect,
    actions: (s.action ?? s.notAction ?? []).map((a) => compileGlob(a.value, true)),
    notAction: s.action === undefined && s.notAction !== undefined,
    notResource: s.resource === undefined && s.notResource !== undefined,
    variables,
    compiledRest: false,
  }))
  return { policy, variables, statements, actionMemo: new Map() }
}

/** Compiles the statement's resources and conditions, once. */
export function ready(s: CompiledStatement): ReadyStatement {
  if (!s.compiledRest) {
    const st = s.statement
    const variables = s.variables
    s.resources = (st.resource ?? st.notResource)?.map((r) =>
      variables && hasVariables(r.value) ? { raw: r.value } : { raw: r.value, matcher: compileArnPattern(r.value) },
    )
    s.conditions = st.conditions.map((test) => ({
      test,
      compiled: compileCondition(
        test.operator,
        test.key,
        test.values.map((v) => v.value),
        variables,
      ),
    }))
    s.compiledRest = true
  }
  return s as ReadyStatement
}

/** Indexes of the statements whose `Action`/`NotAction` element lets `action` through. */
export function statementsForAction(p: CompiledPolicy, actionLower: string): number[] {
  const key = actionLower
  let hit = p.actionMemo.get(key)
  if (hit) return hit
  hit = []
  for (let i = 0; i < p.statements.length; i++) {
    const s = p.statements[i]!
    if (s.actions.length === 0 && !s.notAction) continue
    const any = s.actions.some((m) => m(key))
    if (any !== s.notAction) hit.push(i)
  }
  if (p.actionMemo.size >= MEMO_LIMIT) p.actionMemo.clear()
  p.actionMemo.set(key, hit)
  return hit
}

const byContent = new Map<string, CompiledPolicy>()

/**
 * The compiled form of a policy document or policy text for a given use, cached by content: the same
 * policy arriving again (even as a fresh structured clone from another thread) compiles once. Keying by
 * content rather than object identity keeps results right when a caller mutates a policy object between calls.
 */
export function compiled(doc: unknown, kind: PolicyKind): CompiledPolicy {
  let contentKey: string | undefined
  try {
    // Text and objects never share an entry: only text gives source ranges.
    contentKey =
      (typeof doc === 'string' ? 't' : 'o') + kind + '\u0000' + (typeof doc === 'string' ? doc : JSON.stringify(doc))
  } catch {
    contentKey = undefined // cycles or BigInt: parsePolicy reports it
  }
  const hit = contentKey === undefined ? undefined : byContent.get(contentKey)
  if (hit) return hit
  const result = compilePolicy(parsePolicy(doc, { kind }))
  if (contentKey !== undefined && contentKey.length < 1_000_000) {
    if (byContent.size >= CONTENT_LIMIT) byContent.delete(byContent.keys().next().value!)
    byContent.set(contentKey, result)
  }
  return result
}

/** Empties the compile cache (tests and benchmarks of the uncached path). */
export function clearCompileCache(): void {
  byContent.clear()
}
