// EngineQuery with a fake engine function: the latest ask wins, pending follows it, failures become state, retry
// asks again; and with the real worker client, a crashed worker ends in the error state.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EngineQuery, errorText } from '../../../src/lib/worker/engine-query.svelte'

/** A fake engine call whose answers the test releases one by one, in any order. */
function deferred() {
  const calls: { args: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = []
  const ask = (args: number) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ args, resolve, reject })
    })
  return { ask, calls }
}

describe(EngineQuery, () => {
  it('asks one at a time: a newer ask waits for the running one, and only the latest waiting ask is asked', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const first = q.run(1)
    const second = q.run(2)
    const third = q.run(3)
    expect(calls.map((c) => c.args)).toEqual([1])
    expect(await second).toBeUndefined()
    calls[0]!.resolve('one')
    expect(await first).toBeUndefined()
    await vi.waitFor(() => expect(calls.map((c) => c.args)).toEqual([1, 3]))
    calls[1]!.resolve('three')
    expect(await third).toBe('three')
    expect(q.value).toBe('three')
  })

  it('asks the waiting ask after a running one fails', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const first = q.run(1)
    const second = q.run(2)
    calls[0]!.reject(new Error('late failure'))
    expect(await first).toBeUndefined()
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    calls[1]!.resolve('two')
    expect(await second).toBe('two')
    expect(q.error).toBeUndefined()
  })

  it('is pending while the latest ask waits and runs, not after', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    expect(q.pending).toBe(false)
    const first = q.run(1)
    expect(q.pending).toBe(true)
    const second = q.run(2)
    calls[0]!.resolve('one')
    await first
    expect(q.pending).toBe(true)
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    calls[1]!.resolve('two')
    await second
    expect(q.pending).toBe(false)
  })

  it('keeps the last answer while a newer ask runs', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const first = q.run(1)
    calls[0]!.resolve('one')
    await first
    void q.run(2)
    expect(q.value).toBe('one')
  })

  it('turns a failure into the error state, and the next answer clears it', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const ok = q.run(1)
    calls[0]!.resolve('one')
    await ok
    const failing = q.run(2)
    calls[1]!.reject(new Error('the engine took longer than 8 s and was restarted'))
    expect(await failing).toBeUndefined()
    expect(q.error).toBe('the engine took longer than 8 s and was restarted')
    expect(q.value).toBeUndefined()
    expect(q.pending).toBe(false)
    const again = q.run(3)
    expect(q.error).toBeDefined()
    calls[2]!.resolve('three')
    await again
    expect(q.error).toBeUndefined()
    expect(q.value).toBe('three')
  })

  it('can keep the last answer beside the error', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask, { keepOnError: true })
    const ok = q.run(1)
    calls[0]!.resolve('one')
    await ok
    const failing = q.run(2)
    calls[1]!.reject('plain text')
    await failing
    expect(q.value).toBe('one')
    expect(q.error).toBe('plain text')
  })

  it('drops a failure of an overtaken ask', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const first = q.run(1)
    const second = q.run(2)
    calls[0]!.reject(new Error('late failure'))
    await first
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    calls[1]!.resolve('two')
    await second
    expect(q.error).toBeUndefined()
    expect(q.value).toBe('two')
  })

  it('turns an ask that throws before returning a promise into the error state', async () => {
    const q = new EngineQuery((): Promise<string> => {
      throw new Error('no engine')
    })
    expect(await q.run()).toBeUndefined()
    expect(q.error).toBe('no engine')
    expect(q.pending).toBe(false)
  })

  it('retries with the last arguments', async () => {
    let fail = true
    const ask = vi.fn(async (n: number) => {
      if (fail) throw new Error('worker crashed')
      return n * 2
    })
    const q = new EngineQuery(ask)
    expect(await q.retry()).toBeUndefined()
    expect(ask).not.toHaveBeenCalled()
    await q.run(21)
    expect(q.error).toBe('worker crashed')
    fail = false
    expect(await q.retry()).toBe(42)
    expect(ask).toHaveBeenLastCalledWith(21)
    expect(q.error).toBeUndefined()
  })

  it('reset forgets the answer and ignores an ask still running', async () => {
    const { ask, calls } = deferred()
    const q = new EngineQuery(ask)
    const running = q.run(1)
    q.reset()
    expect(q.pending).toBe(false)
    calls[0]!.resolve('one')
    expect(await running).toBeUndefined()
    expect(q.value).toBeUndefined()
  })

  it('reset can keep the error of the last ask', async () => {
    const q = new EngineQuery(async () => {
      throw new Error('worker crashed')
    })
    await q.run()
    q.reset({ keepError: true })
    expect(q.error).toBe('worker crashed')
    q.reset()
    expect(q.error).toBeUndefined()
  })
})

describe(errorText, () => {
  it('shows an error by its message and anything else as text', () => {
    expect(errorText(new Error('boom'))).toBe('boom')
    expect(errorText(42)).toBe('42')
  })
})

/** A Worker that never answers, and fails when told to (as in engine-client.test.ts). */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = []
  constructor() {
    super()
    FakeWorker.made.push(this)
  }
  postMessage() {}
  terminate() {}
  start() {}
  crash(message: string) {
    const event = new Event('error') as Event & { message: string }
    event.message = message
    this.dispatchEvent(event)
  }
}

describe('EngineQuery over the worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('ends in the error state when the worker crashes', async () => {
    FakeWorker.made = []
    vi.stubGlobal('Worker', FakeWorker)
    vi.resetModules()
    const { inWorker } = await import('../../../src/lib/worker/engine-client')
    const q = new EngineQuery(inWorker('catalogServices', 5_000))
    const asked = q.run()
    expect(q.pending).toBe(true)
    FakeWorker.made[0]!.crash('worker script failed')
    expect(await asked).toBeUndefined()
    expect(q.error).toBe('worker script failed')
    expect(q.pending).toBe(false)
  })
})
