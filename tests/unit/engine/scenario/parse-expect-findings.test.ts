// parseScenario: a scenario's expected audit findings (`expectFindings`), each error at the value at fault.
import { describe, expect, it } from 'vitest'
import type { ExpectedFinding } from '../../../../src/engine/scenario/model'
import { errorsAfter, run, set } from './parse-support'

/** The example scenario's errors with one expected finding. */
const errorsWith = (expected: unknown) => errorsAfter((s) => (s.expectFindings = [expected as ExpectedFinding]))

describe('expectFindings', () => {
  it('loads and keeps expected findings about users and roles, by short reference or ARN', () => {
    const expected: ExpectedFinding[] = [
      { check: 'privilege-escalation', principal: 'user/alice', techniques: ['grantSelf'] },
      {
        title: { en: 'No path', ko: '경로 없음' },
        check: 'privilege-escalation',
        principal: 'role/Deployer',
        absent: true,
      },
      { check: 'trust-open', principal: 'arn:aws:iam::111122223333:role/AppServer', absent: true },
      { check: 'console-user-mfa', principal: '111122223333:user/contractors/bob' },
    ]
    const r = run((s) => (s.expectFindings = structuredClone(expected)))
    expect(r.ok && r.scenario.expectFindings).toEqual(expected)
  })

  it('takes a well-formed check id, refusing a malformed one (the audit, not the format, knows which exist)', () => {
    expect(errorsWith({ check: 'Privilege Escalation', principal: 'user/alice' })).toEqual([
      '/expectFindings/0/check: "Privilege Escalation" is not an audit check id (`privilege-escalation`, `trust-open`, …)',
    ])
    expect(errorsWith({ check: 'privilege-escalations', principal: 'user/alice' })).toEqual([])
  })

  it('needs a check and a principal, and knows no other property', () => {
    expect(errorsWith({ principal: 'user/alice' })).toEqual([
      '/expectFindings/0: missing `check` (an expected finding)',
    ])
    expect(errorsWith({ check: 'trust-open' })).toEqual([
      '/expectFindings/0: missing `principal` (an expected finding)',
    ])
    expect(errorsWith({ check: 'trust-open', principal: 'role/Deployer', technique: ['x'] })).toEqual([
      '/expectFindings/0/technique: unknown property `technique` in an expected finding (did you mean `techniques`?)',
    ])
  })

  it('names a user or role of the scenario', () => {
    expect(errorsWith({ check: 'privilege-escalation', principal: 'user/alicia' })).toEqual([
      '/expectFindings/0/principal: unknown user "alicia"',
    ])
    expect(errorsWith({ check: 'privilege-escalation', principal: 'role/deployer' })).toEqual([
      '/expectFindings/0/principal: unknown role "deployer" (did you mean "Deployer"?)',
    ])
    for (const principal of [
      'group/developers',
      'root',
      'lambda.amazonaws.com',
      'assumed-role/Deployer/alice-deploy',
    ]) {
      expect(errorsWith({ check: 'privilege-escalation', principal }), principal).toEqual([
        `/expectFindings/0/principal: an expected finding is about a user or a role: write \`user/NAME\`, \`role/NAME\` or its ARN; found "${principal}"`,
      ])
    }
  })

  it('takes technique ids and a boolean `absent`', () => {
    expect(errorsWith({ check: 'privilege-escalation', principal: 'user/alice', techniques: ['grant self'] })).toEqual([
      '/expectFindings/0/techniques/0: "grant self" is not a technique id (`policyVersion`, `createAccessKey`, …)',
    ])
    expect(errorsWith({ check: 'privilege-escalation', principal: 'user/alice', absent: 'yes' })).toHaveLength(1)
    expect(errorsAfter((s) => set(s, 'expectFindings', { check: 'trust-open' }))).toHaveLength(1)
  })
})
