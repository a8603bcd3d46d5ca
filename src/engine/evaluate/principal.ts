// Matching the `Principal` and `NotPrincipal` elements of resource, trust and RC policies against the caller.
import type { PrincipalElement, PrincipalEntry } from '../policy/model'
import type { Caller } from '../request/caller'

/**
 * How a `Principal` entry matched the caller; it decides what a resource-policy allow is worth
 * (docs/semantics.md, "Resource-based policies in the same account"; User Guide
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html):
 * naming the user or session is a direct grant, naming the role is limited by the
 * boundary and session policies, naming the account delegates to identity policies.
 */
export type PrincipalMatch = 'user' | 'session' | 'role' | 'account' | 'wildcard' | 'service' | 'federated'

const ROOT = /^arn:[^:]+:iam::(\d{12}):root$/
const USER = /^arn:[^:]+:iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/
const ROLE = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/

/** How one entry matches the caller, or undefined. */
export function matchEntry(entry: PrincipalEntry, c: Caller): PrincipalMatch | undefined {
  const v = entry.value
  switch (entry.type) {
    case 'AWS': {
      if (v === '*') return 'wildcard'
      if (c.account === undefined) return undefined
      if (/^\d{12}$/.test(v)) return v === c.account ? 'account' : undefined
      const root = ROOT.exec(v)
      if (root) return root[1] === c.account ? 'account' : undefined
      if (c.kind === 'user') return USER.test(v) && v === c.raw ? 'user' : undefined
      if (c.kind === 'role' || c.kind === 'session') {
        const role = ROLE.exec(v)
        // A role ARN matches the role and every session of it; the session ARN has no path, so compare names.
        if (role) return role[1] === c.account && role[2] === c.name ? 'role' : undefined
        return c.kind === 'session' && v === c.raw ? 'session' : undefined
      }
      if (c.kind === 'federated-user') return v === c.raw ? 'user' : undefined
      return undefined
    }
    case 'Service':
      return c.kind === 'service' && v.toLowerCase() === c.raw.toLowerCase() ? 'service' : undefined
    case 'Federated':
      return (c.kind === 'federated' || c.kind === 'service') && v === c.raw ? 'federated' : undefined
    case 'CanonicalUser':
      return c.kind === 'canonical' && v === c.raw ? 'user' : undefined
  }
}

/** How the `Principal` element matches: the strongest entry that matches, or undefined. */
export function matchPrincipal(
  el: PrincipalElement,
  c: Caller,
): { how: PrincipalMatch; entry?: PrincipalEntry } | undefined {
  if (el.any) return { how: 'wildcard' }
  let best: { how: PrincipalMatch; entry: PrincipalEntry } | undefined
  for (const entry of el.entries) {
    const how = matchEntry(entry, c)
    if (how && (!best || rank(how) > rank(best.how))) best = { how, entry }
  }
  return best
}

function rank(m: PrincipalMatch): number {
  return m === 'account' ? 0 : m === 'wildcard' ? 1 : m === 'role' ? 2 : 3
}

/**
 * True when the caller is listed in a `NotPrincipal` element. Listing is exact: a role ARN does not list
 * its sessions and an account does not list its users, which is why the User Guide asks for both.
 */
export function listedIn(el: PrincipalElement, c: Caller): PrincipalEntry | 'any' | undefined {
  if (el.any) return 'any'
  for (const entry of el.entries) {
    const v = entry.value
    if (entry.type === 'AWS') {
      if (v === '*') return entry
      if (c.kind === 'root' && (v === c.account || ROOT.exec(v)?.[1] === c.account)) return entry
      if (c.kind !== 'root' && v === c.raw) return entry
    } else if (matchEntry(entry, c)) return entry
  }
  return undefined
}
