// The table of privilege-escalation techniques: what each row must declare for the search and the app to use it.
import { describe, expect, it } from 'vitest'
import { ESCALATION_TECHNIQUES } from '../../../src/engine/audit/escalation/techniques'
import { en } from '../../../src/lib/i18n/messages/findings'

describe('ESCALATION_TECHNIQUES', () => {
  it('names each technique once', () => {
    const ids = ESCALATION_TECHNIQUES.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it.each(ESCALATION_TECHNIQUES.map((t) => [t.id, t] as const))(
    '%s declares its actions, what it checks and gains, and a detail line the message catalog has',
    (id, t) => {
      expect(t.actions.length).toBeGreaterThan(0)
      for (const action of t.actions) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/)
      expect(t.checks).not.toBe('')
      expect(t.gains).not.toBe('')
      expect((en as Record<string, string>)[`findings.detail.${id}`]).toMatch(/\{gained\}/)
    },
  )

  it('lists the techniques a row is an alternative to just before it, on the same kind of target', () => {
    ESCALATION_TECHNIQUES.forEach((t, i) => {
      for (const other of t.unless ?? []) {
        const j = ESCALATION_TECHNIQUES.findIndex((o) => o.id === other)
        expect(j, `${t.id} unless ${other}`).toBeGreaterThanOrEqual(0)
        expect(j).toBeLessThan(i)
        expect(ESCALATION_TECHNIQUES.slice(j, i + 1).every((o) => o.target === t.target)).toBe(true)
      }
    })
  })
})
