// Edits not yet saved when the page goes away: kept synchronously in localStorage, applied on the next start.
// (IndexedDB cannot finish a transaction while a page unloads; localStorage writes at once.)
import type { Scenario } from '../../engine/index'

const PREFIX = 'iam-playground:unsaved:'

/** A minimal storage interface (the browser's `localStorage`, or a stand-in in tests). */
export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The page's localStorage, or undefined where there is none (sandboxed frames, privacy modes). */
export function pageStorage(): SyncStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

/** Keeps the scenario of workspace `id`, to be saved on the next start. Never throws (a full storage drops it). */
export function keepUnsaved(storage: SyncStorage | undefined, id: string, scenario: Scenario): void {
  try {
    storage?.setItem(PREFIX + id, JSON.stringify({ savedAt: Date.now(), scenario }))
  } catch {
    // Quota or access errors: nothing more can be done while the page unloads.
  }
}

/** The kept scenario of workspace `id` (removed from storage); undefined when there is none or it is unreadable. */
export function takeUnsaved(storage: SyncStorage | undefined, id: string): unknown {
  try {
    const text = storage?.getItem(PREFIX + id)
    if (text === null || text === undefined) return undefined
    storage?.removeItem(PREFIX + id)
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? (parsed as { scenario?: unknown }).scenario : undefined
  } catch {
    return undefined
  }
}

/** Forgets the kept scenario of workspace `id` (it was saved after all). Never throws. */
export function dropUnsaved(storage: SyncStorage | undefined, id: string): void {
  try {
    storage?.removeItem(PREFIX + id)
  } catch {
    // Access errors: the copy is applied on the next start, which saves the same scenario again.
  }
}
