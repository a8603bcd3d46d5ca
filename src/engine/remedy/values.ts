// Context values that make a statement's conditions hold (for an Allow that almost applied) or fail (for a Deny):
// candidates drawn from the policy's own values and the operator family, checked with the engine's own operators.
import { compileCondition } from '../conditions/index'
import { parseOperator } from '../conditions/operator'
import { parseDate } from '../conditions/date'
import { parseCidr } from '../conditions/ip'
import type { Environment } from '../scenario/model'
import { isoSeconds } from '../scenario/clock'
import type { ConditionTrace } from '../trace/types'

/** A value for a key: one string, a list (multivalued keys), or `null` for "the key is absent". */
export type KeyValue = string | string[] | null

const DAY = 86_400_000

/** The first usable address of a CIDR range (the range's own address for /31, /32 and IPv6). */
function hostIn(cidr: string): string | undefined {
  const range = parseCidr(cidr)
  if (!range) return undefined
  if (!range.v4) return cidr.split('/')[0]
  const net = range.net
  const host = range.mask === 0xffffffff || range.mask === 0xfffffffe ? net : net + 1
  return [24, 16, 8, 0].map((s) => (host >>> s) & 255).join('.')
}

/** Policy values as compared: after variable substitution, without the ones that could not be resolved. */
function policyValues(c: ConditionTrace): string[] {
  return c.values.flatMap((v) => (v.unresolved !== undefined ? [] : [v.resolved ?? v.value]))
}

/** Plain candidates for one condition's key, before checking (the family decides what makes sense). */
function candidatesOf(c: ConditionTrace): KeyValue[] {
  const op = parseOperator(c.operator)
  if (!op) return []
  const values = policyValues(c)
  const out: string[] = []
  switch (op.family) {
    case 'String':
    case 'Arn':
      for (const v of values)
        out.push(v.replace(/\*/g, '').replace(/\?/g, 'x'), v.replace(/\*/g, 'x').replace(/\?/g, 'x'))
      out.push(op.family === 'Arn' ? 'arn:aws:iam::123456789012:root' : 'example')
      break
    case 'Numeric':
      for (const v of values) {
        const n = Number(v)
        if (Number.isFinite(n)) out.push(String(n), String(n - 1), String(n + 1))
      }
      out.push('0')
      break
    case 'Date':
      for (const v of values) {
        const ms = parseDate(v)
        if (ms === undefined) continue
        for (const d of [0, -1000, 1000, -DAY, DAY]) out.push(isoSeconds(Math.floor(ms / 1000) * 1000 + d))
      }
      break
    case 'Bool':
      out.push('true', 'false')
      break
    case 'Binary':
      out.push(...values, 'AA==')
      break
    case 'IpAddress':
      for (const v of values) {
        const host = hostIn(v)
        if (host) out.push(host)
      }
      out.push('192.0.2.10', '198.51.100.10', '203.0.113.10')
      break
    case 'Null':
      return [null, 'true']
  }
  const unique = [...new Set(out)]
  return op.set ? [...unique.map((v) => [v]), []] : unique
}

function asLookupValue(v: KeyValue): string | readonly string[] | undefined {
  return v === null ? undefined : v
}

/** Whether one condition holds when its key has `value` (policy values already substituted, as the trace has them). */
export function conditionHolds(c: ConditionTrace, value: KeyValue): boolean {
  const compiled = compileCondition(c.operator, c.key, policyValues(c), false)
  const lower = c.key.toLowerCase()
  return compiled.test((key) => (key.toLowerCase() === lower ? asLookupValue(value) : undefined))
}

/**
 * A value for one key that makes every one of `conditions` (all on that key) hold (`want: 'hold'`) or at least one
 * fail (`want: 'fail'`). Undefined when no candidate does. `null` (the key absent) is offered only for `Null`.
 */
export function valueFor(conditions: readonly ConditionTrace[], want: 'hold' | 'fail'): KeyValue | undefined {
  const seen = new Set<string>()
  for (const c of conditions) {
    for (const candidate of candidatesOf(c)) {
      const id = JSON.stringify(candidate)
      if (seen.has(id)) continue
      seen.add(id)
      const holds = conditions.every((x) => conditionHolds(x, candidate))
      if (want === 'hold' ? holds : !holds) return candidate
    }
  }
  return undefined
}

