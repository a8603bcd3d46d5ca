import { accountOf } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText, Simulator } from '../power'
import { trusting } from './changes'
import type { Technique } from './technique'

/**
 * Rewriting the trust policy of a more powerful role of its account to trust itself, then assuming the role. The
 * assume is simulated on the scenario with the rewritten trust: within one account a trust policy that names the
 * caller's ARN allows it without an identity-policy allow (IAM User Guide, policy evaluation within a single
 * account), but an explicit deny or an SCP still stops it. The rewritten trust policies of the actor's account
 * are simulated once per actor (see ./changes.ts, `trusting`).
 */
export const updateAssumeRolePolicy: Technique<'role'> = {
  id: 'updateAssumeRolePolicy',
  actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
  target: 'role',
  checks:
    '`iam:UpdateAssumeRolePolicy` on a role of its account that can do more and that it cannot assume yet, then `sts:AssumeRole` under the trust policy it wrote',
  gains: 'what the role can do',
  unless: ['assumeRole'],
  possible: (ctx) => ctx.mentions('iam:UpdateAssumeRolePolicy'),
  find(ctx, role) {
    const { budget } = ctx.search
    if (accountOf(ctx.scenario, role.entity) !== ctx.account) return undefined
    const gained = ctx.gain(ctx.search.power(role))
    if (!gained || !ctx.may('iam:UpdateAssumeRolePolicy', role.arn)) return undefined
    const sim = ctx.once('trusting', () => new Simulator(trusting(ctx.scenario, ctx.account, ctx.actor.arn), budget))
    if (!sim.allows(ctx.search.principalIn(sim, ctx.actor), 'sts:AssumeRole', role.arn)) return undefined
    // Asked of the rewritten scenario, not through the search: logged here as the path's last step.
    const to = identityEntity(ctx.scenario, 'role', role.entity)
    ctx.search.log.push({ principal: ctx.actor.arn, action: 'sts:AssumeRole', resource: role.arn, to })
    return {
      params: { target: role.entity.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'role', role.entity),
      gained,
    }
  },
}
