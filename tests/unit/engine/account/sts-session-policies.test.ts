// Session policies passed to AssumeRole: one inline JSON document and up to 10 managed policy ARNs of the role's
// account (or AWS's), 2,048 characters of plain text together, only the characters STS accepts; a session issued
// with them can do at most what both the role's policies and the session policies allow.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
import { describe, expect, it } from 'vitest'
import {
  assumeRole,
  sessionPolicyProblems,
  stsErrorOf,
  SESSION_POLICY_LIMITS,
  type AssumeRoleRequest,
} from '../../../../src/engine/index'
import { assumeRoleEvent } from '../../../../src/engine/activity/event'
import { allow, policy } from '../../../helpers/policy'
import { A, B, T0, inline, role, scenario, sim } from '../../../helpers/scenario'

const OBJ = 'arn:aws:s3:::data/x'
const READ_ONLY = `arn:aws:iam::${A}:policy/ReadOnly`
const s = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [{ name: 'alice', inlinePolicies: [inline('Sts', 'sts:AssumeRole')] }],
  roles: [role('Dev', { inlinePolicies: [inline('S3', 's3:*')] })],
  policies: [
    { name: 'ReadOnly', versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:GetObject')) }] },
    {
      name: 'Elsewhere',
      account: B,
      versions: [{ id: 'v1', isDefault: true, document: policy(allow('s3:GetObject')) }],
    },
  ],
})
const readOnly = JSON.stringify(policy(allow('s3:GetObject')), null, 2)
const problems = (input: Parameters<typeof sessionPolicyProblems>[1]) =>
  sessionPolicyProblems(s, input, A).map((p) => [p.code, p.field, p.index ?? null])
const assume = (extra: Partial<AssumeRoleRequest>) =>
  assumeRole(s, { caller: 'user/alice', role: 'Dev', sessionName: 'narrow', environment: { time: T0 }, ...extra })

