// The audit as a whole: a clean account has no findings, findings are ordered and identified stably, and every
// check is listed with documentation.
import { describe, expect, it } from 'vitest'
import { AUDIT_CHECKS, auditScenario, FINDING_SEVERITIES } from '../../../src/engine/index'
import { A, clean, daysAgo } from './fixtures'

describe(auditScenario, () => {
  it('finds nothing in an account that follows every practice', () => {
    expect(auditScenario(clean())).toEqual([])
  })

  it('lists the most severe findings first, with ids that stay the same from run to run', () => {
    const s = clean({
      accounts: [{ id: A }],
      users: [{ name: 'old', accessKeys: [{ id: 'AKIAOLDKEY0000000001', created: daysAgo(400), status: 'Active' }] }],
    })
    const first = auditScenario(s)
    const ranks = first.map((f) => FINDING_SEVERITIES.indexOf(f.severity))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(first.map((f) => f.check)).toContain('root-mfa')
    expect(auditScenario(s).map((f) => f.id)).toEqual(first.map((f) => f.id))
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length)
  })

  it('uses the scenario clock unless told another time', () => {
    const s = clean({
      users: [
        {
          name: 'u',
          accessKeys: [{ id: 'AKIAOLDKEY0000000001', created: daysAgo(60), lastUsed: daysAgo(1), status: 'Active' }],
        },
      ],
    })
    expect(auditScenario(s).map((f) => f.check)).toEqual([])
    const later = new Date(Date.parse(daysAgo(0)) + 40 * 86_400_000)
    expect(auditScenario(s, { now: later }).map((f) => f.check)).toEqual(['access-key-age'])
  })

  it('documents every check with an AWS documentation link', () => {
    expect(new Set(AUDIT_CHECKS.map((c) => c.id)).size).toBe(AUDIT_CHECKS.length)
    for (const check of AUDIT_CHECKS) {
      expect(check.learnMore).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//)
      expect(check.about.length).toBeGreaterThan(10)
    }
  })
})
