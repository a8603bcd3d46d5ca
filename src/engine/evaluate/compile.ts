// Policies compiled once and cached (by object identity, then by content) so evaluation stays fast.
import { compileCondition, type CompiledCondition } from '../conditions/index'
import { compileArnPattern } from '../match/arn'
import { hasVariables } from '../match/variables'
import { compileGlob, type Matcher } from '../match/wildcard'
import type { PolicyKind } from '../policy/kinds'
import type { ConditionTest, Policy, Statement } from '../policy/model'
import type { JsonNode } from '../json/tree'
import { parseObject, parsePolicy } from '../policy/parse'
import { parseCleanObject } from '../policy/parse-object'
import { RecentMap } from './recent'

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
  conditions?: ReadyCondition[]
  compiledRest: boolean
}

/** One condition test of a statement, compiled. */
export interface ReadyCondition {
  test: ConditionTest
  compiled: CompiledCondition
  /** The policy values as code spans, for the trace (set on first use). */
  valueList?: string
}

/** A compiled statement whose resources and conditions are compiled too. */
export type ReadyStatement = CompiledStatement & { conditions: ReadyCondition[] }

/** A parsed policy with compiled statements and a per-action memo. */
export interface CompiledPolicy {
  policy: Policy
  /** Policy variables are substituted (Version `2012-10-17`). */
  variables: boolean
  statements: CompiledStatement[]
  /** The last action (lower case) asked about, and its statements: a policy read once is asked once. */
  lastAction: string | undefined
  lastHit: number[]
  /** Action (lower case) → indexes of statements whose action element matches it, from the second action on. */
  actionMemo: Map<string, number[]> | undefined
}

const MEMO_LIMIT = 4096
const CONTENT_LIMIT = 4096

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
  return { policy, variables, statements, lastAction: undefined, lastHit: [], actionMemo: undefined }
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
  if (p.lastAction === actionLower) return p.lastHit
  let hit = p.actionMemo?.get(actionLower)
  if (!hit) {
    hit = []
    for (let i = 0; i < p.statements.length; i++) {
      const s = p.statements[i]!
      if (s.actions.length === 0 && !s.notAction) continue
      let any = false
      for (let k = 0; k < s.actions.length && !any; k++) any = s.actions[k]!(actionLower)
      if (any !== s.notAction) hit.push(i)
    }
    if (p.lastAction !== undefined) {
      const memo = (p.actionMemo ??= new Map())
      if (memo.size >= MEMO_LIMIT) memo.clear()
      memo.set(actionLower, hit)
    }
  }
  p.lastAction = actionLower
  p.lastHit = hit
  return hit
}

// Keyed by the text itself, not `kind + text`: V8 keeps a string's hash in the string, so looking up the same text
// again costs nothing, where a key made per call is hashed whole every time (an AWS managed policy of 100 KB, per
// principal of a sweep).
const byText = new RecentMap<string, Partial<Record<PolicyKind, CompiledPolicy>>>(CONTENT_LIMIT)
/** What a cached object held when it was compiled: its JSON tree, or (from the fast parse) a flat snapshot. */
type Recorded =
  { compiled: CompiledPolicy; tree: JsonNode; snapshot?: undefined } | { compiled: CompiledPolicy; snapshot: unknown[] }
const byObject = new RecentMap<object, Map<PolicyKind, Recorded>>(CONTENT_LIMIT)

/**
 * The compiled form of a policy (text or object) for a given use, compiled once and reused:
 * - text is cached by its content (the editor and the worker send text; only text gives source ranges);
 * - an object is cached by identity, and a hit is checked against what was recorded when it was parsed, so a
 *   caller that mutates a policy object between calls gets a fresh compile, never a stale answer.
 * An object the grammar accepts without a diagnostic is read straight into the model; any other goes through the
 * JSON tree and the full parser, which words each problem.
 */
export function compiled(doc: unknown, kind: PolicyKind): CompiledPolicy {
  if (typeof doc === 'string') {
    let perKind = byText.get(doc)
    const hit = perKind?.[kind]
    if (hit) return hit
    const result = compilePolicy(parsePolicy(doc, { kind }))
    if (!perKind) byText.set(doc, (perKind = {}))
    perKind[kind] = result
    return result
  }
  if (typeof doc !== 'object' || doc === null) return compilePolicy(parsePolicy(doc, { kind }))
  let perKind = byObject.get(doc)
  const hit = perKind?.get(kind)
  if (hit && (hit.snapshot ? sameAsSnapshot(doc, hit.snapshot) : sameAsTree(doc, hit.tree))) return hit.compiled
  let recorded: Recorded | undefined
  const clean = parseCleanObject(doc, kind)
  if (clean) {
    // A clean object is cached from its second use on: one-off policies (a fresh object per request) would only fill
    // the cache, and keeping thousands of compiled policies alive costs more in garbage collection than reading one.
    if (!perKind && !seenOnce(doc)) return compilePolicy(clean)
    recorded = { compiled: compilePolicy(clean), snapshot: snapshot(doc, []) }
  } else {
    const { policy, tree } = parseObject(doc, { kind })
    if (!tree) return compilePolicy(policy)
    recorded = { compiled: compilePolicy(policy), tree }
  }
  if (!perKind) {
    // A bounded map with strong keys rather than a WeakMap: V8 collects large WeakMaps slowly, and
    // one-off policies would fill it; the least recently used entries give way instead.
    byObject.set(doc, (perKind = new Map()))
  }
  perKind.set(kind, recorded)
  return recorded.compiled
}

