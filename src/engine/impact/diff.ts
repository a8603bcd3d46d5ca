// The impact of a change on an account's access: the access matrix of the cells the principals' policies name
// (see ./cells.ts) and every saved request, decided before and after, and what went from Allow to not (or back).
// The matrix code decides the cells (`matrixRows`), so the impact says what the access matrix would say.
import { resolvePrincipal } from '../account/resolve'
import { indexScenario } from '../account/resolve-lookup'
import { simulate } from '../account/simulate'
import type { CatalogSnapshot } from '../catalog/types'
import { EngineInputError } from '../errors'
import { MATRIX_VERDICTS, type MatrixCode } from '../matrix/codes'
import { matrixRows } from '../matrix/matrix'
import type { LocalizedText, SavedRequest, Scenario } from '../scenario/model'
import type { Verdict } from '../trace/types'
import { sortAccessChanges } from './sort'
import { impactGroups, standInAction, type ImpactGroup, type ImpactPrincipal } from './cells'

/** One entry of an impact: a principal that may now do something it could not (`gained`), or no longer (`lost`). */
export interface AccessChange {
  change: 'gained' | 'lost'
  principal: ImpactPrincipal
  action: string
  resource: string
  before: Verdict
  after: Verdict
  /** Set when the entry is a saved request's: its place in the list it came from, and its id and title. */
  request?: { index: number; id?: string; title?: LocalizedText }
}

/** One piece of the work, small enough to report progress and stop between pieces. */
export type AccessDiffStep =
  | { kind: 'cells'; group: number; from: number; to: number; size: number }
  | { kind: 'requests'; from: number; to: number; size: number }

/** What an impact compares, in the order it compares it. Plain data: it crosses to a worker and back. */
export interface AccessDiffPlan {
  principals: ImpactPrincipal[]
  groups: ImpactGroup[]
  /** The saved requests of both scenarios (the after scenario's, then those only the before scenario had). */
  requests: SavedRequest[]
  steps: AccessDiffStep[]
  /** Cells plus requests: the sum of the steps' sizes. */
  total: number
}

/** Options of {@link accessDiffPlan} and {@link accessDiff}. */
export interface AccessDiffOptions {
  /** Expands wildcard actions that cover few actions (`s3:GetObject*`); without it wildcards stay as written. */
  catalog?: CatalogSnapshot
  /** About how many cells one step decides (each on both scenarios). Default 5,000. */
  stepCells?: number
  /** Called after each step with the cells and requests done so far. */
  onProgress?: (done: number, total: number) => void
  /** Asked before each step: true stops the work there. */
  isCancelled?: () => boolean
}

/** The result of {@link accessDiff}. */
export interface AccessDiffResult {
  /** Gains and losses, principals in account order, then actions and resources; saved requests last. */
  changes: AccessChange[]
  total: number
  /** True when `isCancelled` stopped it: `changes` then holds only what was found before. */
  cancelled: boolean
}

const REQUESTS_PER_STEP = 200

function requestKey(r: SavedRequest): string {
  return JSON.stringify([r.principal, r.action, r.resource, r.environment ?? null, r.context ?? null])
}

/** Splits the impact of `before` → `after` into steps (see {@link accessDiffStep}). */
export function accessDiffPlan(before: Scenario, after: Scenario, options: AccessDiffOptions = {}): AccessDiffPlan {
  const stepCells = Math.max(1, options.stepCells ?? 5000)
  const { principals, groups } = impactGroups(before, after, options.catalog)
  const steps: AccessDiffStep[] = []
  groups.forEach((g, group) => {
    const rows = Math.max(1, Math.floor(stepCells / Math.max(1, g.actions.length)))
    for (let from = 0; from < g.principals.length; from += rows) {
      const to = Math.min(g.principals.length, from + rows)
      const size = g.cells.slice(from, to).reduce((n, c) => n + c.length, 0)
      steps.push({ kind: 'cells', group, from, to, size })
    }
  })
  const seen = new Set<string>()
  const requests: SavedRequest[] = []
  for (const r of [...(after.requests ?? []), ...(before.requests ?? [])]) {
    const key = requestKey(r)
    if (!seen.has(key)) requests.push(r)
    seen.add(key)
  }
  for (let from = 0; from < requests.length; from += REQUESTS_PER_STEP) {
    const to = Math.min(requests.length, from + REQUESTS_PER_STEP)
    steps.push({ kind: 'requests', from, to, size: to - from })
  }
  return { principals, groups, requests, steps, total: steps.reduce((n, s) => n + s.size, 0) }
}

