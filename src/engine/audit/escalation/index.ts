// Privilege escalation: a user or role that can make itself more powerful (see ../power.ts for "more powerful").
//
// For every user and role P (service-linked roles excepted) the simulator is asked, with the scenario's
// environment, whether P may take a step of one of the techniques in ./techniques.ts (new keys or a password for a
// more powerful user, a policy that allows everything on itself, its groups or an identity it can act as, a new
// version of its own managed policy, another group, a role passed to a service that runs code as it, a role to
// assume, an existing resource that runs as a role), and what P could then do that it cannot now. A policy P would grant itself is measured on the scenario
// with that policy added, so boundaries and SCPs still count. Assuming a more powerful role is the separate,
// lower-severity check `assume-more-powerful-role`: roles exist to be assumed, so it asks for a review rather than
// an alarm. A step through a kind of resource the scenario does not list at all (an imported account has no
// resource inventory) is the separate check `possible-privilege-escalation`: such a resource may exist, and run as
// a role that can do more (see ./existing-resource.ts).
// IAM actions need an identity-policy allow (IAM has no resource-based policies), so a principal none of whose
// policies mention an action is not simulated for it, and a technique none of whose actions they mention is not
// tried at all (nor is the principal's own power measured when no technique is left): in a large account most
// principals need no simulation. IAM actions across accounts are never possible. Quotas (two keys per user) are not
// considered. The checks stop after `maxSimulations` and say so (`escalation-limited`).
import { type AuditContext, detail, identityEntity, makeFinding } from '../context'
import { ALL_POWER, hasEverything, OutOfBudget, type Budget } from '../power'
import type { CheckInfo, Finding, FindingDetail, FindingEntity } from '../types'
import { Search, type Actor } from './search'
import { ActorContext, type Step, type Technique } from './technique'
import { ESCALATION_TECHNIQUES } from './techniques'
import {
  PRIVILEGE_ESCALATION,
  POSSIBLE_PRIVILEGE_ESCALATION,
  ASSUME_MORE_POWERFUL_ROLE,
  ESCALATION_LIMITED,
} from '../checks'

/** One way up, found for an actor: a technique's step. */
interface Path extends Step {
  key: string
  /** The check that reports it. */
  check: CheckInfo
}

/** The techniques in runs of adjacent ones on the same kind of target (tried target by target). */
const RUNS: readonly (readonly Technique[])[] = ESCALATION_TECHNIQUES.reduce<Technique[][]>((runs, t) => {
  const last = runs.at(-1)
  if (last && last[0]!.target === t.target) last.push(t as Technique)
  else runs.push([t as Technique])
  return runs
}, [])

/** The ways `actor` can gain power, given its current power. */
function pathsOf(search: Search, actor: Actor): Path[] {
  const ctx = new ActorContext(search, actor)
  const runs = RUNS.map((run) => run.filter((t) => ctx.tries(t))).filter((run) => run.length > 0)
  if (!runs.length || ctx.own === ALL_POWER) return []
  const paths: Path[] = []
  for (const run of runs) {
    for (const target of ctx.targets(run[0]!.target)) {
      const reached = new Set<string>()
      for (const technique of run) {
        if (technique.unless?.some((id) => reached.has(id))) continue
        const step = technique.find(ctx, target)
        if (!step) continue
        reached.add(technique.id)
        const check = step.possible
          ? POSSIBLE_PRIVILEGE_ESCALATION
          : technique.review
            ? ASSUME_MORE_POWERFUL_ROLE
            : PRIVILEGE_ESCALATION
        paths.push({ key: step.possible ? `${technique.id}.possible` : technique.id, check, ...step })
      }
    }
  }
  return paths
}

/** How urgent a finding of `check` is, by whether one of its paths gains everything. */
function severityOf(check: CheckInfo, everything: boolean): Finding['severity'] {
  if (check === PRIVILEGE_ESCALATION) return everything ? 'critical' : 'high'
  return everything ? 'medium' : 'low'
}

function findingOf(search: Search, actor: Actor, paths: Path[], check: CheckInfo): Finding {
  const { scenario } = search
  const everything = paths.some((p) => hasEverything(p.gained))
  const entity = identityEntity(scenario, actor.kind, actor.entity)
  const targets = new Map<string, FindingEntity>()
  for (const p of paths) if (p.target) targets.set(`${p.target.kind}/${p.target.name}`, p.target)
  const details: FindingDetail[] = paths.map((p) => detail(p.key, p.params))
  const params = { name: actor.entity.name, count: paths.length }
  const severity = severityOf(check, everything)
  return makeFinding(check, { params, variant: actor.kind }, [entity, ...targets.values()], { severity, details })
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
      const paths = pathsOf(search, actor)
      for (const check of [PRIVILEGE_ESCALATION, POSSIBLE_PRIVILEGE_ESCALATION, ASSUME_MORE_POWERFUL_ROLE]) {
        const found = paths.filter((p) => p.check === check)
        if (found.length) out.push(findingOf(search, actor, found, check))
      }
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
