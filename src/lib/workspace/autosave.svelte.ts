// Saves a workspace as it is edited: debounced, guarded by revisions, and told about saves in other tabs.
import type { Scenario } from '../../engine/index'
import type { WorkspaceBackend } from '../store/backend'
import { ConflictError, type ConflictReason, type Workspace } from '../store/rows'

/** Where the edits stand. */
export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'error' | 'conflict'

/** The BroadcastChannel name shared by every tab of the playground. */
export const CHANNEL_NAME = 'iam-playground'

/** What a tab tells the others after saving a workspace. */
export interface SavedMessage {
  type: 'saved'
  id: string
  revision: number
}

/** The part of `BroadcastChannel` autosave uses (tests may pass their own). */
export interface Channel {
  postMessage(message: SavedMessage): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

/** How an {@link Autosave} behaves. */
export interface AutosaveOptions {
  /** Milliseconds of quiet after the last edit before saving; default 500. */
  delay?: number
  /**
   * Makes the cross-tab channel; `null` for none. Default: a `BroadcastChannel` named {@link CHANNEL_NAME} when the
   * backend is persistent (a tab working in memory shares nothing with other tabs).
   */
  channel?: (() => Channel | undefined) | null
  /**
   * The scenario as JSON text (in a Blob, or a string), made off the page's thread (the engine worker, which holds the
   * scenario already): the text is what is stored. Without it, or when it fails, the scenario object is stored as it is.
   */
  text?: (scenario: Scenario) => Promise<string | Blob>
}

/** Is `data` a well-formed {@link SavedMessage}? Channel messages come from other tabs, so they are checked. */
export function isSavedMessage(data: unknown): data is SavedMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  return m.type === 'saved' && typeof m.id === 'string' && Number.isSafeInteger(m.revision)
}

/**
 * Stores a scenario as the app holds it: edits never change a scenario in place (they copy), so it is stored as it
 * is, and IndexedDB's own copy is the only one — a deep `$state.snapshot` of a 6,000-entity account first cost the
 * main thread seconds per save. Should a `$state` proxy have slipped into it (IndexedDB cannot clone one), it is
 * stored again as a snapshot.
 */
async function storing<T>(scenario: Scenario, store: (scenario: Scenario, retry: boolean) => Promise<T>): Promise<T> {
  try {
    return await store(scenario, false)
  } catch (error) {
    if (!(error instanceof DOMException) || error.name !== 'DataCloneError') throw error
    return store($state.snapshot(scenario) as Scenario, true)
  }
}

/** Saves one workspace's scenario after each pause in editing. Create one per open workspace; `destroy()` it after. */
export class Autosave {
  /** Where the edits stand. */
  status = $state<SaveStatus>('saved')
  /** When the last save landed (ms since the epoch); undefined until the first save in this tab. */
  lastSavedAt = $state<number | undefined>(undefined)
  /** The workspace as last saved or loaded: its revision is the one the next save replaces. */
  workspace: Workspace
  /** The other copy, when another tab saved this workspace after us (set while `outdated` or in `conflict`). */
  theirs = $state.raw<Workspace | undefined>(undefined)
  /** Why the status is `conflict`. */
  conflict = $state<ConflictReason | undefined>(undefined)
  /** Another tab saved a newer revision; editing on would conflict. */
  outdated = $state(false)
  /** Why the last save failed (status `error`); the edit is kept and retried on the next edit or flush. */
  error = $state<string | undefined>(undefined)
  /** The backend's notice after the last save (e.g. storage is full, changes are kept in this tab only). */
  notice = $state<string | undefined>(undefined)

  #mine = $state.raw<Scenario | undefined>(undefined)
  #backend: WorkspaceBackend
  #delay: number
  #text: ((scenario: Scenario) => Promise<string | Blob>) | undefined
  /** Makes the save in flight stop waiting for its text (set while it waits). */
  #hurry: (() => void) | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #inflight: Promise<void> | undefined
  #channel: Channel | undefined
  /** The stored revision a conflict was found at: `keepMine()` saves over it. */
  #theirsRevision: number | undefined

