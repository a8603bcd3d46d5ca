import { CLOUDFORMATION_STACK } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { mentionsAll, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/**
 * A new template for an existing CloudFormation stack with a more powerful service role: an update that names no
 * role keeps the stack's, so it needs no `iam:PassRole`, and CloudFormation creates what the template says as the
 * role.
 */
export const updateStack: Technique<'role'> = {
  id: 'updateStack',
  actions: ['cloudformation:UpdateStack'],
  target: 'role',
  checks: '`cloudformation:UpdateStack` on a stack of its account whose service role can do more',
  gains: 'what the stack’s service role can do, through the resources of a template the principal writes',
  possible: (ctx) => mentionsAll(ctx, ['cloudformation:UpdateStack']),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'updateStack',
      principal: 'cloudformation.amazonaws.com',
      kind: CLOUDFORMATION_STACK,
      example: (account, region) => `arn:aws:cloudformation:${region}:${account}:stack/${PROBE_NAME}/${PROBE_NAME}`,
      ways: (stack) => [[{ action: 'cloudformation:UpdateStack', resource: stack }]],
    })
  },
}
