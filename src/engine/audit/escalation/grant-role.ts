import { accountOf } from '../../scenario/arns'
import { grant, ROLE_ACTIONS } from './grant'
import type { Technique } from './technique'

/** A policy that allows everything, given to a role of its account that it can assume. */
export const grantRole: Technique<'role'> = {
  id: 'grantRole',
  actions: [...ROLE_ACTIONS, 'sts:AssumeRole'],
  target: 'role',
  checks:
    'attaching a managed policy (AdministratorAccess, or another its `iam:PolicyARN` conditions allow) to, or putting an inline policy on, a role of its account it can assume',
  gains: 'what that role could then do and cannot already',
  find(ctx, role) {
    const local = accountOf(ctx.scenario, role.entity) === ctx.account
    if (!local || !ROLE_ACTIONS.some((a) => ctx.mentions(a)) || !ctx.mayAssume(role)) return undefined
    return grant(ctx, role, ROLE_ACTIONS)
  },
}
