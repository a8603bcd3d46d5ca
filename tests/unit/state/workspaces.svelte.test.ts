// The workspaces over a memory backend and over fake IndexedDB: opening, creating, renaming and deleting, the
// unsaved workspace of a link, two tabs editing one workspace, and edits kept when the page goes away.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Scenario } from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Workspaces } from '../../../src/lib/state/workspaces.svelte'
import { openBackend } from '../../../src/lib/store/backend'
import { MemoryBackend } from '../../../src/lib/store/memory'
import type { WorkspaceBackend } from '../../../src/lib/store/types'
import { uniqueName } from '../../../src/lib/workspace/files'
import { freshIndexedDb, scenario } from '../store/fixtures'
import { setLocale } from '../../../src/lib/i18n/index'
import { memoryStorage } from '../workspace/memory-storage'

/** A document and its workspaces, the document's changes saved through them as the app wires it. */
function setup(backend?: WorkspaceBackend, first: Scenario = scenario('First')) {
  const started: Scenario[] = []
  const document: ScenarioDocument = new ScenarioDocument(first, {
    started: (s) => started.push(s),
    save: (s) => workspaces.save(s),
  })
  const workspaces: Workspaces = new Workspaces(document, backend)
  return { document, workspaces, started }
}

const opened: WorkspaceBackend[] = []
async function persistentBackend(): Promise<WorkspaceBackend> {
  const backend = await openBackend()
  opened.push(backend)
  return backend
}

afterEach(() => {
  for (const b of opened.splice(0)) b.close()
  vi.unstubAllGlobals()
})

