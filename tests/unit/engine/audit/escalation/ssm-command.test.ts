// ssm:SendCommand (instance and document) or ssm:StartSession on an instance whose instance profile can do more.
import { expect, it } from 'vitest'
import { A, findingOf, keysOf, may, REGION, resourceCases, target, world } from './support'

const INSTANCE = `arn:aws:ec2:${REGION}:${A}:instance/i-0123456789abcdef0`
const running = { arn: INSTANCE, instanceProfile: 'Target' }
const role = target('ec2.amazonaws.com', { instanceProfiles: ['Target'] })

resourceCases({
  id: 'ssmCommand',
  service: 'ec2.amazonaws.com',
  resource: running,
  actions: ['ssm:SendCommand'],
  used: 'ssm:SendCommand',
  role: { instanceProfiles: ['Target'] },
  alsoOn: [`arn:aws:ssm:${REGION}::document/AWS-RunShellScript`],
})

it('ssmCommand takes ssm:StartSession when eve may not send commands', () => {
  const f = findingOf(world([may('Session', 'ssm:StartSession')], [role], [running]), 'privilege-escalation')
  expect(f?.details?.map((d) => d.params.actions)).toEqual(['ssm:StartSession'])
})

it('ssmCommand needs ssm:SendCommand on the document as well as the instance', () => {
  const onInstance = may('Cmd', 'ssm:SendCommand', INSTANCE)
  expect(keysOf(world([onInstance], [role], [running]))).toEqual([])
  const withDoc = may('Cmd', 'ssm:SendCommand', [INSTANCE, `arn:aws:ssm:${REGION}::document/AWS-RunShellScript`])
  expect(keysOf(world([withDoc], [role], [running]))).toEqual(['ssmCommand'])
})

it('ssmCommand is not possible through a role in no instance profile (no instance can run as it)', () => {
  const s = world([may('Cmd', 'ssm:SendCommand')], [target('ec2.amazonaws.com')])
  expect(keysOf(s, 'possible-privilege-escalation')).toEqual([])
})
