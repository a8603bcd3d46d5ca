// iam:PassRole to Lambda with lambda:CreateFunction and lambda:InvokeFunction on the new function.
import { expect, it } from 'vitest'
import { keysOf, may, passRoleCases, target, world } from './support'

passRoleCases({
  id: 'passRoleLambda',
  service: 'lambda.amazonaws.com',
  actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'],
})

it('passRoleLambda asks for the new function: a grant on other functions does not reach it', () => {
  const onlyProd = may('Fn', ['lambda:CreateFunction', 'lambda:InvokeFunction'], 'arn:aws:lambda:*:*:function:prod-*')
  const s = world([may('Pass', 'iam:PassRole'), onlyProd], [target('lambda.amazonaws.com')])
  expect(keysOf(s)).toEqual([])
})
