// lambda:UpdateFunctionCode on a function whose execution role can do more: invoked by eve, or by its triggers.
import { expect, it } from 'vitest'
import { A, findingOf, may, REGION, resourceCases, target, world } from './support'

const FN = `arn:aws:lambda:${REGION}:${A}:function:nightly-report`

resourceCases({
  id: 'updateFunctionCode',
  service: 'lambda.amazonaws.com',
  resource: { arn: FN, executionRole: 'Target' },
  actions: ['lambda:UpdateFunctionCode', 'lambda:InvokeFunction'],
  used: 'lambda:UpdateFunctionCode + lambda:InvokeFunction',
})

it('updateFunctionCode without lambda:InvokeFunction is the update alone: the function’s triggers run the new code', () => {
  const s = world(
    [may('Code', 'lambda:UpdateFunctionCode')],
    [target('lambda.amazonaws.com')],
    [{ arn: FN, name: 'nightly-report', executionRole: 'Target' }],
  )
  expect(findingOf(s, 'privilege-escalation')?.details?.[0]?.text).toBe(
    'lambda:UpdateFunctionCode on function nightly-report, which runs as role Target, to run code that can do *',
  )
})

it('updateFunctionCode finds the function by its execution role’s ARN as well as its name', () => {
  const s = world(
    [may('Code', 'lambda:UpdateFunctionCode')],
    [target('lambda.amazonaws.com')],
    [{ arn: FN, executionRole: `arn:aws:iam::${A}:role/Target` }],
  )
  expect(findingOf(s, 'privilege-escalation')?.details?.map((d) => d.key)).toEqual(['updateFunctionCode'])
})

it('updateFunctionCode lists one possible step, through the role that gives the most, however many roles Lambda may use', () => {
  const reader = { ...target('lambda.amazonaws.com'), name: 'Reader', managedPolicies: ['ReadOnlyAccess'] }
  const s = world([may('Code', 'lambda:UpdateFunctionCode')], [reader, target('lambda.amazonaws.com')])
  const f = findingOf(s, 'possible-privilege-escalation')
  expect(f?.details?.map((d) => [d.key, d.params.target, d.params.gained])).toEqual([
    ['updateFunctionCode.possible', 'Target', '*'],
  ])
  // Its steps are the path's: Lambda assuming the role it names, not every role it weighed.
  const assumed = f?.details?.[0]?.steps?.filter((st) => st.action === 'sts:AssumeRole').map((st) => st.to?.name)
  expect(assumed).toEqual(['Target'])
  const onlyReader = findingOf(
    world([may('Code', 'lambda:UpdateFunctionCode')], [reader]),
    'possible-privilege-escalation',
  )
  expect(onlyReader?.severity).toBe('low')
  expect(onlyReader?.details?.map((d) => d.params.target)).toEqual(['Reader'])
})
