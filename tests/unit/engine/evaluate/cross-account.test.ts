// Cross-account requests: "both the identity-based policy of the principal and the resource-based policy of the
// resource must allow". Which account owns the resource (contract rule 1).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  OBJECT,
  OTHER,
  OTHER_ROLE,
  OTHER_ROOT,
  OTHER_SESSION,
  OTHER_USER,
  QUEUE,
  USER,
  allow,
  decide,
  deny,
  grant,
  policy,
  req,
  run,
} from '../../../helpers/policy'

const sendAllowed = policy(allow('sqs:SendMessage'))

/** Carol (account OTHER) sends to the queue of ACCOUNT. */
function carol(extra: Partial<EvaluationInput> = {}, principal = OTHER_USER): EvaluationInput {
  return { request: req(principal, 'sqs:SendMessage', QUEUE), ...extra }
}

describe('both sides must allow', () => {
  it('allows when the identity policy and the resource policy both allow (rule cross-account-allow)', () => {
    const result = run(
      carol({ identityPolicies: [sendAllowed], resourcePolicy: policy(grant(OTHER_USER, 'sqs:SendMessage')) }),
    )
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('cross-account-allow')
    expect(result.trace.decisive.map((r) => r.type).sort()).toEqual(['identity', 'resource'])
  })

  it('a resource policy naming the caller is not enough alone (rule cross-account-identity-no-allow)', () => {
    const result = run(carol({ resourcePolicy: policy(grant(OTHER_USER, 'sqs:SendMessage')) }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('cross-account-identity-no-allow')
  })

  it('an identity policy is not enough alone (rule cross-account-resource-no-allow)', () => {
    const result = run(carol({ identityPolicies: [sendAllowed] }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('cross-account-resource-no-allow')
  })

  it('a resource policy that allows someone else does not help', () => {
    const input = carol({ identityPolicies: [sendAllowed], resourcePolicy: policy(grant(USER, 'sqs:SendMessage')) })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('a resource policy naming a third account does not help', () => {
    const input = carol({
      identityPolicies: [sendAllowed],
      resourcePolicy: policy(grant('999988887777', 'sqs:SendMessage')),
    })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it.each([
    ['the account ID', OTHER],
    ['the account root ARN', OTHER_ROOT],
    ['everyone ({"AWS": "*"})', '*'],
  ])('a grant to %s plus an identity allow allows', (_, principal) => {
    const input = carol({
      identityPolicies: [sendAllowed],
      resourcePolicy: policy(grant(principal, 'sqs:SendMessage')),
    })
    expect(decide(input)).toBe('Allow')
  })

  it('a grant to the account without an identity allow denies', () => {
    expect(decide(carol({ resourcePolicy: policy(grant(OTHER, 'sqs:SendMessage')) }))).toBe('ImplicitDeny')
  })
})

describe('limits on the identity side still apply across accounts', () => {
  const both = { identityPolicies: [sendAllowed], resourcePolicy: policy(grant(OTHER_ROLE, 'sqs:SendMessage')) }
  it('a session of a named role with an identity allow is allowed', () => {
    expect(decide(carol(both, OTHER_SESSION))).toBe('Allow')
  })

  it('the permissions boundary limits it', () => {
    expect(decide(carol({ ...both, permissionsBoundary: policy(allow('s3:*')) }, OTHER_SESSION))).toBe('ImplicitDeny')
  })

  it('the session policy limits it', () => {
    expect(decide(carol({ ...both, sessionPolicies: [policy(allow('s3:*'))] }, OTHER_SESSION))).toBe('ImplicitDeny')
  })

  it('naming the session ARN does not replace the identity allow across accounts', () => {
    const input = carol({ resourcePolicy: policy(grant(OTHER_SESSION, 'sqs:SendMessage')) }, OTHER_SESSION)
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('an explicit deny in the resource policy wins', () => {
    const resourcePolicy = policy(
      grant(OTHER, 'sqs:*'),
      deny('sqs:SendMessage', '*', { Principal: { AWS: OTHER_USER } }),
    )
    expect(decide(carol({ identityPolicies: [sendAllowed], resourcePolicy }))).toBe('ExplicitDeny')
  })
})

describe('the root user of another account', () => {
  it('is allowed when the resource policy names its account (it has every permission at home)', () => {
    expect(decide(carol({ resourcePolicy: policy(grant(OTHER_ROOT, 'sqs:SendMessage')) }, OTHER_ROOT))).toBe('Allow')
  })

  it('is denied without a resource policy', () => {
    expect(decide(carol({}, OTHER_ROOT))).toBe('ImplicitDeny')
  })
})

describe('which account owns the resource (contract rule 1)', () => {
  it('an ARN with an account field belongs to that account', () => {
    const result = run({
      request: req(USER, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${OTHER}:q`),
      identityPolicies: [sendAllowed],
    })
    expect(result.trace.request.crossAccount).toBe(true)
    expect(result.trace.request.resourceAccount).toBe(OTHER)
    expect(result.decision).toBe('ImplicitDeny')
  })

  it('an S3 ARN (no account field) belongs to the principal’s account: the identity allow suffices', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(allow('s3:*'))] })
    expect(result.trace.request.crossAccount).toBe(false)
    expect(result.trace.request.resourceAccount).toBe(ACCOUNT)
    expect(result.decision).toBe('Allow')
  })

  it('`resourceAccount` makes an S3 object cross-account: the identity allow is no longer enough', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT, { resourceAccount: OTHER }),
      identityPolicies: [policy(allow('s3:*'))],
    })
    expect(result.trace.request.crossAccount).toBe(true)
    expect(result.decision).toBe('ImplicitDeny')
  })

  it('`resourceAccount` wins over the account field of the ARN', () => {
    const result = run({
      request: req(USER, 'sqs:SendMessage', `arn:aws:sqs:us-east-1:${OTHER}:q`, { resourceAccount: ACCOUNT }),
      identityPolicies: [sendAllowed],
    })
    expect(result.trace.request.crossAccount).toBe(false)
    expect(result.decision).toBe('Allow')
  })

  it('the trace names both accounts', () => {
    const result = run(carol())
    expect(result.trace.request).toMatchObject({
      principalAccount: OTHER,
      resourceAccount: ACCOUNT,
      crossAccount: true,
    })
  })

  it('an IAM role ARN resource is owned by its own account', () => {
    const input = {
      request: req(USER, 'iam:GetRole', `arn:aws:iam::${OTHER}:role/x`),
      identityPolicies: [policy(allow('iam:*'))],
    }
    expect(run(input).trace.request.crossAccount).toBe(true)
  })
})
