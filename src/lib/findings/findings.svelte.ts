// The audit's findings for the scenario on show, computed in the engine worker. The findings view and the panel
// beside each entity share one loader per app: a scenario is audited once, a short while after it stops changing.
import type { Finding, Scenario } from '../../engine/index'
import type { AppState } from '../state/app.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'

/** How long the scenario must stay the same before it is audited (typing in the editor changes it often). */
export const AUDIT_DELAY_MS = 300

/** Findings of the latest scenario asked for. */
export class FindingsLoader {
  /** Set while the pause before an audit runs. */
  #waiting = $state(false)
  /** The last audit's findings stay on show beside a failure of the next one. */
  readonly #audit: EngineQuery<Parameters<EngineCall<'auditFindings'>>, Finding[]>
  #scenario: Scenario | undefined
  #timer: ReturnType<typeof setTimeout> | undefined

  /** `audit` asks the engine (the worker in the app, a fake in tests). */
  constructor(audit: EngineCall<'auditFindings'> = inWorker('auditFindings', 30_000)) {
    this.#audit = new EngineQuery(audit, { keepOnError: true })
  }

  /** The findings of the last audit (kept while the next one runs). */
  get findings(): Finding[] | undefined {
    return this.#audit.value
  }

  /** Why the last audit failed. */
  get error(): string | undefined {
    return this.#audit.error
  }

  /** An audit is scheduled or running. */
  get pending(): boolean {
    return this.#waiting || this.#audit.pending
  }

  /** Audits `scenario` after a pause, unless it is the one already audited (or on its way). */
  track(scenario: Scenario): void {
    if (scenario === this.#scenario) return
    this.#scenario = scenario
    this.#waiting = true
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#waiting = false
      void this.#audit.run(scenario)
    }, AUDIT_DELAY_MS)
  }
}

const loaders = new WeakMap<AppState, FindingsLoader>()

/** The app's findings loader. */
export function findingsLoader(app: AppState): FindingsLoader {
  let loader = loaders.get(app)
  if (!loader) loaders.set(app, (loader = new FindingsLoader()))
  return loader
}
