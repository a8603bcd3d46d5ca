// The page view's saving: debounced, one write at a time, "saved" only once the write lands, and mirrored
// synchronously when the page goes away before that.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mirroredView, type PageView } from '../../../src/lib/workspace/page-view'
import { ViewSave } from '../../../src/lib/workspace/view-save.svelte'
import { memoryStorage } from './memory-storage'

function view(at: number, principal = 'user/jiwoo'): PageView {
  return {
    workspace: 'ws-1',
    at,
    request: { principal, actions: ['s3:GetObject'], resources: ['*'], environment: {}, context: {} },
  }
}

/** A `setMeta` whose writes land only when the test says so. */
function slowBackend() {
  const writes: { value: unknown; land: () => void; fail: () => void }[] = []
  const setMeta = vi.fn(
    (_key: string, value: unknown) =>
      new Promise<void>(
        (resolve, reject) => void writes.push({ value, land: resolve, fail: () => reject(new Error('x')) }),
      ),
  )
  return { backend: { setMeta } as never, setMeta, writes }
}

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
afterEach(() => void vi.useRealTimers())

describe(ViewSave, () => {
  it('says "saved" only once the write has landed', async () => {
    const { backend, writes } = slowBackend()
    const save = new ViewSave(backend, { delay: 300 })
    save.schedule(view(1))
    expect(save.status).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(300)
    expect(save.status).toBe('saving')
    expect(writes).toHaveLength(1)
    writes[0]!.land()
    await vi.advanceTimersByTimeAsync(0)
    expect(save.status).toBe('saved')
  })

  it('debounces a burst into one write of the last view', async () => {
    const { backend, setMeta, writes } = slowBackend()
    const save = new ViewSave(backend, { delay: 300 })
    save.schedule(view(1, 'user/a'))
    await vi.advanceTimersByTimeAsync(200)
    save.schedule(view(2, 'user/b'))
    await vi.advanceTimersByTimeAsync(200)
    expect(setMeta).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(setMeta).toHaveBeenCalledTimes(1)
    expect(writes[0]!.value).toEqual(view(2, 'user/b'))
  })

  it('writes nothing for the view storage already holds', async () => {
    const { backend, setMeta } = slowBackend()
    const save = new ViewSave(backend)
    save.loaded(view(1))
    save.schedule(view(9))
    expect(save.status).toBe('saved')
    await vi.advanceTimersByTimeAsync(1000)
    expect(setMeta).not.toHaveBeenCalled()
  })

  it('a change made during a write stays unsaved, and is written after it, in order', async () => {
    const { backend, writes } = slowBackend()
    const save = new ViewSave(backend, { delay: 300 })
    save.schedule(view(1, 'user/a'))
    const first = save.flush()
    save.schedule(view(2, 'user/b'))
    writes[0]!.land()
    await first
    expect(save.status).toBe('unsaved')
    const second = save.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(writes.map((w) => (w.value as PageView).request?.principal)).toEqual(['user/a', 'user/b'])
    writes[1]!.land()
    await second
    expect(save.status).toBe('saved')
  })

  it('keeps a failed view and writes it on the next flush', async () => {
    const { backend, writes } = slowBackend()
    const save = new ViewSave(backend)
    save.schedule(view(1))
    const failing = save.flush()
    writes[0]!.fail()
    await failing
    expect(save.status).toBe('error')
    const retry = save.flush()
    await vi.advanceTimersByTimeAsync(0)
    writes[1]!.land()
    await retry
    expect(save.status).toBe('saved')
  })

  it('mirrors the view synchronously as the page goes away, and starts the write', async () => {
    const { backend, setMeta } = slowBackend()
    const storage = memoryStorage()
    const save = new ViewSave(backend, { delay: 300 })
    save.keep(storage)
    expect(storage.map.size).toBe(0) // Nothing unsaved: nothing to mirror.
    save.schedule(view(7, 'user/late'))
    save.keep(storage)
    expect(mirroredView(storage)).toEqual(view(7, 'user/late'))
    await vi.advanceTimersByTimeAsync(0)
    expect(setMeta).toHaveBeenCalledTimes(1)
  })
})
