// Autosave storing the scenario as text made elsewhere (the engine worker), and what it does when that fails.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Scenario } from '../../../src/engine/index'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { Autosave, type AutosaveOptions } from '../../../src/lib/workspace/autosave.svelte'
import { scenario } from '../store/fixtures'

let backend: MemoryBackend
const cleanups: (() => void)[] = []

async function setup(text: AutosaveOptions['text']) {
  const ws = await backend.createWorkspace('W', scenario('v1'))
  const autosave = new Autosave(backend, ws, { channel: null, text })
  cleanups.push(autosave.destroy)
  return autosave
}

/** A text maker the test answers by hand, to see what autosave does while it waits. */
function pendingText() {
  const asked: { scenario: Scenario; answer: (text: string) => void; fail: (error: Error) => void }[] = []
  const text = (s: Scenario) =>
    new Promise<string>((answer, fail) => {
      asked.push({ scenario: s, answer, fail })
    })
  return { text, asked }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  backend = new MemoryBackend()
})

afterEach(() => {
  for (const c of cleanups.splice(0)) c()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('Autosave with a text maker', () => {
  it('stores the text it is given for the edit, and stays saving until the write lands', async () => {
    const { text, asked } = pendingText()
    const autosave = await setup(text)
    const save = vi.spyOn(backend, 'saveWorkspace')
    const edit = scenario('edited')
    autosave.schedule(edit)
    const flushed = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(asked.map((a) => a.scenario)).toEqual([edit])
    expect(autosave.status).toBe('saving') // Never "saved" before the write.
    expect(save).not.toHaveBeenCalled()
    asked[0]!.answer(JSON.stringify(edit))
    await flushed
    expect(save).toHaveBeenCalledWith(
      { id: autosave.workspace.id, scenario: edit, text: JSON.stringify(edit) },
      {
        expectedRevision: 1,
      },
    )
    expect(autosave).toMatchObject({ status: 'saved', mine: undefined })
    const load = await backend.getWorkspace(autosave.workspace.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('edited')
  })

  it('stores the object when the text cannot be made (the worker failed), losing nothing', async () => {
    const autosave = await setup(() => Promise.reject(new Error('engine stopped')))
    const save = vi.spyOn(backend, 'saveWorkspace')
    autosave.schedule(scenario('kept'))
    await autosave.flush()
    expect(save.mock.calls[0]?.[0]).toMatchObject({ text: undefined, scenario: { title: 'kept' } })
    expect(autosave).toMatchObject({ status: 'saved', error: undefined })
    const load = await backend.getWorkspace(autosave.workspace.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('kept')
  })

  it('keeps an edit made while the text was being made, and saves it next', async () => {
    const { text, asked } = pendingText()
    const autosave = await setup(text)
    autosave.schedule(scenario('first'))
    const first = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    autosave.schedule(scenario('second'))
    asked[0]!.answer(JSON.stringify(scenario('first')))
    await first
    expect(autosave).toMatchObject({ status: 'unsaved', mine: { title: 'second' } })
  })

  it('starts the write at once when the page goes away (`now`), storing the object without asking for text', async () => {
    const text = vi.fn(() => new Promise<string>(() => {}))
    const autosave = await setup(text)
    const save = vi.spyOn(backend, 'saveWorkspace')
    autosave.schedule(scenario('leaving'))
    const flushed = autosave.flush({ now: true })
    expect(save).toHaveBeenCalledTimes(1) // Before any await: the page may be gone after this task.
    expect(text).not.toHaveBeenCalled()
    await flushed
    expect(autosave.status).toBe('saved')
    const load = await backend.getWorkspace(autosave.workspace.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('leaving')
  })

  it('stops waiting for the text of a save in flight when the page goes away, and stores the object', async () => {
    const { text, asked } = pendingText()
    const autosave = await setup(text)
    const save = vi.spyOn(backend, 'saveWorkspace')
    autosave.schedule(scenario('in flight'))
    const first = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(asked).toHaveLength(1)
    const leaving = autosave.flush({ now: true })
    await first
    await leaving
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0]).toMatchObject({ text: undefined, scenario: { title: 'in flight' } })
    expect(autosave.status).toBe('saved')
  })

  it('stores the object when the browser cannot store the text (DataCloneError for a Blob)', async () => {
    const autosave = await setup(async (s) => new Blob([JSON.stringify(s)]))
    const save = vi.spyOn(backend, 'saveWorkspace')
    save.mockRejectedValueOnce(new DOMException('cannot clone', 'DataCloneError'))
    autosave.schedule(scenario('cloned'))
    await autosave.flush()
    expect(save).toHaveBeenCalledTimes(2)
    expect(save.mock.calls[0]?.[0].text).toBeInstanceOf(Blob)
    expect(save.mock.calls[1]?.[0]).toMatchObject({ text: undefined, scenario: { title: 'cloned' } })
    expect(autosave.status).toBe('saved')
  })
})