function changeOf(before: Verdict, after: Verdict): AccessChange['change'] | undefined {
  if (before === after || (before !== 'Allow' && after !== 'Allow')) return undefined
  return after === 'Allow' ? 'gained' : 'lost'
}

/** A saved request's decision, or undefined when the request is not one `simulate` can read. */
function decide(scenario: Scenario, r: SavedRequest): Verdict | undefined {
  try {
    const { principal, action, resource, environment, context } = r
    return simulate(scenario, {
      principal,
      action,
      resource,
      ...(environment && { environment }),
      ...(context && { context }),
    }).decision
  } catch (error) {
    if (error instanceof EngineInputError) return undefined
    throw error
  }
}

/** The gains and losses found by step `index` of `plan` (unsorted; {@link sortAccessChanges} orders them). */
export function accessDiffStep(before: Scenario, after: Scenario, plan: AccessDiffPlan, index: number): AccessChange[] {
  const step = plan.steps[index]
  if (!step) throw new EngineInputError(`there is no step ${index}`)
  const out: AccessChange[] = []
  if (step.kind === 'cells') {
    const g = plan.groups[step.group]!
    const byRef = new Map(plan.principals.map((p) => [p.ref, p]))
    // A wildcard kept as written is asked as its stand-in (see `standInAction`), and reported as written.
    const actions = g.actions.map((a) => (/[*?]/.test(a) ? standInAction(a)! : a))
    const query = { principals: g.principals.slice(step.from, step.to), actions, resource: g.resource }
    const was = matrixRows(before, query)
    const now = matrixRows(after, query)
    for (let i = step.from; i < step.to; i++) {
      for (const j of g.cells[i]!) {
        const b = MATRIX_VERDICTS[was[i - step.from]![j] as MatrixCode]
        const a = MATRIX_VERDICTS[now[i - step.from]![j] as MatrixCode]
        const change = changeOf(b, a)
        if (change) {
          const principal = byRef.get(g.principals[i]!)!
          out.push({ change, principal, action: g.actions[j]!, resource: g.resource, before: b, after: a })
        }
      }
    }
    return out
  }
  const ix = indexScenario(after)
  const byRef = new Map(plan.principals.map((p) => [p.ref, p]))
  for (let index = step.from; index < step.to; index++) {
    const r = plan.requests[index]!
    const b = decide(before, r)
    const a = decide(after, r)
    const change = b && a && changeOf(b, a)
    if (!change) continue
    const ref = resolvePrincipal(ix, r.principal).arn
    const principal = byRef.get(ref) ?? { kind: 'user', ref, label: r.principal, name: r.principal }
    const request: NonNullable<AccessChange['request']> = { index }
    if (r.id !== undefined) request.id = r.id
    if (r.title !== undefined) request.title = r.title
    out.push({ change, principal, action: r.action, resource: r.resource, before: b, after: a, request })
  }
  return out
}

/**
 * What changed in the account's access from `before` to `after`: every principal (users, roles, sessions of either
 * scenario) × the actions its identity-based policies name × the resources they name, plus every saved request,
 * decided on both, and the entries that went from `Allow` to a deny or back. Runs step by step, reporting progress
 * and stopping when `isCancelled` says so.
 */
export function accessDiff(before: Scenario, after: Scenario, options: AccessDiffOptions = {}): AccessDiffResult {
  const plan = accessDiffPlan(before, after, options)
  const changes: AccessChange[] = []
  let done = 0
  for (let i = 0; i < plan.steps.length; i++) {
    if (options.isCancelled?.())
      return { changes: sortAccessChanges(plan, changes), total: plan.total, cancelled: true }
    changes.push(...accessDiffStep(before, after, plan, i))
    done += plan.steps[i]!.size
    options.onProgress?.(done, plan.total)
  }
  return { changes: sortAccessChanges(plan, changes), total: plan.total, cancelled: false }
}
