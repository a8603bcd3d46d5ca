// Where workspaces live: IndexedDB when the browser allows it, this tab's memory otherwise, with a notice saying why.
import type { Scenario } from '../../engine/index'
import { openPlaygroundDb, StorageUpgradeError, type MetaValues, type Migration, type PlaygroundDatabase } from './db'
import { MemoryBackend } from './memory'
import { scenarioParserReady } from './scenario-parser'
import * as lessons from './lessons'
import { allMeta, getMeta, setMeta } from './meta'
import type { WorkspaceChange } from './rows'
import type { WorkspaceBackend } from './types'
import * as idb from './workspaces'

// Re-exported for the modules that open a backend and use its type together.
export type { WorkspaceBackend } from './types'

const IN_MEMORY = 'working in memory, so changes last only until this tab closes'

/** Every notice a backend can carry. One line each, lower-case start, no trailing period. */
export const NOTICES = {
  unavailable: `this browser offers no storage here; ${IN_MEMORY}`,
  denied: `the browser does not allow storage on this page (a private window or a sandboxed frame); ${IN_MEMORY}`,
  blocked: `another playground tab is keeping storage busy; close the other tabs and reload; ${IN_MEMORY}`,
  upgradeFailed: 'storage upgrade failed; your data is unchanged; working in memory',
  newerVersion: `another tab saved with a newer version of the playground; reload this tab; ${IN_MEMORY}`,
  quotaAtOpen: `browser storage is full; ${IN_MEMORY}`,
  quota: 'browser storage is full; your latest changes are kept in this tab only and are not saved',
  versionChange: 'the playground was updated in another tab; reload this tab; changes from now on are not saved',
  closed: 'the browser closed storage; changes from now on are kept in this tab only and are not saved',
} as const

/** How to open the backend. */
export interface OpenBackendOptions {
  /** An embedded page: never touch storage; memory, with no notice. */
  embedded?: boolean
  /** How long to wait (ms) for other tabs to release an old version of the database before working in memory. */
  blockedTimeout?: number
  /** Told when the backend falls back to memory after opening (storage full, another tab upgrading). */
  onNotice?: (notice: string) => void
  /** The database name (tests). */
  name?: string
  /** The upgrade ladder (tests inject failing steps). */
  migrations?: readonly Migration[]
}

/**
 * Opens IndexedDB, or falls back to memory with a notice when `indexedDB` is missing, `open` throws (SecurityError in
 * sandboxed frames and some private windows), another tab blocks the upgrade, or the upgrade fails. Called once per
 * page; the backend owns the one connection.
 */
export async function openBackend(options: OpenBackendOptions = {}): Promise<WorkspaceBackend> {
  if (options.embedded) return new MemoryBackend()
  const available = probeIndexedDb()
  if (available === 'missing') return new MemoryBackend(NOTICES.unavailable)
  if (available === 'denied') return new MemoryBackend(NOTICES.denied)

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

/** Whether `indexedDB` exists; reading it throws SecurityError in some sandboxed frames. */
function probeIndexedDb(): 'yes' | 'missing' | 'denied' {
  try {
    return typeof indexedDB === 'undefined' || indexedDB === null ? 'missing' : 'yes'
  } catch {
    return 'denied'
  }
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
