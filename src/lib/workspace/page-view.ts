// What is on screen besides the scenario (the request form, the open policy, the view), kept so a reload or the next
// visit shows it again: in IndexedDB's `meta` store, and mirrored synchronously in localStorage as the page goes away.
import { checkSharedView, type SharedView } from '../share/schema'
import type { SyncStorage } from './rescue'

/** The page's view of one saved workspace, and when it was last changed (ms since the epoch). */
export interface PageView extends SharedView {
  workspace: string
  at: number
}

const MIRROR_KEY = 'iam-playground:view'

/** A stored page view, checked (it comes from storage another version may have written); undefined when malformed. */
export function parsePageView(raw: unknown): PageView | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const { workspace, at, ...rest } = raw as Record<string, unknown>
  if (typeof workspace !== 'string' || !/^[\w-]{1,100}$/.test(workspace)) return undefined
  if (typeof at !== 'number' || !Number.isFinite(at)) return undefined
  const view = checkSharedView(rest)
  return view && { ...view, workspace, at }
}

/** The newer of two page views (the first on a tie); undefined when neither is there. */
export function newestView(a: PageView | undefined, b: PageView | undefined): PageView | undefined {
  if (!a) return b
  if (!b) return a
  return b.at > a.at ? b : a
}

/** True when two page views show the same thing (when they were made aside). */
export function sameView(a: PageView | undefined, b: PageView | undefined): boolean {
  if (!a || !b) return a === b
  return JSON.stringify({ ...a, at: 0 }) === JSON.stringify({ ...b, at: 0 })
}

/** Mirrors a page view synchronously (the page is going away). Never throws: a full storage drops it. */
export function mirrorView(storage: SyncStorage | undefined, view: PageView): void {
  try {
    storage?.setItem(MIRROR_KEY, JSON.stringify(view))
  } catch {
    // Quota or access errors: IndexedDB may still have it.
  }
}

/** The mirrored page view; undefined when there is none or it is malformed. */
export function mirroredView(storage: SyncStorage | undefined): PageView | undefined {
  try {
    const text = storage?.getItem(MIRROR_KEY)
    return text ? parsePageView(JSON.parse(text)) : undefined
  } catch {
    return undefined
  }
}
