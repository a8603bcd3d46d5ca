// ec2-instance-connect:SendSSHPublicKey on an instance whose instance profile can do more.
import { expect, it } from 'vitest'
import { A, keysOf, may, REGION, resourceCases, target, world } from './support'

const INSTANCE = `arn:aws:ec2:${REGION}:${A}:instance/i-0fedcba9876543210`

resourceCases({
  id: 'instanceConnect',
  service: 'ec2.amazonaws.com',
  resource: { arn: INSTANCE, instanceProfile: 'Target' },
  actions: ['ec2-instance-connect:SendSSHPublicKey'],
  used: 'ec2-instance-connect:SendSSHPublicKey',
  role: { instanceProfiles: ['Target'] },
})

it('instanceConnect is decided on its own action: Systems Manager access to the same instance does not make it', () => {
  const role = target('ec2.amazonaws.com', { instanceProfiles: ['Target'] })
  const policies = [
    may('Ssm', 'ssm:SendCommand'),
    may('Key', 'ec2-instance-connect:SendSSHPublicKey', `${INSTANCE}-other`),
  ]
  expect(keysOf(world(policies, [role], [{ arn: INSTANCE, instanceProfile: 'Target' }]))).toEqual(['ssmCommand'])
  // Without an inventory, the instance its grant names may exist and run as the role: both are possible.
  expect(keysOf(world(policies, [role]), 'possible-privilege-escalation')).toEqual([
    'ssmCommand.possible',
    'instanceConnect.possible',
  ])
})
