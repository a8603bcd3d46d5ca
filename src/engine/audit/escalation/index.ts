// Privilege escalation: a user or role that can make itself more powerful (see ../power.ts for "more powerful").
//
// For every user and role P (service-linked roles excepted) the simulator is asked, with the scenario's
// environment, whether P may take a step of one of the techniques in ./techniques.ts (new keys or a password for a
// more powerful user, a policy that allows everything on itself, its groups or an identity it can act as, a new
// version of its own managed policy, another group, a role passed to a service that runs code as it, a role to
// assume), and what P could then do that it cannot now. A policy P would grant itself is measured on the scenario
// with that policy added, so boundaries and SCPs still count. Assuming a more powerful role is the separate,
// lower-severity check `assume-more-powerful-role`: roles exist to be assumed, so it asks for a review rather than
// an alarm.
// IAM actions need an identity-policy allow (IAM has no resource-based policies), so a principal none of whose
// policies mention an action is not simulated for it, and a technique none of whose actions they mention is not
// tried at all (nor is the principal's own power measured when no technique is left): in a large account most
// principals need no simulation. IAM actions across accounts are never possible. Quotas (two keys per user) are not
// considered. The checks stop after `maxSimulations` and say so (`escalation-limited`).
// Every request is sent as its caller would send it: a condition on a key the caller chooses (a request tag, a later
// time, the Region) does not hide a path (./caller-keys.ts). Each path lists the requests it is made of
// (`FindingDetail.steps`, from the search's log), and a privilege-escalation finding offers the smallest fix that,
// run again, removes it (./fix.ts).
import { type AuditContext, detail, identityEntity, makeFinding } from '../context'
import { ALL_POWER, hasEverything, OutOfBudget, type Budget } from '../power'
import type { Scenario } from '../../scenario/model'
import { applyFix } from '../fixes'
import type { Finding, FindingDetail, FindingEntity, FixAction, PathStep } from '../types'
import { escalationFix } from './fix'
import { pathSteps } from './path-steps'
import { Search, type Actor } from './search'
import { ActorContext, type Step, type Technique } from './technique'
import { ESCALATION_TECHNIQUES } from './techniques'
import { PRIVILEGE_ESCALATION, ASSUME_MORE_POWERFUL_ROLE, ESCALATION_LIMITED } from '../checks'

/** One way up, found for an actor: a technique's step, and the requests it is made of. */
interface Path extends Step {
  key: string
  assume: boolean
  steps: PathStep[]
}

/** The techniques in runs of adjacent ones on the same kind of target (tried target by target). */
const RUNS: readonly (readonly Technique[])[] = ESCALATION_TECHNIQUES.reduce<Technique[][]>((runs, t) => {
  const last = runs.at(-1)
  if (last && last[0]!.target === t.target) last.push(t as Technique)
  else runs.push([t as Technique])
  return runs
}, [])

/** The ways `actor` can gain power, given its current power; with `first`, only the first way up (not to review). */
function pathsOf(search: Search, actor: Actor, first = false): Path[] {
  const ctx = new ActorContext(search, actor)
  const runs = RUNS.map((run) => run.filter((t) => ctx.tries(t))).filter((run) => run.length > 0)
  if (!runs.length || ctx.own === ALL_POWER) return []
  const paths: Path[] = []
  for (const run of runs) {
    for (const target of ctx.targets(run[0]!.target)) {
      const reached = new Set<string>()
      for (const technique of run) {
        if (technique.unless?.some((id) => reached.has(id))) continue
        const from = search.log.length
        const step = technique.find(ctx, target)
        if (!step) {
          search.log.length = from
          continue
        }
        reached.add(technique.id)
        const steps = pathSteps(search.scenario, search.log.slice(from))
        paths.push({ key: technique.id, assume: technique.review === true, ...step, steps })
        if (first && !technique.review) return paths
      }
    }
  }
  return paths
}

/**
 * Whether the principal can no longer escalate in the fixed scenario: the check run again for it alone, its
 * simulations counted against the audit's budget (when they run out, the fix is not verified).
 */
function escalates(search: Search, actor: Actor, fixed: Scenario): boolean {
  const budget: Budget = { left: search.budget.left }
  try {
    const again = new Search(fixed, budget)
    const same = again.actors.find((a) => a.arn === actor.arn)
    return same === undefined || pathsOf(again, same, true).some((p) => !p.assume)
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error
    return true
  } finally {
    search.budget.left = budget.left
  }
}

/** The smallest verified fix of the actor's privilege escalation (see ./fix.ts), if any. */
function fixOf(search: Search, actor: Actor, paths: Path[]): FixAction | undefined {
  try {
    return escalationFix(search, actor, paths[0]?.steps, applyFix, (fixed) => !escalates(search, actor, fixed))
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error
    return undefined
  }
}

function findingOf(search: Search, actor: Actor, paths: Path[], assume: boolean): Finding {
  const { scenario } = search
  const everything = paths.some((p) => hasEverything(p.gained))
  const entity = identityEntity(scenario, actor.kind, actor.entity)
  const targets = new Map<string, FindingEntity>()
  for (const p of paths) if (p.target) targets.set(`${p.target.kind}/${p.target.name}`, p.target)
  const details: FindingDetail[] = paths.map((p) => ({ ...detail(p.key, p.params), steps: p.steps }))
  const params = { name: actor.entity.name, count: paths.length }
  const check = assume ? ASSUME_MORE_POWERFUL_ROLE : PRIVILEGE_ESCALATION
  const severity: Finding['severity'] = assume ? (everything ? 'medium' : 'low') : everything ? 'critical' : 'high'
  const fix = assume ? undefined : fixOf(search, actor, paths)
  return makeFinding(check, { params, variant: actor.kind }, [entity, ...targets.values()], {
    severity,
    details,
    ...(fix && { fix }),
  })
}

/**
 * `privilege-escalation` and `assume-more-powerful-role`, one finding per principal with one detail per path, and
 * `escalation-limited` when the simulation budget ran out before every principal was checked; with `range`, for
 * the principals `from` up to `to` (exclusive) only.
 */
export function escalation(ctx: AuditContext, range?: { from: number; to: number }): Finding[] {
  const budget: Budget = { left: ctx.maxSimulations }
  const search = new Search(ctx.scenario, budget)
  const out: Finding[] = []
  const from = Math.max(0, range?.from ?? 0)
  let checked = from
  try {
    for (const actor of search.actors.slice(from, range?.to)) {
      search.log.length = 0
      const paths = pathsOf(search, actor)
      const up = paths.filter((p) => !p.assume)
      const assume = paths.filter((p) => p.assume)
      if (up.length) out.push(findingOf(search, actor, up, false))
      if (assume.length) out.push(findingOf(search, actor, assume, true))
      checked++
    }
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error
    const account = ctx.scenario.accounts[0]?.id ?? ''
    out.push(
      makeFinding(ESCALATION_LIMITED, { params: { checked, total: search.actors.length, limit: ctx.maxSimulations } }, [
        { kind: 'account', name: account, account },
      ]),
    )
  }
  return out
}
