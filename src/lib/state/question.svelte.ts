// The question asked of the scenario: the request form's draft and its answers, computed by the engine.
import type { Scenario, SimulationRequest, SimulationResult } from '../../engine/index'
import { eventsFor } from '../activity/record'
import { draftFor, type RequestDraft } from '../request/draft'
import { filledLines } from '../request/lines'
import { mfaFromPrincipal } from '../request/mfa'
import { EngineQuery } from '../worker/engine-query.svelte'
import type { ScenarioDocument } from './document.svelte'

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

/** How long the form must stay the same before it is answered again (ms). */
export const REEVALUATE_MS = 150

/** The request draft and its answer: one result, or a table of them for several actions or resources. */
export class Question {
  request = $state.raw<RequestDraft>({ principal: '', actions: [''], resources: [''], environment: {}, context: {} })

  readonly #document: ScenarioDocument
  readonly #engine: EngineCalls
  readonly #answers: EngineQuery<[Scenario, RequestDraft, boolean], BatchAnswer[]>
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(document: ScenarioDocument, engine: EngineCalls) {
    this.#document = document
    this.#engine = engine
    this.#answers = new EngineQuery((scenario, draft, record) => this.#ask(scenario, draft, record))
    this.request = draftFor(document.scenario)
  }

  /** The answer to the request (the first of a batch). */
  get result(): SimulationResult | undefined {
    return this.#answers.value?.[0]?.result
  }

  /** Every answer, when the form asks several; empty otherwise. */
  get batch(): BatchAnswer[] {
    const answers = this.#answers.value ?? []
    return answers.length > 1 ? answers : []
  }

  /** The engine is answering. */
  get pending(): boolean {
    return this.#answers.pending
  }

  /** Why the engine could not answer (a bug, a timeout, a crashed worker). */
  get engineError(): string | undefined {
    return this.#answers.error
  }

  /**
   * Changes the request form; the answer refreshes by itself. Another principal brings its own MFA (a user signs in
   * with MFA only when they have a device) unless the patch sets the environment too.
   */
  setRequest = (patch: Partial<RequestDraft>): void => {
    const next = { ...this.request, ...patch }
    if (patch.principal !== undefined && patch.principal !== this.request.principal && !patch.environment) {
      next.environment = mfaFromPrincipal(this.#document.scenario, next.principal, next.environment)
    }
    this.request = next
    this.schedule()
  }

  /**
   * Evaluates the request now. `record: true` (the Evaluate button, Ctrl/Cmd+Enter) also records each request in the
   * activity log; the re-evaluation that follows edits does not.
   */
  evaluate = async (options: { record?: boolean } = {}): Promise<void> => {
    clearTimeout(this.#timer)
    const draft = this.request
    if (
      !draft.principal.trim() ||
      filledLines(draft.actions).length === 0 ||
      filledLines(draft.resources).length === 0
    ) {
      // Nothing to ask: no stale answer stays, but a failure stays reported.
      this.#answers.reset({ keepError: true })
      return
    }
    // One snapshot for the whole batch: every cell asks about the same scenario.
    await this.#answers.run($state.snapshot(this.#document.scenario) as Scenario, draft, options.record === true)
  }

  /** Evaluates again shortly (after edits and form changes, which come in bursts). */
  schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.evaluate(), REEVALUATE_MS)
  }

  /** Another scenario was opened: its first request goes in the form. */
  reset(scenario: Scenario): void {
    this.request = draftFor(scenario)
  }

  async #ask(scenario: Scenario, draft: RequestDraft, record: boolean): Promise<BatchAnswer[]> {
    const principal = draft.principal.trim()
    const answers: BatchAnswer[] = []
    for (const action of filledLines(draft.actions)) {
      for (const resource of filledLines(draft.resources)) {
        const request = { principal, action, resource, environment: draft.environment, context: draft.context }
        answers.push({ action, resource, result: await this.#engine.simulate(scenario, request) })
      }
    }
    if (record) {
      const ran = answers.map(({ action, resource, result }) => ({
        request: { principal, action, resource, environment: draft.environment },
        result,
      }))
      // Recorded even when a newer question overtook this one: the run happened.
      this.#document.record(eventsFor(this.#document.scenario, ran))
    }
    return answers
  }
}
