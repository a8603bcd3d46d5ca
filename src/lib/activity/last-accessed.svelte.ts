// The last accessed report of one principal (IAM's Access Advisor), computed in the engine worker.
import type { LastAccessedReport, Scenario } from '../../engine/index'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'

/** The report of the principal last asked about; the previous one stays on show while the next is computed. */
export class LastAccessed {
  readonly #report: EngineQuery<[Scenario, string], LastAccessedReport>

  /** `ask` calls the engine (the worker in the app, a fake in tests). */
  constructor(ask: EngineCall<'lastAccessed'> = inWorker('lastAccessed')) {
    this.#report = new EngineQuery(ask)
  }

  get report(): LastAccessedReport | undefined {
    return this.#report.value
  }

  /** Why the last report failed. */
  get error(): string | undefined {
    return this.#report.error
  }

  get loading(): boolean {
    return this.#report.pending
  }

  /** Asks for `principal`'s report on `scenario` (its log, its policies); no principal, no report. */
  load = async (scenario: Scenario, principal: string | undefined): Promise<void> => {
    if (!principal) return this.#report.reset({ keepError: true })
    await this.#report.run(scenario, principal)
  }
}
