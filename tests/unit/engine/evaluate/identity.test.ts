// Identity-based policies on their own: implicit deny by default, Action/NotAction, Resource/NotResource,
// union of policies, statement forms, policy versions and policies AWS would reject.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
import { describe, expect, it } from 'vitest'
import type { PolicyDocument } from '../../../../src/engine/index'
import { OBJECT, USER, allow, decide, deny, policy, req, run, typeTrace } from '../../../helpers/policy'

/** The decision for alice doing `action` on `resource` with these identity policies. */
function userDecision(identityPolicies: unknown[], action = 's3:GetObject', resource = OBJECT) {
  return decide({ request: req(USER, action, resource), identityPolicies: identityPolicies as PolicyDocument[] })
}

describe('implicit deny by default', () => {
  it('denies implicitly when no policy is given at all', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT) })
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('no-allow')
    expect(result.trace.decisive).toEqual([])
  })

  it('denies implicitly when the identity policies allow other things only', () => {
    expect(userDecision([policy(allow('ec2:*'), allow('s3:PutObject'))])).toBe('ImplicitDeny')
  })

  it('allows when an identity policy allows, with rule identity-allow and the statement as decisive', () => {
    const result = run({
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:GetObject'))],
    })
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('identity-allow')
    expect(result.trace.decisive).toEqual([expect.objectContaining({ type: 'identity', policyIndex: 0, index: 0 })])
  })
})

describe('Action matching: "a case-insensitive match, with * and ? wildcards"', () => {
  it.each([
    ['s3:GetObject', 's3:GetObject', true],
    ['s3:getobject', 's3:GetObject', true],
    ['S3:GETOBJECT', 's3:GetObject', true],
    ['s3:GetObject', 'S3:GETOBJECT', true],
    ['s3:Get*', 's3:GetObject', true],
    ['s3:get*', 's3:GetObjectAcl', true],
    ['s3:Get*', 's3:PutObject', false],
    ['s3:*', 's3:PutObject', true],
    ['*', 'ec2:RunInstances', true],
    ['s3:*Object', 's3:DeleteObject', true],
    ['s3:*Object', 's3:DeleteObjects', false],
    ['s3:Get?bject', 's3:GetObject', true],
    ['s3:Get?Object', 's3:GetObject', false],
    ['s3:G*t*', 's3:GetBucketPolicy', true],
    ['ec2:*', 's3:GetObject', false],
    ['s3:GetObject', 's3:GetObjectAcl', false],
    ['s3:Get*', 's3express:GetObject', false],
  ])('Action %s vs request %s -> allowed: %s', (pattern, action, allowed) => {
    expect(userDecision([policy(allow(pattern))], action)).toBe(allowed ? 'Allow' : 'ImplicitDeny')
  })

  it('an Action list allows when any of its values matches', () => {
    expect(userDecision([policy(allow(['ec2:*', 's3:GetObject', 'iam:Get*']))])).toBe('Allow')
  })
})

