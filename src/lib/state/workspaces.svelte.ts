// The person's saved workspaces and the open one: opening, creating, renaming and deleting them, autosave with its
// two-tab conflicts, and the rescue of unsaved edits when the page goes away.
import type { Scenario } from '../../engine/index'
import { loadMessages, t } from '../i18n'
import { emptyScenario } from '../shell/empty-scenario'
import { nextAfterDelete } from '../shell/workspace-menu'
import type { Workspace, WorkspaceSummary } from '../store/rows'
import type { WorkspaceBackend } from '../store/types'
import { scenarioParserReady } from '../store/scenario-parser'
import { combinedStatus } from '../shell/save-status'
import type { SharedView } from '../share/schema'
import { Autosave, type SaveStatus } from '../workspace/autosave.svelte'
import { mirroredView, newestView, parsePageView, type PageView } from '../workspace/page-view'
import { ViewSave } from '../workspace/view-save.svelte'
import { uniqueName } from '../workspace/unique-name'
import { issueMessage } from '../workspace/issue-text'
import { dropUnsaved, keepUnsaved, pageStorage, takeUnsaved, type SyncStorage } from '../workspace/rescue'
import type { ScenarioDocument } from './document.svelte'

/** The open workspace: its id is '' when it lives only in this page (a share link, an embed) or is a lesson's. */
export interface OpenWorkspace {
  id: string
  name: string
  /** The lesson whose work this is: kept per lesson, apart from the person's workspaces (see `openApart`). */
  lesson?: string
}

/** The saved workspaces and the one open in the document. Without a backend (tests), nothing is stored. */
export class Workspaces {
  /** The open workspace. */
  current = $state.raw<OpenWorkspace | undefined>(undefined)
  /** Every saved workspace, as last read (see {@link refresh}). */
  list = $state.raw<WorkspaceSummary[]>([])
  /** Why storage is not (fully) available, shown to the person. */
  notice = $state<string | undefined>(undefined)

  readonly #document: ScenarioDocument
  readonly #backend: WorkspaceBackend | undefined
  /** State, so `saveStatus` and `conflicted` follow the autosave of the workspace opened later (gallery, import). */
  #autosave = $state.raw<Autosave | undefined>(undefined)
  /** Where the changes of a workspace kept apart go (see {@link openApart}); undefined for the person's own. */
  #keep: ((scenario: Scenario) => void) | undefined
  /** Saves what is on screen besides the scenario (request form, open policy, view); only with persistent storage. */
  readonly #view: ViewSave | undefined
  /** The scenario as JSON text, made off the page's thread, for autosave to store (see `AutosaveOptions.text`). */
  readonly #text: ((scenario: Scenario) => Promise<string | Blob>) | undefined

  constructor(
    document: ScenarioDocument,
    backend?: WorkspaceBackend,
    options: { text?: (scenario: Scenario) => Promise<string | Blob> } = {},
  ) {
    this.#document = document
    this.#backend = backend
    this.#text = options.text
    this.#view = backend?.persistent ? new ViewSave(backend) : undefined
  }

  /**
   * Save status of the open workspace: its scenario and the page view together, 'saved' only when both are written
   * ('saved' when nothing is stored, e.g. an embed).
   */
  get saveStatus(): SaveStatus {
    return combinedStatus(this.#autosave?.status ?? 'saved', this.#view?.status ?? 'saved')
  }

  /** The id of the open workspace when it is one of the person's saved ones (not a link's, an embed's or a lesson's). */
  get #storedId(): string | undefined {
    const open = this.current
    return open && open.id !== '' && open.lesson === undefined && this.#autosave ? open.id : undefined
  }

