import { identityEntity } from '../context'
import { powerText } from '../power'
import { credentialsFor, loginAction } from './act-as-user'
import type { Technique } from './technique'

/** A console password for a more powerful user of its account, when it cannot create a key for that user. */
export const loginProfile: Technique<'user'> = {
  id: 'loginProfile',
  actions: ['iam:CreateLoginProfile', 'iam:UpdateLoginProfile'],
  target: 'user',
  checks:
    '`iam:CreateLoginProfile` (or `iam:UpdateLoginProfile` when the user has a password) on another user of its account who can do more',
  gains: 'what that user can do, by signing in to the console as that user',
  find(ctx, user) {
    const gained = ctx.gain(ctx.search.power(user))
    const login = loginAction(user)
    if (!gained || credentialsFor(ctx, user) !== login) return undefined
    return {
      params: { action: login, target: user.entity.name, gained: powerText(gained) },
      target: identityEntity(ctx.scenario, 'user', user.entity),
      gained,
    }
  },
}
