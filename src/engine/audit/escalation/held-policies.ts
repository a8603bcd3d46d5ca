// The customer managed policies an actor could rewrite to gain power, and whom a rewrite would serve: what
// policy-version and set-default-policy-version share. AWS managed policies are never among them: nobody but AWS can
// change them (a scenario's copy of one, `account: 'aws'`, is no exception).
import { accountOf, policyArn } from '../../scenario/arns'
import { findManagedPolicy } from '../../scenario/lookup'
import type { ManagedPolicy, Scenario } from '../../scenario/model'
import { Simulator } from '../power'
import type { Actor, RoleActor } from './search'
import type { ActorContext } from './technique'

/** An identity a policy is attached to, through which the actor would gain: itself (directly or by a group), or a role. */
export interface Holder {
  /** Whose power changes: the actor, or a role of its account it can assume. */
  actor: Actor
  /** The name of the user, group or role the policy is attached to (for the detail line). */
  name: string
}

const byArn = new WeakMap<Scenario, Map<string, ManagedPolicy>>()

/** The scenario's customer managed policy a reference names in `account`, if it names one. */
function customerPolicy(scenario: Scenario, ref: string, account: string): ManagedPolicy | undefined {
  const found = findManagedPolicy(scenario, ref, account)
  if (found?.source !== 'customer') return undefined
  let index = byArn.get(scenario)
  if (!index) {
    index = new Map((scenario.policies ?? []).map((p) => [policyArn(scenario, p), p]))
    byArn.set(scenario, index)
  }
  return index.get(found.arn)
}

/** Every customer managed policy attached to the actor, one of its groups, or a role of its account it can assume. */
function holdings(ctx: ActorContext): Map<ManagedPolicy, Holder[]> {
  return ctx.once('held policies', () => {
    const { scenario, actor, account } = ctx
    const out = new Map<ManagedPolicy, Holder[]>()
    const add = (refs: readonly string[] | undefined, holder: Holder) => {
      for (const ref of refs ?? []) {
        const policy = customerPolicy(scenario, ref, account)
        if (!policy) continue
        const holders = out.get(policy) ?? []
        if (!holders.some((h) => h.actor === holder.actor)) out.set(policy, [...holders, holder])
      }
    }
    add(actor.entity.managedPolicies, { actor, name: actor.entity.name })
    for (const group of ctx.groups) add(group.managedPolicies, { actor, name: group.name })
    const roles = ctx.search.actors.filter(
      (a): a is RoleActor =>
        a.kind === 'role' &&
        a !== actor &&
        (a.entity.managedPolicies?.length ?? 0) > 0 &&
        accountOf(scenario, a.entity) === account,
    )
    for (const role of roles)
      if (ctx.mayAssume(role)) add(role.entity.managedPolicies, { actor: role, name: role.entity.name })
    return out
  })
}

/** The policies the actor could rewrite to gain power, in the order they are attached (its own first). */
export function heldPolicies(ctx: ActorContext): ManagedPolicy[] {
  return [...holdings(ctx).keys()]
}

/**
 * What the actor would gain if `policy` read as it does in `changed`, and through which holder: the first holder
 * that gains anything. Through a role, only what the role could not already do counts (assuming it is its own path).
 */
export function gainThrough(
  ctx: ActorContext,
  policy: ManagedPolicy,
  changed: Scenario,
): { gained: number; holder: Holder } | undefined {
  const sim = new Simulator(changed, ctx.search.budget)
  for (const holder of holdings(ctx).get(policy) ?? []) {
    const after = ctx.gain(sim.power(ctx.search.principalIn(sim, holder.actor)))
    const already = holder.actor === ctx.actor ? 0 : ctx.gain(ctx.search.power(holder.actor))
    const gained = after & ~already
    if (gained) return { gained, holder }
  }
  return undefined
}
