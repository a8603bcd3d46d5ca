// Saves the page view (request form, open policy, view) to the `meta` store soon after each change, one write at a
// time, and mirrors the latest unsaved one synchronously when the page goes away.
import type { WorkspaceBackend } from '../store/types'
import type { SaveStatus } from './autosave.svelte'
import { mirrorView, sameView, type PageView } from './page-view'
import type { SyncStorage } from './rescue'

/** Saves the page view of the open workspace as it changes. */
export class ViewSave {
  /** Where the latest view stands: 'saved' only once it is written. */
  status = $state<Exclude<SaveStatus, 'conflict'>>('saved')

  readonly #backend: Pick<WorkspaceBackend, 'setMeta'>
  readonly #delay: number
  /** The latest view asked for, written or not. */
  #latest: PageView | undefined
  /** The view waiting to be written (none while all is written). */
  #pending: PageView | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #inflight: Promise<void> | undefined

  constructor(backend: Pick<WorkspaceBackend, 'setMeta'>, options: { delay?: number } = {}) {
    this.#backend = backend
    this.#delay = options.delay ?? 300
  }

  /** The view as storage already holds it (at start): asking to save the same view writes nothing. */
  loaded(view: PageView | undefined): void {
    this.#latest ??= view
  }

  /** Records a view and writes it after `delay` ms without further changes; the same view again does nothing. */
  schedule(view: PageView): void {
    if (sameView(view, this.#latest)) return
    this.#latest = view
    this.#pending = view
    this.status = 'unsaved'
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.flush(), this.#delay)
  }

  /** Writes the pending view now (after any write in flight). */
  flush = async (): Promise<void> => {
    clearTimeout(this.#timer)
    this.#timer = undefined
    while (this.#inflight) await this.#inflight
    if (this.#pending === undefined) return
    const view = this.#pending
    this.#pending = undefined
    this.status = 'saving'
    const write = async (): Promise<void> => {
      try {
        await this.#backend.setMeta('lastView', view)
        // A view asked for during the write has its own timer running.
        this.status = this.#pending === undefined ? 'saved' : 'unsaved'
      } catch {
        this.#pending ??= view
        this.status = 'error'
      }
    }
    this.#inflight = write().finally(() => (this.#inflight = undefined))
    await this.#inflight
  }

  /**
   * The page is going away: mirrors the latest view synchronously when it is not written yet (a write started now may
   * not finish), and starts writing it.
   */
  keep = (storage: SyncStorage | undefined): void => {
    if (this.status === 'saved' || !this.#latest) return
    mirrorView(storage, this.#latest)
    void this.flush()
  }

  /** Stops the timer; a pending view is dropped (`await flush()` first to keep it). */
  destroy = (): void => {
    clearTimeout(this.#timer)
  }
}
