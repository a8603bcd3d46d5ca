import { mentionsAll, passRole } from './pass-role'
import type { Technique } from './technique'

const ACTIONS = ['iam:PassRole', 'ec2:RunInstances'] as const

/** A more powerful role passed to a new EC2 instance through its instance profile. */
export const passRoleEc2: Technique<'role'> = {
  id: 'passRoleEc2',
  actions: ACTIONS,
  target: 'role',
  checks:
    '`iam:PassRole` to EC2 on a role of its account in an instance profile that EC2 may assume, with `ec2:RunInstances`',
  gains: 'what the role can do, from an instance the principal runs',
  possible: (ctx) => mentionsAll(ctx, ACTIONS),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'ec2.amazonaws.com',
      requests: (account, region) => [
        { action: 'ec2:RunInstances', resource: `arn:aws:ec2:${region}:${account}:instance/*` },
      ],
      usable: (r) => (r.entity.instanceProfiles?.length ?? 0) > 0,
    })
  },
}