describe(Workspaces, () => {
  it('loading a scenario without storage starts a fresh history in a workspace of this page only', async () => {
    const { document, workspaces, started } = setup()
    document.edit({ ok: true, scenario: scenario('Edited'), label: 'Edit' })
    const other = scenario('Other')
    await workspaces.load(other, 'Other')
    expect(document.scenario).toBe(other)
    expect(document.canUndo).toBe(false)
    expect(started).toEqual([other])
    expect(workspaces.current).toEqual({ id: '', name: 'Other' })
    expect(workspaces.unsaved).toBe(true)
    expect(workspaces.saveStatus).toBe('saved')
  })

  it('stores a loaded scenario as a new workspace, remembered as the last one', async () => {
    const backend = new MemoryBackend()
    const { workspaces } = setup(backend)
    await workspaces.load(scenario('A'), 'A')
    expect(workspaces.current?.name).toBe('A')
    expect(workspaces.unsaved).toBe(false)
    expect(workspaces.list.map((w) => w.name)).toEqual(['A'])
    expect(await backend.getMeta('lastWorkspaceId')).toBe(workspaces.current?.id)
  })

  it('autosaves edits and writes them at once on flush', async () => {
    const backend = new MemoryBackend()
    const { document, workspaces } = setup(backend)
    await workspaces.load(scenario('A'), 'A')
    document.edit({ ok: true, scenario: scenario('A', ['alice', 'bob']), label: 'Add bob' })
    expect(workspaces.saveStatus).toBe('unsaved')
    await workspaces.flush()
    expect(workspaces.saveStatus).toBe('saved')
    const stored = await backend.getWorkspace(workspaces.current!.id)
    expect(stored?.ok && stored.workspace.scenario.users?.map((u) => u.name)).toEqual(['alice', 'bob'])
  })

  it('opens a stored workspace, or says why it cannot', async () => {
    const backend = new MemoryBackend()
    const kept = await backend.createWorkspace('Kept', scenario('Kept'))
    const { document, workspaces } = setup(backend)
    expect(await workspaces.open('missing')).toBe('This workspace no longer exists.')
    expect(await workspaces.open(kept.id)).toBeUndefined()
    expect(document.scenario.title).toBe('Kept')
    expect(workspaces.current).toEqual({ id: kept.id, name: 'Kept' })
  })

  it("says why in the page's language", async () => {
    const { workspaces } = setup(new MemoryBackend())
    setLocale('ko', false)
    try {
      expect(await workspaces.open('missing')).toBe('이 작업 공간은 더 이상 없습니다.')
    } finally {
      setLocale('en', false)
    }
  })

  it('creates a workspace named against the existing ones, after writing the open one', async () => {
    const backend = new MemoryBackend()
    const { document, workspaces } = setup(backend)
    await workspaces.load(scenario('A'), 'Untitled')
    const first = workspaces.current!.id
    document.edit({ ok: true, scenario: scenario('A', ['carol']), label: 'Edit' })
    await workspaces.create(scenario('B'), (existing) => uniqueName('Untitled', existing))
    expect(workspaces.current?.name).toBe('Untitled (2)')
    const stored = await backend.getWorkspace(first)
    expect(stored?.ok && stored.workspace.scenario.users?.map((u) => u.name)).toEqual(['carol'])
  })

  it('renames the open workspace', async () => {
    const backend = new MemoryBackend()
    const { workspaces } = setup(backend)
    await workspaces.load(scenario('A'), 'A')
    await workspaces.rename('Renamed')
    expect(workspaces.current?.name).toBe('Renamed')
    expect(workspaces.list.map((w) => w.name)).toEqual(['Renamed'])
  })

  it('deletes the open workspace after opening the newest other one, or a new empty one', async () => {
    const backend = new MemoryBackend()
    const { document, workspaces } = setup(backend)
    await workspaces.load(scenario('Older'), 'Older')
    await workspaces.load(scenario('Newer'), 'Newer')
    expect(await workspaces.remove()).toBeUndefined()
    expect(workspaces.current?.name).toBe('Older')
    expect(workspaces.list.map((w) => w.name)).toEqual(['Older'])
    expect(await workspaces.remove()).toBeUndefined()
    expect(workspaces.current?.name).toBe('Untitled')
    expect(document.scenario.title).toBe('Untitled')
    expect(workspaces.list.map((w) => w.name)).toEqual(['Untitled'])
  })

  it('keeps the unsaved workspace of a link among the saved ones when storage lasts', async () => {
    freshIndexedDb()
    const { workspaces } = setup(await persistentBackend())
    await workspaces.load(scenario('Shared'), 'Shared', { persist: false })
    expect(workspaces.unsaved).toBe(true)
    expect(workspaces.list).toEqual([])
    await workspaces.saveAs()
    expect(workspaces.unsaved).toBe(false)
    expect(workspaces.list.map((w) => w.name)).toEqual(['Shared'])
  })

  it('a memory backend keeps a link’s workspace unsaved', async () => {
    const { workspaces } = setup(new MemoryBackend())
    await workspaces.load(scenario('Shared'), 'Shared', { persist: false })
    await workspaces.saveAs()
    expect(workspaces.unsaved).toBe(true)
  })

  it('two tabs: the stale one holds a conflict until it takes the other version or keeps its own', async () => {
    freshIndexedDb()
    const a = setup(await persistentBackend())
    const b = setup(await persistentBackend())
    await a.workspaces.load(scenario('Base'), 'Shared')
    expect(await b.workspaces.open(a.workspaces.current!.id)).toBeUndefined()

    a.document.edit({ ok: true, scenario: scenario('From A'), label: 'Edit' })
    await a.workspaces.flush()
    await vi.waitFor(() => expect(b.workspaces.conflicted).toBe(true))
    b.workspaces.takeTheirs()
    expect(b.document.scenario.title).toBe('From A')
    expect(b.document.canUndo).toBe(false)
    expect(b.workspaces.conflicted).toBe(false)

    b.document.edit({ ok: true, scenario: scenario('From B'), label: 'Edit' })
    await b.workspaces.flush()
    await vi.waitFor(() => expect(a.workspaces.conflicted).toBe(true))
    a.document.edit({ ok: true, scenario: scenario('A again'), label: 'Edit' })
    expect(a.workspaces.saveStatus).toBe('conflict')
    await a.workspaces.keepMine()
    expect(a.workspaces.conflicted).toBe(false)
    expect(a.workspaces.saveStatus).toBe('saved')
  })

  it('keeps unsaved edits when the page goes away, and restores them as an undoable step on the next open', async () => {
    freshIndexedDb()
    const storage = memoryStorage()
    vi.stubGlobal('localStorage', storage)
    const dying = await persistentBackend()
    const before = setup(dying)
    await before.workspaces.load(scenario('Base'), 'W')
    const id = before.workspaces.current!.id
    before.workspaces.rescue(storage)
    expect(storage.map.size).toBe(0)
    // The page goes away: the IndexedDB write started on the way out never lands.
    const save = vi.spyOn(dying, 'saveWorkspace').mockReturnValue(new Promise(() => {}))
    before.document.edit({ ok: true, scenario: scenario('Typed'), label: 'Edit' })
    before.workspaces.rescue(storage)
    expect(storage.map.size).toBe(1)
    expect(save).toHaveBeenCalledTimes(1)

    const after = setup(await persistentBackend(), scenario('Other'))
    expect(await after.workspaces.open(id)).toBeUndefined()
    expect(after.document.scenario.title).toBe('Typed')
    expect(after.document.undoLabel).toBe('Restore edits made before the page closed')
    expect(after.workspaces.saveStatus).not.toBe('saved')
    expect(storage.map.size).toBe(0)
    await after.workspaces.flush()
  })
  it('drops the kept edits once the write started on the way out lands (the page was only hidden)', async () => {
    freshIndexedDb()
    const storage = memoryStorage()
    const backend = await persistentBackend()
    const { document, workspaces } = setup(backend)
    await workspaces.load(scenario('Base'), 'W')
    const id = workspaces.current!.id
    document.edit({ ok: true, scenario: scenario('Typed'), label: 'Edit' })
    workspaces.rescue(storage)
    expect(storage.map.size).toBe(1)
    await vi.waitFor(() => expect(storage.map.size).toBe(0))
    expect(workspaces.saveStatus).toBe('saved')
    const load = await backend.getWorkspace(id)
    expect(load?.ok && load.workspace.scenario.title).toBe('Typed')
  })

  it('saves the page view of a saved workspace: "saved" only once written, read back on the next open', async () => {
    freshIndexedDb()
    const storage = memoryStorage()
    const backend = await persistentBackend()
    const before = setup(backend)
    await before.workspaces.load(scenario('Base'), 'W')
    const id = before.workspaces.current!.id
    const request = { principal: 'user/a', actions: ['s3:GetObject'], resources: ['*'], environment: {}, context: {} }
    before.workspaces.saveView({ request, view: 'graph' })
    expect(before.workspaces.saveStatus).toBe('unsaved')
    await before.workspaces.flush()
    expect(before.workspaces.saveStatus).toBe('saved')

    const after = setup(backend, scenario('Other'))
    expect(await after.workspaces.open(id)).toBeUndefined()
    expect(await after.workspaces.lastView(storage)).toMatchObject({ workspace: id, request, view: 'graph' })
    // The same view again writes nothing.
    after.workspaces.saveView({ request, view: 'graph' })
    expect(after.workspaces.saveStatus).toBe('saved')
  })

  it('prefers the view mirrored as the page went away when it is newer, and only for its own workspace', async () => {
    freshIndexedDb()
    const storage = memoryStorage()
    const backend = await persistentBackend()
    const before = setup(backend)
    await before.workspaces.load(scenario('Base'), 'W')
    const id = before.workspaces.current!.id
    const request = (principal: string) => ({
      principal,
      actions: ['s3:GetObject'],
      resources: ['*'],
      environment: {},
      context: {},
    })
    await before.workspaces.saveViewNow({ request: request('user/stored') })
    // A later change, and the page goes away before its write lands.
    vi.spyOn(backend, 'setMeta').mockReturnValue(new Promise(() => {}))
    await new Promise((resolve) => setTimeout(resolve, 2))
    before.workspaces.saveView({ request: request('user/latest') })
    before.workspaces.rescue(storage)
    vi.restoreAllMocks()

    const after = setup(backend, scenario('Other'))
    await after.workspaces.open(id)
    expect((await after.workspaces.lastView(storage))?.request?.principal).toBe('user/latest')

    const other = setup(backend)
    await other.workspaces.load(scenario('Another'), 'Another')
    expect(await other.workspaces.lastView(storage)).toBeUndefined()
  })

  it('saves no page view for a workspace of this page only (a link, an embed) or without persistent storage', async () => {
    const memory = setup(new MemoryBackend())
    await memory.workspaces.load(scenario('Base'), 'W')
    const request = { principal: 'user/a', actions: ['*'], resources: ['*'], environment: {}, context: {} }
    memory.workspaces.saveView({ request })
    expect(memory.workspaces.saveStatus).toBe('saved')
    expect(await memory.workspaces.lastView()).toBeUndefined()

    freshIndexedDb()
    const linked = setup(await persistentBackend())
    await linked.workspaces.load(scenario('Linked'), 'Linked', { persist: false })
    linked.workspaces.saveView({ request })
    expect(linked.workspaces.saveStatus).toBe('saved')
  })
})
