// How a parsed policy's Action/Resource values are turned into matchers (evaluate/compile.ts).
import { beforeEach, describe, expect, it } from 'vitest'
import {
  clearCompileCache,
  compiled,
  compilePolicy,
  statementsForAction,
} from '../../../../src/engine/evaluate/compile'
import { evaluate } from '../../../../src/engine/index'
import { parsePolicy } from '../../../../src/engine/policy/parse'

const doc = (version: string | undefined, ...statements: Record<string, unknown>[]) =>
  version === undefined ? { Statement: statements } : { Version: version, Statement: statements }

describe(compilePolicy, () => {
  it('"action names are case insensitive": `s3:getobject` selects a statement written `S3:GetObject`', () => {
    const cp = compilePolicy(parsePolicy(doc('2012-10-17', { Effect: 'Allow', Action: 'S3:GetObject', Resource: '*' })))
    expect(statementsForAction(cp, 's3:getobject')).toEqual([0])
  })

  it('a request for `S3:GETOBJECT` is allowed by `s3:GetObject` (evaluate lower-cases the action)', () => {
    const result = evaluate({
      request: { principal: 'arn:aws:iam::123456789012:user/Bob', action: 'S3:GETOBJECT', resource: '*' },
      identityPolicies: [doc('2012-10-17', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })],
    })
    expect(result.decision).toBe('Allow')
  })

  it('selects statements by wildcard actions', () => {
    const cp = compilePolicy(
      parsePolicy(
        doc(
          '2012-10-17',
          { Effect: 'Allow', Action: 's3:Get*', Resource: '*' },
          { Effect: 'Allow', Action: ['ec2:*', 's3:?utObject'], Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*' },
        ),
      ),
    )
    expect(statementsForAction(cp, 's3:getobject')).toEqual([0, 2])
    expect(statementsForAction(cp, 's3:putobject')).toEqual([1, 2])
    expect(statementsForAction(cp, 'iam:createuser')).toEqual([2])
  })

  it('`NotAction` selects every action that is not listed', () => {
    const cp = compilePolicy(parsePolicy(doc('2012-10-17', { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' })))
    expect(cp.statements[0]!.notAction).toBe(true)
    expect(statementsForAction(cp, 'iam:createuser')).toEqual([])
    expect(statementsForAction(cp, 's3:getobject')).toEqual([0])
  })

  it('a statement keeps whether policy variables are on (Version 2012-10-17 only)', () => {
    const versions = ['2012-10-17', '2008-10-17', undefined]
    const on = versions.map(
      (v) => compilePolicy(parsePolicy(doc(v, { Effect: 'Allow', Action: '*', Resource: '*' }))).variables,
    )
    expect(on).toEqual([true, false, false])
  })
})

// Variables on or off shows in what a `${…}` resource matches; checked through the public evaluate.
describe('policy variables and Version', () => {
  const request = (resource: string) => ({
    principal: 'arn:aws:iam::123456789012:user/Bob',
    action: 's3:GetObject',
    resource,
  })
  const decide = (version: string | undefined, resource: string) =>
    evaluate({
      request: request(resource),
      identityPolicies: [
        doc(version, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/${aws:username}/*' }),
      ],
    }).decision

  it('Version 2012-10-17 substitutes `${aws:username}`', () => {
    expect(decide('2012-10-17', 'arn:aws:s3:::b/Bob/x')).toBe('Allow')
    expect(decide('2012-10-17', 'arn:aws:s3:::b/Alice/x')).toBe('ImplicitDeny')
  })

  it.each([
    ['2008-10-17', '2008-10-17'],
    ['no Version', undefined],
  ])(
    '"earlier versions of the policy language don\'t support policy variables" (%s): `${…}` is literal text',
    (_, version) => {
      expect(decide(version, 'arn:aws:s3:::b/Bob/x')).toBe('ImplicitDeny')
      expect(decide(version, 'arn:aws:s3:::b/${aws:username}/x')).toBe('Allow')
    },
  )
})

describe(compiled, () => {
  beforeEach(() => clearCompileCache())

  it('compiles the same text once, even when the string arrives anew', () => {
    const text = JSON.stringify(doc('2012-10-17', { Effect: 'Allow', Action: '*', Resource: '*' }))
    expect(compiled(text, 'identity')).toBe(compiled(text.slice(0), 'identity'))
  })

  it('compiles the same unchanged object once it is used again (a one-off object is not kept)', () => {
    const d = doc('2012-10-17', { Effect: 'Allow', Action: '*', Resource: '*' })
    const first = compiled(d, 'identity')
    const second = compiled(d, 'identity')
    expect(second).not.toBe(first)
    expect(second.policy).toEqual(first.policy)
    expect(compiled(d, 'identity')).toBe(second)
  })

  it('keeps text and object policies apart: only text has source ranges', () => {
    const d = doc('2012-10-17', { Effect: 'Allow', Action: '*', Resource: '*' })
    expect(compiled(d, 'identity').policy.statements[0]?.span).toBeUndefined()
    expect(compiled(JSON.stringify(d), 'identity').policy.statements[0]?.span).toBeDefined()
  })

  it('sees a key added to a policy object between calls', () => {
    const d = doc('2012-10-17', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
    const first = compiled(d, 'identity')
    ;(d.Statement[0] as Record<string, unknown>).Condition = { Bool: { 'aws:SecureTransport': 'true' } }
    expect(compiled(d, 'identity')).not.toBe(first)
    expect(compiled(d, 'identity').policy.statements[0]?.conditions).toHaveLength(1)
  })

  it('keeps the kinds apart: the same document parses differently as identity and resource policy', () => {
    const d = doc('2012-10-17', { Effect: 'Allow', Action: '*', Resource: '*' })
    expect(compiled(d, 'identity').policy.invalid).toBe(false)
    expect(compiled(d, 'resource').policy.diagnostics.map((x) => x.code)).toEqual(['missing-principal'])
  })

  it('keeps the kinds apart for text too (one cache entry per text holds each kind)', () => {
    const text = JSON.stringify(doc('2012-10-17', { Effect: 'Allow', Action: '*', Resource: '*' }))
    const identity = compiled(text, 'identity')
    expect(identity.policy.invalid).toBe(false)
    expect(compiled(text, 'resource').policy.diagnostics.map((x) => x.code)).toEqual(['missing-principal'])
    expect(compiled(text.slice(0), 'identity')).toBe(identity)
  })

  it('sees a mutation of a policy object between calls', () => {
    const d = doc('2012-10-17', { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })
    expect(statementsForAction(compiled(d, 'identity'), 'iam:createuser')).toEqual([])
    ;(d.Statement[0] as Record<string, unknown>).Action = 'iam:*'
    expect(statementsForAction(compiled(d, 'identity'), 'iam:createuser')).toEqual([0])
  })
})
