// The IndexedDB schema, its upgrade ladder, and opening the connection. Only the store modules use the connection.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb'

/** The database name (one per origin). */
export const DB_NAME = 'iam-playground'

/** The current schema version; {@link MIGRATIONS} lifts any older database to it. */
export const DB_VERSION = 4

/** A stored workspace (schema v2; v4 adds the {@link HEAD_INDEX} over it). */
export interface WorkspaceRow {
  id: string
  name: string
  /**
   * The scenario as saved. Untrusted and maybe of an older scenario format, so it is parsed (and migrated) on every
   * read. A Blob or a string is the scenario's JSON text: how autosave stores it (a Blob made in the engine worker is
   * stored by reference, where a large account's object took the page's thread over 100 ms to copy in and out); a
   * string may also be v1 text that never parsed (see {@link upgradeRowV1}). Older rows hold the object.
   */
  scenario: unknown
  /** Milliseconds since the epoch. */
  createdAt: number
  /** Milliseconds since the epoch; the `by-updated` index orders the workspace list by it. */
  updatedAt: number
  /** Counts scenario saves from 1; a save names the revision it replaces, so a stale copy never overwrites. */
  revision: number
}

/** A workspace row as schema v1 stored it: the scenario as JSON text, and no revision. */
export interface WorkspaceRowV1 {
  id: string
  name: string
  json: string
  createdAt: number
  updatedAt: number
}

/** A learner's progress and work on one lesson (schema v3): one row per lesson ever opened, by lesson id. */
export interface LessonRow {
  /** The lesson's id (`users-and-groups`). */
  id: string
  /** A check of the lesson passed once (a later failing check does not take it back). */
  solved: boolean
  /** How many of the lesson's hints are shown. */
  hints: number
  /**
   * The learner's scenario for this lesson as last changed; absent until the learner changes it. Untrusted, so it
   * is parsed on every read, like a workspace's.
   */
  scenario?: unknown
  /** Milliseconds since the epoch. */
  updatedAt: number
}

/** What the `meta` store holds, by key. */
export interface MetaValues {
  /** The workspace that was open last, to reopen it. */
  lastWorkspaceId: string
  /** What was on screen besides the scenario (request form, open policy, view): a `PageView`, checked on reading. */
  lastView: unknown
}

/**
 * The index of each workspace row without its scenario, `[id, revision, createdAt, updatedAt, name]`: a save reads
 * the stored revision (and the name and times it keeps) from the index key alone, never copying the scenario out.
 * A row whose fields are not valid keys is left out by IndexedDB; readers fall back to the row itself.
 */
export const HEAD_INDEX = 'head'

/** The key of {@link HEAD_INDEX}. */
export type HeadKey = [id: string, revision: number, createdAt: number, updatedAt: number, name: string]

/** The schema at {@link DB_VERSION}. */
export interface PlaygroundDB extends DBSchema {
  workspaces: { key: string; value: WorkspaceRow; indexes: { 'by-updated': number; [HEAD_INDEX]: HeadKey } }
  meta: { key: string; value: unknown }
  lessons: { key: string; value: LessonRow }
}

/** The connection at {@link DB_VERSION}. */
export type PlaygroundDatabase = IDBPDatabase<PlaygroundDB>

/** A database of any schema version, as a migration step sees it. */
export type AnyDatabase = IDBPDatabase<unknown>

