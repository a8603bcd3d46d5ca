// "An explicit deny in any policy overrides any allows."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  FULL_ACCESS,
  OBJECT,
  OTHER_USER,
  SESSION,
  USER,
  allow,
  decide,
  deny,
  grant,
  policy,
  refuse,
  req,
  run,
} from '../../../helpers/policy'

/** Every policy type allows `s3:GetObject` for the session; `extra` adds one more thing. */
function allowingEverywhere(extra: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    request: req(SESSION, 's3:GetObject', OBJECT),
    identityPolicies: [policy(allow('s3:*'))],
    resourcePolicy: policy(grant(SESSION, 's3:GetObject', OBJECT)),
    permissionsBoundary: policy(allow('*')),
    sessionPolicies: [policy(allow('*'))],
    scps: [[FULL_ACCESS]],
    rcps: [[policy(allow('*', '*', { Principal: '*' }))]],
    ...extra,
  }
}

const denyAll = policy(deny('s3:GetObject'))
const denyAllWithPrincipal = policy(deny('s3:GetObject', '*', { Principal: '*' }))

describe('explicit deny overrides every allow', () => {
  it('allows when every policy type allows and nothing denies (baseline)', () => {
    expect(decide(allowingEverywhere())).toBe('Allow')
  })

  it.each<[string, Partial<EvaluationInput>]>([
    ['an identity-based policy', { identityPolicies: [policy(allow('s3:*')), denyAll] }],
    ['the resource-based policy', { resourcePolicy: policy(grant(SESSION, 's3:GetObject'), refuse(SESSION, 's3:*')) }],
    ['the permissions boundary', { permissionsBoundary: policy(allow('*'), deny('s3:GetObject')) }],
    ['a session policy', { sessionPolicies: [policy(allow('*')), denyAll] }],
    ['an SCP', { scps: [[FULL_ACCESS, denyAll]] }],
    ['an RCP', { rcps: [[denyAllWithPrincipal]] }],
  ])('an explicit deny in %s wins over allows everywhere else', (_, extra) => {
    const result = run(allowingEverywhere(extra))
    expect(result.decision).toBe('ExplicitDeny')
    expect(result.trace.rule.code).toBe('explicit-deny')
  })

  it.each([
    ['allow first, deny second', [allow('s3:*'), deny('s3:GetObject')]],
    ['deny first, allow second', [deny('s3:GetObject'), allow('s3:*')]],
  ])('deny wins regardless of statement order (%s)', (_, statements) => {
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(...statements)] })).toBe(
      'ExplicitDeny',
    )
  })

  it.each([
    ['allowing policy first', [policy(allow('*')), denyAll]],
    ['denying policy first', [denyAll, policy(allow('*'))]],
  ])('deny wins regardless of policy order (%s)', (_, identityPolicies) => {
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies })).toBe('ExplicitDeny')
  })

  it('a deny alone (nothing allows) is still an explicit deny, not an implicit one', () => {
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [denyAll] })).toBe('ExplicitDeny')
  })

  it.each(['s3:GetObject', 'ec2:RunInstances', 'iam:CreateUser'])(
    'a Deny of `*` on `*` denies every action: %s',
    (action) => {
      const input = { request: req(USER, action, '*'), identityPolicies: [policy(allow('*'), deny('*'))] }
      expect(decide(input)).toBe('ExplicitDeny')
    },
  )

  it('a Deny for another action does not deny', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('*'), deny('s3:PutObject'))],
    }
    expect(decide(input)).toBe('Allow')
  })

  it('a Deny for another resource does not deny', () => {
    const identityPolicies = [policy(allow('*'), deny('s3:*', 'arn:aws:s3:::secret/*'))]
    expect(decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies })).toBe('Allow')
  })
})

