// Who may assume each role: `can-assume` edges decided by simulating `sts:AssumeRole`, and `trusts` edges from
// every principal a trust policy names that no `can-assume` edge already covers.
import { accountOf } from '../scenario/arns'
import type { Role, Scenario } from '../scenario/model'
import { principalPolicies, resolvePrincipal, sessionPrincipal } from '../account/resolve'
import { arnOfRole, arnOfUser, indexScenario } from '../account/resolve-lookup'
import { prepareSimulation, runPrepared, simulationCache } from '../account/simulate'
import type { ResolvedPrincipal } from '../account/simulate-types'
import { AssumeScreen } from '../account/who-can-screen'
import { matchPrincipal } from '../evaluate/principal'
import { compileGlob } from '../match/wildcard'
import type { Statement } from '../policy/model'
import { parsePolicy } from '../policy/parse'
import { parseCaller } from '../request/caller'
import { ids, type GraphBuilder } from './builder'
import { principalNode } from './principals'

const ASSUME = ['sts:assumerole', 'sts:assumerolewithsaml', 'sts:assumerolewithwebidentity']

/** True when the statement's action (or `NotAction`) covers `action` (lower case). */
function covers(s: Statement, action: string): boolean {
  if (s.action) return s.action.some((a) => compileGlob(a.value, true)(action))
  if (s.notAction) return !s.notAction.some((a) => compileGlob(a.value, true)(action))
  return false
}

/** A scenario principal that may try to assume roles: a user, or a role acting as a fresh session of itself. */
interface Candidate {
  node: string
  principal: ResolvedPrincipal
  role?: Role
  /** False only when no identity-based policy of it can allow `sts:AssumeRole` on the role ARN. */
  screen: (roleArn: string) => boolean
}

/**
 * Adds the edges into every role from those who may assume it.
 *
 * `can-assume` (user or role → role) is decided by the engine: `sts:AssumeRole` on the role's ARN is simulated for
 * every user and every other role (as a fresh session of itself, as in `whoCan`) under the scenario's environment
 * with no extra context (no external ID, no session tags, no source identity), so the trust policy, the caller's
 * identity-based policies, its boundary and the SCPs all decide. Only pairs the trust policy could allow are
 * simulated: a statement allowing an `AssumeRole*` action must name the caller (its ARN, its account, or `*`) or
 * use `NotPrincipal`; when only the account is named, the caller's own policies must also allow, which a cheap screen
 * checks first.
 *
 * `trusts` (named principal → role) follows the trust policy's `Principal` elements alone: every entry of an `Allow`
 * statement whose actions cover `sts:AssumeRole`, `…WithSAML` or `…WithWebIdentity` (an account, a service, an
 * identity provider, a user or role of the scenario or an outside one), marked conditional when the statement has
 * conditions. It is left out when a `can-assume` edge already joins the two. `NotPrincipal` names no one, so it
 * draws no `trusts` edge; a trust policy with a grammar error (which AWS would reject) draws nothing; and a role's
 * trust in itself draws nothing.
 */
export function addAssumeEdges(scenario: Scenario, graph: GraphBuilder): void {
  const roles = scenario.roles ?? []
  if (roles.length === 0) return
  const ix = indexScenario(scenario)
  const cache = simulationCache()
  const screens = new AssumeScreen()
  const screenFor = (p: ResolvedPrincipal) => {
    const own = principalPolicies(ix, p)
    cache.policies.set(p.arn, own)
    return screens.forPolicies(own.identity.map((x) => x.policy)) ?? never
  }
  const candidates: Candidate[] = []
  for (const user of scenario.users ?? []) {
    const principal = resolvePrincipal(ix, arnOfUser(ix, user))
    const node = ids.user(accountOf(scenario, user), user.name)
    candidates.push({ node, principal, screen: screenFor(principal) })
  }
  for (const role of roles) {
    const principal = sessionPrincipal(ix, role, role.name, { fresh: true })
    const node = ids.role(accountOf(scenario, role), role.name)
    candidates.push({ node, principal, role, screen: screenFor(principal) })
  }

  for (const role of roles) {
    const target = ids.role(accountOf(scenario, role), role.name)
    const roleArn = arnOfRole(ix, role)
    // A policy AWS would reject allows nothing and names no one.
    const trust = parsePolicy(role.trustPolicy, { kind: 'trust' })
    if (trust.invalid) continue
    const statements = trust.statements.filter(
      (s) => s.effect === 'Allow' && !s.invalid && ASSUME.some((a) => covers(s, a)),
    )
    if (statements.length === 0) continue
    const canAssume = statements.filter((s) => covers(s, ASSUME[0]!))
    for (const c of candidates) {
      if (c.role === role || !mayTrust(canAssume, c, roleArn)) continue
      const request = { principal: c.principal.arn, action: 'sts:AssumeRole', resource: roleArn }
      const prepared = prepareSimulation(ix, request, c.principal, cache, true)
      if (runPrepared(prepared).decision === 'Allow') graph.edge('can-assume', c.node, target)
    }
    for (const s of statements) {
      for (const entry of s.principal?.entries ?? []) {
        const from = principalNode(scenario, graph, entry)
        if (!graph.hasEdge('can-assume', from, target)) graph.edge('trusts', from, target, s.conditions.length > 0)
      }
      if (s.principal?.any) {
        const from = principalNode(scenario, graph, { type: 'AWS', value: '*' })
        graph.edge('trusts', from, target, s.conditions.length > 0)
      }
    }
  }
}

const never = () => false

/** Whether a statement allowing `sts:AssumeRole` could match the candidate (see {@link addAssumeEdges}). */
function mayTrust(statements: Statement[], c: Candidate, roleArn: string): boolean {
  const caller = parseCaller(c.principal.arn)
  let viaAccount = false
  for (const s of statements) {
    if (s.notPrincipal) return true
    const match = s.principal && matchPrincipal(s.principal, caller)
    if (!match) continue
    if (match.how !== 'account') return true
    viaAccount = true
  }
  return viaAccount && c.screen(roleArn)
}
