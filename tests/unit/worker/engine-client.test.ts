// The worker client's safety net, with a stand-in Worker: a hung engine is stopped and restarted, a crashed one
// reported, and the next call gets a fresh worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** A Worker that never answers (a hung computation), or fails to load when told to. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = []
  terminated = false
  constructor() {
    super()
    FakeWorker.made.push(this)
  }
  postMessage() {}
  terminate() {
    this.terminated = true
  }
  start() {}
  /** Simulates a script error (the worker crashed or failed to load). */
  crash(message: string) {
    const event = new Event('error') as Event & { message: string }
    event.message = message
    this.dispatchEvent(event)
  }
}

describe('withEngine', () => {
  beforeEach(async () => {
    FakeWorker.made = []
    vi.stubGlobal('Worker', FakeWorker)
    vi.resetModules()
    // Fresh modules, as on a page: the page's language catalog loads before anything is said (main.ts).
    await (await import('../../../src/lib/i18n/index')).loadInitialCatalog()
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('says the engine timed out in the page language', async () => {
    const i18n = await import('../../../src/lib/i18n/index')
    const client = await import('../../../src/lib/worker/engine-client')
    i18n.setLocale('ko', false)
    try {
      await expect(client.withEngine((remote) => remote.catalogServices(), 30)).rejects.toThrow(
        '엔진이 0초 넘게 걸려 다시 시작했습니다',
      )
    } finally {
      i18n.setLocale('en', false)
    }
  })

  it('gives up on a hung engine after the time limit, terminates the worker and starts a new one next time', async () => {
    const client = await import('../../../src/lib/worker/engine-client')
    const call = client.withEngine((remote) => remote.catalogServices(), 30)
    await expect(call).rejects.toBeInstanceOf(client.EngineTimeoutError)
    await expect(call).rejects.toThrow(/took longer than .* and was restarted/)
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    void client.withEngine((remote) => remote.catalogServices(), 30).catch(() => {})
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('reports a crashed worker and replaces it on the next call', async () => {
    const client = await import('../../../src/lib/worker/engine-client')
    const call = client.withEngine((remote) => remote.catalogServices(), 5_000)
    FakeWorker.made[0]!.crash('worker script failed')
    await expect(call).rejects.toThrow('worker script failed')
    expect(FakeWorker.made[0]!.terminated).toBe(true)
    void client.withEngine((remote) => remote.catalogServices(), 30).catch(() => {})
    expect(FakeWorker.made).toHaveLength(2)
  })

  it("counts a call's time from when the calls before it are answered, not from when it was made", async () => {
    const client = await import('../../../src/lib/worker/engine-client')
    const after = (ms: number, value: string) => () => new Promise<string>((r) => setTimeout(() => r(value), ms))
    // Each takes 25 ms of a 40 ms limit; the last one ends 75 ms after it was made, yet it is no hung engine.
    const calls = [
      client.withEngine(after(25, 'a'), 40),
      client.withEngine(after(50, 'b'), 40),
      client.withEngine(after(75, 'c'), 40),
    ]
    expect(await Promise.all(calls)).toEqual(['a', 'b', 'c'])
    expect(FakeWorker.made).toHaveLength(1)
    expect(FakeWorker.made[0]!.terminated).toBe(false)
  })

  it('makes the calls queued behind a hung one again on the fresh worker', async () => {
    const client = await import('../../../src/lib/worker/engine-client')
    const hung = client.withEngine(() => new Promise<string>(() => {}), 30)
    let made = 0
    const behind = client.withEngine(() => {
      made++
      // Sent to the first worker, it never answers (that worker is stopped); the fresh one answers.
      return made === 1 ? new Promise<string>(() => {}) : Promise.resolve('answered')
    }, 30)
    await expect(hung).rejects.toBeInstanceOf(client.EngineTimeoutError)
    expect(await behind).toBe('answered')
    expect(made).toBe(2)
    expect(FakeWorker.made).toHaveLength(2)
    expect(FakeWorker.made[0]!.terminated).toBe(true)
  })
})
