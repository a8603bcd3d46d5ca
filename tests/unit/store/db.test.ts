import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vi } from 'vitest'
import { openDB } from 'idb'
import {
  DB_NAME,
  DB_VERSION,
  MIGRATIONS,
  StorageUpgradeError,
  commit,
  openPlaygroundDb,
  upgradeRowV1,
  type Migration,
  type WorkspaceRow,
} from '../../../src/lib/store/db'
import * as store from '../../../src/lib/store/workspaces'
import { createV1Database, freshIndexedDb, rawSnapshot, scenario, v1Row } from './fixtures'

beforeEach(() => {
  freshIndexedDb()
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const ALICE = JSON.stringify(scenario('Alice'))
const BOB = JSON.stringify(scenario('Bob', ['bob']))

/** The v2 step that converts one row, then fails: the rollback must undo the converted row too. */
const failingV2: Migration = {
  version: 2,
  async run(db, tx) {
    db.createObjectStore('meta')
    const cursor = await tx.objectStore('workspaces').openCursor()
    if (cursor) await cursor.update(upgradeRowV1(cursor.value as never))
    throw new Error('disk on fire')
  },
}

describe(upgradeRowV1, () => {
  it('turns the JSON text into the scenario and starts the revision at 1', () => {
    const row = upgradeRowV1(v1Row('a', 'Alice', ALICE, 2000))
    expect(row).toEqual({
      id: 'a',
      name: 'Alice',
      scenario: JSON.parse(ALICE),
      createdAt: 500,
      updatedAt: 2000,
      revision: 1,
    })
    expect(row).not.toHaveProperty('json')
  })

  it('keeps text that is not JSON as text, to be reported on read', () => {
    expect(upgradeRowV1(v1Row('a', 'Broken', '{"title": ')).scenario).toBe('{"title": ')
  })

  it('leaves a v2 row as it is', () => {
    const row: WorkspaceRow = { id: 'a', name: 'A', scenario: {}, createdAt: 1, updatedAt: 2, revision: 7 }
    expect(upgradeRowV1(row)).toBe(row)
  })
})

describe(openPlaygroundDb, () => {
  it('creates the current schema in an empty browser', async () => {
    const db = await openPlaygroundDb()
    expect(db.version).toBe(DB_VERSION)
    expect([...db.objectStoreNames].sort()).toEqual(['lessons', 'meta', 'workspaces'])
    const tx = db.transaction('workspaces')
    expect(tx.store.keyPath).toBe('id')
    expect([...tx.store.indexNames].sort()).toEqual(['by-updated', 'head'])
    db.close()
  })

  it('has one ladder step per version, ending at DB_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1))
  })

  it('upgrades v1 rows in place, keeping ids, names and times', async () => {
    await createV1Database([v1Row('a', 'Alice', ALICE, 3000), v1Row('b', 'Bob', BOB, 4000)])
    const db = await openPlaygroundDb()
    expect(await db.getAll('workspaces')).toEqual([
      { id: 'a', name: 'Alice', scenario: JSON.parse(ALICE), createdAt: 500, updatedAt: 3000, revision: 1 },
      { id: 'b', name: 'Bob', scenario: JSON.parse(BOB), createdAt: 500, updatedAt: 4000, revision: 1 },
    ])
    expect(await store.listWorkspaces(db)).toEqual([
      { id: 'b', name: 'Bob', updatedAt: 4000 },
      { id: 'a', name: 'Alice', updatedAt: 3000 },
    ])
    const load = await store.getWorkspace(db, 'a')
    expect(load?.ok && load.workspace.scenario.title).toBe('Alice')
    db.close()
  })

  it('keeps a v1 row whose text is not JSON, and reports it with a position', async () => {
    await createV1Database([v1Row('bad', 'Broken', '{\n  "title" "x"\n}'), v1Row('a', 'Alice', ALICE)])
    const db = await openPlaygroundDb()
    expect((await store.listWorkspaces(db)).map((w) => w.id).sort()).toEqual(['a', 'bad'])
    const unreadable = await store.unreadableWorkspaces(db)
    expect(unreadable).toHaveLength(1)
    expect(unreadable[0]).toMatchObject({ ok: false, id: 'bad', name: 'Broken' })
    expect(unreadable[0]?.errors[0]?.message).toMatch(/line 2, column 11/)
    expect((await db.get('workspaces', 'bad'))?.scenario).toBe('{\n  "title" "x"\n}')
    db.close()
  })

  it('rolls a failing upgrade back: the v1 data and schema stay exactly as they were', async () => {
    const rows = [v1Row('a', 'Alice', ALICE), v1Row('b', 'Bob', BOB)]
    await createV1Database(rows)
    const error = await openPlaygroundDb({ migrations: [MIGRATIONS[0]!, failingV2] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageUpgradeError)
    expect(error).toMatchObject({ fromVersion: 1, toVersion: 2, cause: new Error('disk on fire') })
    expect(await rawSnapshot()).toEqual({ version: 1, stores: ['workspaces'], rows })
  })

  it('rolls back a step that throws synchronously', async () => {
    await createV1Database([v1Row('a', 'Alice', ALICE)])
    const throwing: Migration = {
      version: 2,
      run(db) {
        db.createObjectStore('meta')
        throw new TypeError('bad step')
      },
    }
    await expect(openPlaygroundDb({ migrations: [MIGRATIONS[0]!, throwing] })).rejects.toThrow(StorageUpgradeError)
    expect(await rawSnapshot()).toMatchObject({ version: 1, stores: ['workspaces'] })
  })

  it('upgrades the same data later, once the ladder works', async () => {
    await createV1Database([v1Row('a', 'Alice', ALICE)])
    await openPlaygroundDb({ migrations: [MIGRATIONS[0]!, failingV2] }).catch(() => {})
    const db = await openPlaygroundDb()
    expect(await db.get('workspaces', 'a')).toMatchObject({ revision: 1, scenario: JSON.parse(ALICE) })
    db.close()
  })

  it('fails with VersionError when another tab already upgraded past this version', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1)
    newer.close()
    await expect(openPlaygroundDb()).rejects.toMatchObject({ name: 'VersionError' })
  })
})