  constructor(backend: WorkspaceBackend, workspace: Workspace, options: AutosaveOptions = {}) {
    this.#backend = backend
    this.workspace = $state.raw(workspace)
    this.#delay = options.delay ?? 500
    this.#text = options.text
    this.notice = backend.notice
    const channel = options.channel === undefined ? (backend.persistent ? broadcastChannel : null) : options.channel
    this.#channel = channel?.()
    this.#channel?.addEventListener('message', (event) => {
      const m: unknown = event.data
      if (isSavedMessage(m) && m.id === this.workspace.id && m.revision > this.workspace.revision) void this.#learn()
    })
  }

  /** The edited scenario not yet saved; in a conflict, this is "mine". */
  get mine(): Scenario | undefined {
    return this.#mine
  }

  /** Records an edit and saves it after `delay` ms without further edits. In a conflict, it waits for a choice. */
  schedule = (scenario: Scenario): void => {
    this.#mine = scenario
    if (this.status === 'conflict') return
    if (this.outdated && this.theirs) return this.#conflictWith('changed', this.theirs.revision, this.theirs)
    this.status = 'unsaved'
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.flush(), this.#delay)
  }

  /**
   * Saves the pending edit now (after any save in flight); nothing to do when all is saved or in a conflict. With
   * `now` (the page is going away), the write starts before this returns, storing the object: there is no time to
   * wait for the text (a save in flight that still waits for its text stops waiting, too).
   */
  flush = async (options: { now?: boolean } = {}): Promise<void> => {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (options.now) this.#hurry?.()
    while (this.#inflight) await this.#inflight
    if (this.#mine === undefined || this.status === 'conflict') return
    await this.#save(this.workspace.revision, options.now === true)
  }

  /** Resolves a conflict by saving this tab's copy over theirs (or as a new workspace when theirs was deleted). */
  keepMine = async (): Promise<void> => {
    while (this.#inflight) await this.#inflight
    if (this.status !== 'conflict') return
    this.#mine ??= this.workspace.scenario
    if (this.conflict === 'deleted') return this.#recreate()
    await this.#save(this.#theirsRevision ?? this.workspace.revision)
  }

  /** Resolves a conflict (or an outdated copy) by taking theirs; returns their scenario for the editor to load. */
  takeTheirs = (): Scenario | undefined => {
    const theirs = this.theirs
    if (!theirs) return undefined
    clearTimeout(this.#timer)
    this.#mine = undefined
    this.workspace = theirs
    this.theirs = undefined
    this.conflict = undefined
    this.outdated = false
    this.error = undefined
    this.lastSavedAt = theirs.updatedAt
    this.status = 'saved'
    return theirs.scenario
  }

  /** Stops the timer and leaves the channel. Pending edits are dropped: `await flush()` first to keep them. */
  destroy = (): void => {
    clearTimeout(this.#timer)
    this.#channel?.close()
    this.#channel = undefined
  }

  #save(expectedRevision: number, now = false): Promise<void> {
    const run = async () => {
      const scenario = this.#mine
      if (scenario === undefined) return
      this.#mine = undefined
      this.status = 'saving'
      try {
        // Not awaited at all when there is no text to wait for, so the write starts at once.
        const text = now || !this.#text ? undefined : await this.#textOf(this.#text, scenario)
        this.#saved(
          // A browser that cannot store the Blob (DataCloneError) gets the object on the retry.
          await storing(scenario, (stored, retry) =>
            this.#backend.saveWorkspace(
              { id: this.workspace.id, scenario: stored, text: retry ? undefined : text },
              { expectedRevision },
            ),
          ),
        )
      } catch (error) {
        this.#mine ??= scenario // An edit made during the save is newer; otherwise keep this one.
        if (error instanceof ConflictError) this.#conflictWith(error.reason, error.storedRevision, error.theirs)
        else this.#failed(error)
      } finally {
        this.notice = this.#backend.notice
      }
    }
    const inflight = run().finally(() => (this.#inflight = undefined))
    this.#inflight = inflight
    return inflight
  }

  /** The scenario's text, or undefined (store the object) when making it fails or the page is going away. */
  async #textOf(
    text: (scenario: Scenario) => Promise<string | Blob>,
    scenario: Scenario,
  ): Promise<string | Blob | undefined> {
    const hurried = new Promise<undefined>((resolve) => (this.#hurry = () => resolve(undefined)))
    try {
      // A worker that fails or is busy past its time limit must not cost the edit: the object is stored instead.
      return await Promise.race([text(scenario).catch(() => undefined), hurried])
    } finally {
      this.#hurry = undefined
    }
  }

  /** Their copy was deleted: keep mine as a new workspace with the same name. */
  async #recreate(): Promise<void> {
    const scenario = this.#mine ?? this.workspace.scenario
    this.status = 'saving'
    try {
      this.#mine = undefined
      this.#saved(await storing(scenario, (stored) => this.#backend.createWorkspace(this.workspace.name, stored)))
    } catch (error) {
      this.#mine ??= scenario
      this.#failed(error)
    } finally {
      this.notice = this.#backend.notice
    }
  }

  #saved(saved: Workspace): void {
    this.workspace = saved
    this.lastSavedAt = saved.updatedAt
    this.error = undefined
    this.theirs = undefined
    this.conflict = undefined
    this.outdated = false
    this.#theirsRevision = undefined
    // An edit that arrived during the save has its own timer running.
    this.status = this.#mine === undefined ? 'saved' : 'unsaved'
    // Sent even after falling back to memory: receivers check with their own backend before believing it.
    this.#channel?.postMessage({ type: 'saved', id: saved.id, revision: saved.revision })
  }

  #failed(error: unknown): void {
    this.error = error instanceof Error ? error.message : String(error)
    this.status = 'error'
  }

  #conflictWith(reason: ConflictReason, storedRevision: number | undefined, theirs: Workspace | undefined): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.conflict = reason
    this.theirs = theirs
    this.#theirsRevision = storedRevision
    this.status = 'conflict'
  }

  /** Another tab says it saved: check with the backend (the message may be about storage this tab does not use). */
  async #learn(): Promise<void> {
    const load = await this.#backend.getWorkspace(this.workspace.id).catch(() => undefined)
    if (!load?.ok || load.workspace.revision <= this.workspace.revision) return
    const theirs = load.workspace
    this.outdated = true
    this.theirs = theirs
    if (this.status === 'conflict') this.#theirsRevision = theirs.revision
    else if (this.#mine !== undefined && this.status !== 'saving')
      this.#conflictWith('changed', theirs.revision, theirs)
  }
}

function broadcastChannel(): Channel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined
}
