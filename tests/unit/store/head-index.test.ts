// Schema v4: the head index, and saves that check the stored revision without copying the scenario out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openDB } from 'idb'
import { DB_NAME, HEAD_INDEX, openPlaygroundDb, type WorkspaceRow } from '../../../src/lib/store/db'
import { ConflictError } from '../../../src/lib/store/rows'
import * as store from '../../../src/lib/store/workspaces'
import { freshIndexedDb, scenario } from './fixtures'

beforeEach(() => {
  freshIndexedDb()
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

/** A row as v2 and v3 saved it: the scenario as an object. */
function objectRow(id: string, title: string, revision = 4): WorkspaceRow {
  return { id, name: title, scenario: scenario(title), createdAt: 100, updatedAt: 200, revision }
}

/** Creates the database as version 3 built it (not through today's ladder), holding `rows`, a meta value and a lesson. */
async function createV3Database(rows: WorkspaceRow[]): Promise<void> {
  const db = await openDB(DB_NAME, 3, {
    upgrade(db) {
      db.createObjectStore('workspaces', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt')
      db.createObjectStore('meta')
      db.createObjectStore('lessons', { keyPath: 'id' })
    },
  })
  for (const row of rows) await db.put('workspaces', row)
  await db.put('meta', rows[0]?.id, 'lastWorkspaceId')
  await db.put('lessons', { id: 'roles', solved: true, hints: 1, updatedAt: 300 })
  db.close()
}

describe('the v4 upgrade', () => {
  it('adds the head index to a v3 database and keeps every row, meta value and lesson', async () => {
    const rows = [objectRow('a', 'Alice'), objectRow('b', 'Bob', 9)]
    await createV3Database(rows)

    const db = await openPlaygroundDb()
    expect(db.version).toBe(4)
    expect([...db.transaction('workspaces').store.indexNames].sort()).toEqual(['by-updated', HEAD_INDEX])
    expect(await db.getAll('workspaces')).toEqual(rows)
    expect(await db.get('meta', 'lastWorkspaceId')).toBe('a')
    expect(await db.getAll('lessons')).toEqual([{ id: 'roles', solved: true, hints: 1, updatedAt: 300 }])
    // The index was filled from the rows already there.
    expect(await db.getAllKeysFromIndex('workspaces', HEAD_INDEX)).toEqual(['a', 'b'])
    const load = await store.getWorkspace(db, 'b')
    expect(load?.ok && load.workspace).toMatchObject({ name: 'Bob', revision: 9, scenario: { title: 'Bob' } })
    db.close()
  })

  it('saves over an old row (object form) as text, keeping its name and creation time', async () => {
    await createV3Database([objectRow('a', 'Alice')])
    const db = await openPlaygroundDb()
    const next = scenario('Alice, edited')
    const saved = await store.saveWorkspace(
      db,
      { id: 'a', scenario: next, text: JSON.stringify(next) },
      { expectedRevision: 4 },
    )
    expect(saved).toMatchObject({ id: 'a', name: 'Alice', createdAt: 100, revision: 5, scenario: next })
    expect(await db.get('workspaces', 'a')).toMatchObject({
      name: 'Alice',
      revision: 5,
      scenario: JSON.stringify(next),
    })
    const load = await store.getWorkspace(db, 'a')
    expect(load?.ok && load.workspace).toEqual(saved)
    db.close()
  })
})

describe('saving reads the head, not the row', () => {
  it('never reads the stored row when its revision is the expected one', async () => {
    const db = await openPlaygroundDb()
    await db.put('workspaces', objectRow('a', 'Alice'))
    const get = vi.spyOn(IDBObjectStore.prototype, 'get')
    const saved = await store.saveWorkspace(db, { id: 'a', scenario: scenario('New') }, { expectedRevision: 4 })
    expect(saved.revision).toBe(5)
    expect(get).not.toHaveBeenCalled()
    db.close()
  })

  it('reads their copy whole for a conflict, and changes nothing', async () => {
    const db = await openPlaygroundDb()
    await db.put('workspaces', objectRow('a', 'Alice', 6))
    const error = await store
      .saveWorkspace(db, { id: 'a', scenario: scenario('Stale') }, { expectedRevision: 4 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConflictError)
    expect(error).toMatchObject({ reason: 'changed', storedRevision: 6, theirs: { scenario: { title: 'Alice' } } })
    expect(await db.get('workspaces', 'a')).toEqual(objectRow('a', 'Alice', 6))
    db.close()
  })

  it('finds a row the index leaves out (a field that is not a valid key) by reading it whole', async () => {
    const db = await openPlaygroundDb()
    const odd = { ...objectRow('a', 'Alice'), createdAt: undefined } as unknown as WorkspaceRow
    await db.put('workspaces', odd)
    expect(await db.getAllKeysFromIndex('workspaces', HEAD_INDEX)).toEqual([])
    await expect(
      store.saveWorkspace(db, { id: 'a', scenario: scenario('Stale') }, { expectedRevision: 3 }),
    ).rejects.toMatchObject({ reason: 'changed', storedRevision: 4 })
    const saved = await store.saveWorkspace(db, { id: 'a', scenario: scenario('New') }, { expectedRevision: 4 })
    expect(saved).toMatchObject({ name: 'Alice', revision: 5 })
    db.close()
  })

  it('tells a deleted workspace from one at another revision, with ids that share a prefix', async () => {
    const db = await openPlaygroundDb()
    await db.put('workspaces', objectRow('ab', 'Prefixed'))
    await expect(
      store.saveWorkspace(db, { id: 'a', scenario: scenario('Gone') }, { expectedRevision: 4 }),
    ).rejects.toMatchObject({ reason: 'deleted' })
    db.close()
  })
})

describe(store.allWorkspaceRows, () => {
  it('reads a scenario stored as a Blob into its text (for moving the workspaces into memory)', async () => {
    const db = await openPlaygroundDb()
    const text = JSON.stringify(scenario('Blob'))
    await db.put('workspaces', { ...objectRow('a', 'Alice'), scenario: new Blob([text]) })
    expect(await store.allWorkspaceRows(db)).toEqual([{ ...objectRow('a', 'Alice'), scenario: text }])
    db.close()
  })
})
