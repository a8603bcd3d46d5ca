// The workspace being edited and questioned: scenario, undo history, the open policy, the request and its answer.
import {
  appendEvents,
  parseScenario,
  type ActivityEvent,
  type Scenario,
  type SimulationRequest,
  type SimulationResult,
} from '../../engine/index'
import { eventsFor } from '../activity-view/record'
import { filledLines } from '../request-view/lines'
import { keepUnsaved, pageStorage, takeUnsaved, type SyncStorage } from '../workspace/rescue'
import type { WorkspaceBackend } from '../store/types'
import type { Workspace, WorkspaceSummary } from '../store/rows'
import { Autosave, type SaveStatus } from '../workspace/autosave.svelte'
import type { EditResult } from '../../engine/index'
import { UndoHistory } from '../workspace/history'
import type { AppView } from './views'
import { draftFor, type RequestDraft } from '../request-view/draft'
import { readTarget, targetKey, targetKind, targetTitle, writeTarget, type PolicyTarget } from './policy-target'

/** What the left pane has selected. */
export type Selection =
  | {
      kind: 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'
      name: string
      /** The entity's account (users, groups, roles and policies); absent means the scenario's first account. */
      account?: string
    }
  | { kind: 'organization' }
  | undefined

/** One answer of a batch (several actions or resources). */
export interface BatchAnswer {
  action: string
  resource: string
  result: SimulationResult
}

/** Runs engine calls; the app passes the worker, tests pass the engine itself. */
export interface EngineCalls {
  simulate(scenario: Scenario, request: SimulationRequest): Promise<SimulationResult>
}

/** The app's state. Created once in App.svelte; components read it through `getApp()`. */
export class AppState {
  scenario = $state.raw<Scenario>() as unknown as Scenario
  workspace = $state.raw<{ id: string; name: string } | undefined>(undefined)
  workspaces = $state.raw<WorkspaceSummary[]>([])
  /** Why storage is not (fully) available, shown to the person. */
  storageNotice = $state<string | undefined>(undefined)
  selection = $state.raw<Selection>(undefined)
  /** The top-level view on show (tabs under the toolbar). */
  view = $state<AppView>('playground')
  /** The policy in the editor. */
  target = $state.raw<PolicyTarget | undefined>(undefined)
  request = $state.raw<RequestDraft>({ principal: '', actions: [''], resources: [''], environment: {}, context: {} })
  result = $state.raw<SimulationResult | undefined>(undefined)
  batch = $state.raw<BatchAnswer[]>([])
  pending = $state(false)
  engineError = $state<string | undefined>(undefined)
  /** Bumped when the scenario is replaced from outside the editor (undo, load): the editor reloads its text. */
  revision = $state(0)
  canUndo = $state(false)
  canRedo = $state(false)
  undoLabel = $state<string | undefined>(undefined)
  redoLabel = $state<string | undefined>(undefined)

  readonly history = new UndoHistory<Scenario>()
  #engine: EngineCalls
  #backend: WorkspaceBackend | undefined
  /** State, so `saveStatus` and `conflicted` follow the autosave of the workspace opened later (gallery, import). */
  #autosave = $state.raw<Autosave | undefined>(undefined)
  #timer: ReturnType<typeof setTimeout> | undefined
  #ticket = 0
  // The activity log survives undo and redo: each recorded event's sequence number, and for each scenario the last
  // number given when it stopped being current. Restoring a scenario appends the events recorded after that.
  #recorded = 0
  #sequenceOf = new WeakMap<ActivityEvent, number>()
  #markOf = new WeakMap<Scenario, number>()

  constructor(scenario: Scenario, engine: EngineCalls, backend?: WorkspaceBackend) {
    this.scenario = scenario
    this.request = draftFor(scenario)
    this.#engine = engine
    this.#backend = backend
  }

  /** Save status of the open workspace ('saved' when nothing is stored, e.g. an embed). */
  get saveStatus(): SaveStatus {
    return this.#autosave?.status ?? 'saved'
  }

  /** The editor's document: title, grammar and text of the open policy. */
  get editorDoc(): { key: string; title: string; kind: ReturnType<typeof targetKind>; text: string } | undefined {
    const t = this.target
    if (!t) return undefined
    const text = readTarget(this.scenario, t)
    if (text === undefined) return undefined
    return { key: targetKey(t), title: targetTitle(t), kind: targetKind(this.scenario, t), text }
  }

