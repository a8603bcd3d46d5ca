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
  entries: ContextEntry[]
}

/**
 * Builds the context: given keys win; for IAM callers `aws:PrincipalArn`, `aws:PrincipalAccount`,
 * `aws:PrincipalType` and (users only) `aws:username` are derived when absent (contract rule 2).
 */
export function buildContext(given: unknown, caller: Caller): RequestContext {
  const map = new Map<string, string | string[]>()
  const entries: ContextEntry[] = []
  if (given !== undefined && given !== null) {
    if (typeof given !== 'object' || Array.isArray(given)) {
      throw new EngineInputError('the context must be an object of key -> string or string[]', '/request/context')
    }
    for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
      if (typeof value === 'string') {
        if (value.length > LIMITS.maxString) throw new EngineInputError('value is too long', `/request/context/${key}`)
      } else if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        throw new EngineInputError('a context value must be a string or an array of strings', `/request/context/${key}`)
      } else if (value.length > LIMITS.maxValues) {
        throw new EngineInputError('too many values', `/request/context/${key}`)
      }
      const copy = typeof value === 'string' ? value : [...(value as string[])]
      map.set(key.toLowerCase(), copy)
      entries.push({ key, value: copy, derived: false })
    }
  }
  const derive = (key: string, value: string | undefined) => {
    if (value === undefined || map.has(key.toLowerCase())) return
    map.set(key.toLowerCase(), value)
    entries.push({ key, value, derived: true })
  }
  if (isIamCaller(caller)) {
    const arn =
      caller.kind === 'session'
        ? caller.roleArn
        : caller.kind === 'root'
          ? `arn:aws:iam::${caller.account}:root`
          : caller.raw
    derive('aws:PrincipalArn', arn)
    derive('aws:PrincipalAccount', caller.account)
    derive('aws:PrincipalType', principalType(caller))
    if (caller.kind === 'user') derive('aws:username', caller.name)
  }
  return { lookup: (key) => map.get(key.toLowerCase()), entries }
}
