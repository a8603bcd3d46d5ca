// The roles a caller could possibly assume, read from the trust policies alone: a cheap, conservative pre-filter for
// `whoCan` (anything it cannot read counts as "could"), so only the pairs it lets through are evaluated.
import type { Role } from '../scenario/model'
import type { ResolvedPrincipal } from './simulate-types'

/** The principals the roles' trust policies could possibly name. */
export interface TrustTargets {
  /** Roles whose trust policy names `*`, uses `NotPrincipal`, a wildcard, or could not be read here. */
  any: Role[]
  byAccount: Map<string, Role[]>
  /** Exact ARNs, and `ACCOUNT/NAME` for role ARNs (a role ARN names every session of the role, whatever its path). */
  byName: Map<string, Role[]>
}

/** A principal's candidate roles, in the order the sweep visits them (each role once). */
export interface Candidates {
  /** Roles whose trust policy may name the principal itself (or anyone). */
  named: readonly Role[]
  /** Roles whose trust policy can only match the principal through its account (none of `named`). */
  viaAccount: readonly Role[]
}

// One index per roles list: scenarios are values (an edit copies the list it changes), so every question about the
// same version, and every version that kept the roles, reads the trust policies once.
const byRoles = new WeakMap<readonly Role[], TrustTargets>()

/** Adds `role` under `key`, once (a role's names are all added before the next role's). */
function push<K>(map: Map<K, Role[]>, key: K, role: Role) {
  const list = map.get(key)
  if (!list) map.set(key, [role])
  else if (list[list.length - 1] !== role) list.push(role)
}

const ROLE_ARN = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/
const NONE: readonly Role[] = []

/** The trust index of `roles`, built once per list object. */
export function trustTargets(roles: readonly Role[]): TrustTargets {
  let t = byRoles.get(roles)
  if (!t) byRoles.set(roles, (t = buildTargets(roles)))
  return t
}

function buildTargets(roles: readonly Role[]): TrustTargets {
  const t: TrustTargets = { any: [], byAccount: new Map(), byName: new Map() }
  for (const role of roles) {
    let doc: unknown = role.trustPolicy
    if (typeof doc === 'string') {
      try {
        doc = JSON.parse(doc)
      } catch {
        t.any.push(role) // the engine reads it (or reports it); do not guess here
        continue
      }
    }
    const raw = (doc as { Statement?: unknown })?.Statement
    const statements = (Array.isArray(raw) ? raw : [raw]) as Record<string, unknown>[]
    const names = new Set<string>()
    let any = false
    for (const s of statements) {
      if (!s || typeof s !== 'object' || s.Effect !== 'Allow') continue
      if ('NotPrincipal' in s) any = true
      const principal = s.Principal
      if (principal === '*') any = true
      const aws = principal && typeof principal === 'object' ? (principal as Record<string, unknown>).AWS : undefined
      for (const v of Array.isArray(aws) ? aws : aws === undefined ? [] : [aws]) {
        if (typeof v !== 'string') continue
        if (v === '*' || v.includes('*') || v.includes('?')) any = true
        else names.add(v)
      }
    }
    if (any) {
      t.any.push(role)
      continue
    }
    for (const v of names) {
      if (/^\d{12}$/.test(v)) push(t.byAccount, v, role)
      else if (ROOT_ARN.test(v)) push(t.byAccount, ROOT_ARN.exec(v)![1]!, role)
      else {
        push(t.byName, v, role)
        const m = ROLE_ARN.exec(v)
        if (m) push(t.byName, `${m[1]}/${m[2]}`, role)
      }
    }
  }
  return t
}

/**
 * The roles whose trust policy may allow `p`: first those that may name it (`*` and the like, then its ARN, then its
 * role's `ACCOUNT/NAME`), then those that name only its account. Allocates only when a trust policy names `p`.
 */
export function candidates(t: TrustTargets, p: ResolvedPrincipal): Candidates {
  const byArn = t.byName.get(p.arn)
  const byRole =
    (p.kind === 'session' || p.kind === 'role') && p.account !== undefined
      ? t.byName.get(`${p.account}/${p.name}`)
      : undefined
  const viaAccount = (p.account !== undefined && t.byAccount.get(p.account)) || NONE
  if (!byArn && !byRole) return { named: t.any, viaAccount }
  // `any` holds no role of the other lists (a role is in `any` or in the others), so only the named ones can repeat.
  const own = new Set<Role>(byArn)
  for (const r of byRole ?? NONE) own.add(r)
  return {
    named: t.any.length ? [...t.any, ...own] : [...own],
    viaAccount: viaAccount.filter((r) => !own.has(r)),
  }
}