describe('Deny with NotAction and NotResource', () => {
  const notAction = policy(allow('*'), { Effect: 'Deny', NotAction: 's3:Get*', Resource: '*' })
  it.each([
    ['s3:PutObject', 'ExplicitDeny'],
    ['iam:CreateUser', 'ExplicitDeny'],
    ['s3:GetObject', 'Allow'],
  ])('a Deny with `NotAction: s3:Get*` denies every other action: %s -> %s', (action, expected) => {
    expect(decide({ request: req(USER, action, OBJECT), identityPolicies: [notAction] })).toBe(expected)
  })

  const notResource = policy(allow('*'), { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::bucket/*' })
  it.each([
    ['arn:aws:s3:::other/key', 'ExplicitDeny'],
    [OBJECT, 'Allow'],
  ])('a Deny with `NotResource` denies every resource outside the list: %s -> %s', (resource, expected) => {
    expect(decide({ request: req(USER, 's3:GetObject', resource), identityPolicies: [notResource] })).toBe(expected)
  })
})

describe('a Deny whose condition does not hold does not deny', () => {
  const tls = deny('s3:*', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } })
  const input = (context?: Record<string, string>) => ({
    request: req(USER, 's3:GetObject', OBJECT, context ? { context } : {}),
    identityPolicies: [policy(allow('s3:*'), tls)],
  })

  it('denies when the condition holds', () => {
    expect(decide(input({ 'aws:SecureTransport': 'false' }))).toBe('ExplicitDeny')
  })

  it('does not deny when the condition fails', () => {
    expect(decide(input({ 'aws:SecureTransport': 'true' }))).toBe('Allow')
  })

  it('does not deny when the condition key is missing (Bool without IfExists fails on a missing key)', () => {
    expect(decide(input())).toBe('Allow')
  })

  it('denies when the key is missing and the operator is ...IfExists', () => {
    const ifExists = deny('s3:*', '*', { Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } })
    expect(
      decide({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(allow('*'), ifExists)] }),
    ).toBe('ExplicitDeny')
  })
})

describe('explicit deny beats the grants that need no identity allow', () => {
  it('an identity-policy deny overrides a same-account resource policy that names the user', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [denyAll],
      resourcePolicy: policy(grant(USER, 's3:GetObject')),
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('a boundary deny overrides a resource policy that names the user', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      permissionsBoundary: policy(allow('*'), deny('s3:*')),
      resourcePolicy: policy(grant(USER, 's3:GetObject')),
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('a session-policy deny overrides a resource policy that names the session', () => {
    const input = {
      request: req(SESSION, 's3:GetObject', OBJECT),
      sessionPolicies: [policy(allow('*'), deny('s3:GetObject'))],
      resourcePolicy: policy(grant(SESSION, 's3:GetObject')),
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('a cross-account identity deny overrides a resource policy that allows the caller', () => {
    const input = {
      request: req(OTHER_USER, 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      identityPolicies: [policy(allow('*'), deny('s3:GetObject'))],
      resourcePolicy: policy(grant(OTHER_USER, 's3:GetObject')),
    }
    expect(decide(input)).toBe('ExplicitDeny')
  })
})

describe('what the trace says about an explicit deny', () => {
  it('decisive lists every denying statement of the applying policies, and no allowing one', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:*'), { ...deny('s3:GetObject'), Sid: 'NoGet' })],
      permissionsBoundary: policy(allow('*'), { ...deny('s3:*'), Sid: 'NoS3' }),
    })
    expect(result.trace.decisive.map((r) => [r.type, r.index, r.sid])).toEqual(
      expect.arrayContaining([
        ['identity', 1, 'NoGet'],
        ['boundary', 1, 'NoS3'],
      ]),
    )
    expect(result.trace.decisive).toHaveLength(2)
  })

  it('names the SCP level of the deny in the rule message', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('*'))],
      scps: [[FULL_ACCESS], [FULL_ACCESS, denyAll]],
    })
    expect(result.trace.rule.code).toBe('explicit-deny')
    expect(result.trace.rule.message).toContain('level 1')
    expect(result.trace.decisive).toEqual([expect.objectContaining({ type: 'scp', level: 1, policyIndex: 1 })])
  })

  it('marks the denying policy type ExplicitDeny', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(allow('*')), denyAll] })
    const identity = result.trace.policyTypes.find((t) => t.type === 'identity')
    expect(identity?.verdict).toBe('ExplicitDeny')
    expect(identity?.policies.map((p) => p.verdict)).toEqual(['Allow', 'ExplicitDeny'])
  })
})
