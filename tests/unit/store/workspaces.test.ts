import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openBackend } from '../../../src/lib/store/backend'
import type { WorkspaceBackend } from '../../../src/lib/store/types'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { ConflictError, NotFoundError, type Workspace } from '../../../src/lib/store/rows'
import { freshIndexedDb, scenario } from './fixtures'

const backends: [string, () => Promise<WorkspaceBackend>][] = [
  ['IndexedDB', () => openBackend()],
  ['memory', async () => new MemoryBackend()],
]

let opened: WorkspaceBackend[] = []

beforeEach(() => {
  freshIndexedDb()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(1_000)
})

afterEach(() => {
  for (const b of opened) b.close()
  opened = []
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe.each(backends)('workspaces in %s', (kind, open) => {
  let backend: WorkspaceBackend

  beforeEach(async () => {
    backend = await open()
    opened.push(backend)
  })

  it('opens the expected backend', () => {
    expect(backend.kind).toBe(kind === 'IndexedDB' ? 'indexeddb' : 'memory')
    expect(backend.persistent).toBe(kind === 'IndexedDB')
    expect(backend.notice).toBeUndefined()
  })

  it('creates a workspace at revision 1 and reads it back', async () => {
    const created = await backend.createWorkspace('Alice', scenario('Alice'))
    expect(created).toMatchObject({ name: 'Alice', createdAt: 1_000, updatedAt: 1_000, revision: 1 })
    expect(created.id).toMatch(/^[0-9a-f-]{32,36}$/)
    expect(await backend.getWorkspace(created.id)).toEqual({ ok: true, workspace: created, warnings: [] })
  })

  it('cleans names: whitespace collapses, blank becomes Untitled', async () => {
    expect((await backend.createWorkspace('  Team \n  sandbox ', scenario())).name).toBe('Team sandbox')
    expect((await backend.createWorkspace('   ', scenario())).name).toBe('Untitled')
  })

  it('answers undefined for an unknown id', async () => {
    expect(await backend.getWorkspace('nope')).toBeUndefined()
  })

  it('lists id, name and last change, newest first', async () => {
    const a = await backend.createWorkspace('A', scenario())
    vi.setSystemTime(3_000)
    const c = await backend.createWorkspace('C', scenario())
    vi.setSystemTime(2_000)
    const b = await backend.createWorkspace('B', scenario())
    expect(await backend.listWorkspaces()).toEqual([
      { id: c.id, name: 'C', updatedAt: 3_000 },
      { id: b.id, name: 'B', updatedAt: 2_000 },
      { id: a.id, name: 'A', updatedAt: 1_000 },
    ])
  })

  it('moves a saved workspace to the top of the list', async () => {
    const a = await backend.createWorkspace('A', scenario())
    vi.setSystemTime(2_000)
    await backend.createWorkspace('B', scenario())
    vi.setSystemTime(5_000)
    await backend.saveWorkspace({ id: a.id, scenario: scenario('A2') }, { expectedRevision: 1 })
    expect((await backend.listWorkspaces()).map((w) => w.name)).toEqual(['A', 'B'])
  })

  it('saves a new scenario, bumping the revision and keeping name and creation time', async () => {
    const a = await backend.createWorkspace('A', scenario('v1'))
    vi.setSystemTime(9_000)
    const whole: Workspace = { ...a, name: 'ignored', scenario: scenario('v2') } // A save writes only the scenario.
    const saved = await backend.saveWorkspace(whole, { expectedRevision: 1 })
    expect(saved).toMatchObject({ id: a.id, name: 'A', createdAt: 1_000, updatedAt: 9_000, revision: 2 })
    const load = await backend.getWorkspace(a.id)
    expect(load?.ok && load.workspace).toEqual(saved)
  })

  it.each([
    ['a string', (text: string) => text],
    ['a Blob', (text: string) => new Blob([text], { type: 'application/json' })],
  ])('stores the text a save carries as %s, rather than the object, and reads it back', async (_form, wrap) => {
    const a = await backend.createWorkspace('A', scenario('v1'))
    // The two differ only to show which one is stored; autosave passes the same scenario both ways.
    const change = { id: a.id, scenario: scenario('as object'), text: wrap(JSON.stringify(scenario('as text'))) }
    const saved = await backend.saveWorkspace(change, { expectedRevision: 1 })
    expect(saved.revision).toBe(2)
    const load = await backend.getWorkspace(a.id)
    expect(load?.ok && load.workspace).toMatchObject({ name: 'A', revision: 2, scenario: { title: 'as text' } })
    const copy = await backend.duplicateWorkspace(a.id)
    const copied = await backend.getWorkspace(copy.id)
    expect(copied?.ok && copied.workspace.scenario.title).toBe('as text')
    expect(await backend.unreadableWorkspaces()).toEqual([])
    // A stale save is refused with their copy, read from the text.
    await expect(backend.saveWorkspace(change, { expectedRevision: 1 })).rejects.toMatchObject({
      reason: 'changed',
      theirs: { scenario: { title: 'as text' } },
    })
  })

  it('reports stored text that does not parse, and keeps it', async () => {
    const a = await backend.createWorkspace('A', scenario('v1'))
    await backend.saveWorkspace(
      { id: a.id, scenario: scenario('v2'), text: new Blob(['{"format": ']) },
      { expectedRevision: 1 },
    )
    expect(await backend.getWorkspace(a.id)).toMatchObject({ ok: false, id: a.id, name: 'A' })
    expect((await backend.unreadableWorkspaces()).map((w) => w.id)).toEqual([a.id])
  })

  it('refuses a save from a stale revision, carrying the stored copy, and changes nothing', async () => {
    const a = await backend.createWorkspace('A', scenario('v1'))
    const theirs = await backend.saveWorkspace({ id: a.id, scenario: scenario('theirs') }, { expectedRevision: 1 })
    const error = await backend
      .saveWorkspace({ id: a.id, scenario: scenario('mine') }, { expectedRevision: 1 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error).toMatchObject({ reason: 'changed', expectedRevision: 1, storedRevision: 2, theirs })
    const load = await backend.getWorkspace(a.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('theirs')
  })

  it('refuses to save a workspace deleted meanwhile', async () => {
    const a = await backend.createWorkspace('A', scenario())
    await backend.deleteWorkspace(a.id)
    await expect(backend.saveWorkspace(a, { expectedRevision: 1 })).rejects.toMatchObject({
      name: 'ConflictError',
      reason: 'deleted',
      theirs: undefined,
    })
    expect(await backend.getWorkspace(a.id)).toBeUndefined()
  })

  it('renames without touching the revision, so a rename never conflicts with a save', async () => {
    const a = await backend.createWorkspace('A', scenario())
    vi.setSystemTime(4_000)
    expect(await backend.renameWorkspace(a.id, ' Renamed ')).toEqual({ id: a.id, name: 'Renamed', updatedAt: 4_000 })
    const saved = await backend.saveWorkspace({ id: a.id, scenario: scenario('v2') }, { expectedRevision: 1 })
    expect(saved).toMatchObject({ name: 'Renamed', revision: 2 })
  })

  it('rejects renaming a missing workspace with NotFoundError', async () => {
    await expect(backend.renameWorkspace('gone', 'X')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('deletes, and deleting a missing workspace is not an error', async () => {
    const a = await backend.createWorkspace('A', scenario())
    await backend.deleteWorkspace(a.id)
    await backend.deleteWorkspace(a.id)
    expect(await backend.listWorkspaces()).toEqual([])
  })

  it('duplicates under a new id as `Name (copy)` at revision 1', async () => {
    const a = await backend.createWorkspace('A', scenario('orig'))
    await backend.saveWorkspace({ id: a.id, scenario: scenario('edited') }, { expectedRevision: 1 })
    vi.setSystemTime(7_000)
    const copy = await backend.duplicateWorkspace(a.id)
    expect(copy).toMatchObject({ name: 'A (copy)', updatedAt: 7_000 })
    expect(copy.id).not.toBe(a.id)
    const load = await backend.getWorkspace(copy.id)
    expect(load?.ok && load.workspace).toMatchObject({ revision: 1, scenario: { title: 'edited' } })
    expect((await backend.duplicateWorkspace(a.id, 'Named')).name).toBe('Named')
    await expect(backend.duplicateWorkspace('gone')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('keeps stored copies apart from the objects callers hold', async () => {
    const s = scenario('kept')
    const a = await backend.createWorkspace('A', s)
    s.title = 'mutated after create'
    const load = await backend.getWorkspace(a.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('kept')
    if (load?.ok) load.workspace.scenario.title = 'mutated after read'
    const again = await backend.getWorkspace(a.id)
    expect(again?.ok && again.workspace.scenario.title).toBe('kept')
  })

  it('reports nothing unreadable when every scenario parses', async () => {
    await backend.createWorkspace('A', scenario())
    expect(await backend.unreadableWorkspaces()).toEqual([])
  })

  it('keeps meta values', async () => {
    expect(await backend.getMeta('lastWorkspaceId')).toBeUndefined()
    await backend.setMeta('lastWorkspaceId', 'abc')
    expect(await backend.getMeta('lastWorkspaceId')).toBe('abc')
  })
})

describe('two tabs on one database', () => {
  let tabA: WorkspaceBackend
  let tabB: WorkspaceBackend

  beforeEach(async () => {
    tabA = await openBackend()
    tabB = await openBackend()
    opened.push(tabA, tabB)
  })

  it('sees the other connection’s workspaces', async () => {
    const a = await tabA.createWorkspace('From A', scenario())
    expect(await tabB.listWorkspaces()).toEqual([{ id: a.id, name: 'From A', updatedAt: 1_000 }])
  })

  it('refuses the stale save of the second tab and hands it the first tab’s copy', async () => {
    const ws = await tabA.createWorkspace('Shared', scenario('base'))
    const loadB = await tabB.getWorkspace(ws.id)
    const inB = (loadB?.ok && loadB.workspace) as Workspace
    const savedA = await tabA.saveWorkspace({ id: ws.id, scenario: scenario('A wins') }, { expectedRevision: 1 })
    const error = await tabB
      .saveWorkspace({ id: ws.id, scenario: scenario('B loses') }, { expectedRevision: inB.revision })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ name: 'ConflictError', reason: 'changed', theirs: savedA })
    const load = await tabA.getWorkspace(ws.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('A wins')
  })

  it('lets exactly one of two simultaneous saves of the same revision through', async () => {
    const ws = await tabA.createWorkspace('Shared', scenario())
    const results = await Promise.allSettled([
      tabA.saveWorkspace({ id: ws.id, scenario: scenario('A') }, { expectedRevision: 1 }),
      tabB.saveWorkspace({ id: ws.id, scenario: scenario('B') }, { expectedRevision: 1 }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const rejected = results.find((r) => r.status === 'rejected')
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError)
  })
})
