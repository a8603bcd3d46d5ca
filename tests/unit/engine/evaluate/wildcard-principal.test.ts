// `Principal: "*"` in a same-account resource-based policy names every caller directly — the user, or the session
// itself — so an implicit deny in the permissions boundary or a session policy does not limit it: anyone could make
// the same call. User Guide, "Policy evaluation logic" (resource-based policies that name the principal directly)
// and "Session policies" ("a resource-based policy can specify the ARN of the user or role as a principal").
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
import { describe, expect, it } from 'vitest'
import { ACCOUNT, OBJECT, OTHER_USER, SESSION, USER, allow, policy, req, run } from '../../../helpers/policy'

const everyone = policy(allow('s3:GetObject', '*', { Principal: '*' }))
const ec2Only = policy(allow('ec2:*'))

describe('User Guide: Principal "*" in a same-account resource policy names the caller directly', () => {
  it.each([
    ['a user', USER],
    ['a role session', SESSION],
  ])('%s whose permissions boundary allows nothing of S3 is allowed', (_, principal) => {
    const result = run({
      request: req(principal, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: everyone,
      permissionsBoundary: ec2Only,
    })
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('resource-policy-direct')
    expect(result.trace.rule.params.via).toBe('wildcard')
    expect(result.trace.rule.message).toBe('the resource-based policy allows everyone (`Principal: "*"`)')
  })

  it('a role session whose session policy allows nothing of S3 is allowed', () => {
    const result = run({
      request: req(SESSION, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: everyone,
      sessionPolicies: [ec2Only],
    })
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('resource-policy-direct')
  })

  it('an explicit deny in the boundary still wins', () => {
    const result = run({
      request: req(SESSION, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: everyone,
      permissionsBoundary: policy(allow('*'), { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }),
    })
    expect(result.decision).toBe('ExplicitDeny')
  })

  it('across accounts the identity side must still allow', () => {
    const result = run({
      request: req(OTHER_USER, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: everyone,
    })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('cross-account-identity-no-allow')
  })
})
