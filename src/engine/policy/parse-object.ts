// The fast way from a policy object to the policy model: no JSON tree in between. It takes only policies the grammar
// accepts without a single diagnostic and gives up (undefined) on anything else, so the full parser (./parse.ts),
// which words every problem, stays the one place that reports them; the model built here is the one it builds.
import { parseOperator } from '../conditions/index'
import { LIMITS } from '../errors'
import { POLICY_VERSIONS, PRINCIPAL_TYPES, STATEMENT_ELEMENTS } from './elements'
import { forbidsPrincipal, requiresPrincipal, requiresResource, type PolicyKind } from './kinds'
import type { ConditionTest, Located, Policy, PrincipalElement, PrincipalType, Statement } from './model'
import { checkAction, checkAwsPrincipal, checkResource, Problems, type ValueCheck } from './parse'

const ELEMENTS: ReadonlySet<string> = new Set(STATEMENT_ELEMENTS)
const TYPES: ReadonlySet<string> = new Set(PRINCIPAL_TYPES)

type Obj = Record<string, unknown>

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const hasOwn = Object.prototype.hasOwnProperty

/**
 * The model of a policy object that parses without any diagnostic, or undefined when the object needs the full
 * parser (any grammar problem, or a value JSON cannot hold). Keys holding `undefined` are absent, as in JSON.
 */
export function parseCleanObject(doc: unknown, kind: PolicyKind | undefined): Policy | undefined {
  if (!isObject(doc)) return undefined
  let version: unknown
  let id: unknown
  let statement: unknown
  for (const key in doc) {
    if (!hasOwn.call(doc, key)) continue
    const v = doc[key]
    if (v === undefined) continue
    if (key === 'Version') version = v
    else if (key === 'Id') id = v
    else if (key === 'Statement') statement = v
    else return undefined
  }
  if (version !== undefined && !(POLICY_VERSIONS as readonly unknown[]).includes(version)) return undefined
  if (id !== undefined && typeof id !== 'string') return undefined
  const p = new Problems()
  const statements: Statement[] = []
  if (isObject(statement)) {
    const s = parseStatement(statement, 0, kind, p)
    if (!s) return undefined
    statements.push(s)
  } else if (Array.isArray(statement)) {
    if (statement.length === 0 || statement.length > LIMITS.maxStatements) return undefined
    for (let i = 0; i < statement.length; i++) {
      const item: unknown = statement[i]
      if (!isObject(item)) return undefined
      const s = parseStatement(item, i, kind, p)
      if (!s) return undefined
      statements.push(s)
    }
  } else return undefined
  if (p.list.length > 0 || duplicateSid(statements)) return undefined
  const policy: Policy = { statements, diagnostics: p.list, invalid: false }
  if (version !== undefined) policy.version = version as string
  if (id !== undefined) policy.id = id
  return policy
}

