// Who can do X to Y: every user, every role (as a session of itself) and every account root of the scenario, plus
// the roles each of them reaches through chains of `sts:AssumeRole` (breadth-first over trust relationships).
import { rootArn } from '../scenario/arns'
import type { Environment, Role, Scenario } from '../scenario/model'
import { resolvePrincipal, sessionPrincipal } from './resolve'
import { arnOfUser, indexScenario } from './resolve-lookup'
import { prepareSimulation, runPrepared } from './simulate'
import type { ResolvedPrincipal, SimulateOptions } from './simulate-types'
import { AssumeChecks, sweepCache } from './who-can-assume'

/** The question: which principals may perform `action` on `resource`. */
export interface WhoCanQuery {
  action: string
  resource: string
  environment?: Environment
  /** Context keys of the request asked about (not of the `AssumeRole` hops on the way). */
  context?: Record<string, string | string[]>
}

/** One principal that may perform the action. */
export interface WhoCanEntry {
  /** The ARN that acts: a user, a role's session (`assumed-role/NAME/NAME`), or an account root. */
  principal: string
  kind: 'user' | 'role' | 'root'
  /** How it gets there: `['user/alice']`, or `['user/alice', 'role/Dev', 'role/Prod']` through role chaining. */
  path: string[]
  decision: 'Allow'
}

/** Options of {@link whoCan}. */
export interface WhoCanOptions extends SimulateOptions {
  /** The most `AssumeRole` hops to follow; default 10. */
  maxDepth?: number
}

/**
 * Every principal of the scenario that may perform `query.action` on `query.resource`: users, roles (each as a
 * session of itself), account roots, and — through chains of `sts:AssumeRole` followed breadth-first from each of
 * them — the roles they can reach, with the path that reaches them (shortest first). A role reached by a chain is
 * evaluated as a session of itself; the root user cannot assume roles, so chains start at users and roles only.
 * Trust decisions and each role's answer are computed once per sweep, and what does not depend on the question (each
 * principal's policies, which roles its trust policies and its own policies could let it assume) once per scenario
 * version (see `AssumeChecks`), so 5,000 principals stay fast and the next question about the account is faster.
 */
export function whoCan(scenario: Scenario, query: WhoCanQuery, options: WhoCanOptions = {}): WhoCanEntry[] {
  const ix = indexScenario(scenario, options.sessions)
  const cache = sweepCache(ix)
  const maxDepth = options.maxDepth ?? 10
  const env = query.environment
  const checks = new AssumeChecks(ix, env, cache)
  const multiAccount = scenario.accounts.length > 1
  const label = (kind: string, name: string, account: string | undefined) =>
    `${kind === 'root' ? 'root' : `${kind}/${name}`}${multiAccount && account !== ix.defaultAccount ? ` (${account})` : ''}`

  const allows = (p: ResolvedPrincipal): boolean => {
    const request = { principal: p.arn, action: query.action, resource: query.resource }
    return (
      runPrepared(
        prepareSimulation(
          ix,
          { ...request, ...(env && { environment: env }), ...(query.context && { context: query.context }) },
          p,
          cache,
          true,
        ),
      ).decision === 'Allow'
    )
  }
  const roleNode = new Map<Role, ResolvedPrincipal>()
  const nodeOf = (role: Role) => {
    let node = roleNode.get(role)
    if (!node) roleNode.set(role, (node = sessionPrincipal(ix, role, role.name, { fresh: true })))
    return node
  }
  const roleAllows = new Map<Role, boolean>()
  const roleCan = (role: Role) => {
    let v = roleAllows.get(role)
    if (v === undefined) roleAllows.set(role, (v = allows(nodeOf(role))))
    return v
  }
  const edgeMemo = new Map<Role, Role[]>()
  const edges = (p: ResolvedPrincipal, memoRole?: Role): Role[] => {
    if (memoRole) {
      const hit = edgeMemo.get(memoRole)
      if (hit) return hit
    }
    const out = checks.assumable(p, memoRole)
    if (memoRole) edgeMemo.set(memoRole, out)
    return out
  }

  const entries: WhoCanEntry[] = []
  const starts: { p: ResolvedPrincipal; kind: WhoCanEntry['kind']; role?: Role }[] = []
  for (const user of scenario.users ?? []) starts.push({ p: resolvePrincipal(ix, arnOfUser(ix, user)), kind: 'user' })
  for (const role of scenario.roles ?? []) starts.push({ p: nodeOf(role), kind: 'role', role })
  for (const account of scenario.accounts) starts.push({ p: resolvePrincipal(ix, rootArn(account.id)), kind: 'root' })

  for (const { p, kind, role } of starts) {
    const first = label(kind, p.name, p.account)
    const ok = role ? roleCan(role) : allows(p)
    if (ok) entries.push({ principal: p.arn, kind, path: [first], decision: 'Allow' })
    if (kind === 'root') continue
    // Breadth-first over the roles this principal can assume, then the roles those can assume, and so on.
    const seen = new Set<Role>(role ? [role] : [])
    let frontier: { node: ResolvedPrincipal; role?: Role; path: string[] }[] = [
      { node: p, ...(role && { role }), path: [first] },
    ]
    for (let depth = 0; depth < maxDepth && frontier.length; depth++) {
      const next: typeof frontier = []
      for (const { node, role: nodeRole, path } of frontier) {
        for (const target of edges(node, nodeRole)) {
          if (seen.has(target)) continue
          seen.add(target)
          const hop = nodeOf(target)
          const hopPath = [...path, label('role', target.name, hop.account)]
          if (roleCan(target)) entries.push({ principal: hop.arn, kind: 'role', path: hopPath, decision: 'Allow' })
          next.push({ node: hop, role: target, path: hopPath })
        }
      }
      frontier = next
    }
  }
  return entries
}
