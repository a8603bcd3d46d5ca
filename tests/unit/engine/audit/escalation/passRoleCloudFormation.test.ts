// iam:PassRole to CloudFormation with cloudformation:CreateStack.
import { expect, it } from 'vitest'
import { A, keysOf, may, passRoleCases, target, world } from './support'

passRoleCases({
  id: 'passRoleCloudFormation',
  service: 'cloudformation.amazonaws.com',
  actions: ['cloudformation:CreateStack'],
})

it('passRoleCloudFormation honours cloudformation:RoleArn: stacks only with another role do not pass this one', () => {
  const create = may('Stack', 'cloudformation:CreateStack', '*', {
    Condition: { ArnEquals: { 'cloudformation:RoleArn': `arn:aws:iam::${A}:role/Deployer` } },
  })
  const s = world([may('Pass', 'iam:PassRole'), create], [target('cloudformation.amazonaws.com')])
  expect(keysOf(s)).toEqual([])
})
