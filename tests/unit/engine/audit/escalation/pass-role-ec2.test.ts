// iam:PassRole to EC2 with ec2:RunInstances, on a role in an instance profile.
import { expect, it } from 'vitest'
import { keysOf, may, passRoleCases, target, world } from './support'

passRoleCases({
  id: 'passRoleEc2',
  service: 'ec2.amazonaws.com',
  actions: ['ec2:RunInstances'],
  role: { instanceProfiles: ['Target'] },
})

it('passRoleEc2 needs the role in an instance profile', () => {
  const s = world([may('Do', ['iam:PassRole', 'ec2:RunInstances'])], [target('ec2.amazonaws.com')])
  expect(keysOf(s)).toEqual([])
})