describe('reading stored scenarios', () => {
  async function dbWith(row: Partial<WorkspaceRow>) {
    const db = await openPlaygroundDb()
    await db.put('workspaces', { id: 'w', name: 'W', createdAt: 1, updatedAt: 2, revision: 3, scenario: null, ...row })
    return db
  }

  it('migrates an older scenario format on read, with a warning, without writing it back', async () => {
    const old = { version: 0, title: 'Old', accounts: [{ id: '111122223333' }], users: [{ name: 'a', groupNames: [] }] }
    const db = await dbWith({ scenario: old })
    const load = await store.getWorkspace(db, 'w')
    expect(load?.ok).toBe(true)
    if (!load?.ok) return
    expect(load.workspace).toMatchObject({ revision: 3, scenario: { version: 1, users: [{ name: 'a', groups: [] }] } })
    expect(load.warnings.map((w) => w.path)).toEqual(['/version'])
    expect((await db.get('workspaces', 'w'))?.scenario).toEqual(old)
    db.close()
  })

  it('reports a scenario from a newer playground and keeps it untouched', async () => {
    const newer = { ...scenario(), version: 99 }
    const db = await dbWith({ scenario: newer })
    const load = await store.getWorkspace(db, 'w')
    expect(load).toMatchObject({ ok: false, id: 'w', name: 'W' })
    expect(load && !load.ok && load.errors[0]?.message).toMatch(/newer than this playground reads/)
    expect((await db.get('workspaces', 'w'))?.scenario).toEqual(newer)
    db.close()
  })
})

describe(commit, () => {
  it("reports the transaction's error (QuotaExceededError) over the request's AbortError", async () => {
    const quota = new DOMException('full', 'QuotaExceededError')
    const done = Promise.reject(quota)
    const write = Promise.reject(new DOMException('aborted', 'AbortError'))
    await expect(commit({ done }, write)).rejects.toBe(quota)
  })

  it("reports the request's error when the transaction has none", async () => {
    const constraint = new DOMException('exists', 'ConstraintError')
    await expect(commit({ done: Promise.resolve() }, Promise.reject(constraint))).rejects.toBe(constraint)
  })
})