/** Objects read once (recent ones, bounded like the cache). */
const seen = new RecentMap<object, true>(CONTENT_LIMIT)

/** True when `doc` was read before; remembers it otherwise. */
function seenOnce(doc: object): boolean {
  if (seen.delete(doc)) return true
  seen.set(doc, true)
  return false
}

// Markers of the snapshot: an array or an object follows, with its length or number of keys.
const ARRAY = { array: true }
const OBJECT = { object: true }

/**
 * A flat record of a JSON value (only called on values the fast parse accepted, which are shallow JSON): primitives
 * as they are, an array as `ARRAY, length, items…`, an object as `OBJECT, count, key, value…` (keys holding
 * `undefined` left out, as JSON leaves them out).
 */
function snapshot(value: unknown, out: unknown[]): unknown[] {
  if (typeof value !== 'object' || value === null) out.push(value)
  else if (Array.isArray(value)) {
    out.push(ARRAY, value.length)
    for (let i = 0; i < value.length; i++) snapshot(value[i], out)
  } else {
    const o = value as Record<string, unknown>
    const at = out.length
    out.push(OBJECT, 0)
    let count = 0
    for (const key in o) {
      if (!Object.prototype.hasOwnProperty.call(o, key) || o[key] === undefined) continue
      count++
      out.push(key)
      snapshot(o[key], out)
    }
    out[at + 1] = count
  }
  return out
}

/** True when `value` still gives exactly `recorded` (no allocation; a reordering of keys counts as a change). */
function sameAsSnapshot(value: unknown, recorded: unknown[]): boolean {
  return matchSnapshot(value, recorded, 0) === recorded.length
}

/** The position after `value` in `recorded`, or -1 at the first difference. */
function matchSnapshot(value: unknown, recorded: unknown[], at: number): number {
  if (typeof value !== 'object' || value === null) return recorded[at] === value ? at + 1 : -1
  if (Array.isArray(value)) {
    if (recorded[at] !== ARRAY || recorded[at + 1] !== value.length) return -1
    at += 2
    for (let i = 0; i < value.length && at >= 0; i++) at = matchSnapshot(value[i], recorded, at)
    return at
  }
  if (recorded[at] !== OBJECT) return -1
  const count = recorded[at + 1] as number
  at += 2
  let seen = 0
  const o = value as Record<string, unknown>
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key) || o[key] === undefined) continue
    if (++seen > count || recorded[at] !== key) return -1
    at = matchSnapshot(o[key], recorded, at + 1)
    if (at < 0) return -1
  }
  return seen === count ? at : -1
}

/** True when `value` still holds exactly what `node` recorded (no allocation; stops at the first difference). */
function sameAsTree(value: unknown, node: JsonNode): boolean {
  switch (node.type) {
    case 'string':
      return value === node.value
    case 'number':
      return value === node.value
    case 'boolean':
      return value === node.value
    case 'null':
      return value === null
    case 'array': {
      if (!Array.isArray(value) || value.length !== node.items.length) return false
      for (let i = 0; i < value.length; i++) if (!sameAsTree(value[i], node.items[i]!)) return false
      return true
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
      const o = value as Record<string, unknown>
      const props = node.props
      for (let i = 0; i < props.length; i++) {
        const prop = props[i]!
        if (!Object.prototype.hasOwnProperty.call(o, prop.key)) return false
        if (!sameAsTree(o[prop.key], prop.value)) return false
      }
      // Every recorded key is there; a key added since (keys holding `undefined` were never recorded) is a change.
      const keys = Object.keys(o)
      if (keys.length === props.length) return true
      let defined = 0
      for (const key of keys) if (o[key] !== undefined) defined++
      return defined === props.length
    }
  }
}

/** Empties the compile caches (tests and benchmarks of the uncached path). */
export function clearCompileCache(): void {
  byText.clear()
  byObject.clear()
  seen.clear()
}
