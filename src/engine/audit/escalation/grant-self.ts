import { grant, ROLE_ACTIONS, USER_ACTIONS } from './grant'
import type { Technique } from './technique'

/** A policy that allows everything, attached to or put on itself. */
export const grantSelf: Technique<'self'> = {
  id: 'grantSelf',
  actions: [...USER_ACTIONS, ...ROLE_ACTIONS],
  target: 'self',
  checks:
    'attaching a managed policy (AdministratorAccess, or another its `iam:PolicyARN` conditions allow) to itself, or putting an inline policy on itself, as a user or a role',
  gains: 'every permission its permissions boundary and SCPs let through (or what the attached policy allows)',
  find(ctx, self) {
    return grant(ctx, self, self.kind === 'user' ? USER_ACTIONS : ROLE_ACTIONS)
  },
}
