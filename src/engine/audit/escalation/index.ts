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
// so it asks for a review rather than an alarm.
// IAM actions need an identity-policy allow (IAM has no resource-based policies), so a principal none of whose
// policies mention an action is not simulated for it, and a technique none of whose actions they mention is not
// tried at all (nor is the principal's own power measured when no technique is left): in a large account most
// principals need no simulation. IAM actions across accounts are never possible. Quotas (two keys per user, five
// versions per policy) are not considered. The checks stop after `maxSimulations` and say so
// (`escalation-limited`).
import { type AuditContext, detail, identityEntity, makeFinding } from '../context'
import { hasEverything, OutOfBudget, type Budget } from '../power'
import type { Finding, FindingDetail, FindingEntity } from '../types'
import { chainsOf } from './chains'
import { PathBook, type Path } from './paths'
import { Search, type Actor } from './search'
import { PRIVILEGE_ESCALATION, ASSUME_MORE_POWERFUL_ROLE, ESCALATION_LIMITED } from '../checks'

function findingOf(search: Search, actor: Actor, paths: Path[], assume: boolean): Finding {
  const { scenario } = search
  const everything = paths.some((p) => hasEverything(p.gained))
  const entity = identityEntity(scenario, actor.kind, actor.entity)
  const targets = new Map<string, FindingEntity>()
  for (const p of paths)
    for (const e of [...(p.via ?? []), ...(p.target ? [p.target] : [])])
      targets.set(`${e.kind}/${e.account}/${e.name}`, e)
  const details: FindingDetail[] = paths.map((p) => detail(p.key, p.params))
  const params = { name: actor.entity.name, count: paths.length }
  const check = assume ? ASSUME_MORE_POWERFUL_ROLE : PRIVILEGE_ESCALATION
  const severity: Finding['severity'] = assume ? (everything ? 'medium' : 'low') : everything ? 'critical' : 'high'
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
  const book = new PathBook(search)
  const out: Finding[] = []
  const from = Math.max(0, range?.from ?? 0)
  let checked = from
  try {
    for (const actor of search.actors.slice(from, range?.to)) {
      const paths = [...book.paths(actor), ...chainsOf(book, actor)]
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
