// The Assume role form's session policies (fields, limits, errors at their field), the session it issues, and one
// answer per question: a call that fails before evaluation is worded as that failure, never with a decision.
import { describe, expect, it } from 'vitest'
import { assumeRole, exampleScenario, simulate } from '../../../src/engine/index'
import { AssumeRole } from '../../../src/lib/request/assume-role.svelte'
import { policyArnOptions, roleAccount, SessionPolicies } from '../../../src/lib/request/session-policies.svelte'
import { failureText } from '../../../src/lib/result/failure'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question } from '../../../src/lib/state/question.svelte'

const A = '111122223333'
const DEPLOYER = `arn:aws:iam::${A}:role/Deployer`
const S3_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
})

function setup() {
  const document = new ScenarioDocument(exampleScenario())
  const question = new Question(document, { simulate: async (...args) => simulate(...args) })
  question.request = { ...question.request, principal: 'user/alice' }
  const form = new AssumeRole(async (...args) => assumeRole(...args))
  form.role = DEPLOYER
  form.mfa = true
  return { document, question, form }
}

describe(SessionPolicies, () => {
  it('passes only what was filled in, and counts the plain text STS counts', () => {
    const p = new SessionPolicies()
    expect(p.input).toEqual({})
    p.text = S3_ONLY
    p.draft = '  arn:aws:iam::aws:policy/ReadOnlyAccess '
    p.add()
    p.draft = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
    p.add()
    expect(p.input).toEqual({ policies: [S3_ONLY], policyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] })
    expect(p.size).toBe(S3_ONLY.length + 'arn:aws:iam::aws:policy/ReadOnlyAccess'.length)
    expect(p.draft).toBe('')
    p.remove(0)
    expect(p.input.policyArns).toBeUndefined()
  })

  it('ties each problem to its field: the document by line and column, an ARN by index, the list as a whole', () => {
    const scenario = exampleScenario()
    const p = new SessionPolicies()
    expect(p.errors(scenario, A)).toEqual({ policy: [], arn: {}, list: [] })
    p.text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n}'
    p.arns = [
      `arn:aws:iam::${A}:role/Deployer`,
      ...Array.from({ length: 10 }, (_, i) => `arn:aws:iam::aws:policy/P${i}`),
    ]
    const errors = p.errors(scenario, A)
    expect(errors.policy).toMatchObject([{ code: 'malformed-session-policy', line: 4, column: 1 }])
    expect(errors.arn[0]).toMatchObject([{ code: 'invalid-policy-arn' }])
    expect(errors.list.map((e) => e.code)).toEqual(['too-many-policy-arns'])
  })

  it('suggests the role account’s customer managed policies first, then AWS managed ones', () => {
    const options = policyArnOptions(exampleScenario(), roleAccount(DEPLOYER))
    expect(options[0]).toBe(`arn:aws:iam::${A}:policy/DeveloperBoundary`)
    expect(options).toContain('arn:aws:iam::aws:policy/ReadOnlyAccess')
    expect(new Set(options).size).toBe(options.length)
    expect(roleAccount('arn:aws:sts::1:assumed-role/x/y')).toBeUndefined()
  })
})

describe('AssumeRole with session policies', () => {
  it('issues a session carrying them; it can do at most what both allow', async () => {
    const { document, question, form } = setup()
    form.policies.text = S3_ONLY
    await form.assume(document, question)
    expect(form.outcome).toMatchObject({ kind: 'acting', session: { policies: [S3_ONLY] } })
    const session = document.scenario.sessions!.at(-1)!
    expect(session.policies).toEqual([S3_ONLY])
    // The role allows Lambda; the session policy does not.
    const asked = simulate(document.scenario, {
      principal: question.request.principal,
      action: 'lambda:InvokeFunction',
      resource: `arn:aws:lambda:us-east-1:${A}:function:f`,
    })
    expect(asked.trace.rule.code).toBe('session-no-allow')
  })

  it('a call refused before evaluation says so, with AWS’s error, and no decision', async () => {
    const { document, question, form } = setup()
    await form.assume(document, question)
    expect(form.outcome?.kind).toBe('acting')
    // Chained now: two hours is over the one-hour limit, although the trust policy would allow the call.
    form.durationSeconds = 7200
    await form.assume(document, question)
    expect(form.outcome).toEqual({
      kind: 'failed',
      text: expect.stringMatching(/^AssumeRole fails before evaluation: /),
    })
    const text = form.outcome?.kind === 'failed' ? form.outcome.text : ''
    expect(text).toContain('AWS returns `ValidationError`')
    expect(text).not.toMatch(/Decision|Allowed/)
  })

  it('a malformed inline policy is MalformedPolicyDocument', async () => {
    const { document, question, form } = setup()
    form.policies.text = '{'
    await form.assume(document, question)
    expect(form.outcome?.kind === 'failed' && form.outcome.text).toMatch(/AWS returns `MalformedPolicyDocument`/)
    expect(question.request.principal).toBe('user/alice')
  })
})

describe(failureText, () => {
  it('words each failure as the answer, with AWS’s error code', () => {
    const session = `arn:aws:sts::${A}:assumed-role/Deployer/s`
    expect(
      failureText({ code: 'expired-token', awsError: 'ExpiredToken', session, expiredAt: '2026-01-01T01:00:00Z' }),
    ).toBe(
      `The request fails before evaluation: the session \`${session}\` expired at 2026-01-01 01:00 UTC — AWS returns \`ExpiredToken\`.`,
    )
    expect(failureText({ code: 'unknown-session', awsError: 'InvalidClientTokenId', session })).toMatch(
      /^The request fails before evaluation: this scenario never issued the session .* AWS returns `InvalidClientTokenId`/,
    )
  })
})
