// Questions the validator asks the catalog about a policy: which services it names, what an action pattern covers.
import { compileGlob, hasWildcard } from '../match/wildcard'
import type { Policy } from '../policy/model'
import type { ActionInfo, CatalogSnapshot } from './types'

/**
 * The lower-case prefixes a policy uses, for {@link Catalog.load}: services named in `Action`/`NotAction` (without
 * wildcards in the prefix) and the prefixes of condition keys other than `aws:` (`s3`, `saml`, ...).
 */
export function servicesIn(policy: Policy): string[] {
  const found = new Set<string>()
  for (const s of policy.statements) {
    for (const a of [...(s.action ?? []), ...(s.notAction ?? [])]) {
      const colon = a.value.indexOf(':')
      const prefix = a.value.slice(0, colon).toLowerCase()
      if (colon > 0 && !hasWildcard(prefix)) found.add(prefix)
    }
    for (const c of s.conditions) {
      const colon = c.key.indexOf(':')
      const prefix = c.key.slice(0, colon).toLowerCase()
      if (colon > 0 && prefix !== 'aws') found.add(prefix)
    }
  }
  return [...found].sort()
}

/** Splits `service:Name` at the first colon; undefined for `*` and text without one. */
export function splitAction(action: string): { service: string; name: string } | undefined {
  const colon = action.indexOf(':')
  return colon > 0 ? { service: action.slice(0, colon), name: action.slice(colon + 1) } : undefined
}

/**
 * The actions an `Action` value covers (case-insensitive, with `*` and `?`); undefined when the catalog cannot say
 * (`*`, a wildcard in the service prefix, or a service that is unknown or not loaded).
 */
export function matchingActions(catalog: CatalogSnapshot, pattern: string): readonly ActionInfo[] | undefined {
  const parts = splitAction(pattern)
  if (!parts || hasWildcard(parts.service)) return undefined
  if (!hasWildcard(parts.name)) {
    const one = catalog.action(parts.service, parts.name)
    return one ? [one] : catalog.actions(parts.service) ? [] : undefined
  }
  const all = catalog.actions(parts.service)
  if (!all) return undefined
  const matches = compileGlob(parts.name, true)
  return all.filter((a) => matches(a.name))
}

/** Every condition key an action supports: its own and those of the resource types it works on. */
export function conditionKeysOf(catalog: CatalogSnapshot, action: ActionInfo): string[] {
  const keys = [...action.conditionKeys]
  for (const rt of action.resourceTypes) {
    keys.push(...rt.conditionKeys)
    const type = catalog.resourceType(action.service, rt.name)
    if (type) keys.push(...type.conditionKeys)
  }
  return keys
}

/**
 * The services named in the ARN templates of a service's resource types (`sts` -> `iam`, for roles); undefined when
 * the service is not loaded or one of its templates leaves the ARN's service open.
 */
export function arnServicesOf(catalog: CatalogSnapshot, service: string): Set<string> | undefined {
  const types = catalog.resourceTypes(service)
  if (!types) return undefined
  const found = new Set<string>()
  for (const t of types) {
    const arnService = t.arn.split(':')[2]
    if (arnService === undefined || arnService.includes('${')) return undefined
    found.add(arnService.toLowerCase())
  }
  return found
}
