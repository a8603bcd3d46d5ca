// Callers that are not ordinary IAM users and roles: the account root user (contract rule 7), anonymous requests and
// service principals. "By default, all requests are implicitly denied with the exception of the AWS account root
// user, which has full access."
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  FULL_ACCESS,
  OBJECT,
  OTHER,
  QUEUE,
  ROOT,
  USER,
  allow,
  decide,
  deny,
  grant,
  policy,
  req,
  run,
  typeTrace,
} from '../../../helpers/policy'

describe('the root user in its own account', () => {
  it.each([
    ['s3:GetObject', OBJECT],
    ['iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/new`],
    ['ec2:RunInstances', '*'],
    ['sqs:DeleteQueue', QUEUE],
  ])('has every permission without any policy: %s (rule root-user)', (action, resource) => {
    const result = run({ request: req(ROOT, action, resource) })
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('root-user')
  })

  it('may be given as a bare account ID', () => {
    expect(decide({ request: req(ACCOUNT, 's3:GetObject', OBJECT) })).toBe('Allow')
  })

  it('is not subject to identity-based policies (none apply to it), not even to a Deny', () => {
    const result = run({ request: req(ROOT, 's3:GetObject', OBJECT), identityPolicies: [policy(deny('*'))] })
    expect(result.decision).toBe('Allow')
    expect(typeTrace(result, 'identity')?.verdict).toBe('NotApplicable')
  })

  it('is still limited by SCPs', () => {
    expect(decide({ request: req(ROOT, 's3:GetObject', OBJECT), scps: [[FULL_ACCESS, policy(deny('s3:*'))]] })).toBe(
      'ExplicitDeny',
    )
  })

  it('is denied by an explicit deny in a resource policy that names its account', () => {
    const resourcePolicy = policy(deny('s3:*', '*', { Principal: { AWS: ROOT } }))
    expect(decide({ request: req(ROOT, 's3:GetObject', OBJECT), resourcePolicy })).toBe('ExplicitDeny')
  })

  it('is denied by an explicit deny in a resource policy that names everyone', () => {
    const resourcePolicy = policy(deny('s3:*', '*', { Principal: '*' }))
    expect(decide({ request: req(ROOT, 's3:GetObject', OBJECT), resourcePolicy })).toBe('ExplicitDeny')
  })

  it('is not denied by a resource-policy deny aimed at a user', () => {
    const resourcePolicy = policy(deny('s3:*', '*', { Principal: { AWS: USER } }))
    expect(decide({ request: req(ROOT, 's3:GetObject', OBJECT), resourcePolicy })).toBe('Allow')
  })
})

describe('the root user of another account', () => {
  const otherRoot = `arn:aws:iam::${OTHER}:root`
  it('needs a resource policy that allows its account', () => {
    expect(decide({ request: req(otherRoot, 'sqs:SendMessage', QUEUE) })).toBe('ImplicitDeny')
    expect(
      decide({
        request: req(otherRoot, 'sqs:SendMessage', QUEUE),
        resourcePolicy: policy(grant(OTHER, 'sqs:SendMessage')),
      }),
    ).toBe('Allow')
  })
})

describe('anonymous requests: allowed only by a resource policy that allows everyone', () => {
  const anon = (extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
    request: req('anonymous', 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
    ...extra,
  })

  it('denies with no resource policy (rule anonymous-no-allow)', () => {
    const result = run(anon())
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('anonymous-no-allow')
  })

  it.each([
    ['"Principal": "*"', '*'],
    ['"Principal": {"AWS": "*"}', { AWS: '*' }],
  ])('%s allows', (_, principal) => {
    expect(decide(anon({ resourcePolicy: policy(allow('s3:GetObject', '*', { Principal: principal })) }))).toBe('Allow')
  })

  it.each([
    ['the account', ACCOUNT],
    ['the account root', ROOT],
    ['a user', USER],
  ])('a grant to %s does not allow an anonymous caller', (_, principal) => {
    expect(decide(anon({ resourcePolicy: policy(grant(principal, 's3:GetObject')) }))).toBe('ImplicitDeny')
  })

  it('identity-based policies do not apply to anonymous callers', () => {
    const result = run(anon({ identityPolicies: [policy(allow('*'))] }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(typeTrace(result, 'identity')?.verdict).toBe('NotApplicable')
  })

  it('a wildcard Deny applies to anonymous callers', () => {
    const resourcePolicy = policy(allow('s3:GetObject', '*', { Principal: '*' }), deny('s3:*', '*', { Principal: '*' }))
    expect(decide(anon({ resourcePolicy }))).toBe('ExplicitDeny')
  })

  it('a condition on the wildcard grant must hold', () => {
    const resourcePolicy = policy(
      allow('s3:GetObject', '*', { Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
    )
    const at = (ip: string) => ({
      request: req('anonymous', 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT, context: { 'aws:SourceIp': ip } }),
      resourcePolicy,
    })
    expect(decide(at('203.0.113.7'))).toBe('Allow')
    expect(decide(at('198.51.100.1'))).toBe('ImplicitDeny')
  })

  it('the trace has no principal account', () => {
    expect(run(anon()).trace.request.principalAccount).toBeUndefined()
  })
})

describe('service principals: only resource-based policies grant to them', () => {
  const SVC = 'logging.s3.amazonaws.com'
  const svc = (extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
    request: req(SVC, 's3:PutObject', OBJECT, { resourceAccount: ACCOUNT }),
    ...extra,
  })
  const grantSvc = policy(allow('s3:PutObject', '*', { Principal: { Service: SVC } }))

  it('allows when the resource policy names the service (rule service-allow)', () => {
    const result = run(svc({ resourcePolicy: grantSvc }))
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('service-allow')
  })

  it('denies without a resource policy (rule service-no-allow)', () => {
    const result = run(svc())
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('service-no-allow')
  })

  it('a resource-policy Deny for the service denies', () => {
    const resourcePolicy = policy(
      allow('s3:*', '*', { Principal: { Service: SVC } }),
      deny('s3:PutObject', '*', { Principal: { Service: SVC } }),
    )
    expect(decide(svc({ resourcePolicy }))).toBe('ExplicitDeny')
  })

  it('"Principal": "*" includes service principals', () => {
    expect(decide(svc({ resourcePolicy: policy(allow('s3:PutObject', '*', { Principal: '*' })) }))).toBe('Allow')
  })

  it('identity-based policies given with a service caller are not applied', () => {
    const result = run(svc({ identityPolicies: [policy(allow('*'))] }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(typeTrace(result, 'identity')?.verdict).toBe('NotApplicable')
  })

  it('the service has no account; the resource’s account comes from resourceAccount', () => {
    const result = run(svc({ resourcePolicy: grantSvc }))
    expect(result.trace.request.principalAccount).toBeUndefined()
    expect(result.trace.request.resourceAccount).toBe(ACCOUNT)
    expect(result.trace.request.principalKind).toBe('service')
  })
})
