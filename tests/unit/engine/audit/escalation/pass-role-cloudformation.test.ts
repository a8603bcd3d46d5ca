// iam:PassRole to CloudFormation with cloudformation:CreateStack.
import { expect, it } from 'vitest'
import { A, findingOf, keysOf, may, passRoleCases, target, world } from './support'

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

it('passRoleCloudFormation asks CreateStack for each role it would pass, not once for all', () => {
  const create = may('Stack', 'cloudformation:CreateStack', '*', {
    Condition: { ArnEquals: { 'cloudformation:RoleArn': `arn:aws:iam::${A}:role/Second` } },
  })
  const second = { ...target('cloudformation.amazonaws.com'), name: 'Second' }
  const f = findingOf(
    world([may('Pass', 'iam:PassRole'), create], [target('cloudformation.amazonaws.com'), second]),
    'privilege-escalation',
  )
  expect(f?.details?.map((d) => d.params.target)).toEqual(['Second'])
})
