// The findings loader with a fake audit: one audit per scenario after a pause, pending from the first change to the
// answer, the latest scenario's findings winning, and the last findings kept beside a failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Finding, Scenario } from '../../../src/engine/index'
import { AUDIT_DELAY_MS, FindingsLoader } from '../../../src/lib/findings/findings.svelte'
import { scenario } from '../../helpers/scenario'

/** An audit the test answers when it chooses. */
function fakeAudit() {
  const calls: { scenario: Scenario; answer: (f: Finding[]) => void; fail: (m: string) => void }[] = []
  const audit = (s: Scenario) =>
    new Promise<Finding[]>((resolve, reject) => {
      calls.push({ scenario: s, answer: resolve, fail: (m) => reject(new Error(m)) })
    })
  return { audit, calls }
}

const finding = (id: string) => ({ id }) as Finding

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe(FindingsLoader, () => {
  it('audits a scenario once, after a pause, and is pending until the findings arrive', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    const s = scenario({ title: 'one' })
    loader.track(s)
    loader.track(s)
    expect(loader.pending).toBe(true)
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    expect(calls).toHaveLength(1)
    expect(loader.pending).toBe(true)
    calls[0]!.answer([finding('a')])
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.findings).toEqual([finding('a')])
    expect(loader.pending).toBe(false)
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
  })

  it('keeps the last findings beside a failure, until the next audit succeeds', async () => {
    const { audit, calls } = fakeAudit()
    const loader = new FindingsLoader(audit)
    loader.track(scenario({ title: 'one' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[0]!.answer([finding('a')])
    loader.track(scenario({ title: 'two' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[1]!.fail('the engine took longer than 30 s and was restarted')
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.error).toBe('the engine took longer than 30 s and was restarted')
    expect(loader.findings).toEqual([finding('a')])
    expect(loader.pending).toBe(false)
    loader.track(scenario({ title: 'three' }))
    await vi.advanceTimersByTimeAsync(AUDIT_DELAY_MS)
    calls[2]!.answer([])
    await vi.advanceTimersByTimeAsync(0)
    expect(loader.error).toBeUndefined()
    expect(loader.findings).toEqual([])
  })
})
