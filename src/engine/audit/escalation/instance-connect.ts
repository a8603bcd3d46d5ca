import { EC2_INSTANCE } from '../../scenario/runs-as'
import { resourceStep } from './existing-resource'
import { mentionsAll, PROBE_NAME } from './pass-role'
import type { Technique } from './technique'

/**
 * The principal's SSH key pushed to an existing EC2 instance whose instance profile holds a more powerful role, then
 * an SSH login (the instance must be reachable and run EC2 Instance Connect, as Amazon Linux does).
 */
export const instanceConnect: Technique<'role'> = {
  id: 'instanceConnect',
  actions: ['ec2-instance-connect:SendSSHPublicKey'],
  target: 'role',
  checks: '`ec2-instance-connect:SendSSHPublicKey` on an instance of its account whose instance profile can do more',
  gains: 'what the instance’s role can do, from a shell the principal logs in to',
  possible: (ctx) => mentionsAll(ctx, ['ec2-instance-connect:SendSSHPublicKey']),
  find(ctx, role) {
    return resourceStep(ctx, role, {
      technique: 'instanceConnect',
      principal: 'ec2.amazonaws.com',
      kind: EC2_INSTANCE,
      example: (account, region) => `arn:aws:ec2:${region}:${account}:instance/i-${PROBE_NAME}`,
      ways: (instance) => [[{ action: 'ec2-instance-connect:SendSSHPublicKey', resource: instance }]],
      usable: (r) => (r.entity.instanceProfiles?.length ?? 0) > 0,
    })
  },
}
