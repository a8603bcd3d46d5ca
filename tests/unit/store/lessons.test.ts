// The lessons store: each lesson's progress and the learner's scenario for it, over IndexedDB and over memory; the
// v2 → v3 upgrade that adds it; and the move into memory when storage fills up.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBObjectStore } from 'fake-indexeddb'
import { openDB } from 'idb'
import { openBackend } from '../../../src/lib/store/backend'
import { DB_NAME, MIGRATIONS, openPlaygroundDb } from '../../../src/lib/store/db'
import { patchedRow, progressOf, workOf } from '../../../src/lib/store/lessons'
import { MemoryBackend } from '../../../src/lib/store/memory'
import type { WorkspaceBackend } from '../../../src/lib/store/types'
import { freshIndexedDb, scenario } from './fixtures'

let opened: WorkspaceBackend[] = []

async function open(): Promise<WorkspaceBackend> {
  const backend = await openBackend()
  opened.push(backend)
  return backend
}

beforeEach(() => {
  freshIndexedDb()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(1_000)
})

afterEach(() => {
  for (const b of opened) b.close()
  opened = []
  vi.restoreAllMocks()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe(patchedRow, () => {
  it('starts a lesson never stored unsolved, with no hints shown', () => {
    expect(patchedRow(undefined, 'roles', { hints: 1 }, 5)).toEqual({
      id: 'roles',
      solved: false,
      hints: 1,
      updatedAt: 5,
    })
  })

  it('changes only what the patch names, and null forgets the scenario', () => {
    const row = patchedRow(undefined, 'roles', { scenario: scenario('Mine') }, 5)
    expect(patchedRow(row, 'roles', { solved: true }, 6)).toEqual({ ...row, solved: true, updatedAt: 6 })
    expect(patchedRow(row, 'roles', { scenario: null }, 7)).toEqual({
      id: 'roles',
      solved: false,
      hints: 0,
      updatedAt: 7,
    })
  })
})

describe(progressOf, () => {
  it('reads untrusted rows safely', () => {
    expect(progressOf({ id: 'a', solved: 'yes' as never, hints: -2, updatedAt: 1 })).toEqual({
      id: 'a',
      solved: false,
      hints: 0,
    })
  })
})

describe(workOf, () => {
  it('parses the stored scenario, and gives up on one that no longer loads', () => {
    expect(workOf({ id: 'a', solved: false, hints: 0, updatedAt: 1, scenario: scenario('Mine') })?.title).toBe('Mine')
    expect(workOf({ id: 'a', solved: false, hints: 0, updatedAt: 1, scenario: { format: 'nope' } })).toBeUndefined()
    expect(workOf(undefined)).toBeUndefined()
  })
})

describe.each([
  ['IndexedDB', open],
  ['memory', async () => new MemoryBackend()],
] as const)('lessons in %s', (_kind, make) => {
  let backend: WorkspaceBackend

  beforeEach(async () => {
    backend = await make()
  })

  it('has no progress at first', async () => {
    expect(await backend.lessonProgress()).toEqual([])
    expect(await backend.lessonWork('roles')).toBeUndefined()
  })

  it('keeps progress and work of each lesson apart, and apart from the workspaces', async () => {
    await backend.updateLesson('roles', { hints: 2 })
    await backend.updateLesson('roles', { solved: true })
    await backend.updateLesson('users-and-groups', { scenario: scenario('Lesson work', ['jiwoo']) })
    expect((await backend.lessonProgress()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'roles', solved: true, hints: 2 },
      { id: 'users-and-groups', solved: false, hints: 0 },
    ])
    const work = await backend.lessonWork('users-and-groups')
    expect(work?.users?.map((u) => u.name)).toEqual(['jiwoo'])
    expect(await backend.lessonWork('roles')).toBeUndefined()
    expect(await backend.listWorkspaces()).toEqual([])
  })

  it('hands out copies: changing what was stored or read changes nothing stored', async () => {
    const mine = scenario('Mine')
    await backend.updateLesson('roles', { scenario: mine })
    mine.title = 'Changed after'
    const read = await backend.lessonWork('roles')
    read!.title = 'Changed read'
    expect((await backend.lessonWork('roles'))?.title).toBe('Mine')
  })

  it('forgets the work on request, keeping the progress', async () => {
    await backend.updateLesson('roles', { solved: true, scenario: scenario('Mine') })
    await backend.updateLesson('roles', { scenario: null })
    expect(await backend.lessonWork('roles')).toBeUndefined()
    expect(await backend.lessonProgress()).toEqual([{ id: 'roles', solved: true, hints: 0 }])
  })
})

describe('the v3 upgrade', () => {
  it('adds the lessons store to a v2 database and keeps its workspaces and meta', async () => {
    const v2 = await openPlaygroundDb({ migrations: MIGRATIONS.slice(0, 2) })
    const row = { id: 'w', name: 'Mine', scenario: scenario('Mine'), createdAt: 1, updatedAt: 2, revision: 4 }
    await v2.put('workspaces', row)
    await v2.put('meta', 'w', 'lastWorkspaceId')
    v2.close()

    const db = await openPlaygroundDb({ migrations: MIGRATIONS.slice(0, 3) })
    expect(db.version).toBe(3)
    expect([...db.objectStoreNames].sort()).toEqual(['lessons', 'meta', 'workspaces'])
    expect(db.transaction('lessons').store.keyPath).toBe('id')
    expect(await db.getAll('workspaces')).toEqual([row])
    expect(await db.get('meta', 'lastWorkspaceId')).toBe('w')
    expect(await db.getAll('lessons')).toEqual([])
    db.close()

    const backend = await open()
    await backend.updateLesson('roles', { solved: true })
    expect(await backend.lessonProgress()).toEqual([{ id: 'roles', solved: true, hints: 0 }])
  })

  it('leaves a v2 database as it was when the step fails', async () => {
    ;(await openPlaygroundDb({ migrations: MIGRATIONS.slice(0, 2) })).close()
    const failing = { version: 3, run: () => Promise.reject(new Error('nope')) }
    await expect(openPlaygroundDb({ migrations: [...MIGRATIONS.slice(0, 2), failing] })).rejects.toThrow(/nope/)
    const raw = await openDB(DB_NAME)
    expect(raw.version).toBe(2)
    expect([...raw.objectStoreNames].sort()).toEqual(['meta', 'workspaces'])
    raw.close()
  })
})

describe('a full disk', () => {
  it('moves the lessons into memory with the workspaces, and keeps the update that failed', async () => {
    const backend = await open()
    await backend.updateLesson('roles', { solved: true, hints: 1 })
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    await backend.updateLesson('users-and-groups', { scenario: scenario('Work') })
    expect(backend.kind).toBe('memory')
    expect((await backend.lessonProgress()).map((p) => p.id).sort()).toEqual(['roles', 'users-and-groups'])
    expect((await backend.lessonWork('users-and-groups'))?.title).toBe('Work')
  })
})
