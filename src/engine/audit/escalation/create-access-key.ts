import { identityEntity } from '../context'
import { powerText } from '../power'
import { credentialsFor } from './act-as-user'
import type { Technique } from './technique'

/** A new access key for a more powerful user of its account: the principal then acts as that user. */
export const createAccessKey: Technique<'user'> = {
  id: 'createAccessKey',
  actions: ['iam:CreateAccessKey'],
  target: 'user',
  checks: '`iam:CreateAccessKey` on another user of its account who can do more',
  gains: 'what that user can do, by signing requests with the new key',
  find(ctx, user) {
    const gained = ctx.gain(ctx.search.power(user))
    if (!gained || credentialsFor(ctx, user) !== 'iam:CreateAccessKey') return undefined
    return {
      params: { action: 'iam:CreateAccessKey', target: user.entity.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'user', user.entity),
      gained,
    }
  },
}
