// Shared helpers for the storage tests: scenarios, a fresh fake IndexedDB per test, and a database in the v1 shape.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { openDB } from 'idb'
import { vi } from 'vitest'
import type { Scenario } from '../../../src/engine/scenario/model'
import { DB_NAME, type WorkspaceRowV1 } from '../../../src/lib/store/db'

/** A small valid scenario titled `title`. */
export function scenario(title = 'Test scenario', users: string[] = ['alice']): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title,
    accounts: [{ id: '111122223333' }],
    users: users.map((name) => ({ name })),
  }
}

/** Replaces the global `indexedDB` with an empty one (undo with `vi.unstubAllGlobals()`); returns it. */
export function freshIndexedDb(): IDBFactory {
  const factory = new IDBFactory()
  vi.stubGlobal('indexedDB', factory)
  return factory
}

/** Every native connection `factory` opens from now on, to close or force-close them in tests. */
export function captureConnections(factory: IDBFactory): IDBDatabase[] {
  const connections: IDBDatabase[] = []
  const open = factory.open.bind(factory)
  factory.open = (name: string, version?: number) => {
    const request = open(name, version)
    request.addEventListener('success', () => connections.push(request.result))
    return request
  }
  return connections
}

/** Creates the database at version 1 (the old shape: scenario as JSON text, no revision, no meta store). */
export async function createV1Database(rows: WorkspaceRowV1[]): Promise<void> {
  const db = await openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('workspaces', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt')
    },
  })
  const tx = db.transaction('workspaces', 'readwrite')
  await Promise.all([...rows.map((row) => tx.store.put(row)), tx.done])
  db.close()
}

/** Reads the database as it is, at whatever version, without upgrading it. */
export async function rawSnapshot(): Promise<{ version: number; stores: string[]; rows: unknown[] }> {
  const db = await openDB(DB_NAME)
  const stores = [...db.objectStoreNames]
  const rows = stores.includes('workspaces') ? await db.getAll('workspaces') : []
  const version = db.version
  db.close()
  return { version, stores, rows }
}

/** A v1 row holding `scenario` as JSON text. */
export function v1Row(id: string, name: string, json: string, updatedAt = 1000): WorkspaceRowV1 {
  return { id, name, json, createdAt: 500, updatedAt }
}
