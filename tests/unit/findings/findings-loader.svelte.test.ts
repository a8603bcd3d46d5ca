// The findings loader with a fake audit: one audit per scenario after a pause, in parts (the checks, then the
// escalation search range by range), pending from the first change to the answer, the latest scenario's findings
// winning, the last findings kept beside a failure, progress, and Cancel keeping what was found.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AuditOptions, Finding, Scenario } from '../../../src/engine/index'
import { AUDIT_DELAY_MS, FindingsLoader, MIN_PART, PARTS } from '../../../src/lib/findings/findings.svelte'
import { scenario } from '../../helpers/scenario'

/** An audit the test answers when it chooses: each call is one part (the checks, or a range of principals). */
function fakeAudit() {
  const calls: {
    scenario: Scenario
    part: AuditOptions['part']
    answer: (f: Finding[]) => void
    fail: (m: string) => void
  }[] = []
  const audit = (s: Scenario, options: AuditOptions = {}) =>
    new Promise<Finding[]>((resolve, reject) => {
      calls.push({ scenario: s, part: options.part, answer: resolve, fail: (m) => reject(new Error(m)) })
    })
  return { audit, calls }
}

const finding = (id: string, severity: Finding['severity'] = 'low', check = 'root-mfa') =>
  ({ id, severity, check }) as Finding

/** Answers the checks part, then every range of principals, with no findings unless given. */
async function answerAll(calls: ReturnType<typeof fakeAudit>['calls'], from: number, findings: Finding[] = []) {
  for (let i = from; i < calls.length; i++) {
    calls[i]!.answer(i === from ? findings : [])
    await vi.advanceTimersByTimeAsync(0)
  }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe(FindingsLoader, () => {
  it('audits a scenario once, after a pause, in parts, and is pending until the findings arrive', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    const s = scenario({ title: 'one', users: [{ name: 'a' }, { name: 'b' }] })
    loader.track(s)
    loader.track(s)
    expect(loader.pending).toBe(true)
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    expect(calls.map((c) => c.part)).toEqual(['checks'])
    expect(loader.audited).toBeUndefined()
    expect(loader.pending).toBe(true)
    calls[0]!.answer([finding('low')])
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.map((c) => c.part)).toEqual(['checks', { from: 0, to: 2 }])
    expect(loader.total).toBe(2)
    calls[1]!.answer([finding('escalation', 'critical', 'privilege-escalation')])
    await vi.advanceTimersByTimeAsync(0)
    // Most severe first, as the whole audit orders them.
    expect(loader.findings?.map((f) => f.id)).toEqual(['escalation', 'low'])
    expect(loader.pending).toBe(false)
    expect(loader.done).toBe(2)
    // The scenario the findings are of, until the next one is tracked.
    expect(loader.audited).toBe(s)
    loader.track(scenario({ title: 'two' }))
    expect(loader.audited).toBeUndefined()
  })

  it('audits only the last of quick changes, and keeps the latest answer', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    loader.track(scenario({ title: 'one' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS / 2)
    loader.track(scenario({ title: 'two' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    expect(calls.map((c) => c.scenario.title)).toEqual(['two'])
    loader.track(scenario({ title: 'three' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[1]!.answer([finding('three')])
    calls[0]!.answer([finding('two')])
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.findings).toEqual([finding('three')])
    expect(calls.map((c) => c.scenario.title)).toEqual(['two', 'three']) // no principals: no escalation part
  })

  it('keeps the last findings beside a failure, until the next audit succeeds', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    loader.track(scenario({ title: 'one' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[0]!.answer([finding('a')])
    await vi.advanceTimersByTimeAsync(0)
    loader.track(scenario({ title: 'two' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[1]!.fail('the engine took longer than 30 s and was restarted')
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.error).toBe('the engine took longer than 30 s and was restarted')
    expect(loader.findings).toEqual([finding('a')])
    expect(loader.pending).toBe(false)
    loader.track(scenario({ title: 'three' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    await answerAll(calls, 2)
    expect(loader.error).toBeUndefined()
    expect(loader.findings).toEqual([])
  })

  it('shows progress through the principals, and Cancel keeps what was found so far', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    const total = MIN_PART * PARTS * 2
    const users = Array.from({ length: total }, (_, i) => ({ name: `u${i}` }))
    loader.track(scenario({ title: 'big', users }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[0]!.answer([finding('checks')])
    await vi.advanceTimersByTimeAsync(0)
    const size = total / PARTS
    expect(calls[1]!.part).toEqual({ from: 0, to: size })
    expect([loader.done, loader.total, loader.running]).toEqual([0, total, true])
    calls[1]!.answer([finding('first', 'high', 'privilege-escalation')])
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.done).toBe(size)
    expect(calls[2]!.part).toEqual({ from: size, to: 2 * size })

    loader.cancel()
    expect(loader.audited).toBeUndefined() // part of an audit: no expected findings are checked against it
    expect(loader.running).toBe(false)
    expect(loader.pending).toBe(false)
    expect(loader.cancelled).toBe(true)
    expect(loader.findings?.map((f) => f.id)).toEqual(['first', 'checks'])
    // The part the worker was on when cancelled changes nothing, and nothing more is asked.
    calls[2]!.answer([finding('late', 'critical', 'privilege-escalation')])
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.findings?.map((f) => f.id)).toEqual(['first', 'checks'])
    expect(calls).toHaveLength(3)
  })
})