function parseStatement(node: Obj, index: number, kind: PolicyKind | undefined, p: Problems): Statement | undefined {
  const s: Statement = { index, conditions: [], invalid: false, elementSpans: {} }
  const el: Partial<Record<(typeof STATEMENT_ELEMENTS)[number], unknown>> = {}
  for (const key in node) {
    if (!hasOwn.call(node, key)) continue
    const v = node[key]
    if (v === undefined) continue
    if (!ELEMENTS.has(key)) return undefined
    el[key as (typeof STATEMENT_ELEMENTS)[number]] = v
  }
  if (el.Sid !== undefined) {
    if (typeof el.Sid !== 'string') return undefined
    s.sid = { value: el.Sid }
  }
  if (el.Effect !== 'Allow' && el.Effect !== 'Deny') return undefined
  s.effect = el.Effect
  if ((el.Action === undefined) === (el.NotAction === undefined)) return undefined
  if (el.Resource !== undefined && el.NotResource !== undefined) return undefined
  if (el.Resource === undefined && el.NotResource === undefined && requiresResource(kind)) return undefined
  if (el.Action !== undefined && !(s.action = strings(el.Action, p, checkAction))) return undefined
  if (el.NotAction !== undefined && !(s.notAction = strings(el.NotAction, p, checkAction))) return undefined
  if (el.Resource !== undefined && !(s.resource = strings(el.Resource, p, checkResource))) return undefined
  if (el.NotResource !== undefined && !(s.notResource = strings(el.NotResource, p, checkResource))) return undefined
  const hasPrincipal = el.Principal !== undefined || el.NotPrincipal !== undefined
  if (el.Principal !== undefined && el.NotPrincipal !== undefined) return undefined
  if (kind && forbidsPrincipal(kind) && hasPrincipal) return undefined
  if (kind && requiresPrincipal(kind) && !hasPrincipal) return undefined
  if (el.Principal !== undefined && !(s.principal = principal(el.Principal, p))) return undefined
  if (el.NotPrincipal !== undefined && !(s.notPrincipal = principal(el.NotPrincipal, p))) return undefined
  if (el.Condition !== undefined) {
    const conditions = parseConditions(el.Condition)
    if (!conditions) return undefined
    s.conditions = conditions
  }
  return p.list.length > 0 ? undefined : s
}

/** A non-empty string, or a non-empty array of them, each passing `check` (which reports to `p`). */
function strings(value: unknown, p: Problems, check?: ValueCheck): Located[] | undefined {
  const items: unknown[] = Array.isArray(value) ? value : [value]
  if (items.length === 0 || items.length > LIMITS.maxValues) return undefined
  const out: Located[] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]
    if (typeof item !== 'string' || item === '' || item.length > LIMITS.maxString) return undefined
    check?.(item, '', undefined, p)
    out.push({ value: item })
  }
  return out
}

function principal(value: unknown, p: Problems): PrincipalElement | undefined {
  if (value === '*') return { any: true, entries: [] }
  if (!isObject(value)) return undefined
  const el: PrincipalElement = { any: false, entries: [] }
  let members = 0
  for (const key in value) {
    if (!hasOwn.call(value, key)) continue
    const v = value[key]
    if (v === undefined) continue
    if (!TYPES.has(key)) return undefined
    members++
    const type = key as PrincipalType
    const list = strings(v, p, type === 'AWS' ? checkAwsPrincipal : undefined)
    if (!list) return undefined
    for (const entry of list) el.entries.push({ type, value: entry.value })
  }
  return members === 0 ? undefined : el
}

function parseConditions(value: unknown): ConditionTest[] | undefined {
  if (!isObject(value)) return undefined
  const tests: ConditionTest[] = []
  for (const operator in value) {
    if (!hasOwn.call(value, operator)) continue
    const keys = value[operator]
    if (keys === undefined) continue
    if (!parseOperator(operator) || !isObject(keys)) return undefined
    let count = 0
    for (const key in keys) {
      if (!hasOwn.call(keys, key)) continue
      const v = keys[key]
      if (v === undefined) continue
      count++
      const items: unknown[] = Array.isArray(v) ? v : [v]
      if (items.length === 0) return undefined
      const values: Located[] = []
      for (let i = 0; i < items.length; i++) {
        const item = items[i]
        if (typeof item === 'string') values.push({ value: item })
        else if (typeof item === 'number' && Number.isFinite(item)) values.push({ value: String(item) })
        else if (typeof item === 'boolean') values.push({ value: String(item) })
        else return undefined
      }
      tests.push({ operator, key, values })
    }
    if (count === 0) return undefined
  }
  return tests
}

function duplicateSid(statements: Statement[]): boolean {
  if (statements.length < 2) return false
  const seen = new Set<string>()
  for (const s of statements) {
    if (!s.sid || s.sid.value === '') continue
    if (seen.has(s.sid.value)) return true
    seen.add(s.sid.value)
  }
  return false
}