/** Conditions grouped by key (case-insensitive), keeping the first spelling of each key. */
export function byKey(conditions: readonly ConditionTrace[]): Map<string, ConditionTrace[]> {
  const out = new Map<string, ConditionTrace[]>()
  const spelling = new Map<string, string>()
  for (const c of conditions) {
    const lower = c.key.toLowerCase()
    const key = spelling.get(lower) ?? c.key
    spelling.set(lower, key)
    out.set(key, [...(out.get(key) ?? []), c])
  }
  return out
}

// Keys AWS fills from who is asking and what is asked about: a request cannot choose them (tags are changed on the
// principal or the resource instead, see candidates.ts).
const DERIVED = [
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenameslist',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principaltag/',
  'aws:username',
  'aws:userid',
  'aws:tokenissuetime',
  'aws:sourceidentity',
  'aws:federatedprovider',
  'aws:viaawsservice',
  'aws:calledvia',
  'aws:calledviafirst',
  'aws:calledvialast',
  'aws:resourceaccount',
  'aws:resourceorgid',
  'aws:resourceorgpaths',
  'aws:resourcetag/',
  'iam:resourcetag/',
  's3:existingobjecttag/',
]

/** True for keys the caller cannot set in a request (AWS derives them from the principal or the resource). */
export function isDerivedKey(key: string): boolean {
  const lower = key.toLowerCase()
  return DERIVED.some((d) => (d.endsWith('/') ? lower.startsWith(d) : lower === d))
}

/** How a context key maps to a field of the request environment, with the field's value for a key value. */
interface EnvironmentKey {
  field: keyof Environment
  patch: (value: string) => Partial<Environment> | undefined
}

const boolOf = (v: string) => (v === 'true' ? true : v === 'false' ? false : undefined)

const ENVIRONMENT_KEYS: Record<string, EnvironmentKey> = {
  'aws:sourceip': { field: 'sourceIp', patch: (v) => ({ sourceIp: v }) },
  'aws:requestedregion': { field: 'region', patch: (v) => ({ region: v }) },
  'aws:useragent': { field: 'userAgent', patch: (v) => ({ userAgent: v }) },
  'aws:securetransport': {
    field: 'secureTransport',
    patch: (v) => (boolOf(v) === undefined ? undefined : { secureTransport: boolOf(v)! }),
  },
  'aws:multifactorauthpresent': {
    field: 'mfa',
    patch: (v) => (boolOf(v) === undefined ? undefined : { mfa: boolOf(v)! }),
  },
  'aws:multifactorauthage': {
    field: 'mfaAge',
    patch: (v) => (/^\d+$/.test(v) ? { mfa: true, mfaAge: Number(v) } : undefined),
  },
  'aws:sourcevpc': { field: 'vpc', patch: (v) => (v.startsWith('vpc-') ? { vpc: v } : undefined) },
  'aws:sourcevpce': { field: 'vpc', patch: (v) => (v.startsWith('vpce-') ? { vpc: v } : undefined) },
  'aws:currenttime': {
    field: 'time',
    patch: (v) => {
      const ms = parseDate(v)
      return ms === undefined ? undefined : { time: isoSeconds(ms) }
    },
  },
  'aws:epochtime': {
    field: 'time',
    patch: (v) => (/^\d+$/.test(v) ? { time: isoSeconds(Number(v) * 1000) } : undefined),
  },
}

/**
 * The environment fields that give `key` the value `value` (`aws:MultiFactorAuthPresent` = `true` is `mfa: true`;
 * `null` unsets the field); undefined when the key is not an environment key or the value does not fit the field.
 */
export function environmentPatch(key: string, value: KeyValue): Partial<Environment> | undefined {
  const entry = Object.hasOwn(ENVIRONMENT_KEYS, key.toLowerCase()) ? ENVIRONMENT_KEYS[key.toLowerCase()] : undefined
  if (!entry || Array.isArray(value)) return undefined
  return value === null ? { [entry.field]: undefined } : entry.patch(value)
}
