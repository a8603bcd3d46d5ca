// The Findings view's summary of a scenario's expected findings: counts, titles in the page's language, and why a
// line failed (a missing technique, an unwanted one, no such finding, one reported that should be absent).
import { describe, expect, it } from 'vitest'
import { auditScenario, type Finding, type FindingDetail } from '../../../src/engine/index'
import { expectedSummary } from '../../../src/lib/findings/expected'
import { setLocale } from '../../../src/lib/i18n/index'
import { scenario } from '../../helpers/scenario'

const base = scenario({ users: [{ name: 'alice', password: {} }, { name: 'bob' }] })
const audited = auditScenario(base)
const mfa = audited.find((f) => f.check === 'console-user-mfa' && f.entities[0]?.name === 'alice')!
const detail = (key: string): FindingDetail => ({ key, params: {}, text: key, message: { key } })
// An escalation finding for alice listing one technique (the engine's check only reads check, entity and details).
const escalation: Finding = { ...mfa, id: 'esc', check: 'privilege-escalation', details: [detail('policyVersion')] }
const findings = [...audited, escalation]

describe('expected findings in the Findings view', () => {
  it('is nothing for a scenario without expectations', () => {
    expect(expectedSummary(base, findings)).toBeUndefined()
    expect(expectedSummary({ ...base, expectFindings: [] }, findings)).toBeUndefined()
  })

  it('counts the expectations that hold and says why the others fail', () => {
    const s = {
      ...base,
      expectFindings: [
        { title: { en: 'No MFA', ko: 'MFA 없음' }, check: 'console-user-mfa', principal: 'user/alice' },
        { title: 'Bob too', check: 'console-user-mfa', principal: 'user/bob' },
        {
          check: 'privilege-escalation',
          principal: 'user/alice',
          techniques: ['policyVersion', 'createAccessKey'],
        },
        { check: 'privilege-escalation', principal: 'user/alice', techniques: ['policyVersion'], absent: true },
        { check: 'console-user-mfa', principal: 'user/alice', absent: true },
        { check: 'privilege-escalation', principal: 'user/bob', absent: true },
      ],
    }
    const summary = expectedSummary(s, findings)!
    expect(summary.total).toBe(6)
    expect(summary.passed).toBe(2)
    expect(summary.lines.map((l) => [l.ok, l.title, l.why])).toEqual([
      [true, 'No MFA', []],
      [false, 'Bob too', ['No such finding: the audit reports no console-user-mfa finding for user/bob.']],
      [
        false,
        'privilege-escalation finding for user/alice listing policyVersion, createAccessKey',
        ['The finding does not list: createAccessKey.'],
      ],
      [
        false,
        'privilege-escalation finding for user/alice not listing policyVersion',
        ['Reported, but expected absent: policyVersion.'],
      ],
      [
        false,
        'No console-user-mfa finding for user/alice',
        ['Reported, but expected absent: the audit reports a console-user-mfa finding for user/alice.'],
      ],
      [true, 'No privilege-escalation finding for user/bob', []],
    ])
  })

  it('names techniques and checks the audit does not know', () => {
    const s = {
      ...base,
      expectFindings: [
        { check: 'privilege-escalation', principal: 'user/alice', techniques: ['nope'], absent: true },
        { check: 'no-such-check', principal: 'user/alice' },
      ],
    }
    const [technique, check] = expectedSummary(s, findings)!.lines
    expect(technique?.why).toEqual(['Not a technique the audit knows: nope.'])
    expect(check?.why).toEqual([
      'No such finding: the audit reports no no-such-check finding for user/alice.',
      'Not a check the audit knows: no-such-check.',
    ])
  })

  it('words titles and reasons in Korean on a Korean page', () => {
    setLocale('ko', false)
    try {
      const s = {
        ...base,
        expectFindings: [
          { title: { en: 'No MFA', ko: 'MFA 없음' }, check: 'console-user-mfa', principal: 'user/alice' },
          { title: { en: 'Bob' }, check: 'console-user-mfa', principal: 'user/bob' },
        ],
      }
      expect(expectedSummary(s, findings)!.lines.map((l) => [l.title, l.why])).toEqual([
        ['MFA 없음', []],
        ['Bob', ['해당 발견 사항 없음: 감사 결과 user/bob에 대한 console-user-mfa 발견 사항이 없습니다.']],
      ])
    } finally {
      setLocale('en', false)
    }
  })
})
