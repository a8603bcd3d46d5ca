// One computation of a change's impact on access: asks the engine for the plan, then step by step (progress,
// Cancel), and remembers which pair of scenarios it answered so asking again is free.
import { sortAccessChanges, type AccessChange, type AccessDiffPlan, type Scenario } from '../../engine/index'

/** The two engine calls an impact needs; the app passes the worker, tests the engine itself. */
export interface ImpactCalls {
  plan(before: Scenario, after: Scenario): Promise<AccessDiffPlan>
  step(before: Scenario, after: Scenario, plan: AccessDiffPlan, index: number): Promise<AccessChange[]>
}

/** The impact of `before` → `after`, computed on request. */
export class ImpactRun {
  running = $state(false)
  done = $state(0)
  total = $state(0)
  /** The gains and losses of the last finished run (undefined before one finishes). */
  changes = $state.raw<AccessChange[] | undefined>(undefined)
  error = $state<string | undefined>(undefined)
  cancelled = $state(false)
  #pair: [Scenario, Scenario] | undefined
  #token = 0

  constructor(private calls: ImpactCalls) {}

  /** True when the last finished run answered exactly this pair. */
  answers(before: Scenario, after: Scenario): boolean {
    return this.changes !== undefined && this.#pair?.[0] === before && this.#pair[1] === after
  }

  /** Computes the impact of `before` → `after`, unless it is already known or being computed. */
  start = async (before: Scenario, after: Scenario): Promise<void> => {
    if (this.answers(before, after)) return
    if (this.running && this.#pair?.[0] === before && this.#pair[1] === after) return
    const token = ++this.#token
    this.#pair = [before, after]
    this.running = true
    this.cancelled = false
    this.error = undefined
    this.changes = undefined
    this.done = 0
    this.total = 0
    try {
      const plan = await this.calls.plan(before, after)
      this.total = plan.total
      const found: AccessChange[] = []
      for (let i = 0; i < plan.steps.length; i++) {
        if (token !== this.#token) return
        found.push(...(await this.calls.step(before, after, plan, i)))
        this.done += plan.steps[i]!.size
      }
      if (token === this.#token) this.changes = sortAccessChanges(plan, found)
    } catch (error) {
      if (token === this.#token) this.error = error instanceof Error ? error.message : String(error)
    } finally {
      if (token === this.#token) this.running = false
    }
  }

  /** Stops the run at its next step. */
  cancel = (): void => {
    if (!this.running) return
    this.#token++
    this.#pair = undefined
    this.running = false
    this.cancelled = true
  }
}
