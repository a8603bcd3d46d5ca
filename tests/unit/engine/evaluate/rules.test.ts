// The one table of decision rules: every rule code has its flowchart step, User Guide page and message key, and the
// trace's rule carries the parameters its sentence is made from.
import { describe, expect, it } from 'vitest'
import { RULES } from '../../../../src/engine/evaluate/rules'
import { ruleSentence } from '../../../../src/engine/evaluate/rule-sentences'
import { FLOW_STEPS } from '../../../../src/engine/index'
import { ACCOUNT, ROLE, USER, allow, grant, policy, req, run } from '../../../helpers/policy'

describe('RULES: one row per decision rule', () => {
  it.each(Object.entries(RULES))('%s has a step, an AWS documentation page and its message key', (code, info) => {
    expect(FLOW_STEPS).toContain(info.step)
    expect(info.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
    expect(info.message).toBe(`rule.${code}`)
  })

  it('allowing rules have no denial wording; denying rules do', () => {
    for (const [code, info] of Object.entries(RULES)) {
      const allows = ['get-caller-identity', 'root-user', 'identity-allow', 'service-allow', 'trust-allow']
        .concat(['resource-policy-direct', 'resource-policy-role', 'cross-account-allow'])
        .includes(code)
      expect(info.denial.kind === 'none', code).toBe(allows)
    }
  })
})

describe('the trace names the rule with its parameters', () => {
  it('the sentence is the English rendering of code and parameters', () => {
    const result = run({ request: req(USER, 's3:GetObject', 'arn:aws:s3:::b/k'), identityPolicies: [] })
    const { rule } = result.trace
    expect(rule.code).toBe('no-allow')
    expect(rule.params).toMatchObject({ action: 's3:GetObject', principal: USER, resource: 'arn:aws:s3:::b/k' })
    expect(rule.message).toBe(ruleSentence(rule.code, rule.params))
  })

  it('trust requests are flagged in Trace.request, other requests are not', () => {
    const trust = run({
      request: req(USER, 'sts:AssumeRole', ROLE),
      resourcePolicy: policy(grant(USER, 'sts:AssumeRole', '*')),
    })
    expect(trust.trace.request.trust).toBe(true)
    expect(trust.trace.rule.params.trust).toBe(true)
    const plain = run({ request: req(USER, 'iam:GetRole', ROLE), identityPolicies: [policy(allow('iam:*'))] })
    expect(plain.trace.request.trust).toBe(false)
  })

  it('an explicit deny names the policy type and level that denied', () => {
    const result = run({
      request: req(USER, 's3:GetObject', 'arn:aws:s3:::b/k', { resourceAccount: ACCOUNT }),
      identityPolicies: [policy(allow('*'))],
      scps: [[policy(allow('*'))], [policy(allow('*'), { Effect: 'Deny', Action: 's3:*', Resource: '*' })]],
    })
    expect(result.trace.rule.params).toMatchObject({ type: 'scp', level: 1 })
    expect(result.trace.rule.message).toBe(
      'explicit deny in the SCPs at level 1: an explicit deny overrides every allow',
    )
  })
})
