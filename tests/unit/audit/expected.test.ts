// A scenario's expected findings against the audit: present with their techniques, absent, or absent techniques.
import { describe, expect, it } from 'vitest'
import { auditScenario, checkExpectedFindings, type ExpectedFinding, type Scenario } from '../../../src/engine/index'
import { A, allowDoc, clean } from './fixtures'

const userArn = (name: string) => `arn:aws:iam::${A}:user/${name}`

/** admin (everything); eve attaches policies to herself; bob creates keys for himself only. */
function account(expectFindings: ExpectedFinding[]): Scenario {
  return clean({
    users: [
      { name: 'admin', groups: ['Admins'] },
      {
        name: 'eve',
        inlinePolicies: [{ name: 'Self', document: allowDoc('iam:AttachUserPolicy', userArn('eve')) as never }],
      },
      {
        name: 'bob',
        inlinePolicies: [
          { name: 'Keys', document: allowDoc('iam:CreateAccessKey', userArn('${aws:username}')) as never },
        ],
      },
    ],
    groups: [{ name: 'Admins', managedPolicies: ['AdministratorAccess'] }],
    expectFindings,
  })
}

/** The results of the expectations against the scenario's own audit. */
function results(...expected: ExpectedFinding[]) {
  const s = account(expected)
  return checkExpectedFindings(s, auditScenario(s))
}

const PE = 'privilege-escalation' as const

describe('checkExpectedFindings', () => {
  it('passes a finding that is there, with the techniques it lists, by short reference or ARN', () => {
    const [byName, byArn, anyDetail] = results(
      { check: PE, principal: 'user/eve', techniques: ['grantSelf'] },
      { check: PE, principal: userArn('eve'), techniques: ['grantSelf'] },
      { check: PE, principal: `${A}:user/eve` },
    )
    expect(byName).toMatchObject({ ok: true, missing: [], unwanted: [], unknown: [] })
    expect(byName!.found.map((f) => f.entities[0]?.name)).toEqual(['eve'])
    expect(byArn!.ok).toBe(true)
    expect(anyDetail!.ok).toBe(true)
  })

  it('fails a finding that is not there, or that lacks a technique, saying which', () => {
    const [none, lacking] = results(
      { check: PE, principal: 'user/bob' },
      { check: PE, principal: 'user/eve', techniques: ['grantSelf', 'createAccessKey'] },
    )
    expect(none).toMatchObject({ ok: false, found: [] })
    expect(lacking).toMatchObject({ ok: false, missing: ['createAccessKey'] })
  })

  it('tells a user from a role of the same name, and a finding of another check', () => {
    const [asRole, otherCheck] = results(
      { check: PE, principal: 'role/eve' },
      { check: 'assume-more-powerful-role', principal: 'user/eve' },
    )
    expect(asRole!.ok).toBe(false)
    expect(otherCheck!.ok).toBe(false)
  })

  it('with absent: passes when there is no such finding, fails with what is there', () => {
    const [safe, flagged] = results(
      { check: PE, principal: 'user/bob', absent: true },
      { check: PE, principal: 'user/eve', absent: true },
    )
    expect(safe).toMatchObject({ ok: true, found: [], unwanted: [] })
    expect(flagged).toMatchObject({ ok: false, unwanted: ['grantSelf'] })
  })

  it('with absent and techniques: only those details must not be there', () => {
    const [other, listed] = results(
      { check: PE, principal: 'user/eve', techniques: ['createAccessKey'], absent: true },
      { check: PE, principal: 'user/eve', techniques: ['createAccessKey', 'grantSelf'], absent: true },
    )
    expect(other).toMatchObject({ ok: true, unwanted: [] })
    expect(listed).toMatchObject({ ok: false, unwanted: ['grantSelf'] })
  })

  it('names escalation techniques the audit does not know (a typo fails instead of passing silently)', () => {
    const [typo] = results({ check: PE, principal: 'user/eve', techniques: ['grantself'], absent: true })
    expect(typo).toMatchObject({ ok: false, unknown: ['grantself'], unwanted: [] })
    const [otherCheck] = results({ check: 'trust-open', principal: 'user/eve', techniques: ['anything'], absent: true })
    expect(otherCheck).toMatchObject({ ok: true, unknown: [] })
  })

  it('fails a check the audit does not have, whatever else the expectation says', () => {
    const [absent, present] = results(
      { check: 'privilege-escalations', principal: 'user/bob', absent: true },
      { check: 'privilege-escalations', principal: 'user/eve' },
    )
    expect(absent).toMatchObject({ ok: false, unknownCheck: true, found: [] })
    expect(present).toMatchObject({ ok: false, unknownCheck: true })
    expect(results({ check: PE, principal: 'user/bob', absent: true })[0]!.unknownCheck).toBe(false)
  })

  it('answers nothing for a scenario without expectations', () => {
    const s = account([])
    delete s.expectFindings
    expect(checkExpectedFindings(s, auditScenario(s))).toEqual([])
  })
})
