import { credentialsFor } from './act-as-user'
import { grant, USER_ACTIONS } from './grant'
import type { Technique } from './technique'

/** A policy that allows everything, given to another user of its account whose credentials it can get. */
export const grantUser: Technique<'user'> = {
  id: 'grantUser',
  actions: [...USER_ACTIONS, 'iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'],
  target: 'user',
  checks:
    'attaching a managed policy (AdministratorAccess, or another its `iam:PolicyARN` conditions allow) to, or putting an inline policy on, another user of its account it can get keys or a console password for',
  gains: 'what that user could then do and cannot already',
  find(ctx, user) {
    if (!USER_ACTIONS.some((a) => ctx.mentions(a)) || !credentialsFor(ctx, user)) return undefined
    return grant(ctx, user, USER_ACTIONS)
  },
}
