// The audit's findings for the scenario on show, computed in the engine worker. The findings view and the panel
// beside each entity share one loader per app: a scenario is audited once, a short while after it stops changing.
import type { Finding, Scenario } from '../../engine/index'
import type { AppState } from '../state/app.svelte'
import { withEngine } from '../worker/engine-client'

/** How long the scenario must stay the same before it is audited (typing in the editor changes it often). */
export const AUDIT_DELAY_MS = 300

/** Findings of the latest scenario asked for. */
export class FindingsLoader {
  /** The findings of the last audit (kept while the next one runs). */
  findings = $state.raw<Finding[] | undefined>(undefined)
  /** Why the last audit failed. */
  error = $state<string | undefined>(undefined)
  /** An audit is scheduled or running. */
  pending = $state(false)
  #scenario: Scenario | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #ticket = 0

  /** Audits `scenario` after a pause, unless it is the one already audited (or on its way). */
  track(scenario: Scenario): void {
    if (scenario === this.#scenario) return
    this.#scenario = scenario
    this.pending = true
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => void this.#run(scenario), AUDIT_DELAY_MS)
  }

  async #run(scenario: Scenario): Promise<void> {
    const ticket = ++this.#ticket
    try {
      const findings = await withEngine((remote) => remote.auditFindings($state.snapshot(scenario) as Scenario), 30_000)
      if (ticket !== this.#ticket) return
      this.findings = findings
      this.error = undefined
    } catch (error) {
      if (ticket !== this.#ticket) return
      this.error = error instanceof Error ? error.message : String(error)
    } finally {
      if (ticket === this.#ticket) this.pending = false
    }
  }
}

const loaders = new WeakMap<AppState, FindingsLoader>()

/** The app's findings loader. */
export function findingsLoader(app: AppState): FindingsLoader {
  let loader = loaders.get(app)
  if (!loader) loaders.set(app, (loader = new FindingsLoader()))
  return loader
}
