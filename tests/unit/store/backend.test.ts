import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb'
import { openDB } from 'idb'
import { NOTICES, openBackend, type WorkspaceBackend } from '../../../src/lib/store/backend'
import { isQuotaError, openFailureNotice } from '../../../src/lib/store/indexeddb-backend'
import { DB_NAME, DB_VERSION, MIGRATIONS, StorageUpgradeError } from '../../../src/lib/store/db'
import { captureConnections, createV1Database, freshIndexedDb, rawSnapshot, scenario, v1Row } from './fixtures'

let opened: WorkspaceBackend[] = []

/** Opens a backend and closes it after the test. */
async function open(options?: Parameters<typeof openBackend>[0]) {
  const backend = await openBackend(options)
  opened.push(backend)
  return backend
}

beforeEach(() => {
  freshIndexedDb()
})

afterEach(() => {
  for (const b of opened) b.close()
  opened = []
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe(openBackend, () => {
  it('uses IndexedDB when it works', async () => {
    const backend = await open()
    expect(backend).toMatchObject({ kind: 'indexeddb', persistent: true, notice: undefined })
  })

  it('never touches storage on an embedded page: memory, and no notice', async () => {
    const factory = freshIndexedDb()
    const spy = vi.spyOn(factory, 'open')
    const backend = await open({ embedded: true })
    expect(backend).toMatchObject({ kind: 'memory', persistent: false, notice: undefined })
    await backend.createWorkspace('Embedded', scenario())
    expect(spy).not.toHaveBeenCalled()
  })

  it('works in memory when the browser has no indexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const backend = await open()
    expect(backend).toMatchObject({ kind: 'memory', notice: NOTICES.unavailable })
    const ws = await backend.createWorkspace('Still works', scenario())
    expect(await backend.listWorkspaces()).toEqual([{ id: ws.id, name: 'Still works', updatedAt: ws.updatedAt }])
  })

  it('works in memory when merely reading indexedDB throws (sandboxed frame)', async () => {
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError')
      },
    })
    try {
      expect((await open()).notice).toBe(NOTICES.denied)
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { configurable: true, writable: true, value: undefined })
    }
  })

  it('works in memory when open throws SecurityError', async () => {
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
    expect(await open()).toMatchObject({ kind: 'memory', notice: NOTICES.denied })
  })

  it('tells the app when the upgrade fails, and leaves the old data alone', async () => {
    const rows = [v1Row('a', 'Alice', JSON.stringify(scenario('Alice')))]
    await createV1Database(rows)
    const failing = { version: 2, run: () => Promise.reject(new Error('nope')) }
    const backend = await open({ migrations: [MIGRATIONS[0]!, failing] })
    expect(backend).toMatchObject({
      kind: 'memory',
      notice: 'storage upgrade failed; your data is unchanged; working in memory',
    })
    expect(await backend.listWorkspaces()).toEqual([])
    expect(await rawSnapshot()).toEqual({ version: 1, stores: ['workspaces'], rows })
  })

  it('works in memory when a newer playground already upgraded the database', async () => {
    ;(await openDB(DB_NAME, DB_VERSION + 1)).close()
    expect((await open()).notice).toBe(NOTICES.newerVersion)
  })

  it('works in memory when an old tab blocks the upgrade, and lets go of the late connection', async () => {
    await createV1Database([])
    const oldTab = await openDB(DB_NAME, 1) // An old page that never answers versionchange.
    const backend = await open({ blockedTimeout: 10 })
    expect(backend).toMatchObject({ kind: 'memory', notice: NOTICES.blocked })
    oldTab.close()
    // The upgrade completes once the old tab is gone; the connection is closed at once, so others can open.
    await vi.waitFor(async () => expect((await rawSnapshot()).version).toBe(DB_VERSION))
    const later = await openDB(DB_NAME, DB_VERSION + 1)
    expect(later.version).toBe(DB_VERSION + 1)
    later.close()
  })

  it('waits for a blocking tab that lets go in time', async () => {
    await createV1Database([])
    const oldTab = await openDB(DB_NAME, 1, { blocking: () => setTimeout(() => oldTab.close(), 5) })
    expect(await open({ blockedTimeout: 1_000 })).toMatchObject({ kind: 'indexeddb' })
  })
})

