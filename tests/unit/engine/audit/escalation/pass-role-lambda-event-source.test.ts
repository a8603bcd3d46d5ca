// iam:PassRole to Lambda with lambda:CreateFunction and lambda:CreateEventSourceMapping: when it cannot invoke.
import { expect, it } from 'vitest'
import { keysOf, may, passRoleCases, target, world } from './support'

passRoleCases({
  id: 'passRoleLambdaEventSource',
  service: 'lambda.amazonaws.com',
  actions: ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
})

it('passRoleLambdaEventSource is not listed beside passRoleLambda for the same role', () => {
  const all = ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction', 'lambda:CreateEventSourceMapping']
  expect(keysOf(world([may('Do', all)], [target('lambda.amazonaws.com')]))).toEqual(['passRoleLambda'])
})

it('passRoleLambdaEventSource honours lambda:FunctionArn: a mapping only for other functions does not run it', () => {
  const mapping = may('Map', 'lambda:CreateEventSourceMapping', '*', {
    Condition: { ArnLike: { 'lambda:FunctionArn': 'arn:aws:lambda:*:*:function:prod-*' } },
  })
  const s = world([may('Do', ['iam:PassRole', 'lambda:CreateFunction']), mapping], [target('lambda.amazonaws.com')])
  expect(keysOf(s)).toEqual([])
})
