import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MemoryBackend } from '../../../src/lib/store/memory'
import type { WorkspaceBackend } from '../../../src/lib/store/backend'
import { Autosave, isSavedMessage, type Channel, type SavedMessage } from '../../../src/lib/workspace/autosave.svelte'
import { scenario } from '../store/fixtures'

/** A channel that records what it sends and lets the test deliver messages. */
function fakeChannel() {
  const sent: SavedMessage[] = []
  let listener: ((event: MessageEvent) => void) | undefined
  const channel: Channel = {
    postMessage: (m) => void sent.push(m),
    addEventListener: (_type, l) => void (listener = l),
    close: vi.fn(),
  }
  return { channel, sent, deliver: (data: unknown) => listener?.({ data } as MessageEvent) }
}

let backend: MemoryBackend
const cleanups: (() => void)[] = []

async function setup(options: ConstructorParameters<typeof Autosave>[2] = { channel: null }) {
  const ws = await backend.createWorkspace('W', scenario('v1'))
  const autosave = new Autosave(backend, ws, options)
  cleanups.push(autosave.destroy)
  return autosave
}

const title = async (b: WorkspaceBackend, id: string) => {
  const load = await b.getWorkspace(id)
  return load?.ok ? load.workspace.scenario.title : undefined
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(10_000)
  backend = new MemoryBackend()
})

