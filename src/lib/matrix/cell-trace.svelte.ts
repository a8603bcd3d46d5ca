// The trace of one matrix cell: `simulate` for that request in the engine worker, on the scenario the matrix was
// computed on.
import type { Scenario, SimulationRequest, SimulationResult } from '../../engine/index'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'

/** The answer for the cell chosen last; each new cell starts with nothing on show until its own answer comes. */
export class CellTraceQuery {
  readonly #answer: EngineQuery<Parameters<EngineCall<'simulate'>>, SimulationResult>

  /** `simulate` calls the engine (the worker in the app, a fake in tests). */
  constructor(simulate: EngineCall<'simulate'> = inWorker('simulate', 15_000)) {
    this.#answer = new EngineQuery(simulate)
  }

  get result(): SimulationResult | undefined {
    return this.#answer.value
  }

  /** Why the engine could not answer. */
  get error(): string | undefined {
    return this.#answer.error
  }

  get loading(): boolean {
    return this.#answer.pending
  }

  /** Traces `request` (nothing when the cell has no single action yet) on `scenario`, a snapshot. */
  trace = async (scenario: Scenario, request: SimulationRequest | undefined): Promise<void> => {
    this.#answer.reset()
    if (request) await this.#answer.run(scenario, request)
  }
}
