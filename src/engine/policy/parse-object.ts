// The fast way from a policy object to the policy model: no JSON tree in between. It takes only policies the grammar
// accepts without a single diagnostic and gives up (undefined) on anything else, so the full parser (./parse.ts),
// which words every problem, stays the one place that reports them; the model built here is the one it builds.
import { parseOperator } from '../conditions/index'
import { LIMITS } from '../errors'
import { POLICY_VERSIONS, PRINCIPAL_TYPES } from './elements'
import { forbidsPrincipal, requiresPrincipal, requiresResource, type PolicyKind } from './kinds'
import type { ConditionTest, Located, Policy, PrincipalElement, PrincipalType, Statement } from './model'
import { checkAction, checkAwsPrincipal, checkResource, Problems, type ValueCheck } from './parse'

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
  let sid: unknown, effect: unknown, action: unknown, notAction: unknown, resource: unknown, notResource: unknown
  let principalValue: unknown, notPrincipal: unknown, condition: unknown
  for (const key in node) {
    if (!hasOwn.call(node, key)) continue
    const v = node[key]
    if (v === undefined) continue
    switch (key) {
      case 'Sid':
        sid = v
        break
      case 'Effect':
        effect = v
        break
      case 'Action':
        action = v
        break
      case 'NotAction':
        notAction = v
        break
      case 'Resource':
        resource = v
        break
      case 'NotResource':
        notResource = v
        break
      case 'Principal':
        principalValue = v
        break
      case 'NotPrincipal':
        notPrincipal = v
        break
      case 'Condition':
        condition = v
        break
      default:
        return undefined
    }
  }
  if (effect !== 'Allow' && effect !== 'Deny') return undefined
  const s: Statement = { index, conditions: [], invalid: false, elementSpans: {} }
  if (sid !== undefined) {
    if (typeof sid !== 'string') return undefined
    s.sid = { value: sid }
  }
  s.effect = effect
  if ((action === undefined) === (notAction === undefined)) return undefined
  if (resource !== undefined && notResource !== undefined) return undefined
  if (resource === undefined && notResource === undefined && requiresResource(kind)) return undefined
  if (action !== undefined && !(s.action = strings(action, p, checkAction))) return undefined
  if (notAction !== undefined && !(s.notAction = strings(notAction, p, checkAction))) return undefined
  if (resource !== undefined && !(s.resource = strings(resource, p, checkResource))) return undefined
  if (notResource !== undefined && !(s.notResource = strings(notResource, p, checkResource))) return undefined
  const hasPrincipal = principalValue !== undefined || notPrincipal !== undefined
  if (principalValue !== undefined && notPrincipal !== undefined) return undefined
  if (kind && forbidsPrincipal(kind) && hasPrincipal) return undefined
  if (kind && requiresPrincipal(kind) && !hasPrincipal) return undefined
  if (principalValue !== undefined && !(s.principal = principal(principalValue, p))) return undefined
  if (notPrincipal !== undefined && !(s.notPrincipal = principal(notPrincipal, p))) return undefined
  if (condition !== undefined) {
    const conditions = parseConditions(condition)
    if (!conditions) return undefined
    s.conditions = conditions
  }
  return p.list.length > 0 ? undefined : s
}

/** A non-empty string, or a non-empty array of them, each passing `check` (which reports to `p`). */
function strings(value: unknown, p: Problems, check?: ValueCheck): Located[] | undefined {
  if (!Array.isArray(value)) {
    const one = checked(value, p, check)
    return one === undefined ? undefined : [one]
  }
  if (value.length === 0 || value.length > LIMITS.maxValues) return undefined
  const out: Located[] = []
  for (let i = 0; i < value.length; i++) {
    const one = checked(value[i], p, check)
    if (one === undefined) return undefined
    out.push(one)
  }
  return out
}

/** One string value, checked, or undefined when it is not a usable string. */
function checked(item: unknown, p: Problems, check: ValueCheck | undefined): Located | undefined {
  if (typeof item !== 'string' || item === '' || item.length > LIMITS.maxString) return undefined
  check?.(item, '', undefined, p)
  return { value: item }
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
      const values: Located[] = []
      if (!Array.isArray(v)) {
        const one = conditionValue(v)
        if (one === undefined) return undefined
        values.push({ value: one })
      } else {
        if (v.length === 0) return undefined
        for (let i = 0; i < v.length; i++) {
          const one = conditionValue(v[i])
          if (one === undefined) return undefined
          values.push({ value: one })
        }
      }
      tests.push({ operator, key, values })
    }
    if (count === 0) return undefined
  }
  return tests
}

/** A condition value as text: strings as they are, finite numbers and booleans as JSON writes them. */
function conditionValue(item: unknown): string | undefined {
  if (typeof item === 'string') return item
  if (typeof item === 'number' && Number.isFinite(item)) return String(item)
  if (typeof item === 'boolean') return String(item)
  return undefined
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
