// Running every saved request of the scenario in the engine worker and comparing each with its expectation.
import type { Scenario } from '../../engine/index'
import type { RanRequest } from '../activity/record'
import { sameApartFromActivity } from '../activity/same-apart'
import { recordRuns } from '../activity/recorder.svelte'
import type { ScenarioDocument } from '../state/document.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery, errorText } from '../worker/engine-query.svelte'
import { outcomeOf, simulationOf, type RunOutcome } from './saved'

/** The outcomes of the last run of the saved requests, for as long as the scenario stays the one they ran on. */
export class SavedRun {
  #last = $state.raw<{ scenario: Scenario; outcomes: RunOutcome[] } | undefined>(undefined)
  readonly #run: EngineQuery<[Scenario], { outcomes: RunOutcome[]; ran: RanRequest[] }>

  /** `simulate` calls the engine (the worker in the app, a fake in tests). */
  constructor(simulate: EngineCall<'simulate'> = inWorker('simulate')) {
    this.#run = new EngineQuery(async (scenario: Scenario) => {
      const outcomes: RunOutcome[] = []
      const ran: RanRequest[] = []
      for (const saved of scenario.requests ?? []) {
        try {
          const result = await simulate(scenario, simulationOf(saved))
          ran.push({ request: simulationOf(saved), result })
          outcomes.push(outcomeOf(saved, result.decision))
        } catch (error) {
          // One request the engine could not answer does not stop the others.
          outcomes.push({ status: 'error', error: errorText(error) })
        }
      }
      return { outcomes, ran }
    })
  }

  get running(): boolean {
    return this.#run.pending
  }

  /** The last run's outcomes (one per saved request), or undefined once `scenario` changed since (an edit). */
  outcomesFor(scenario: Scenario): RunOutcome[] | undefined {
    const last = this.#last
    return last && sameApartFromActivity(last.scenario, scenario) ? last.outcomes : undefined
  }

  /** Runs every saved request of the document's scenario; each run is recorded in its activity log. */
  runAll = async (document: ScenarioDocument): Promise<void> => {
    const done = await this.#run.run(document.scenario)
    if (!done) return
    await recordRuns(document, done.ran)
    this.#last = { scenario: document.scenario, outcomes: done.outcomes }
  }
}
