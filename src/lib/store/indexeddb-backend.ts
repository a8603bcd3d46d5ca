// Workspaces in IndexedDB (see ./backend.ts, which opens this module only when a page may use storage): opening the
// database with its notices, and the backend that falls back to memory when storage fails later.
import type { Scenario } from '../../engine/index'
import { IN_MEMORY, NOTICES, type OpenBackendOptions } from './backend'
import { openPlaygroundDb, StorageUpgradeError, type MetaValues, type PlaygroundDatabase } from './db'
import { MemoryBackend } from './memory'
import { scenarioParserReady } from './scenario-parser'
import * as lessons from './lessons'
import { allMeta, getMeta, setMeta } from './meta'
import type { WorkspaceChange } from './rows'
import type { WorkspaceBackend } from './types'
import * as idb from './workspaces'

/** Opens IndexedDB for {@link openBackend} once it is known to exist, or memory with a notice (see there). */
export async function openIndexedDbBackend(options: OpenBackendOptions): Promise<WorkspaceBackend> {
  // Reading stored rows needs the scenario checker, loaded beside the database (memory backends load it on first use).
  const parser = scenarioParserReady()
  parser.catch(() => {}) // Awaited below, once storage is open; a memory backend tries again itself.
  // Set once the backend exists; the connection's events may arrive any time after that.
  let release = (notice: string): void => void notice
  let timer: ReturnType<typeof setTimeout> | undefined
  let startBlockedTimer = () => {}
  const blocked = new Promise<'blocked'>((resolve) => {
    startBlockedTimer = () => (timer ??= setTimeout(() => resolve('blocked'), options.blockedTimeout ?? 2000))
  })
  const opening = openPlaygroundDb({
    name: options.name,
    migrations: options.migrations,
    blocked: () => startBlockedTimer(),
    // Another tab upgrades: let go at once, so that tab is not blocked by this one.
    blocking: () => release(NOTICES.versionChange),
    terminated: () => release(NOTICES.closed),
  })
  const outcome = await Promise.race([
    opening.then(
      (db) => ({ db }),
      (error: unknown) => ({ error }),
    ),
    blocked,
  ])
  clearTimeout(timer)
  if (outcome === 'blocked') {
    // If the other tab lets go later, the open completes; this page already works in memory, so close it.
    opening.then(
      (db) => db.close(),
      () => {},
    )
    return new MemoryBackend(NOTICES.blocked)
  }
  if ('error' in outcome) return new MemoryBackend(openFailureNotice(outcome.error))
  await parser
  const backend = new IndexedDbBackend(outcome.db, options.onNotice)
  release = (notice) => backend.release(notice)
  return backend
}

/** The notice for a failed open. */
export function openFailureNotice(error: unknown): string {
  if (error instanceof StorageUpgradeError) return NOTICES.upgradeFailed
  const name = errorName(error)
  // Firefox private windows (before 115) fail with InvalidStateError.
  if (name === 'SecurityError' || name === 'InvalidStateError') return NOTICES.denied
  if (name === 'VersionError') return NOTICES.newerVersion
  if (isQuotaError(error)) return NOTICES.quotaAtOpen
  return `storage could not be opened (${name ?? 'unknown error'}); ${IN_MEMORY}`
}

/** Storage is full: Chrome and Safari say QuotaExceededError, old Firefox NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  const name = errorName(error)
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : undefined
}

/** The connection is gone (closed by us after a versionchange, or by the browser). */
function isConnectionLost(error: unknown): boolean {
  return errorName(error) === 'InvalidStateError'
}

/**
 * Workspaces in IndexedDB. When a write fails because storage is full, or the connection goes away, it moves every
 * workspace into memory and carries on there: the write that failed is applied in memory, so no edit is lost, and
 * `notice` says it is not saved.
 */
export class IndexedDbBackend implements WorkspaceBackend {
  #db: PlaygroundDatabase
  #memory: MemoryBackend | undefined
  #switching: Promise<MemoryBackend> | undefined
  #onNotice: ((notice: string) => void) | undefined

  constructor(db: PlaygroundDatabase, onNotice?: (notice: string) => void) {
    this.#db = db
    this.#onNotice = onNotice
  }