  /** Applies an edit; returns the refusal message (for the form field) when the edit was refused. */
  edit = (result: EditResult): string | undefined => {
    if (!result.ok) return result.error
    const options = result.coalesceKey ? { coalesceKey: result.coalesceKey, time: Date.now() } : {}
    this.history.push(this.scenario, result.scenario, result.label, options)
    this.#replace(result.scenario, false)
    return undefined
  }

  /** Opens a policy in the editor. */
  openPolicy = (target: PolicyTarget): void => {
    this.target = target
  }

  /** The editor's text changed: store it (typing coalesces into one undo step). */
  setPolicyText = (text: string): void => {
    if (!this.target) return
    this.edit(writeTarget(this.scenario, this.target, text))
  }

  select = (selection: Selection): void => {
    this.selection = selection
  }

  /** Shows a top-level view (the playground, the graph, the matrix, ...). */
  show = (view: AppView): void => {
    this.view = view
  }

  undo = (): void => {
    const previous = this.history.undo(this.scenario)
    if (previous) this.#replace(this.#withLaterActivity(previous), true)
  }

  redo = (): void => {
    const next = this.history.redo(this.scenario)
    if (next) this.#replace(this.#withLaterActivity(next), true)
  }

  /**
   * Appends records to the activity log. Like CloudTrail's, the log is append-only: recording is no undo step, and
   * undo and redo keep what was recorded since (only an edit, such as clearing the log, removes records).
   */
  record = (events: readonly ActivityEvent[]): void => {
    if (!events.length) return
    this.#markOf.set(this.scenario, this.#recorded)
    for (const e of events) this.#sequenceOf.set(e, ++this.#recorded)
    this.scenario = { ...this.scenario, activity: appendEvents(this.scenario.activity, events) }
    this.#autosave?.schedule(this.scenario)
  }