describe('sessionPolicyProblems', () => {
  it('accepts one inline document and managed policies of the role’s account and AWS', () => {
    expect(
      problems({ policies: [readOnly], policyArns: [READ_ONLY, 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
    ).toEqual([])
  })

  it('locates a JSON error by line and column', () => {
    const [p] = sessionPolicyProblems(s, { policies: ['{\n  "Version": "2012-10-17",\n  "Statement": [\n}'] }, A)
    expect(p).toMatchObject({ code: 'malformed-session-policy', field: 'policy', index: 0, line: 4, column: 1 })
    expect(p!.reason).toMatch(/^the inline session policy is not a valid policy document: .* \(line 4, column 1\)$/)
  })

  it('refuses a document that breaks the grammar of a session policy (a Principal)', () => {
    const text = JSON.stringify(policy(allow('s3:GetObject', '*', { Principal: '*' })))
    expect(problems({ policies: [text] })).toEqual([['malformed-session-policy', 'policy', 0]])
  })

  it('refuses characters outside tab, line feed, carriage return and space to U+00FF', () => {
    const text = readOnly.replace('s3:GetObject', 's3:GetObject한')
    const [p] = sessionPolicyProblems(s, { policies: [text] }, A)
    expect(p).toMatchObject({ code: 'malformed-session-policy', line: 6 })
    expect(p!.reason).toContain('U+D55C')
    // Latin-1 is accepted here (the grammar then decides).
    const latin = readOnly.replace('"Resource": "*"', '"Resource": "arn:aws:s3:::café/*"')
    expect(latin).toContain('café')
    expect(problems({ policies: [latin] })).toEqual([])
  })

  it(`takes at most ${SESSION_POLICY_LIMITS.maxPolicyArns} managed policy ARNs`, () => {
    const ten = Array.from({ length: 10 }, () => READ_ONLY)
    expect(problems({ policyArns: ten })).toEqual([])
    expect(problems({ policyArns: [...ten, READ_ONLY] })).toEqual([['too-many-policy-arns', 'policyArns', null]])
  })

  it('takes only managed policies that exist, in the role’s account or AWS’s', () => {
    expect(
      problems({
        policyArns: [
          `arn:aws:iam::${A}:role/Dev`,
          `arn:aws:iam::${B}:policy/Elsewhere`,
          `arn:aws:iam::${A}:policy/Missing`,
          'arn:aws:iam::aws:policy/ReadOnlyAccess',
        ],
      }),
    ).toEqual([
      ['invalid-policy-arn', 'policyArns', 0],
      ['invalid-policy-arn', 'policyArns', 1],
      ['invalid-policy-arn', 'policyArns', 2],
    ])
  })

  it('counts the inline text and the ARNs together against 2,048 characters', () => {
    const padded = (n: number) => readOnly + ' '.repeat(n - readOnly.length)
    expect(problems({ policies: [padded(2048)] })).toEqual([])
    expect(problems({ policies: [padded(2049)] })).toEqual([['session-policy-too-large', 'policy', null]])
    const withArn = padded(2048 - READ_ONLY.length)
    expect(problems({ policies: [withArn], policyArns: [READ_ONLY] })).toEqual([])
    const [p] = sessionPolicyProblems(s, { policies: [withArn + ' '], policyArns: [READ_ONLY] }, A)
    expect(p).toMatchObject({ code: 'session-policy-too-large', field: 'policyArns' })
    expect(p!.reason).toBe(
      'the session policies come to 2049 characters of plain text (the inline policy and the managed policy ARNs together): at most 2048 are allowed',
    )
  })
})

describe('assumeRole with session policies', () => {
  it('refuses the call with the first problem, as STS answers it', () => {
    const r = assume({ policyArns: Array.from({ length: 11 }, () => READ_ONLY) })
    expect(r.ok || [r.code, stsErrorOf(r.code)]).toEqual(['too-many-policy-arns', 'ValidationError'])
    const bad = assume({ policies: ['{'] })
    expect(bad.ok || [bad.code, stsErrorOf(bad.code)]).toEqual(['malformed-session-policy', 'MalformedPolicyDocument'])
    const event = bad.ok
      ? undefined
      : assumeRoleEvent(s, { caller: 'user/alice', role: 'Dev', sessionName: 'narrow', policies: ['{'] }, bad, {
          time: T0,
          id: 'e1',
        })
    expect(event?.errorCode).toBe('MalformedPolicyDocument')
    expect(event?.requestParameters).toMatchObject({ policy: '{' })
  })

  it('issues a session that can do at most what both the role and the session policies allow', () => {
    const r = assume({ policies: [readOnly] })
    if (!r.ok) throw new Error(r.reason)
    expect(r.session.policies).toEqual([readOnly])
    const ask = (action: string) =>
      sim(s, { principal: r.sessionArn, action, resource: OBJ, environment: { time: T0 } }, { sessions: [r.session] })
    // The role allows s3:*, the session policy only s3:GetObject.
    const put = ask('s3:PutObject')
    expect(put.decision).toBe('ImplicitDeny')
    expect(put.trace.rule.code).toBe('session-no-allow')
    expect(ask('s3:GetObject').decision).toBe('Allow')
    // The session policy cannot grant what the role does not: sqs is allowed by neither.
    expect(ask('sqs:SendMessage').trace.rule.code).toBe('no-allow')
  })

  it('a managed session policy limits the same way', () => {
    const r = assume({ policyArns: [READ_ONLY] })
    if (!r.ok) throw new Error(r.reason)
    expect(r.session.policyArns).toEqual([READ_ONLY])
    const put = sim(
      s,
      { principal: r.sessionArn, action: 's3:PutObject', resource: OBJ, environment: { time: T0 } },
      { sessions: [r.session] },
    )
    expect(put.trace.rule.code).toBe('session-no-allow')
  })
})
