import { passRole } from './pass-role'
import type { Technique } from './technique'

/** A more powerful role passed to a new EC2 instance through its instance profile. */
export const passRoleEc2: Technique<'role'> = {
  id: 'passRoleEc2',
  actions: ['iam:PassRole', 'ec2:RunInstances'],
  target: 'role',
  checks:
    '`iam:PassRole` to EC2 on a role of its account in an instance profile that EC2 may assume, with `ec2:RunInstances`',
  gains: 'what the role can do, from an instance the principal runs',
  unless: ['passRoleLambda'],
  possible: (ctx) => ctx.mentions('iam:PassRole') && ctx.mentions('ec2:RunInstances'),
  find(ctx, role) {
    return passRole(ctx, role, {
      principal: 'ec2.amazonaws.com',
      action: 'ec2:RunInstances',
      resource: (account, region) => `arn:aws:ec2:${region}:${account}:instance/*`,
      usable: (r) => (r.entity.instanceProfiles?.length ?? 0) > 0,
    })
  },
}
