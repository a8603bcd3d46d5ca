// The request context: keys looked up case-insensitively, plus the few keys AWS derives from the caller.
import { EngineInputError, LIMITS } from '../errors'
import type { KeyLookup } from '../match/variables'
import { isIamCaller, principalType, type Caller } from './caller'

/** One context entry as the trace shows it. */
export interface ContextEntry {
  key: string
  value: string | string[]
  /** True when the engine derived it from the caller rather than the request giving it. */
  derived: boolean
}

/** The request context, ready for lookups. */
export interface RequestContext {
  lookup: KeyLookup
  /** The entries for the trace, given first, then derived (built on demand). */
  entries(): ContextEntry[]
}

const derivedCache = new WeakMap<Caller, [string, string][]>()

/** The keys AWS derives from an IAM caller (docs/semantics.md, "Context"), in trace order. */
function derivedKeys(caller: Caller): [string, string][] {
  let keys = derivedCache.get(caller)
  if (!keys) derivedCache.set(caller, (keys = computeDerived(caller)))
  return keys
}

function computeDerived(caller: Caller): [string, string][] {
  if (!isIamCaller(caller)) return []
  const arn =
    caller.kind === 'session'
      ? caller.roleArn!
      : caller.kind === 'root'
        ? `arn:aws:iam::${caller.account}:root`
        : caller.raw
  const keys: [string, string][] = [
    ['aws:PrincipalArn', arn],
    ['aws:PrincipalAccount', caller.account!],
  ]
  const type = principalType(caller)
  if (type) keys.push(['aws:PrincipalType', type])
  if (caller.kind === 'user' && caller.name) keys.push(['aws:username', caller.name])
  return keys
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/**
 * Builds the context: given keys win; for IAM callers `aws:PrincipalArn`, `aws:PrincipalAccount`,
 * `aws:PrincipalType` and (users only) `aws:username` are derived when absent (docs/semantics.md, "Context";
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html).
 * A key spelled as the request spelled it is read straight from the request; any other spelling goes
 * through a case-folded index built on first need, so the usual request builds no index at all.
 */
export function buildContext(given: unknown, caller: Caller): RequestContext {
  const source: Record<string, string | string[]> = {}
  let keys: string[] = []
  if (given !== undefined && given !== null) {
    if (typeof given !== 'object' || Array.isArray(given)) {
      throw new EngineInputError('the context must be an object of key -> string or string[]', '/request/context')
    }
    keys = Object.keys(given)
    for (const key of keys) {
      const value = (given as Record<string, unknown>)[key]
      if (typeof value === 'string') {
        if (value.length > LIMITS.maxString) throw new EngineInputError('value is too long', `/request/context/${key}`)
      } else if (!isStringArray(value)) {
        throw new EngineInputError('a context value must be a string or an array of strings', `/request/context/${key}`)
      } else if (value.length > LIMITS.maxValues) {
        throw new EngineInputError('too many values', `/request/context/${key}`)
      }
    }
  }
  const givenValues = (given ?? source) as Record<string, string | string[]>
  const derived = derivedKeys(caller)
  let folded: Map<string, string | string[]> | undefined
  const fold = () => {
    folded = new Map()
    for (const key of keys) folded.set(key.toLowerCase(), givenValues[key]!)
    for (const [key, value] of derived) if (!folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), value)
    return folded
  }
  return {
    lookup: (key) => (hasOwn(givenValues, key) ? givenValues[key] : (folded ?? fold()).get(key.toLowerCase())),
    entries: () => {
      const map = folded ?? fold()
      const out: ContextEntry[] = keys.map((key) => {
        const value = map.get(key.toLowerCase())!
        return { key, value: typeof value === 'string' ? value : [...value], derived: false }
      })
      for (const [key, value] of derived) {
        if (!keys.some((k) => k.toLowerCase() === key.toLowerCase())) out.push({ key, value, derived: true })
      }
      return out
    },
  }
}

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false
  return true
}