  /** What is on screen besides the scenario changed: store it soon (only for a saved workspace). */
  saveView = (view: SharedView): void => {
    const workspace = this.#storedId
    if (workspace && this.#view) this.#view.schedule({ ...view, workspace, at: Date.now() })
  }

  /** Writes what is on screen now (a first visit, before its answer shows). */
  saveViewNow = async (view: SharedView): Promise<void> => {
    this.saveView(view)
    await this.#view?.flush()
  }

  /**
   * The page view last saved for the open workspace: the newer of IndexedDB's and the copy kept in localStorage as
   * the page last went away; undefined when the last one saved was of another workspace.
   */
  lastView = async (storage: SyncStorage | undefined = pageStorage()): Promise<PageView | undefined> => {
    const workspace = this.#storedId
    if (!workspace || !this.#backend || !this.#view) return undefined
    const stored = parsePageView(await this.#backend.getMeta('lastView').catch(() => undefined))
    this.#view.loaded(stored)
    const newest = newestView(stored, mirroredView(storage))
    return newest?.workspace === workspace ? newest : undefined
  }

  /** True when this workspace lives only in this page (opened from a link or an embed): edits are not stored. */
  get unsaved(): boolean {
    return this.current?.id === '' && this.current.lesson === undefined
  }

  /** Another tab saved this workspace while this one had edits: true until the person chooses a version. */
  get conflicted(): boolean {
    return this.#autosave?.status === 'conflict' || this.#autosave?.outdated === true
  }

  /** The document changed: store it after the next pause (called by the document). */
  save(scenario: Scenario): void {
    if (this.#keep) this.#keep(scenario)
    else this.#autosave?.schedule(scenario)
  }

  /**
   * Opens a scenario kept apart from the person's workspaces, such as a lesson's work: it is not listed, not
   * remembered as the last workspace, and each change goes to `keep` instead of autosave. The workspace that was
   * open has its pending edits written first; opening any other workspace later leaves this one.
   */
  openApart = async (scenario: Scenario, open: OpenWorkspace, keep: (scenario: Scenario) => void): Promise<void> => {
    await this.flush()
    this.#document.start(scenario)
    await this.#attach(undefined)
    this.current = open
    this.#keep = keep
  }

  /** Replaces the whole scenario (gallery, import, another workspace): a fresh history and request. */
  load = async (scenario: Scenario, name: string, options: { persist?: boolean } = {}): Promise<void> => {
    this.#document.start(scenario)
    const stored = options.persist === false ? undefined : await this.#backend?.createWorkspace(name, scenario)
    await this.#attach(stored)
    // Not stored: this page's own workspace, whatever was open before (a saved one, a lesson).
    if (!stored || !this.#backend) this.current = { id: '', name }
  }

  /**
   * Leaves the open workspace (its pending edits written) for a new one holding `scenario`, named by `name` against
   * the names already taken.
   */
  create = async (scenario: Scenario, name: (existing: readonly WorkspaceSummary[]) => string): Promise<void> => {
    await this.flush()
    await this.refresh()
    await this.load(scenario, name(this.list))
  }

  /** Keeps an unsaved workspace (from a share link) among the person's saved workspaces. */
  saveAs = async (): Promise<void> => {
    if (!this.#backend?.persistent || !this.unsaved) return
    const name = this.current?.name ?? t('workspace.sharedName')
    await this.#attach(await this.#backend.createWorkspace(name, $state.snapshot(this.#document.scenario) as Scenario))
  }

  /** Opens a stored workspace. Returns an error message when it cannot be read. */
  open = async (id: string): Promise<string | undefined> => {
    const loaded = await this.#backend?.getWorkspace(id)
    if (!loaded) return t('workspace.missing')
    if (!loaded.ok) {
      await loadMessages(['scenario']) // the words of scenario errors load when one is to be shown
      return t('workspace.unreadable', { detail: loaded.errors[0] ? issueMessage(loaded.errors[0]) : '' })
    }
    const ws = loaded.workspace
    this.#document.start(ws.scenario)
    await this.#attach(ws)
    return undefined
  }

  /** Refreshes the workspace list. */
  refresh = async (): Promise<void> => {
    if (this.#backend) this.list = await this.#backend.listWorkspaces()
  }

  /** Renames the open saved workspace. */
  rename = async (name: string): Promise<void> => {
    const open = this.current
    if (!this.#backend || !open || open.id === '') return
    const renamed = await this.#backend.renameWorkspace(open.id, name)
    // INVARIANT: only the name changes; autosave writes scenarios by id, so it is unaffected.
    this.current = { id: renamed.id, name: renamed.name }
    await this.refresh()
  }

  /**
   * Deletes the open saved workspace. The newest other one (or a new empty one) is opened first, so the deleted
   * one's autosave stops. Returns an error message when the next one cannot be opened (nothing is deleted then).
   */
  remove = async (): Promise<string | undefined> => {
    const doomed = this.current
    if (!this.#backend || !doomed || doomed.id === '') return undefined
    await this.refresh()
    const next = nextAfterDelete(this.list, doomed.id)
    const others = this.list.filter((ws) => ws.id !== doomed.id)
    const problem = next
      ? await this.open(next)
      : await this.load(emptyScenario(), uniqueName(t('workspace.untitled'), others))
    if (problem) return problem
    await this.#backend.deleteWorkspace(doomed.id)
    await this.refresh()
    return undefined
  }

  /** Resolves a conflict by saving this tab's version over the other one. */
  keepMine = async (): Promise<void> => {
    await this.#autosave?.keepMine()
  }

  /** Resolves a conflict by taking the version the other tab saved. */
  takeTheirs = (): void => {
    const theirs = this.#autosave?.takeTheirs()
    if (theirs) this.#document.reload(theirs)
  }

  /** Writes pending edits now (before leaving the page or the workspace). */
  flush = async (): Promise<void> => {
    await Promise.all([this.#autosave?.flush(), this.#view?.flush()])
  }

  /**
   * The page is going away: edits autosave has not written yet are kept synchronously (see `rescue.ts`) and
   * saved on the next start, so nothing typed is lost.
   */
  rescue = (storage: SyncStorage | undefined = pageStorage()): void => {
    const autosave = this.#autosave
    const id = this.current?.id
    if (!id || !this.#backend?.persistent) return
    this.#view?.keep(storage)
    const status = autosave?.status
    if (autosave && (status === 'unsaved' || status === 'saving' || status === 'error')) {
      keepUnsaved(storage, id, $state.snapshot(this.#document.scenario) as Scenario)
      // Also start the IndexedDB write, at once (`now`): a copy too large for localStorage (a large account) is kept
      // only if this write lands. If the page stays (only hidden), the kept copy is dropped once it lands, so it never
      // overwrites a later save on the next start.
      void autosave.flush({ now: true }).then(() => {
        if (autosave.status === 'saved' && autosave.mine === undefined) dropUnsaved(storage, id)
      })
    }
  }

  async #attach(ws: Workspace | undefined, storage: SyncStorage | undefined = pageStorage()): Promise<void> {
    this.#autosave?.destroy()
    this.#autosave = undefined
    this.#keep = undefined
    if (!ws || !this.#backend) return
    this.current = { id: ws.id, name: ws.name }
    this.#autosave = new Autosave(this.#backend, ws, { text: this.#text })
    this.notice = this.#backend.notice
    // Edits kept when the page last went away: apply them as a change, so they are saved now. The scenario checker
    // (loaded with storage) is in before they are taken, so a failed load leaves them kept.
    const parser = this.#backend.persistent ? await scenarioParserReady() : undefined
    const kept = parser ? takeUnsaved(storage, ws.id) : undefined
    const parsed = kept === undefined ? undefined : parser?.parseScenario(kept)
    if (parsed?.ok) this.#document.restore(parsed.scenario, { key: 'history.restored' })
    await this.#backend.setMeta('lastWorkspaceId', ws.id)
    await this.refresh()
  }
}
