import { mentionsAll, passRole } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'glue:CreateDevEndpoint'] as const

/**
 * A new Glue development endpoint with a more powerful role and the principal's SSH key: logged in over SSH, the
 * principal runs code as the role. `glue:CreateDevEndpoint` takes no resource.
 */
export const passRoleGlue: Technique<'role'> = {
  id: 'passRoleGlue',
  actions: ACTIONS,
  target: 'role',
  checks: '`iam:PassRole` to Glue on a role of its account that Glue may assume, with `glue:CreateDevEndpoint`',
  gains: 'what the role can do, from a development endpoint the principal logs in to',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'glue.amazonaws.com',
      requests: () => [{ action: 'glue:CreateDevEndpoint', resource: '*' }],
    })
  },
}
