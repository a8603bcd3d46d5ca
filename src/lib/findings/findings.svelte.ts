// The audit's findings for the scenario on show, computed in the engine worker. The findings view and the panel
// beside each entity share one loader per app: a scenario is audited once, a short while after it stops changing.
// The audit runs in parts — every check but privilege escalation, then the escalation search a range of principals
// at a time — so the view shows progress and Cancel stops it between two parts.
import { escalationPrincipalCount, sortFindings, type Finding, type Scenario } from '../../engine/index'
import type { AppState } from '../state/app.svelte'
import { inWorker, type EngineCall } from '../worker/engine-client'
import { errorText } from '../worker/engine-query.svelte'

/** How long the scenario must stay the same before it is audited (typing in the editor changes it often). */
export const AUDIT_DELAY_MS = 300
/**
 * The escalation search runs in at most this many parts: each worker call sends the whole scenario (seconds for an
 * account of thousands of principals on a busy machine), so more parts would cost more than they show.
 */
export const PARTS = 5
/** A part checks at least this many principals (a small account is one part). */
export const MIN_PART = 200
/** A part that takes longer than this has hung: the worker is restarted and the audit fails. */
const PART_TIMEOUT_MS = 30_000

/** Findings of the latest scenario asked for. */
export class FindingsLoader {
  /** Set while the pause before an audit runs. */
  #waiting = $state(false)
  #running = $state(false)
  #findings = $state.raw<Finding[] | undefined>(undefined)
  #error = $state<string | undefined>(undefined)
  #done = $state(0)
  #total = $state(0)
  #cancelled = $state(false)
  #audited = $state.raw<Scenario | undefined>(undefined)
  readonly #audit: EngineCall<'auditFindings'>
  #scenario: Scenario | undefined
  #timer: ReturnType<typeof setTimeout> | undefined
  #ticket = 0
  /** What the running audit has found so far (what a Cancel shows). */
  #partial: Finding[] | undefined

  /** `audit` asks the engine (the worker in the app, a fake in tests). */
  constructor(audit: EngineCall<'auditFindings'> = inWorker('auditFindings', PART_TIMEOUT_MS)) {
    this.#audit = audit
  }

  /** The findings of the last audit (kept while the next one runs); after a Cancel, those found until then. */
  get findings(): Finding[] | undefined {
    return this.#findings
  }

  /**
   * The scenario whose complete audit `findings` are: undefined after a Cancel (they are part of an audit) and while
   * a newer scenario is being audited, so what is compared with the findings is never an older or newer scenario.
   */
  get audited(): Scenario | undefined {
    return this.#pendingOrCancelled() ? undefined : this.#audited
  }

  #pendingOrCancelled(): boolean {
    return this.#waiting || this.#running || this.#cancelled
  }

  /** Why the last audit failed. */
  get error(): string | undefined {
    return this.#error
  }

  /** An audit is scheduled or running. */
  get pending(): boolean {
    return this.#waiting || this.#running
  }

  /** An audit is running in the worker (it can be cancelled). */
  get running(): boolean {
    return this.#running
  }

  /** Principals the running (or cancelled) audit has checked for privilege escalation. */
  get done(): number {
    return this.#done
  }

  /** Principals the escalation search checks; 0 until the audit reaches it. */
  get total(): number {
    return this.#total
  }

  /** The last audit was cancelled before the escalation search checked every principal. */
  get cancelled(): boolean {
    return this.#cancelled
  }

  /** Audits `scenario` after a pause, unless it is the one already audited (or on its way). */
  track(scenario: Scenario): void {
    if (scenario === this.#scenario) return
    this.#scenario = scenario
    this.#waiting = true
    this.#ticket++
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.#waiting = false
      // The scenario itself, not a snapshot: the worker keeps it resident by identity (src/lib/worker/resident-client.ts).
      void this.#run(scenario, this.#ticket)
    }, AUDIT_DELAY_MS)
  }

  /**
   * Stops the running audit: the part the worker is on is dropped, and the findings so far (every check but
   * privilege escalation, and the escalation paths of the principals checked) are what shows.
   */
  cancel = (): void => {
    if (!this.#running) return
    this.#ticket++
    this.#running = false
    this.#cancelled = true
    if (this.#partial) this.#findings = sortFindings(this.#partial)
  }

  async #run(scenario: Scenario, ticket: number): Promise<void> {
    const current = () => ticket === this.#ticket
    this.#running = true
    this.#cancelled = false
    this.#done = 0
    this.#total = 0
    this.#partial = undefined
    try {
      const found = await this.#audit(scenario, { part: 'checks' })
      if (!current()) return
      this.#partial = found
      const total = escalationPrincipalCount(scenario)
      this.#total = total
      const size = Math.max(MIN_PART, Math.ceil(total / PARTS))
      for (let from = 0; from < total; from += size) {
        const to = Math.min(total, from + size)
        const part = await this.#audit(scenario, { part: { from, to } })
        if (!current()) return
        found.push(...part)
        this.#done = to
        // A part that ran out of simulations says so (escalation-limited); the search stops there.
        if (part.some((f) => f.check === 'escalation-limited')) break
      }
      this.#findings = sortFindings(found)
      this.#audited = scenario
      this.#error = undefined
    } catch (error) {
      if (current()) this.#error = errorText(error)
    } finally {
      if (current()) this.#running = false
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