/** One rung of the upgrade ladder. */
export interface Migration {
  /** The version this step upgrades to (from the one before). */
  version: number
  /**
   * Changes the schema and rows inside the versionchange transaction. A throw or a rejection aborts the whole
   * upgrade, so the database stays exactly as it was.
   * INVARIANT: a step awaits only requests of `tx`; awaiting anything else (a timer, a fetch) lets the transaction
   * commit half-way.
   */
  run(db: AnyDatabase, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void | Promise<void>
}

/** Converts a v1 row to v2: the JSON text becomes the scenario object, and the revision starts at 1. */
export function upgradeRowV1(row: WorkspaceRowV1 | WorkspaceRow): WorkspaceRow {
  if ('revision' in row && 'scenario' in row) return row // Already v2: the step is idempotent.
  const { json, ...rest } = row as WorkspaceRowV1 & Record<string, unknown>
  let scenario: unknown
  try {
    scenario = JSON.parse(json)
  } catch {
    // Not JSON: kept as text, never dropped; reading it reports the syntax error with its line and column.
    scenario = json
  }
  return { ...rest, scenario, revision: 1 } as WorkspaceRow
}

/** The upgrade ladder, one step per version. Add a step (and a test from each older version) to change the schema. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    run(db) {
      db.createObjectStore('workspaces', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt')
    },
  },
  {
    version: 2,
    async run(db, tx) {
      db.createObjectStore('meta')
      // Rows are converted in place, inside the upgrade transaction: all of them, or (on any failure) none.
      let cursor = await tx.objectStore('workspaces').openCursor()
      while (cursor) {
        await cursor.update(upgradeRowV1(cursor.value as WorkspaceRowV1))
        cursor = await cursor.continue()
      }
    },
  },
  {
    version: 3,
    run(db) {
      // Lesson progress and the learner's lesson scenarios, apart from the person's workspaces.
      db.createObjectStore('lessons', { keyPath: 'id' })
    },
  },
  {
    version: 4,
    run(_db, tx) {
      // IndexedDB fills the index from the rows already stored; the rows themselves stay as they are.
      tx.objectStore('workspaces').createIndex(HEAD_INDEX, ['id', 'revision', 'createdAt', 'updatedAt', 'name'])
    },
  },
]

/** The upgrade failed and was rolled back: the database is as it was before, at its old version. */
export class StorageUpgradeError extends Error {
  override name = 'StorageUpgradeError'

  constructor(
    readonly fromVersion: number,
    readonly toVersion: number,
    cause: unknown,
  ) {
    super(`upgrading the database from version ${fromVersion} to ${toVersion} failed: ${String(cause)}`, { cause })
  }
}

/** How to open the database; everything is optional, tests replace the ladder. */
export interface OpenOptions {
  name?: string
  /** The ladder to run; its last step's version is the version opened. */
  migrations?: readonly Migration[]
  /** An older connection (another tab) keeps the upgrade waiting. */
  blocked?: () => void
  /** Another tab wants to upgrade: this connection should close. */
  blocking?: () => void
  /** The browser closed the connection abnormally. */
  terminated?: () => void
}

/**
 * Opens the database, upgrading it through {@link MIGRATIONS}. Rejects with {@link StorageUpgradeError} when a step
 * fails (after aborting the versionchange transaction), or with the browser's own error (SecurityError,
 * VersionError, ...). `openBackend()` calls it once per page and owns the connection.
 */
export async function openPlaygroundDb(options: OpenOptions = {}): Promise<PlaygroundDatabase> {
  const migrations = options.migrations ?? MIGRATIONS
  const version = migrations.at(-1)?.version ?? DB_VERSION
  let failure: StorageUpgradeError | undefined
  try {
    return await openDB<PlaygroundDB>(options.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        tx.done.catch(() => {}) // An aborted upgrade is reported through the open request, below.
        const target = newVersion ?? version
        const steps = migrations.filter((m) => m.version > oldVersion && m.version <= target)
        runSteps(
          steps,
          db as unknown as AnyDatabase,
          tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
        ).catch((error: unknown) => {
          failure = new StorageUpgradeError(oldVersion, target, error)
          try {
            tx.abort() // The old schema and rows stay; the open request fails with AbortError.
          } catch {
            // Already aborted by the browser.
          }
        })
      },
      blocked: options.blocked,
      blocking: options.blocking,
      terminated: options.terminated,
    })
  } catch (error) {
    throw failure ?? error
  }
}

/** Runs the steps in order; a synchronous step runs without yielding, so a schema-only ladder stays synchronous. */
async function runSteps(
  steps: readonly Migration[],
  db: AnyDatabase,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  for (const step of steps) {
    const pending = step.run(db, tx)
    if (pending) await pending
  }
}

/**
 * Waits for a write and for its transaction to commit. A failed commit reports the transaction's error, which is
 * where browsers put QuotaExceededError (the request itself only sees AbortError).
 */
export async function commit(tx: { done: Promise<void> }, write: Promise<unknown>): Promise<void> {
  const [written, done] = await Promise.allSettled([write, tx.done])
  if (done.status === 'rejected') throw done.reason
  if (written.status === 'rejected') throw written.reason
}
