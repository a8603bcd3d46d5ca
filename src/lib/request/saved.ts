// Saved requests of a scenario as the request form and the expectation run see them.
import type { Environment, SavedRequest, Scenario, SimulationRequest, Verdict } from '../../engine/index'
import type { RequestDraft } from './draft'
import { filledLines } from './lines'

/** The simulation request of a saved request (the scenario supplies its default environment). */
export function simulationOf(saved: SavedRequest): SimulationRequest {
  const request: SimulationRequest = { principal: saved.principal, action: saved.action, resource: saved.resource }
  if (saved.environment) request.environment = saved.environment
  if (saved.context) request.context = saved.context
  return request
}

/** The environment fields of `env` that differ from the scenario's defaults. */
export function environmentOverrides(scenario: Scenario, env: Environment): Environment {
  const base = (scenario.environment ?? {}) as Record<string, unknown>
  return Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && base[k] !== v)) as Environment
}

/** A saved request of the form's first action and resource, expecting `decision` when one is known. */
export function savedOfDraft(scenario: Scenario, draft: RequestDraft, decision?: Verdict): SavedRequest {
  const saved: SavedRequest = {
    principal: draft.principal.trim(),
    action: filledLines(draft.actions)[0] ?? '',
    resource: filledLines(draft.resources)[0] ?? '',
  }
  const environment = environmentOverrides(scenario, draft.environment)
  if (Object.keys(environment).length > 0) saved.environment = environment
  if (Object.keys(draft.context).length > 0) saved.context = { ...draft.context }
  if (decision) saved.expect = decision
  return saved
}

/** How one saved request came out: its expectation met, missed, not stated, or the engine failed. */
export type RunOutcome =
  | { status: 'pass' | 'fail'; decision: Verdict }
  | { status: 'none'; decision: Verdict }
  | { status: 'error'; error: string }

/** Compares a decision with what the saved request expects. */
export function outcomeOf(saved: SavedRequest, decision: Verdict): RunOutcome {
  if (saved.expect === undefined) return { status: 'none', decision }
  return { status: saved.expect === decision ? 'pass' : 'fail', decision }
}

/** Counts of an expectation run: `total` is the requests that expect a decision. */
export interface RunSummary {
  passed: number
  failed: number
  errors: number
  total: number
}

/** Sums up a run (requests without an expectation do not count). */
export function summariseRun(
  outcomes: readonly (RunOutcome | undefined)[],
  saved: readonly SavedRequest[],
): RunSummary {
  const out: RunSummary = { passed: 0, failed: 0, errors: 0, total: 0 }
  outcomes.forEach((o, i) => {
    if (saved[i]?.expect === undefined || o === undefined) return
    out.total++
    if (o.status === 'pass') out.passed++
    else if (o.status === 'fail') out.failed++
    else if (o.status === 'error') out.errors++
  })
  return out
}