afterEach(() => {
  for (const c of cleanups.splice(0)) c()
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe(Autosave, () => {
  it('starts saved, at the revision it was given', async () => {
    const autosave = await setup()
    expect(autosave).toMatchObject({ status: 'saved', lastSavedAt: undefined, mine: undefined })
    expect(autosave.workspace.revision).toBe(1)
  })

  it('debounces: a burst of edits is one save of the last edit, after the pause', async () => {
    const autosave = await setup({ channel: null, delay: 500 })
    const save = vi.spyOn(backend, 'saveWorkspace')
    autosave.schedule(scenario('e1'))
    await vi.advanceTimersByTimeAsync(300)
    autosave.schedule(scenario('e2'))
    await vi.advanceTimersByTimeAsync(300)
    autosave.schedule(scenario('e3'))
    expect(autosave.status).toBe('unsaved')
    await vi.advanceTimersByTimeAsync(499)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledOnce()
    expect(autosave).toMatchObject({ status: 'saved', lastSavedAt: 11_100, mine: undefined })
    expect(autosave.workspace.revision).toBe(2)
    expect(await title(backend, autosave.workspace.id)).toBe('e3')
  })

  it('saves at once on flush', async () => {
    const autosave = await setup()
    autosave.schedule(scenario('now'))
    await autosave.flush()
    expect(autosave.status).toBe('saved')
    expect(await title(backend, autosave.workspace.id)).toBe('now')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(autosave.workspace.revision).toBe(2) // The debounce timer was cancelled.
  })

  it('does nothing on flush when all is saved', async () => {
    const autosave = await setup()
    const save = vi.spyOn(backend, 'saveWorkspace')
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('is saving while the write is in flight', async () => {
    const autosave = await setup()
    autosave.schedule(scenario('x'))
    const done = autosave.flush()
    expect(autosave.status).toBe('saving')
    await done
    expect(autosave.status).toBe('saved')
  })

  it('keeps an edit made during a save and saves it next', async () => {
    const autosave = await setup({ channel: null, delay: 100 })
    autosave.schedule(scenario('first'))
    const first = autosave.flush()
    autosave.schedule(scenario('second'))
    await first
    expect(autosave.status).toBe('unsaved')
    expect(autosave.mine?.title).toBe('second')
    await vi.advanceTimersByTimeAsync(100)
    expect(autosave).toMatchObject({ status: 'saved', mine: undefined })
    expect(autosave.workspace.revision).toBe(3)
    expect(await title(backend, autosave.workspace.id)).toBe('second')
  })

  it('reports a failed save, keeps the edit and retries it on flush', async () => {
    const autosave = await setup()
    vi.spyOn(backend, 'saveWorkspace').mockRejectedValueOnce(new Error('disk unplugged'))
    autosave.schedule(scenario('precious'))
    await autosave.flush()
    expect(autosave).toMatchObject({ status: 'error', error: 'disk unplugged' })
    expect(autosave.mine?.title).toBe('precious')
    await autosave.flush()
    expect(autosave).toMatchObject({ status: 'saved', error: undefined })
    expect(await title(backend, autosave.workspace.id)).toBe('precious')
  })

  it('stores a snapshot: later changes to the edited object do not reach the stored copy', async () => {
    const autosave = await setup()
    const edited = scenario('as saved')
    autosave.schedule(edited)
    await autosave.flush()
    edited.title = 'changed after the save'
    expect(await title(backend, autosave.workspace.id)).toBe('as saved')
  })

  it('carries the backend notice (storage full: kept in this tab only)', async () => {
    const ws = await backend.createWorkspace('W', scenario())
    const notice = 'browser storage is full; not saved'
    const fullDisk = Object.assign(Object.create(backend) as MemoryBackend, { notice: undefined as string | undefined })
    const autosave = new Autosave(fullDisk, ws, { channel: null })
    cleanups.push(autosave.destroy)
    vi.spyOn(fullDisk, 'saveWorkspace').mockImplementation(async (change, options) => {
      fullDisk.notice = notice
      return backend.saveWorkspace(change, options)
    })
    autosave.schedule(scenario('kept'))
    await autosave.flush()
    expect(autosave).toMatchObject({ status: 'saved', notice })
  })
})

describe('conflicts', () => {
  /** Two editors of one workspace over one store, as two tabs over one database. */
  async function twoTabs() {
    const ws = await backend.createWorkspace('Shared', scenario('base'))
    const a = new Autosave(backend, ws, { channel: null })
    const b = new Autosave(backend, ws, { channel: null })
    cleanups.push(a.destroy, b.destroy)
    return { a, b }
  }

  it('stops at a conflict with their copy, and waits for a choice', async () => {
    const { a, b } = await twoTabs()
    a.schedule(scenario('theirs'))
    await a.flush()
    b.schedule(scenario('mine'))
    await b.flush()
    expect(b).toMatchObject({ status: 'conflict', conflict: 'changed' })
    expect(b.theirs).toMatchObject({ revision: 2, scenario: { title: 'theirs' } })
    expect(b.mine?.title).toBe('mine')
    b.schedule(scenario('mine, edited on'))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(b.status).toBe('conflict')
    expect(await title(backend, b.workspace.id)).toBe('theirs')
  })

  it('keepMine saves this copy over theirs at the next revision', async () => {
    const { a, b } = await twoTabs()
    a.schedule(scenario('theirs'))
    await a.flush()
    b.schedule(scenario('mine'))
    await b.flush()
    await b.keepMine()
    expect(b).toMatchObject({ status: 'saved', theirs: undefined, conflict: undefined })
    expect(b.workspace.revision).toBe(3)
    expect(await title(backend, b.workspace.id)).toBe('mine')
  })

  it('takeTheirs hands their scenario to the editor and drops mine', async () => {
    const { a, b } = await twoTabs()
    a.schedule(scenario('theirs'))
    await a.flush()
    b.schedule(scenario('mine'))
    await b.flush()
    expect(b.takeTheirs()?.title).toBe('theirs')
    expect(b).toMatchObject({ status: 'saved', mine: undefined, theirs: undefined })
    b.schedule(scenario('on top of theirs'))
    await b.flush()
    expect(b.status).toBe('saved')
    expect(b.workspace.revision).toBe(3)
  })

  it('keepMine re-creates a workspace deleted elsewhere', async () => {
    const { b } = await twoTabs()
    await backend.deleteWorkspace(b.workspace.id)
    const oldId = b.workspace.id
    b.schedule(scenario('orphan'))
    await b.flush()
    expect(b).toMatchObject({ status: 'conflict', conflict: 'deleted', theirs: undefined })
    expect(b.takeTheirs()).toBeUndefined()
    await b.keepMine()
    expect(b.status).toBe('saved')
    expect(b.workspace.id).not.toBe(oldId)
    expect(b.workspace.name).toBe('Shared')
    expect(await title(backend, b.workspace.id)).toBe('orphan')
  })
})

describe('messages from other tabs', () => {
  it('announces each save', async () => {
    const { channel, sent } = fakeChannel()
    const autosave = await setup({ channel: () => channel })
    autosave.schedule(scenario('x'))
    await autosave.flush()
    expect(sent).toEqual([{ type: 'saved', id: autosave.workspace.id, revision: 2 }])
  })

  it('marks the copy outdated, and the next edit is a conflict', async () => {
    const { channel, deliver } = fakeChannel()
    const autosave = await setup({ channel: () => channel })
    const id = autosave.workspace.id
    await backend.saveWorkspace({ id, scenario: scenario('other tab') }, { expectedRevision: 1 })
    const save = vi.spyOn(backend, 'saveWorkspace')
    deliver({ type: 'saved', id, revision: 2 })
    await vi.waitFor(() => expect(autosave.outdated).toBe(true))
    expect(autosave.status).toBe('saved')
    expect(autosave.theirs?.scenario.title).toBe('other tab')
    autosave.schedule(scenario('mine'))
    expect(autosave).toMatchObject({ status: 'conflict', conflict: 'changed' })
    await autosave.keepMine()
    expect(save).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ id }), { expectedRevision: 2 })
    expect(autosave).toMatchObject({ status: 'saved', outdated: false })
  })

  it('turns pending edits into a conflict as soon as the message arrives', async () => {
    const { channel, deliver } = fakeChannel()
    const autosave = await setup({ channel: () => channel })
    const id = autosave.workspace.id
    autosave.schedule(scenario('mine'))
    await backend.saveWorkspace({ id, scenario: scenario('theirs') }, { expectedRevision: 1 })
    deliver({ type: 'saved', id, revision: 2 })
    await vi.waitFor(() => expect(autosave.status).toBe('conflict'))
    expect(autosave.theirs?.scenario.title).toBe('theirs')
  })

  it('ignores malformed messages, other workspaces, and claims its own store does not back', async () => {
    const { channel, deliver } = fakeChannel()
    const autosave = await setup({ channel: () => channel })
    const get = vi.spyOn(backend, 'getWorkspace')
    deliver('saved')
    deliver({ type: 'saved', id: autosave.workspace.id, revision: '9' })
    deliver({ type: 'saved', id: 'other', revision: 9 })
    deliver({ type: 'saved', id: autosave.workspace.id, revision: 1 })
    expect(get).not.toHaveBeenCalled()
    deliver({ type: 'saved', id: autosave.workspace.id, revision: 9 }) // A store this tab does not use.
    await vi.waitFor(() => expect(get).toHaveBeenCalledOnce())
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave).toMatchObject({ outdated: false, status: 'saved', theirs: undefined })
  })

  it('opens no channel for a backend that only lives in this tab', async () => {
    const construct = vi.fn()
    vi.stubGlobal('BroadcastChannel', construct)
    try {
      await setup({})
      expect(construct).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('closes its channel on destroy', async () => {
    const { channel } = fakeChannel()
    const autosave = await setup({ channel: () => channel })
    autosave.destroy()
    expect(channel.close).toHaveBeenCalledOnce()
  })
})

describe(isSavedMessage, () => {
  it.each<[unknown, boolean]>([
    [{ type: 'saved', id: 'a', revision: 2 }, true],
    [{ type: 'saved', id: 'a', revision: 2.5 }, false],
    [{ type: 'deleted', id: 'a', revision: 2 }, false],
    [{ type: 'saved', id: 1, revision: 2 }, false],
    [null, false],
  ])('%j → %s', (data, expected) => {
    expect(isSavedMessage(data)).toBe(expected)
  })
})