describe('a full disk', () => {
  it('keeps the edit in memory, says it is not saved, and carries every workspace over', async () => {
    const onNotice = vi.fn()
    const backend = await open({ onNotice })
    const a = await backend.createWorkspace('A', scenario('A v1'))
    const b = await backend.createWorkspace('B', scenario('B'))
    await backend.setMeta('lastWorkspaceId', a.id)
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota()
    })

    const saved = await backend.saveWorkspace({ id: a.id, scenario: scenario('A v2') }, { expectedRevision: 1 })

    expect(saved).toMatchObject({ id: a.id, revision: 2, scenario: { title: 'A v2' } })
    expect(backend).toMatchObject({ kind: 'memory', persistent: false, notice: NOTICES.quota })
    expect(NOTICES.quota).toMatch(/not saved/)
    expect(onNotice).toHaveBeenCalledExactlyOnceWith(NOTICES.quota)
    const load = await backend.getWorkspace(a.id)
    expect(load?.ok && load.workspace.scenario.title).toBe('A v2')
    expect((await backend.listWorkspaces()).map((w) => w.id).sort()).toEqual([a.id, b.id].sort())
    expect(await backend.getMeta('lastWorkspaceId')).toBe(a.id)
    // The stored copy is the last one that fit.
    vi.restoreAllMocks()
    const { rows } = await rawSnapshot()
    expect(rows).toContainEqual(expect.objectContaining({ id: a.id, revision: 1 }))
  })

  it('goes on in memory after the switch (later edits and new workspaces)', async () => {
    const backend = await open()
    const a = await backend.createWorkspace('A', scenario())
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota()
    })
    const c = await backend.createWorkspace('C', scenario('new'))
    expect(backend.kind).toBe('memory')
    await backend.saveWorkspace({ id: a.id, scenario: scenario('A2') }, { expectedRevision: 1 })
    await backend.renameWorkspace(c.id, 'C renamed')
    vi.restoreAllMocks()
    expect((await rawSnapshot()).rows).toHaveLength(1)
    expect((await backend.listWorkspaces()).map((w) => w.name).sort()).toEqual(['A', 'C renamed'])
  })

  it('still refuses a stale save after the switch', async () => {
    const backend = await open()
    const a = await backend.createWorkspace('A', scenario())
    await backend.saveWorkspace({ id: a.id, scenario: scenario('v2') }, { expectedRevision: 1 })
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota()
    })
    await expect(
      backend.saveWorkspace({ id: a.id, scenario: scenario('v3') }, { expectedRevision: 1 }),
    ).rejects.toMatchObject({ name: 'ConflictError', storedRevision: 2 })
  })

  it('passes other write errors through without switching', async () => {
    const backend = await open()
    const a = await backend.createWorkspace('A', scenario())
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('cannot clone', 'DataCloneError')
    })
    await expect(
      backend.saveWorkspace({ id: a.id, scenario: scenario() }, { expectedRevision: 1 }),
    ).rejects.toMatchObject({
      name: 'DataCloneError',
    })
    expect(backend.kind).toBe('indexeddb')
  })
})

describe('losing the connection', () => {
  it('lets go when another tab upgrades, and carries on in memory with the workspaces', async () => {
    const onNotice = vi.fn()
    const backend = await open({ onNotice })
    const a = await backend.createWorkspace('A', scenario())
    // The newer tab waits only while this one copies its rows into memory.
    const newer = await openDB(DB_NAME, DB_VERSION + 1)
    expect(newer.version).toBe(DB_VERSION + 1)
    newer.close()
    await vi.waitFor(() => expect(onNotice).toHaveBeenCalledWith(NOTICES.versionChange))
    expect(backend).toMatchObject({ kind: 'memory', notice: NOTICES.versionChange })
    expect(
      await backend.saveWorkspace({ id: a.id, scenario: scenario('kept') }, { expectedRevision: 1 }),
    ).toMatchObject({
      revision: 2,
    })
  })

  it('carries on in memory when the browser closes the database', async () => {
    const connections = captureConnections(freshIndexedDb())
    const backend = await open()
    await backend.createWorkspace('A', scenario())
    // fake-indexeddb types its argument as the class, though it takes the connection.
    forceCloseDatabase(connections[0] as never)
    await vi.waitFor(() => expect(backend.notice).toBe(NOTICES.closed))
    const ws = await backend.createWorkspace('B', scenario())
    expect((await backend.listWorkspaces()).map((w) => w.id)).toContain(ws.id)
  })
})

describe(openFailureNotice, () => {
  it.each([
    [new StorageUpgradeError(1, 2, new Error('x')), NOTICES.upgradeFailed],
    [new DOMException('', 'SecurityError'), NOTICES.denied],
    [new DOMException('', 'InvalidStateError'), NOTICES.denied],
    [new DOMException('', 'VersionError'), NOTICES.newerVersion],
    [quota(), NOTICES.quotaAtOpen],
  ])('%s', (error, notice) => {
    expect(openFailureNotice(error)).toBe(notice)
  })

  it('names an unexpected error', () => {
    expect(openFailureNotice(new DOMException('', 'UnknownError'))).toMatch(
      /^storage could not be opened \(UnknownError\)/,
    )
    expect(openFailureNotice('weird')).toMatch(/\(unknown error\)/)
  })
})

describe(isQuotaError, () => {
  it('knows the names browsers use', () => {
    expect(isQuotaError(quota())).toBe(true)
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true)
    expect(isQuotaError(new DOMException('', 'AbortError'))).toBe(false)
    expect(isQuotaError(undefined)).toBe(false)
  })
})
