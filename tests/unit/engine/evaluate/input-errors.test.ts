// The input contract: `evaluate` throws EngineInputError only for input that is not an evaluation input at all, and
// never for a policy-shaped object that breaks the IAM grammar (that is reported in the trace instead).
import { describe, expect, it } from 'vitest'
import { EngineInputError, evaluate, type EvaluationInput } from '../../../../src/engine/index'
import { OBJECT, USER, allow, policy, req, run } from '../../../helpers/policy'

const good = req(USER, 's3:GetObject', OBJECT)

/** Calls evaluate with anything, as an untyped caller (JavaScript, a worker message) would. */
function evaluateAny(input: unknown) {
  return evaluate(input as EvaluationInput)
}

/** Evaluates and reads the trace too (it is built lazily), so errors in either surface. */
function evaluateFully(input: unknown) {
  const result = evaluateAny(input)
  return [result.decision, result.trace.decision]
}

describe('EngineInputError for input that is not an evaluation input', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'evaluate me'],
    ['an object without request', {}],
    ['request that is not an object', { request: 'GET' }],
    ['request null', { request: null }],
  ])('%s', (_, input) => {
    expect(() => evaluateAny(input)).toThrow(EngineInputError)
  })

  it.each<[string, Record<string, unknown>]>([
    ['missing action', { principal: USER, resource: OBJECT }],
    ['action without a service prefix', { ...good, action: 'GetObject' }],
    ['action with a wildcard', { ...good, action: 's3:Get*' }],
    ['empty action', { ...good, action: '' }],
    ['action that is not a string', { ...good, action: 7 }],
    ['missing principal', { action: 's3:GetObject', resource: OBJECT }],
    ['empty principal', { ...good, principal: '' }],
    ['principal that is not an ARN or a known form', { ...good, principal: 'alice' }],
    ['IAM ARN with a short account', { ...good, principal: 'arn:aws:iam::1234:user/alice' }],
    ['IAM ARN of a group', { ...good, principal: 'arn:aws:iam::111122223333:group/devs' }],
    ['missing resource', { principal: USER, action: 's3:GetObject' }],
    ['empty resource', { ...good, resource: '' }],
    ['resourceAccount not 12 digits', { ...good, resourceAccount: '1234' }],
    ['context that is an array', { ...good, context: [['aws:SourceIp', '1.2.3.4']] }],
    ['context value that is a number', { ...good, context: { 'aws:MultiFactorAuthAge': 30 } }],
    ['context value list with a number', { ...good, context: { 'aws:TagKeys': ['a', 1] } }],
  ])('a request with %s', (_, request) => {
    expect(() => evaluateAny({ request })).toThrow(EngineInputError)
  })

  it.each<[string, Record<string, unknown>]>([
    ['identityPolicies that is not an array', { identityPolicies: policy(allow('*')) }],
    ['a number among identityPolicies', { identityPolicies: [42] }],
    ['an array among identityPolicies', { identityPolicies: [[policy(allow('*'))]] }],
    ['null among identityPolicies', { identityPolicies: [null] }],
    ['a number as resourcePolicy', { resourcePolicy: 7 }],
    ['an array as permissionsBoundary', { permissionsBoundary: [policy(allow('*'))] }],
    ['scps that is a flat list of policies', { scps: [policy(allow('*'))] }],
    ['a number in an SCP level', { scps: [[1]] }],
    ['rcps that is not an array', { rcps: 'none' }],
    ['a boolean among sessionPolicies', { sessionPolicies: [true] }],
    ['a named policy whose document is a number', { identityPolicies: [{ name: 'x', document: 5 }] }],
  ])('%s', (_, extra) => {
    expect(() => evaluateAny({ request: good, ...extra })).toThrow(EngineInputError)
  })

  it('says where the problem is, as a JSON pointer', () => {
    try {
      evaluateAny({ request: good, identityPolicies: [policy(allow('*')), 42] })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError)
      expect((e as EngineInputError).path).toBe('/identityPolicies/1')
    }
  })
})

describe('never throws for policy-shaped objects that break the grammar', () => {
  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['Statement a number', { Statement: 5 }],
    ['Statement a string', { Statement: 'Allow everything' }],
    ['Statement a list of numbers', { Statement: [1, 2] }],
    ['Statement a list of nulls', { Statement: [null] }],
    ['Effect a number', { Statement: [{ Effect: 1, Action: '*', Resource: '*' }] }],
    ['Action an object', { Statement: [{ Effect: 'Allow', Action: { s3: 'Get' }, Resource: '*' }] }],
    ['Action a nested array', { Statement: [{ Effect: 'Allow', Action: [['s3:*']], Resource: '*' }] }],
    ['Resource null', { Statement: [{ Effect: 'Allow', Action: '*', Resource: null }] }],
    ['Condition a string', { Statement: [{ ...allow('*'), Condition: 'always' }] }],
    [
      'Condition with an operator mapping to a list',
      { Statement: [{ ...allow('*'), Condition: { StringEquals: ['a'] } }] },
    ],
    [
      'Condition values objects',
      { Statement: [{ ...allow('*'), Condition: { StringEquals: { 'aws:x': { a: 1 } } } }] },
    ],
    ['an unknown operator', { Statement: [{ ...allow('*'), Condition: { StringEqualz: { 'aws:x': 'a' } } }] }],
    ['Version a number', { Version: 2012, Statement: [allow('*')] }],
    ['Principal in an identity policy', { Statement: [{ ...allow('*'), Principal: { AWS: 7 } }] }],
    ['a deeply nested value', { Statement: [{ ...allow('*'), Sid: [[[[[[[[[[{}]]]]]]]]]] }] }],
    ['text that is not JSON', '{{{'],
    ['text of a JSON array', '[1,2,3]'],
    ['empty text', ''],
  ])('an identity policy with %s: allows nothing', (_, doc) => {
    expect(evaluateFully({ request: good, identityPolicies: [doc, policy(allow('ec2:*'))] })).toEqual([
      'ImplicitDeny',
      'ImplicitDeny',
    ])
  })

  it.each<[string, unknown]>([
    ['Principal a number', { Statement: [{ ...allow('*'), Principal: 5 }] }],
    ['Principal with an unknown type', { Statement: [{ ...allow('*'), Principal: { Aws: USER } }] }],
    ['Principal with a wildcard ARN', { Statement: [{ ...allow('*'), Principal: { AWS: 'arn:aws:iam::*:user/*' } }] }],
    ['Principal and NotPrincipal', { Statement: [{ ...allow('*'), Principal: '*', NotPrincipal: '*' }] }],
    ['no Principal', { Statement: [allow('*')] }],
  ])('a resource policy with %s: allows nothing', (_, doc) => {
    expect(evaluateFully({ request: good, resourcePolicy: doc })).toEqual(['ImplicitDeny', 'ImplicitDeny'])
  })

  it('a policy object with a cycle allows nothing and does not throw', () => {
    const cyclic: Record<string, unknown> = { Version: '2012-10-17' }
    cyclic.Statement = [{ Effect: 'Allow', Action: '*', Resource: '*', Self: cyclic }]
    expect(evaluateFully({ request: good, identityPolicies: [cyclic] })).toEqual(['ImplicitDeny', 'ImplicitDeny'])
  })

  it('reports the problems in the trace diagnostics', () => {
    const result = run({
      request: good,
      identityPolicies: [{ Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }],
    })
    expect(result.trace.diagnostics.map((d) => d.code)).toContain('invalid-effect')
  })
})