  /** `restored` with the records made after it stopped being current appended (see {@link record}). */
  #withLaterActivity(restored: Scenario): Scenario {
    const mark = this.#markOf.get(restored) ?? 0
    const has = new WeakSet(restored.activity ?? [])
    const later = (this.scenario.activity ?? []).filter((e) => (this.#sequenceOf.get(e) ?? 0) > mark && !has.has(e))
    return later.length ? { ...restored, activity: appendEvents(restored.activity, later) } : restored
  }

  /** Changes the request form; the answer refreshes by itself. */
  setRequest = (patch: Partial<RequestDraft>): void => {
    this.request = { ...this.request, ...patch }
    this.#schedule()
  }

  /**
   * Evaluates the request now. `record: true` (the Evaluate button, Ctrl/Cmd+Enter) also records each request in the
   * activity log; the re-evaluation that follows edits does not.
   */
  evaluate = async (options: { record?: boolean } = {}): Promise<void> => {
    clearTimeout(this.#timer)
    const ticket = ++this.#ticket
    const draft = this.request
    const actions = filledLines(draft.actions)
    const resources = filledLines(draft.resources)
    if (!draft.principal.trim() || actions.length === 0 || resources.length === 0) {
      this.result = undefined
      this.batch = []
      return
    }
    this.pending = true
    try {
      // One snapshot for the whole batch: every cell asks about the same scenario.
      const scenario = $state.snapshot(this.scenario) as Scenario
      const answers: BatchAnswer[] = []
      for (const action of actions) {
        for (const resource of resources) {
          const result = await this.#engine.simulate(scenario, {
            principal: draft.principal.trim(),
            action,
            resource,
            environment: draft.environment,
            context: draft.context,
          })
          answers.push({ action, resource, result })
        }
      }
      if (options.record === true) {
        const ran = answers.map(({ action, resource, result }) => ({
          request: { principal: draft.principal.trim(), action, resource, environment: draft.environment },
          result,
        }))
        this.record(eventsFor(this.scenario, ran))
      }
      if (ticket !== this.#ticket) return
      this.result = answers[0]?.result
      this.batch = answers.length > 1 ? answers : []
      this.engineError = undefined
    } catch (error) {
      if (ticket !== this.#ticket) return
      this.result = undefined
      this.batch = []
      this.engineError = error instanceof Error ? error.message : String(error)
    } finally {
      if (ticket === this.#ticket) this.pending = false
    }
  }

  /** Replaces the whole scenario (gallery, import, another workspace): a fresh history and request. */
  load = async (scenario: Scenario, name: string, options: { persist?: boolean } = {}): Promise<void> => {
    this.#start(scenario)
    await this.#attach(options.persist === false ? undefined : await this.#backend?.createWorkspace(name, scenario))
    if (this.workspace === undefined) this.workspace = { id: '', name }
  }

  /** True when this workspace lives only in this page (opened from a link or an embed): edits are not stored. */
  get unsaved(): boolean {
    return this.workspace?.id === ''
  }

  /** Keeps an unsaved workspace (from a share link) among the person's saved workspaces. */
  saveAsWorkspace = async (): Promise<void> => {
    if (!this.#backend?.persistent || !this.unsaved) return
    const name = this.workspace?.name ?? 'Shared scenario'
    await this.#attach(await this.#backend.createWorkspace(name, $state.snapshot(this.scenario) as Scenario))
  }

  /** Opens a stored workspace. Returns an error message when it cannot be read. */
  open = async (id: string): Promise<string | undefined> => {
    const loaded = await this.#backend?.getWorkspace(id)
    if (!loaded) return 'This workspace no longer exists.'
    if (!loaded.ok) return `This workspace cannot be read: ${loaded.errors[0]?.message ?? ''}`
    const ws = loaded.workspace
    this.#start(ws.scenario)
    await this.#attach(ws)
    return undefined
  }

  /** Refreshes the workspace list. */
  refreshWorkspaces = async (): Promise<void> => {
    if (this.#backend) this.workspaces = await this.#backend.listWorkspaces()
  }

  /** Another tab saved this workspace while this one had edits: true until the person chooses a version. */
  get conflicted(): boolean {
    return this.#autosave?.status === 'conflict' || this.#autosave?.outdated === true
  }

  /** Resolves a conflict by saving this tab's version over the other one. */
  keepMine = async (): Promise<void> => {
    await this.#autosave?.keepMine()
  }

  /** Resolves a conflict by taking the version the other tab saved. */
  takeTheirs = (): void => {
    const theirs = this.#autosave?.takeTheirs()
    if (!theirs) return
    this.history.clear()
    this.#replace(theirs, true, false)
  }

  /** Writes pending edits now (before leaving the page). */
  flush = async (): Promise<void> => {
    await this.#autosave?.flush()
  }

  /**
   * The page is going away: edits autosave has not written yet are kept synchronously (see `rescue.ts`) and
   * saved on the next start, so nothing typed is lost.
   */
  rescue = (storage: SyncStorage | undefined = pageStorage()): void => {
    const status = this.#autosave?.status
    if (!this.workspace?.id || !this.#backend?.persistent) return
    if (status === 'unsaved' || status === 'saving' || status === 'error') {
      keepUnsaved(storage, this.workspace.id, $state.snapshot(this.scenario) as Scenario)
    }
  }

  async #attach(ws: Workspace | undefined, storage: SyncStorage | undefined = pageStorage()): Promise<void> {
    this.#autosave?.destroy()
    this.#autosave = undefined
    if (!ws || !this.#backend) return
    this.workspace = { id: ws.id, name: ws.name }
    this.#autosave = new Autosave(this.#backend, ws)
    this.storageNotice = this.#backend.notice
    // Edits kept when the page last went away: apply them as a change, so they are saved now.
    const kept = this.#backend.persistent ? takeUnsaved(storage, ws.id) : undefined
    const parsed = kept === undefined ? undefined : parseScenario(kept)
    if (parsed?.ok) {
      this.history.push(this.scenario, parsed.scenario, 'Restore edits made before the page closed')
      this.#replace(parsed.scenario, true)
    }
    await this.#backend.setMeta('lastWorkspaceId', ws.id)
    await this.refreshWorkspaces()
  }

  /** Starts over on another scenario (no undo history, nothing open or selected, its first request). */
  #start(scenario: Scenario): void {
    this.history.clear()
    this.target = undefined
    this.selection = undefined
    this.request = draftFor(scenario)
    this.#replace(scenario, true, false)
  }

  #replace(scenario: Scenario, fromOutside: boolean, save = true): void {
    this.#markOf.set(this.scenario, this.#recorded)
    this.scenario = scenario
    this.canUndo = this.history.canUndo
    this.canRedo = this.history.canRedo
    this.undoLabel = this.history.undoLabel
    this.redoLabel = this.history.redoLabel
    if (fromOutside) this.revision++
    if (save) this.#autosave?.schedule(scenario)
    this.#schedule()
  }

  #schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.evaluate(), 150)
  }
}