describe('NotAction with Allow: "allows everything except the listed actions"', () => {
  const p = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
  it.each([
    ['s3:GetObject', 'Allow'],
    ['ec2:RunInstances', 'Allow'],
    ['iam:CreateUser', 'ImplicitDeny'],
    ['IAM:createuser', 'ImplicitDeny'],
  ])('NotAction iam:* and request %s -> %s', (action, expected) => {
    expect(userDecision([p], action, '*')).toBe(expected)
  })

  it('NotAction does not widen the Resource element: other resources stay denied', () => {
    const limited = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::bucket/*' })
    expect(userDecision([limited], 's3:GetObject', 'arn:aws:s3:::other/key')).toBe('ImplicitDeny')
    expect(userDecision([limited], 's3:GetObject', OBJECT)).toBe('Allow')
  })
})

describe('Resource matching: case-sensitive, `*` and `?` within ARN segments', () => {
  it.each([
    [OBJECT, OBJECT, true],
    ['arn:aws:s3:::bucket/*', OBJECT, true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::bucket', OBJECT, false],
    ['arn:aws:s3:::Bucket/*', OBJECT, false],
    ['arn:aws:s3:::bucket/key.tx?', OBJECT, true],
    ['arn:aws:s3:::*', OBJECT, true],
    ['*', OBJECT, true],
    ['arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:eu-west-1:111122223333:instance/i-1', true],
    ['arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:eu-west-1:444455556666:instance/i-1', false],
    ['arn:aws:ec2:us-east-1:*:instance/*', 'arn:aws:ec2:us-west-2:111122223333:instance/i-1', false],
  ])('Resource %s vs %s -> allowed: %s', (pattern, resource, allowed) => {
    expect(userDecision([policy(allow('*', pattern))], 's3:GetObject', resource)).toBe(
      allowed ? 'Allow' : 'ImplicitDeny',
    )
  })

  it('a Resource list allows when any value matches', () => {
    expect(userDecision([policy(allow('s3:*', ['arn:aws:s3:::a/*', 'arn:aws:s3:::bucket/*']))])).toBe('Allow')
  })

  it.each([
    ['arn:aws:s3:::other/key', 'Allow'],
    [OBJECT, 'ImplicitDeny'],
  ])('NotResource with Allow covers every resource except those listed: %s -> %s', (resource, expected) => {
    const p = policy({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::bucket/*' })
    expect(userDecision([p], 's3:GetObject', resource)).toBe(expected)
  })
})

describe('several policies and statements: the allows are a union', () => {
  const split = [policy(allow('s3:GetObject')), policy(allow('s3:PutObject'))]
  it.each(['s3:GetObject', 's3:PutObject'])('two policies each allowing one action allow both: %s', (action) => {
    expect(userDecision(split, action)).toBe('Allow')
  })

  it('an action neither policy allows stays denied', () => {
    expect(userDecision(split, 's3:DeleteObject')).toBe('ImplicitDeny')
  })

  it('the allowing statement can be any statement of a policy', () => {
    expect(userDecision([policy(allow('ec2:*'), allow('sqs:*'), allow('s3:Get*'))])).toBe('Allow')
  })
})

describe('statement forms', () => {
  it('accepts `Statement` as a single object', () => {
    expect(userDecision([{ Version: '2012-10-17', Statement: allow('s3:GetObject') }])).toBe('Allow')
  })

  it('accepts `Statement` as an array', () => {
    expect(userDecision([{ Version: '2012-10-17', Statement: [allow('s3:GetObject')] }])).toBe('Allow')
  })

  it('accepts the policy as JSON text', () => {
    expect(userDecision([JSON.stringify(policy(allow('s3:GetObject')))])).toBe('Allow')
  })

  it('accepts a named policy with its text', () => {
    const named = { name: 'ReadOnly', text: JSON.stringify(policy(allow('s3:GetObject'))) }
    expect(userDecision([named])).toBe('Allow')
  })

  it('accepts a named policy with its document', () => {
    expect(userDecision([{ name: 'ReadOnly', document: policy(allow('s3:GetObject')) }])).toBe('Allow')
  })
})

describe('policy versions: variables are substituted only with Version 2012-10-17', () => {
  const home = 'arn:aws:s3:::bucket/${aws:username}/*'
  const withVersion = (Version?: string) => [{ ...(Version ? { Version } : {}), Statement: [allow('s3:*', home)] }]

  it('2012-10-17: `${aws:username}` becomes the caller’s name', () => {
    expect(userDecision(withVersion('2012-10-17'), 's3:GetObject', 'arn:aws:s3:::bucket/alice/notes')).toBe('Allow')
  })

  it.each([['2008-10-17'], [undefined]])('Version %s: `${aws:username}` is literal text', (version) => {
    expect(userDecision(withVersion(version), 's3:GetObject', 'arn:aws:s3:::bucket/alice/notes')).toBe('ImplicitDeny')
    expect(userDecision(withVersion(version), 's3:GetObject', 'arn:aws:s3:::bucket/${aws:username}/notes')).toBe(
      'Allow',
    )
  })
})

describe('a policy AWS would reject allows nothing, and the trace says why', () => {
  it.each<[string, Record<string, unknown>]>([
    ['lower-case effect', { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }],
    ['missing Effect', { Version: '2012-10-17', Statement: [{ Action: '*', Resource: '*' }] }],
    ['missing Action', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }],
    ['missing Resource', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*' }] }],
    ['Action and NotAction', { Version: '2012-10-17', Statement: [{ ...allow('*'), NotAction: 'iam:*' }] }],
    ['Principal in an identity policy', policy(allow('*', '*', { Principal: '*' }))],
    ['unknown element', policy(allow('*', '*', { Actions: 's3:*' }))],
    ['unknown Version', { Version: '2020-01-01', Statement: [allow('*')] }],
    ['empty Statement list', { Version: '2012-10-17', Statement: [] }],
    ['no Statement', { Version: '2012-10-17' }],
    ['action without a service prefix', policy(allow('GetObject'), allow('*'))],
    ['duplicate Sid', policy({ ...allow('*'), Sid: 'A' }, { ...allow('*'), Sid: 'A' })],
  ])('%s', (_, doc) => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [doc] })
    expect(result.decision).toBe('ImplicitDeny')
    const trace = typeTrace(result, 'identity')?.policies[0]
    expect(trace?.invalid).toBe(true)
    expect(trace?.diagnostics.some((d) => d.severity === 'error')).toBe(true)
    expect(result.trace.diagnostics.length).toBeGreaterThan(0)
  })

  it('text that is not JSON allows nothing and is reported', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: ['{"Statement": ['] })
    expect(result.decision).toBe('ImplicitDeny')
    expect(typeTrace(result, 'identity')?.policies[0]?.invalid).toBe(true)
  })

  it('a rejected policy does not stop a valid one from allowing', () => {
    expect(
      userDecision([{ Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }, policy(allow('s3:*'))]),
    ).toBe('Allow')
  })

  it('a rejected policy takes no effect at all: its Deny statements deny nothing', () => {
    const broken = policy(deny('s3:*'), { Effect: 'Maybe', Action: '*', Resource: '*' })
    expect(userDecision([broken, policy(allow('s3:*'))])).toBe('Allow')
  })

  it('every statement of a rejected policy is shown as skipped', () => {
    const broken = policy(allow('s3:*'), { Effect: 'allow', Action: '*', Resource: '*' })
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [broken] })
    const statements = typeTrace(result, 'identity')?.policies[0]?.statements ?? []
    expect(statements.map((s) => s.outcome)).toEqual(['error', 'error'])
    expect(statements[0]?.reason).toBe('policy_invalid')
  })

  it('a valid policy has no error diagnostics', () => {
    const result = run({ request: req(USER, 's3:GetObject', OBJECT), identityPolicies: [policy(allow('s3:*'))] })
    expect(typeTrace(result, 'identity')?.policies[0]?.invalid).toBe(false)
    expect(result.trace.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })
})
