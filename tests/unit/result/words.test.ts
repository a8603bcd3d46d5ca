// The flow's words: every verdict of every step has a text, step names follow the request (trust policy), and the
// text version and the steps' accessible names say where the path ended.
import { describe, expect, it } from 'vitest'
import { evaluationFlow, type FlowStep, type FlowStepId, type SimulationRequest } from '../../../src/engine/index'
import { statementCount, stepLabel, stepName, stepTitle, textLine, verdictText } from '../../../src/lib/result/words'
import { allow, policy } from '../../helpers/policy'
import { A, inline, org, scenario, sim, trust } from '../../helpers/scenario'

const s = scenario({
  organization: org(
    { dev: { scps: ['S3Only'] } },
    {
      policies: [{ name: 'S3Only', type: 'scp', document: policy(allow(['s3:*', 'sts:*'])) }],
    },
  ),
  users: [
    { name: 'bounded', inlinePolicies: [inline('All', '*')], permissionsBoundary: 'Logs' },
    { name: 'alice', inlinePolicies: [inline('S3', 's3:*')] },
  ],
  policies: [{ name: 'Logs', versions: [{ id: 'v1', isDefault: true, document: policy(allow(['s3:*', 'logs:*'])) }] }],
  roles: [{ name: 'Admin', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/alice` }) }],
})

function flowOf(request: SimulationRequest) {
  return evaluationFlow(sim(s, request).trace)
}

const at = (flow: ReturnType<typeof flowOf>, id: FlowStepId): FlowStep => flow.steps.find((x) => x.id === id)!

describe('verdict texts', () => {
  it('an SCP level without an allow names its level', () => {
    const flow = flowOf({ principal: 'user/alice', action: 'ec2:RunInstances', resource: '*' })
    expect(verdictText(flow, at(flow, 'scp'))).toBe('Level 1 allows nothing')
    expect(verdictText(flow, at(flow, 'deny'))).toBe('No explicit deny in any policy')
    expect(verdictText(flow, at(flow, 'identity'))).toBe('Not reached')
    expect(verdictText(flow, at(flow, 'decision'))).toBe('Not reached')
  })

  it('every step of an allowed request has its own words', () => {
    const flow = flowOf({ principal: 'user/bounded', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' })
    expect(flow.steps.map((x) => verdictText(flow, x))).toEqual([
      'Passes',
      'No explicit deny in any policy',
      'Every level allows',
      'No RCP denies',
      'Does not apply',
      'Allows',
      'Allows',
      'Does not apply',
      'Allowed',
    ])
  })

  it('the root user’s identity step says why it allows', () => {
    const flow = flowOf({ principal: 'root', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' })
    expect(verdictText(flow, at(flow, 'identity'))).toBe('Root user: full access')
  })

  it('sts:GetCallerIdentity ends at the request, which needs no permission', () => {
    const flow = flowOf({ principal: 'user/alice', action: 'sts:GetCallerIdentity', resource: '*' })
    expect(verdictText(flow, at(flow, 'request'))).toBe('Needs no permission')
    expect(textLine(flow, at(flow, 'request'), 'sts:GetCallerIdentity')).toBe(
      'Request: sts:GetCallerIdentity: Needs no permission (the path ends here: Allowed)',
    )
  })
})

describe('names and labels', () => {
  it('the resource step is the role trust policy when assuming a role', () => {
    const flow = flowOf({ principal: 'user/alice', action: 'sts:AssumeRole', resource: `arn:aws:iam::${A}:role/Admin` })
    expect(stepName(flow, at(flow, 'resource'))).toBe('Role trust policy')
    expect(stepTitle(flow, at(flow, 'resource'))).toBe('Step 4: Role trust policy')
    expect(stepLabel(flow, at(flow, 'resource'))).toBe(
      'Role trust policy: Allows, the path ends here. Show its details.',
    )
  })

  it('the accessible names say which steps are on the path', () => {
    const flow = flowOf({ principal: 'user/bounded', action: 'ec2:RunInstances', resource: '*' })
    expect(stepLabel(flow, at(flow, 'deny'))).toBe(
      'Explicit deny check: No explicit deny in any policy, on the request’s path. Show its details.',
    )
    expect(stepLabel(flow, at(flow, 'session'))).toBe('Session policies: Not reached. Show its details.')
    expect(stepTitle(flow, at(flow, 'decision'))).toBe('Final decision')
  })

  it('the text version marks the step where the path ended', () => {
    const flow = flowOf({ principal: 'user/bounded', action: 'logs:PutLogEvents', resource: '*' })
    expect(flow.noAllow?.step).toBe('scp')
    expect(textLine(flow, at(flow, 'scp'), 'logs:PutLogEvents')).toBe(
      'Service control policies (SCPs): Level 1 allows nothing (the path ends here: Implicitly denied)',
    )
    expect(textLine(flow, at(flow, 'request'), 'logs:PutLogEvents')).toBe('Request: logs:PutLogEvents')
  })

  it.each([
    [1, '1 statement'],
    [3, '3 statements'],
  ])('%i → %s', (n, text) => {
    expect(statementCount(n)).toBe(text)
  })
})
