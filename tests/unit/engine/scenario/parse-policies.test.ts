// parseScenario: every policy document goes through the policy grammar for its kind.
import { describe, expect, it } from 'vitest'
import { errorsAfter } from './parse-support'

const allow = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }

describe('policy documents', () => {
  it("an inline policy's grammar error is reported at its pointer inside the document", () => {
    expect(
      errorsAfter(
        (s) =>
          (s.groups![0]!.inlinePolicies![0]!.document = {
            Version: '2012-10-17',
            Statement: [{ ...allow, Effect: 'allow' }],
          }),
      ),
    ).toEqual(['/groups/0/inlinePolicies/0/document/Statement/0/Effect: invalid effect `allow`'])
  })

  it('identity policies name no principal', () => {
    const errors = errorsAfter(
      (s) =>
        (s.users![0]!.inlinePolicies = [
          { name: 'p', document: { Version: '2012-10-17', Statement: [{ ...allow, Principal: '*' }] } },
        ]),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^\/users\/0\/inlinePolicies\/0\/document\/Statement\/0\/Principal: /)
  })

  it('trust policies name a principal', () => {
    const errors = errorsAfter(
      (s) =>
        (s.roles![1]!.trustPolicy = {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }],
        }),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^\/roles\/1\/trustPolicy\/Statement\/0: .*`Principal`/)
  })

  it('resource policies name a principal', () => {
    const errors = errorsAfter((s) => (s.resources![0]!.policy = { Version: '2012-10-17', Statement: [allow] }))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^\/resources\/0\/policy\/Statement\/0: /)
  })

  it('checks managed policy versions, SCPs, RCPs and session policies', () => {
    const broken = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*' }] }
    const errors = errorsAfter((s) => {
      s.policies![0]!.versions[0]!.document = broken
      s.organization!.policies![0]!.document = broken
      s.organization!.policies!.push({ name: 'R', type: 'rcp', document: broken })
      s.sessions![0]!.policies = [broken]
    })
    expect(errors.map((e) => e.slice(0, e.indexOf(':')))).toEqual([
      '/policies/0/versions/0/document/Statement/0',
      '/organization/policies/0/document/Statement/0',
      '/organization/policies/1/document/Statement/0',
      // An RCP also needs a principal.
      '/organization/policies/1/document/Statement/0',
      '/sessions/0/policies/0/Statement/0',
    ])
  })

  it('a document given as JSON text is reported with line and column', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Permit", "Action": "s3:*", "Resource": "*" }]\n}'
    expect(errorsAfter((s) => (s.groups![0]!.inlinePolicies![0]!.document = text))).toEqual([
      '/groups/0/inlinePolicies/0/document: line 3, column 29: invalid effect `Permit`',
    ])
    expect(errorsAfter((s) => (s.groups![0]!.inlinePolicies![0]!.document = '{"Statement": ['))[0]).toMatch(
      /^\/groups\/0\/inlinePolicies\/0\/document: line 1, column \d+: JSON syntax error/,
    )
  })

  it('valid JSON text documents pass', () => {
    expect(errorsAfter((s) => (s.roles![1]!.trustPolicy = JSON.stringify(s.roles![1]!.trustPolicy)))).toEqual([])
  })

  it('a policy that is neither object nor text is a type error', () => {
    expect(errorsAfter((s) => ((s.roles![1] as { trustPolicy: unknown }).trustPolicy = [1]))).toEqual([
      '/roles/1/trustPolicy: expected a policy document (an object) or its JSON text, found an array',
    ])
  })
})
