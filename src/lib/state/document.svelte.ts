// The scenario being edited: edits with their undo history, and the activity log, which undo leaves alone.
import { appendEvents, type ActivityEvent, type EditResult, type Scenario } from '../../engine/index'
import type { EngineMessage } from '../../engine/index'
import { word } from '../i18n/index'
import { plain } from '../result/format'
import { UndoHistory } from '../workspace/history'

/** What the undo menu says a step did: an engine message, worded when shown (or a text already worded). */
export type HistoryLabel = EngineMessage | string

/** A label in the page's language, as plain text (it names buttons and fills titles; a remedy's names code). */
function labelText(label: HistoryLabel | undefined): string | undefined {
  return typeof label === 'object' ? plain(word(label)) : label
}

/** Quiet time after a keystroke in the editor before {@link ScenarioDocument.settled} follows the scenario (ms). */
export const SETTLE_MS = 300

/** What the document tells the parts that depend on it (the composition root wires them). */
export interface DocumentHooks {
  /** Another scenario takes over (a workspace opened, a link, an import): what was open for the old one closes. */
  started?(scenario: Scenario): void
  /** The scenario changed (an edit, undo, redo, another scenario): answers computed from it are out of date. */
  changed?(scenario: Scenario): void
  /** The scenario has changes to store: an edit, undo, redo or record (not a scenario just opened). */
  save?(scenario: Scenario): void
}

