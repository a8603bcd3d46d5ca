import { mentionsAll, passRole, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'cloudformation:CreateStack'] as const

/** A new CloudFormation stack with a more powerful service role: the stack creates whatever its template says, as the role. */
export const passRoleCloudFormation: Technique<'role'> = {
  id: 'passRoleCloudFormation',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to CloudFormation on a role of its account that CloudFormation may assume, with `cloudformation:CreateStack`',
  gains: 'what the role can do, through the resources of a template the principal writes',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'cloudformation.amazonaws.com',
      requests: (account, region) => [
        {
          action: 'cloudformation:CreateStack',
          resource: `arn:aws:cloudformation:${region}:${account}:stack/${PROBE_NAME}/*`,
          context: { 'cloudformation:RoleArn': role.arn },
        },
      ],
    })
  },
}
