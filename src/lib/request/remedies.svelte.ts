// The state behind "What would allow it": proposals for the current request (computed by the engine, latest wins),
// applying one (scenario changes through the app's undoable edits, request changes through the request form), and
// undoing the last one applied while nothing else has changed since.
import type { RemedyAnswer, RemedyChange, RemedyProposal, Scenario, SimulationRequest } from '../../engine/index'
import type { AppState } from '../state/app.svelte'
import { inWorker } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import { changedPolicy } from './changed-policy'
import type { RequestDraft } from './draft'
import { setChangeMark } from './highlight.svelte'

/** Asks the engine for proposals (the worker in the app, the engine itself in tests). */
export type AskRemedies = (scenario: Scenario, request: SimulationRequest) => Promise<RemedyAnswer>

/** What the last Apply changed, to undo it. */
interface Applied {
  changes: RemedyChange[]
  /** The scenario the edit made (undone with the app's Undo while it is still the current one). */
  scenario?: Scenario
  /** The request draft the change made, and the one before it. */
  draft?: RequestDraft
  previous: RequestDraft
}

/** The request the answer shows: the draft's principal with its first action and resource (as `evaluate` asks). */
export function requestOf(draft: RequestDraft): SimulationRequest | undefined {
  const principal = draft.principal.trim()
  const action = draft.actions.map((a) => a.trim()).find(Boolean)
  const resource = draft.resources.map((r) => r.trim()).find(Boolean)
  if (!principal || !action || !resource) return undefined
  return { principal, action, resource, environment: draft.environment, context: draft.context }
}

/** Proposals for the app's current request, and applying and undoing them. */
export class Remedies {
  /** Set when an Apply found the proposals out of date (they are being computed again). */
  stale = $state(false)
  applied = $state.raw<Applied | undefined>(undefined)
  /** The scenario and draft the answer was computed for. */
  #basis = $state.raw<{ scenario: Scenario; draft: RequestDraft } | undefined>(undefined)
  readonly #app: AppState
  readonly #proposals: EngineQuery<[Scenario, SimulationRequest], RemedyAnswer>

  constructor(app: AppState, ask: AskRemedies = inWorker('whatWouldAllow', 15_000)) {
    this.#app = app
    this.#proposals = new EngineQuery(ask)
  }

  /** The proposals last computed. */
  get answer(): RemedyAnswer | undefined {
    return this.#proposals.value
  }

  /** Proposals are being computed. */
  get running(): boolean {
    return this.#proposals.pending
  }

  /** Why the last computation failed (not shown while the next one runs). */
  get error(): string | undefined {
    return this.#proposals.pending ? undefined : this.#proposals.error
  }

  /** Computes the proposals for the current scenario and request; an older computation still running is ignored. */
  refresh = async (): Promise<void> => {
    const scenario = this.#app.document.scenario
    const draft = this.#app.question.request
    const request = requestOf(draft)
    if (!request) {
      this.#proposals.reset({ keepError: true })
      return
    }
    const answer = await this.#proposals.run(scenario, $state.snapshot(request) as SimulationRequest)
    if (answer) this.#basis = { scenario, draft }
  }

  /** Forgets the proposals (the request is allowed now). */
  clear = (): void => {
    this.#proposals.reset({ keepError: true })
    this.stale = false
  }

  /** True when the proposals were computed for the scenario and request the app holds now. */
  get current(): boolean {
    const basis = this.#basis
    return (
      basis !== undefined &&
      basis.scenario === this.#app.document.scenario &&
      basis.draft === this.#app.question.request
    )
  }

  /**
   * Applies a proposal: a new scenario as one undoable edit labelled with the change, a new environment or context
   * in the request form. The policy document the change wrote opens in the editor with the changed lines marked
   * (until the next edit). Proposals computed for an earlier scenario or request are not applied: they are computed
   * again instead (false is returned).
   */
  apply = async (proposal: RemedyProposal): Promise<boolean> => {
    if (!this.current) {
      this.stale = true
      void this.refresh()
      return false
    }
    this.stale = false
    const previous = this.#app.question.request
    if (proposal.scenario) {
      const before = this.#app.document.scenario
      this.#app.document.edit({
        ok: true,
        scenario: proposal.scenario,
        label: proposal.label,
        labelText: proposal.labelText,
      })
      this.#show(before, proposal)
    }
    const patch = proposal.request
    if (patch) {
      this.#app.question.setRequest({
        ...(patch.environment && { environment: patch.environment }),
        ...(patch.context && { context: patch.context }),
      })
    }
    const applied: Applied = { changes: proposal.changes, previous }
    if (proposal.scenario) applied.scenario = this.#app.document.scenario
    if (patch) applied.draft = this.#app.question.request
    this.applied = applied
    await this.#app.question.evaluate()
    return true
  }

  /** Opens the document the proposal wrote in the editor, its changed lines marked. */
  #show(before: Scenario, proposal: RemedyProposal): void {
    const after = this.#app.document.scenario
    const changed = changedPolicy(
      before,
      after,
      proposal.changes.map((c) => c.kind),
    )
    if (!changed) return
    this.#app.navigation.openPolicy(changed.target)
    setChangeMark(changed.target, changed.span, after)
  }

  /** True while what the last Apply changed is still what the app holds (so undoing it loses nothing else). */
  get undoable(): boolean {
    const a = this.applied
    if (!a) return false
    return (
      (!a.scenario || this.#app.document.scenario === a.scenario) &&
      (!a.draft || this.#app.question.request === a.draft)
    )
  }

  /** Undoes the last Apply: the scenario edit through the app's Undo, the request by restoring the previous draft. */
  undo = async (): Promise<void> => {
    const a = this.applied
    if (!a || !this.undoable) return
    this.applied = undefined
    if (a.scenario) this.#app.document.undo()
    if (a.draft) this.#app.question.setRequest(a.previous)
    await this.#app.question.evaluate()
  }
}