/** The scenario, its undo history and its append-only activity log. */
export class ScenarioDocument {
  scenario = $state.raw<Scenario>() as unknown as Scenario
  /**
   * The scenario as of the last pause in typing: `scenario` itself, except during a burst of typing in the editor
   * (edits that coalesce into one undo step), when it follows after {@link SETTLE_MS} of quiet. Views that need not
   * follow each keystroke read it (the request form's suggestions, where a policy is attached): each keystroke
   * stores a new scenario, and re-deriving those over thousands of entities blocked the typing.
   */
  settled = $state.raw<Scenario>() as unknown as Scenario
  /** Bumped when the scenario is replaced from outside the editor (undo, load): the editor reloads its text. */
  revision = $state(0)
  canUndo = $state(false)
  canRedo = $state(false)
  /** The scenario before the last step (what Undo would bring back), or undefined when there is nothing to undo. */
  previous = $state.raw<Scenario | undefined>(undefined)
  /** The last change made (an edit, an undo or a redo): the scenario before it, for "What changed?". */
  #last = $state.raw<{ before: Scenario; kind: 'edit' | 'undo' | 'redo'; label: HistoryLabel | undefined } | undefined>(
    undefined,
  )
  /** The scenario as it was when this workspace was opened (or last reloaded): a second baseline for impacts. */
  opened = $state.raw<Scenario>() as unknown as Scenario
  #undoLabel = $state.raw<HistoryLabel | undefined>(undefined)
  #redoLabel = $state.raw<HistoryLabel | undefined>(undefined)

  readonly #history = new UndoHistory<Scenario, HistoryLabel>()
  readonly #hooks: DocumentHooks
  // The activity log survives undo and redo: each recorded event's sequence number, and for each scenario the last
  // number given when it stopped being current. Restoring a scenario appends the events recorded after that.
  #recorded = 0
  #sequenceOf = new WeakMap<ActivityEvent, number>()
  #markOf = new WeakMap<Scenario, number>()
  #settleTimer: ReturnType<typeof setTimeout> | undefined

  constructor(scenario: Scenario, hooks: DocumentHooks = {}) {
    this.scenario = scenario
    this.settled = scenario
    this.opened = scenario
    this.#hooks = hooks
  }

  /** What Undo would revert, in the page's language (for "Undo Add alice to DEV1-INFRA"). */
  get undoLabel(): string | undefined {
    return labelText(this.#undoLabel)
  }

  /** What Redo would reapply, in the page's language. */
  get redoLabel(): string | undefined {
    return labelText(this.#redoLabel)
  }

  /** The scenario before the last change, and what that change was, in the page's language (undefined: none yet). */
  get lastChange(): { before: Scenario; kind: 'edit' | 'undo' | 'redo'; label: string | undefined } | undefined {
    const last = this.#last
    return last && { before: last.before, kind: last.kind, label: labelText(last.label) }
  }

  /** Applies an edit; returns why it was refused, in the page's language (for the form field), when it was. */
  edit = (result: EditResult): string | undefined => {
    if (!result.ok) return word(result.errorText)
    const options = result.coalesceKey ? { coalesceKey: result.coalesceKey, time: Date.now() } : {}
    this.#history.push(this.scenario, result.scenario, result.labelText ?? result.label, options)
    // A burst of typing merged into one step has the burst's start as its baseline, as Undo does.
    const before = this.#history.undoTarget ?? this.scenario
    this.#replace(result.scenario, false, true, result.coalesceKey !== undefined)
    this.#last = { before, kind: 'edit', label: this.#undoLabel }
    return undefined
  }

  undo = (): void => {
    const current = this.scenario
    const previous = this.#history.undo(current)
    if (!previous) return
    this.#replace(this.#withLaterActivity(previous), true)
    this.#last = { before: current, kind: 'undo', label: this.#redoLabel }
  }

  redo = (): void => {
    const current = this.scenario
    const next = this.#history.redo(current)
    if (!next) return
    this.#replace(this.#withLaterActivity(next), true)
    this.#last = { before: current, kind: 'redo', label: this.#undoLabel }
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
    if (this.#settleTimer === undefined) this.settled = this.scenario
    this.#hooks.save?.(this.scenario)
  }

  /** Starts over on another scenario: no undo history, and the `started` hook closes what was open. */
  start(scenario: Scenario): void {
    this.#history.clear()
    this.opened = scenario
    this.#last = undefined
    this.#hooks.started?.(scenario)
    this.#replace(scenario, true, false)
  }

  /** Takes the same workspace's scenario as saved elsewhere (another tab): no undo history, not saved again. */
  reload(scenario: Scenario): void {
    this.#history.clear()
    this.opened = scenario
    this.#last = undefined
    this.#replace(scenario, true, false)
  }

  /** Puts back a scenario from outside the editor (edits kept when the page closed) as one undoable, saved step. */
  restore(scenario: Scenario, label: HistoryLabel): void {
    const before = this.scenario
    this.#history.push(before, scenario, label)
    this.#replace(scenario, true)
    this.#last = { before, kind: 'edit', label }
  }

  /** `restored` with the records made after it stopped being current appended (see {@link record}). */
  #withLaterActivity(restored: Scenario): Scenario {
    const mark = this.#markOf.get(restored) ?? 0
    const has = new WeakSet(restored.activity ?? [])
    const later = (this.scenario.activity ?? []).filter((e) => (this.#sequenceOf.get(e) ?? 0) > mark && !has.has(e))
    return later.length ? { ...restored, activity: appendEvents(restored.activity, later) } : restored
  }

  #replace(scenario: Scenario, fromOutside: boolean, save = true, typing = false): void {
    this.#markOf.set(this.scenario, this.#recorded)
    this.scenario = scenario
    this.#settle(typing)
    this.canUndo = this.#history.canUndo
    this.canRedo = this.#history.canRedo
    this.previous = this.#history.undoTarget
    this.#undoLabel = this.#history.undoLabel
    this.#redoLabel = this.#history.redoLabel
    if (fromOutside) this.revision++
    if (save) this.#hooks.save?.(scenario)
    this.#hooks.changed?.(scenario)
  }

  /** `settled` catches up with the scenario: now, or after a pause when the change is typing (see `settled`). */
  #settle(later: boolean): void {
    clearTimeout(this.#settleTimer)
    this.#settleTimer = undefined
    if (!later) {
      this.settled = this.scenario
      return
    }
    this.#settleTimer = setTimeout(() => {
      this.#settleTimer = undefined
      this.settled = this.scenario
    }, SETTLE_MS)
  }
}
