// The "What changed?" panel's state, one per app: open or not, the baseline it compares with, the run, and asking
// one of its entries in the request form. The undo button's preview has its own run (see `undoPreview`).
import type { AccessChange, Scenario } from '../../engine/index'
import { draftOfSaved } from '../request/draft'
import type { AppState } from '../state/app.svelte'
import { inWorker } from '../worker/engine-client'
import { ImpactRun, type ImpactCalls } from './impact-run.svelte'

/** What the panel compares the scenario with: the state before the last change, or as the workspace opened. */
export type ImpactBaseline = 'last' | 'opened'

/** One step may take this long in the worker before it is restarted (ms). */
const STEP_MS = 30_000

/** The engine calls, in the worker. */
export function workerImpactCalls(): ImpactCalls {
  return { plan: inWorker('accessDiffPlan', STEP_MS), step: inWorker('accessDiffStep', STEP_MS) }
}

/** The panel's state for one app. */
export class ImpactSession {
  open = $state(false)
  baseline = $state<ImpactBaseline>('last')
  readonly run: ImpactRun

  constructor(
    private app: AppState,
    calls: ImpactCalls = workerImpactCalls(),
  ) {
    this.run = new ImpactRun(calls)
  }

  /** The scenario compared with, or undefined when there is none (no change made yet). */
  get before(): Scenario | undefined {
    return this.baseline === 'opened' ? this.app.document.opened : this.app.document.lastChange?.before
  }

  /** Computes the impact of the baseline → now (nothing when there is no baseline or it is known already). */
  compute = async (): Promise<void> => {
    const before = this.before
    if (before) await this.run.start(before, this.app.document.scenario)
  }

  /** Puts the entry's question in the request form (a saved request's own form, with its environment). */
  ask = (change: AccessChange): void => {
    const scenario = this.app.document.scenario
    const saved =
      change.request?.id !== undefined ? scenario.requests?.find((r) => r.id === change.request!.id) : undefined
    if (saved) {
      this.app.question.setRequest(draftOfSaved(scenario, saved))
      return
    }
    this.app.question.setRequest({
      principal: change.principal.ref,
      actions: [change.action],
      resources: [change.resource],
    })
  }
}

const sessions = new WeakMap<AppState, ImpactSession>()
const previews = new WeakMap<AppState, ImpactRun>()

/** The "What changed?" state of this app (made on first use). */
export function impactSession(app: AppState): ImpactSession {
  let session = sessions.get(app)
  if (!session) sessions.set(app, (session = new ImpactSession(app)))
  return session
}

/** The run behind the undo button's preview: what Undo would change (now → the state Undo brings back). */
export function undoPreview(app: AppState): ImpactRun {
  let run = previews.get(app)
  if (!run) previews.set(app, (run = new ImpactRun(workerImpactCalls())))
  return run
}