  get kind(): 'indexeddb' | 'memory' {
    return this.#memory ? 'memory' : 'indexeddb'
  }

  get persistent(): boolean {
    return !this.#memory
  }

  get notice(): string | undefined {
    return this.#memory?.notice
  }

  listWorkspaces() {
    return this.#run(
      (db) => idb.listWorkspaces(db),
      (m) => m.listWorkspaces(),
    )
  }

  getWorkspace(id: string) {
    return this.#run(
      (db) => idb.getWorkspace(db, id),
      (m) => m.getWorkspace(id),
    )
  }

  createWorkspace(name: string, scenario: Scenario) {
    return this.#run(
      (db) => idb.createWorkspace(db, name, scenario),
      (m) => m.createWorkspace(name, scenario),
    )
  }

  saveWorkspace(change: WorkspaceChange, options: { expectedRevision: number }) {
    return this.#run(
      (db) => idb.saveWorkspace(db, change, options),
      (m) => m.saveWorkspace(change, options),
    )
  }

  renameWorkspace(id: string, name: string) {
    return this.#run(
      (db) => idb.renameWorkspace(db, id, name),
      (m) => m.renameWorkspace(id, name),
    )
  }

  deleteWorkspace(id: string) {
    return this.#run(
      (db) => idb.deleteWorkspace(db, id),
      (m) => m.deleteWorkspace(id),
    )
  }

  duplicateWorkspace(id: string, name?: string) {
    return this.#run(
      (db) => idb.duplicateWorkspace(db, id, name),
      (m) => m.duplicateWorkspace(id, name),
    )
  }

  unreadableWorkspaces() {
    return this.#run(
      (db) => idb.unreadableWorkspaces(db),
      (m) => m.unreadableWorkspaces(),
    )
  }

  getMeta<K extends keyof MetaValues>(key: K) {
    return this.#run(
      (db) => getMeta(db, key),
      (m) => m.getMeta(key),
    )
  }

  setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]) {
    return this.#run(
      (db) => setMeta(db, key, value),
      (m) => m.setMeta(key, value),
    )
  }

  lessonProgress() {
    return this.#run(
      (db) => lessons.listLessonProgress(db),
      (m) => m.lessonProgress(),
    )
  }

  lessonWork(id: string) {
    return this.#run(
      (db) => lessons.getLessonWork(db, id),
      (m) => m.lessonWork(id),
    )
  }

  updateLesson(id: string, patch: lessons.LessonPatch) {
    return this.#run(
      (db) => lessons.updateLesson(db, id, patch),
      (m) => m.updateLesson(id, patch),
    )
  }

  close(): void {
    this.#db.close()
  }

  /** Moves to memory with `notice` (another tab upgrades the database, or the browser closed it). */
  release(notice: string): void {
    void this.#switchToMemory(notice)
  }

  /** Runs a verb on IndexedDB, or on memory once storage has failed; a failure for a full or lost store switches. */
  async #run<T>(onDb: (db: PlaygroundDatabase) => Promise<T>, onMemory: (m: MemoryBackend) => Promise<T>): Promise<T> {
    const memory = this.#memory ?? (await this.#switching)
    if (memory) return onMemory(memory)
    try {
      return await onDb(this.#db)
    } catch (error) {
      if (isQuotaError(error)) return onMemory(await this.#switchToMemory(NOTICES.quota))
      if (isConnectionLost(error)) return onMemory(await this.#switchToMemory(this.#memory?.notice ?? NOTICES.closed))
      throw error
    }
  }

  /** Copies every row and meta value into memory (reads still work when storage is full), then closes. */
  #switchToMemory(notice: string): Promise<MemoryBackend> {
    this.#switching ??= (async () => {
      const seed = await Promise.all([
        idb.allWorkspaceRows(this.#db),
        allMeta(this.#db),
        lessons.allLessonRows(this.#db),
      ]).then(
        ([rows, meta, lessonRows]) => ({ rows, meta, lessons: lessonRows }),
        // The connection is already gone: start empty; the rows are still in storage for the next page load.
        () => ({}),
      )
      this.#db.close()
      this.#memory = new MemoryBackend(notice, seed)
      this.#onNotice?.(notice)
      return this.#memory
    })()
    return this.#switching
  }
}
