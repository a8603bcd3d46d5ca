// Where workspaces live: IndexedDB when the browser allows it, this tab's memory otherwise, with a notice saying why.
import type { Migration } from './db'
import { MemoryBackend } from './memory'
import type { WorkspaceBackend } from './types'

// Re-exported for the modules that open a backend and use its type together.
export type { WorkspaceBackend } from './types'

export const IN_MEMORY = 'working in memory, so changes last only until this tab closes'

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
  // IndexedDB's code (the database, its rows, the `idb` wrapper) loads only here: an embed never opens storage.
  return (await import('./indexeddb-backend')).openIndexedDbBackend(options)
}

/** Whether `indexedDB` exists; reading it throws SecurityError in some sandboxed frames. */
function probeIndexedDb(): 'yes' | 'missing' | 'denied' {
  try {
    return typeof indexedDB === 'undefined' || indexedDB === null ? 'missing' : 'yes'
  } catch {
    return 'denied'
  }
}
