// The request form's text → the requests the engine is asked, or field errors: whatever is typed or pasted into any
// field, the function never throws, and every request it lets through is one `simulate` answers without throwing.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requestInputIssues, simulate, type Scenario } from '../../../src/engine/index'
import type { RequestDraft } from '../../../src/lib/request/draft'
import { formInput as readForm, inputFields, issuesOf } from '../../../src/lib/request/form-input'
import { library } from '../graph/support'

const teams = library('company-teams')
const steps = library('least-privilege-steps')
const OBJECT = 'arn:aws:s3:::company-a-app-assets/images/logo.png'

/** The form as the app reads it: the engine's issues of its fields (the worker's, in the app), then the requests. */
const formInput = (scenario: Scenario, d: RequestDraft) => readForm(d, requestInputIssues(scenario, inputFields(d)))

const draft = (parts: Partial<RequestDraft> = {}): RequestDraft => ({
  principal: 'user/jiwoo',
  actions: ['s3:GetObject'],
  resources: [OBJECT],
  environment: {},
  context: {},
  ...parts,
})

/** What people paste: long text, JSON, broken ARNs, unicode, newlines, and plain noise. */
const hostile = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\n\n',
    'jiwoo',
    '*',
    's3:*',
    'arn:aws:iam::123:user/',
    'arn:aws:iam::111122223333:user/',
    'arn:aws:sts::111122223333:assumed-role/',
    'arn:',
    'arn:aws:s3:::',
    '{"Version":"2012-10-17","Statement":[]}',
    '__proto__',
    'constructor',
    '사용자/지우',
    '😀:😀',
    'user/jiwoo\nuser/minho',
    '${aws:username}',
    '203.0.113.0/24',
    '::ffff:1.2.3.4',
    '2025-13-45T99:99:99Z',
    'x'.repeat(100_001),
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
)

const lines = fc.array(hostile, { minLength: 1, maxLength: 3 })

const drafts = fc.record({
  principal: fc.oneof(hostile, fc.constantFrom('user/jiwoo', 'root', 'role/EC2FullAccessRole', 'anonymous')),
  actions: fc.oneof(lines, fc.constant(['s3:GetObject'])),
  resources: fc.oneof(lines, fc.constant([OBJECT]), fc.constant(['*'])),
  environment: fc.record(
    { sourceIp: hostile, region: hostile, time: hostile, mfa: fc.boolean(), secureTransport: fc.boolean() },
    { requiredKeys: [] },
  ),
  context: fc.dictionary(hostile, fc.oneof(hostile, fc.array(hostile, { maxLength: 3 })), { maxKeys: 3 }),
})

describe(readForm, () => {
  it('asks every filled action × resource of a readable form', () => {
    const input = formInput(teams, draft({ actions: ['s3:GetObject', ' ', 's3:PutObject'], resources: [OBJECT, '*'] }))
    expect(input.issues).toEqual([])
    expect(input.requests.map((r) => `${r.action} ${r.resource}`)).toEqual([
      `s3:GetObject ${OBJECT}`,
      's3:GetObject *',
      `s3:PutObject ${OBJECT}`,
      's3:PutObject *',
    ])
  })

  it('asks nothing for a principal that is not one, and says so on the principal field with the fix', () => {
    const input = formInput(teams, draft({ principal: 'jiwoo' }))
    expect(input.requests).toEqual([])
    expect(issuesOf(input.issues, 'principal')).toMatchObject([{ severity: 'error', fixes: ['user/jiwoo'] }])
  })

  it('asks nothing for an empty field, and has no issue for it (the form says "enter …")', () => {
    expect(formInput(teams, draft({ actions: [' '] }))).toEqual({ requests: [], issues: [] })
  })

  it('never throws, and every request it lets through is answered by `simulate` without throwing', () => {
    for (const scenario of [teams, steps] as Scenario[]) {
      let asked = 0
      fc.assert(
        fc.property(drafts, (d) => {
          const input = formInput(scenario, d as RequestDraft)
          if (input.issues.some((i) => i.severity === 'error')) expect(input.requests).toEqual([])
          for (const issue of input.issues) expect(issue.message.key).toMatch(/^check\./)
          for (const request of input.requests.slice(0, 4)) simulate(scenario, request)
          asked += input.requests.length > 0 ? 1 : 0
        }),
        { numRuns: 300 },
      )
      // The property says something only if many drafts get through to the engine.
      expect(asked).toBeGreaterThan(30)
    }
  })
})
