import { identityEntity } from '../context'
import { powerText } from '../power'
import type { Technique } from './technique'

/**
 * Assuming a more powerful role, in any account. Roles exist to be assumed, so this is reported apart
 * (`assume-more-powerful-role`), for review rather than as an alarm.
 */
export const assumeRole: Technique<'role'> = {
  id: 'assumeRole',
  actions: ['sts:AssumeRole'],
  target: 'role',
  checks: '`sts:AssumeRole` on a role, in any account, that can do more',
  gains: 'what the role can do',
  review: true,
  possible: (ctx) => ctx.search.mightAssumeAny(ctx.actor),
  find(ctx, role) {
    if (!ctx.search.mightAssume(ctx.actor, role)) return undefined
    const gained = ctx.gain(ctx.search.power(role))
    if (!gained || !ctx.mayAssume(role)) return undefined
    return {
      params: { target: role.entity.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'role', role.entity),
      gained,
    }
  },
}
