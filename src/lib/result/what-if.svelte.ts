// "What if…": the answer to the current question with some policies left out (one policy, a policy type, a group),
// computed by the engine beside the real answer. It belongs to one question: a new request drops it. It never
// edits the scenario, so undo, autosave and the saved workspace never see it.
import { exclusionKey } from '../../engine/index'
import type { Exclusion, Scenario, SimulateOptions, SimulationRequest, SimulationResult } from '../../engine/index'
import type { RequestDraft } from '../request/draft'
import { requestOf } from '../request/remedies.svelte'
import { inWorker } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'

/** Asks the engine for the answer without the exclusions (the worker in the app, the engine itself in tests). */
export type AskWithout = (
  scenario: Scenario,
  request: SimulationRequest,
  options: SimulateOptions,
) => Promise<SimulationResult>

/** What the state reads of the app: the scenario and the request form. */
export interface WhatIfHost {
  document: { scenario: Scenario }
  question: { request: RequestDraft }
}

/** The chosen exclusions of one question, and the answer without them. */
export class WhatIf {
  /** The exclusions chosen and the request draft they were chosen for. */
  #chosen = $state.raw<{ draft: RequestDraft; exclusions: Exclusion[] } | undefined>(undefined)
  readonly #host: WhatIfHost
  readonly #answer: EngineQuery<[Scenario, SimulationRequest, SimulateOptions], SimulationResult>

  constructor(host: WhatIfHost, ask: AskWithout = inWorker('simulate')) {
    this.#host = host
    this.#answer = new EngineQuery(ask)
  }

  /** The exclusions of the current question (none once the request changed). */
  get exclusions(): Exclusion[] {
    const chosen = this.#chosen
    return chosen && chosen.draft === this.#host.question.request ? chosen.exclusions : []
  }

  /** Whether `exclusion` is chosen for the current question. */
  isOn(exclusion: Exclusion): boolean {
    const key = exclusionKey(exclusion)
    return this.exclusions.some((e) => exclusionKey(e) === key)
  }

  /** The answer without the exclusions (undefined when none are chosen, or while the first one is computed). */
  get answer(): SimulationResult | undefined {
    return this.exclusions.length ? this.#answer.value : undefined
  }

  /** The answer without the exclusions is being computed. */
  get pending(): boolean {
    return this.exclusions.length > 0 && this.#answer.pending
  }

  /** Why the engine could not answer. */
  get error(): string | undefined {
    return this.exclusions.length ? this.#answer.error : undefined
  }

  /** Leaves `exclusion` out (or puts it back when it is out already), and answers again. */
  toggle = (exclusion: Exclusion): Promise<void> => {
    const key = exclusionKey(exclusion)
    const current = this.exclusions
    const next = current.some((e) => exclusionKey(e) === key)
      ? current.filter((e) => exclusionKey(e) !== key)
      : [...current, exclusion]
    this.#chosen = { draft: this.#host.question.request, exclusions: next }
    return this.refresh()
  }

  /** Puts everything back: only the real answer remains. */
  clear = (): void => {
    this.#chosen = undefined
    this.#answer.reset()
  }

  /** Answers the current question without the exclusions again (after the scenario or the request changed). */
  refresh = async (): Promise<void> => {
    const exclusions = this.exclusions
    const request = requestOf(this.#host.question.request)
    if (!exclusions.length || !request) {
      if (this.#chosen) this.clear()
      return
    }
    await this.#answer.run(this.#host.document.scenario, $state.snapshot(request) as SimulationRequest, {
      exclude: $state.snapshot(exclusions) as Exclusion[],
    })
  }
}
