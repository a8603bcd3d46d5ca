// Who can do X to Y: every user, every role (as a session of itself) and every account root of the scenario, plus
// the roles each of them reaches through chains of `sts:AssumeRole` (breadth-first over trust relationships).
import { rootArn } from '../scenario/arns'
import type { Environment, Role, Scenario } from '../scenario/model'
import { principalPolicies, resolvePrincipal, sessionPrincipal } from './resolve'
import { arnOfRole, arnOfUser, indexScenario, type ScenarioIndex } from './resolve-lookup'
import { prepareSimulation, runPrepared, simulationCache, type SimulationCache } from './simulate'
import type { ResolvedPrincipal, SimulateOptions } from './simulate-types'
import { AssumeScreen } from './who-can-screen'

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

/** The principals a trust policy could possibly name (a cheap, conservative pre-filter before evaluation). */
interface TrustTargets {
  /** Roles whose trust policy names `*`, uses `NotPrincipal`, a wildcard, or could not be read here. */
  any: Role[]
  byAccount: Map<string, Role[]>
  /** Exact ARNs, and `ACCOUNT/NAME` for role ARNs (a role ARN names every session of the role, whatever its path). */
  byName: Map<string, Role[]>
}

function push<K>(map: Map<K, Role[]>, key: K, role: Role) {
  const list = map.get(key)
  if (list) list.push(role)
  else map.set(key, [role])
}

const ROLE_ARN = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/

function trustTargets(ix: ScenarioIndex): TrustTargets {
  const t: TrustTargets = { any: [], byAccount: new Map(), byName: new Map() }
  for (const role of ix.scenario.roles ?? []) {
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

/** The roles whose trust policy may allow `p`: role → true when the policy can only match `p` through its account. */
function candidates(t: TrustTargets, p: ResolvedPrincipal): Map<Role, boolean> {
  const out = new Map<Role, boolean>()
  for (const r of t.any) out.set(r, false)
  for (const r of t.byName.get(p.arn) ?? []) out.set(r, false)
  if ((p.kind === 'session' || p.kind === 'role') && p.account !== undefined) {
    for (const r of t.byName.get(`${p.account}/${p.name}`) ?? []) out.set(r, false)
  }
  if (p.account !== undefined) for (const r of t.byAccount.get(p.account) ?? []) if (!out.has(r)) out.set(r, true)
  return out
}

/**
 * Every principal of the scenario that may perform `query.action` on `query.resource`: users, roles (each as a
 * session of itself), account roots, and — through chains of `sts:AssumeRole` followed breadth-first from each of
 * them — the roles they can reach, with the path that reaches them (shortest first). A role reached by a chain is
 * evaluated as a session of itself; the root user cannot assume roles, so chains start at users and roles only.
 * Resolution, trust decisions and each role's answer are computed once per sweep, so 5,000 principals stay fast.
 */
export function whoCan(scenario: Scenario, query: WhoCanQuery, options: WhoCanOptions = {}): WhoCanEntry[] {
  const ix = indexScenario(scenario, options.sessions)
  const cache = simulationCache()
  const maxDepth = options.maxDepth ?? 10
  const env = query.environment
  const targets = trustTargets(ix)
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
    const out: Role[] = []
    for (const [role, onlyViaAccount] of candidates(targets, p)) {
      if (role === memoRole) continue
      if (checks.canAssume(p, role, onlyViaAccount)) out.push(role)
    }
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

/**
 * Decides `sts:AssumeRole` for principal → role pairs. When the role's trust policy can only match the principal
 * through its account (it names no ARN of the principal), an identity-side allow is required, so the pair is first
 * put through the {@link AssumeScreen}; only pairs that pass get the full evaluation.
 */
class AssumeChecks {
  #screen = new AssumeScreen()
  #tests = new Map<string, (roleArn: string) => boolean>()
  constructor(
    private ix: ScenarioIndex,
    private env: Environment | undefined,
    private cache: SimulationCache,
  ) {}

  canAssume(p: ResolvedPrincipal, role: Role, onlyViaAccount: boolean): boolean {
    const roleArn = arnOfRole(this.ix, role)
    if (onlyViaAccount) {
      let test = this.#tests.get(p.arn)
      if (!test) {
        let own = this.cache.policies.get(p.arn)
        if (!own) this.cache.policies.set(p.arn, (own = principalPolicies(this.ix, p)))
        this.#tests.set(p.arn, (test = this.#screen.forPolicies(own.identity.map((x) => x.policy))))
      }
      if (!test(roleArn)) return false
    }
    const request = { principal: p.arn, action: 'sts:AssumeRole', resource: roleArn }
    const env = this.env
    return (
      runPrepared(prepareSimulation(this.ix, env ? { ...request, environment: env } : request, p, this.cache, true))
        .decision === 'Allow'
    )
  }
}
