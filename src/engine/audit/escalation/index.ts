// Privilege escalation: a user or role that can make itself more powerful (see ../power.ts for "more powerful").
//
// For every user and role P (service-linked roles excepted) the simulator is asked, with the scenario's
// environment, whether P may take a step of one of the techniques in ./techniques.ts (new keys or a password for a
// more powerful user, a policy on itself, its groups or an identity it can act as, a new or older default version of
// a customer managed policy it or a role it can assume has, another group, a role passed to a service that runs
// code as it, a role's trust policy rewritten, a role to assume), and what P could then do that it cannot now. A
// change P would make is measured on the scenario so changed, so boundaries and SCPs still count. Chains
// (./chains.ts) add what the users and roles P can act as can gain by their own steps, several hops deep. Assuming a
// more powerful role is the separate, lower-severity check `assume-more-powerful-role`: roles exist to be assumed,
// so it asks for a review rather than an alarm. A step through a kind of resource the scenario does not list at all
// (an imported account has no resource inventory) is the separate check `possible-privilege-escalation`: such a
// resource may exist, and run as a role that can do more (see ./existing-resource.ts).
// IAM actions need an identity-policy allow (IAM has no resource-based policies), so a principal none of whose
// policies mention an action is not simulated for it, and a technique none of whose actions they mention is not
// tried at all (nor is the principal's own power measured when no technique is left): in a large account most
// principals need no simulation. IAM actions across accounts are never possible. Quotas (two keys per user, five
// versions per policy) are not considered. The checks stop after `maxSimulations` and say so
// (`escalation-limited`).
// Every request is sent as its caller would send it: a condition on a key the caller chooses (a request tag, a later
// time, the Region) does not hide a path (./caller-keys.ts). Each path lists the requests it is made of
// (`FindingDetail.steps`, from the search's log), and a privilege-escalation finding offers the smallest fix that,
// run again, removes it (./fix.ts).
import { type AuditContext, detail, identityEntity, makeFinding } from '../context'
import { hasEverything, OutOfBudget, type Budget } from '../power'
import type { Scenario } from '../../scenario/model'
import { applyFix } from '../fixes'
import type { CheckInfo, Finding, FindingDetail, FindingEntity, FixAction } from '../types'
import { chainsOf } from './chains'
import { escalationFix } from './fix'
import { PathBook, type Path } from './paths'
import { Search, type Actor } from './search'
import {
  PRIVILEGE_ESCALATION,
  POSSIBLE_PRIVILEGE_ESCALATION,
  ASSUME_MORE_POWERFUL_ROLE,
  ESCALATION_LIMITED,
} from '../checks'

/**
 * Whether the principal can still escalate in the fixed scenario, on its own or through a chain: the check run
 * again for it alone, its simulations counted against the audit's budget (when they run out, the fix is not
 * verified).
 */
function escalates(search: Search, actor: Actor, fixed: Scenario): boolean {
  const budget: Budget = { left: search.budget.left }
  try {
    const book = new PathBook(new Search(fixed, budget))
    const same = book.search.actors.find((a) => a.arn === actor.arn)
    return same === undefined || book.firstWayUp(same) !== undefined || chainsOf(book, same).length > 0
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

/** How urgent a finding of `check` is, by whether one of its paths gains everything. */
function severityOf(check: CheckInfo, everything: boolean): Finding['severity'] {
  if (check === PRIVILEGE_ESCALATION) return everything ? 'critical' : 'high'
  return everything ? 'medium' : 'low'
}

/** The check that reports a path: a certain way up, a possible one, or a role to review. */
function checkOf(path: Path): CheckInfo {
  return path.possible ? POSSIBLE_PRIVILEGE_ESCALATION : path.assume ? ASSUME_MORE_POWERFUL_ROLE : PRIVILEGE_ESCALATION
}

function findingOf(search: Search, actor: Actor, paths: Path[], check: CheckInfo): Finding {
  const { scenario } = search
  const everything = paths.some((p) => hasEverything(p.gained))
  const entity = identityEntity(scenario, actor.kind, actor.entity)
  const targets = new Map<string, FindingEntity>()
  for (const p of paths)
    for (const e of [...(p.via ?? []), ...(p.target ? [p.target] : [])])
      targets.set(`${e.kind}/${e.account}/${e.name}`, e)
  const details: FindingDetail[] = paths.map((p) => ({ ...detail(p.key, p.params), steps: p.steps }))
  const params = { name: actor.entity.name, count: paths.length }
  const severity = severityOf(check, everything)
  const fix = check === PRIVILEGE_ESCALATION ? fixOf(search, actor, paths) : undefined
  return makeFinding(check, { params, variant: actor.kind }, [entity, ...targets.values()], {
    severity,
    details,
    ...(fix && { fix }),
  })
}

/**
 * `privilege-escalation` and `assume-more-powerful-role`, one finding per principal with one detail per path, and
 * `escalation-limited` when the simulation budget ran out before every principal was checked; with `range`, for
 * the principals `from` up to `to` (exclusive) only. Each principal's own paths are found first, then its chains:
 * a chain needs the paths of the identities it passes through, which may be costly, so when the budget runs out
 * there the principals' own paths found so far are still reported.
 */
export function escalation(ctx: AuditContext, range?: { from: number; to: number }): Finding[] {
  const budget: Budget = { left: ctx.maxSimulations }
  const search = new Search(ctx.scenario, budget)
  const book = new PathBook(search)
  const actors = search.actors.slice(Math.max(0, range?.from ?? 0), range?.to)
  const own = new Map<Actor, Path[]>()
  const out: Finding[] = []
  const report = (actor: Actor, paths: Path[]) => {
    for (const check of [PRIVILEGE_ESCALATION, POSSIBLE_PRIVILEGE_ESCALATION, ASSUME_MORE_POWERFUL_ROLE]) {
      const found = paths.filter((p) => checkOf(p) === check)
      if (found.length) out.push(findingOf(search, actor, found, check))
    }
  }
  let done = 0
  try {
    for (const actor of actors) own.set(actor, book.paths(actor))
    for (const actor of actors) {
      report(actor, [...own.get(actor)!, ...chainsOf(book, actor)])
      done++
    }
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error
    for (const actor of actors.slice(done)) report(actor, own.get(actor) ?? [])
    const account = ctx.scenario.accounts[0]?.id ?? ''
    // Chains come after every own path: a principal whose own paths were found counts as checked only once its
    // chains were too, unless the budget ran out before the chains began (as it did before there were chains).
    const checked = Math.max(0, range?.from ?? 0) + (own.size < actors.length ? own.size : done)
    out.push(
      makeFinding(ESCALATION_LIMITED, { params: { checked, total: search.actors.length, limit: ctx.maxSimulations } }, [
        { kind: 'account', name: account, account },
      ]),
    )
  }
  return out
}
