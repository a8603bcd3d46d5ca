// The access matrix: the decision of every principal × action on one resource, exactly as `simulate` gives it, but
// resolved once per principal (policies, boundary, SCP and RCP levels, session policies, resource policy, context)
// and compiled once into an evaluator that then answers each action — so 1,000 × 200 cells take about a second.
import type { Environment, Scenario } from '../scenario/model'
import { resolvePrincipal } from '../account/resolve'
import { indexScenario, type ScenarioIndex } from '../account/resolve-lookup'
import { isTrustAction } from '../account/resolve-resource'
import { rcpsApply } from '../account/resolve-org'
import { prepareSimulation, simulationCache, type SimulationCache } from '../account/simulate'
import type { ResolvedPrincipal } from '../account/simulate-types'
import { EngineInputError, LIMITS } from '../errors'
import { createEvaluator } from '../evaluate/evaluate'
import { parseCaller } from '../request/caller'
import type { Verdict } from '../trace/types'
import { ActionClasses } from './action-classes'
import { isActionName, MATRIX_CODES, type MatrixCode } from './codes'

/** The question: every principal × every action, on one resource. */
export interface MatrixQuery {
  /** Row principals, as `simulate` takes them (ARNs, `user/alice`, `role/Admin`, `root`, ...). */
  principals: readonly string[]
  /** Column actions, `service:Action` (no wildcards: a request names one action). */
  actions: readonly string[]
  /** The resource ARN, or `*`. */
  resource: string
  /**
   * The resource each action is asked about (same length as `actions`; see `matrixResources`), when columns differ;
   * `resource` for every column otherwise.
   */
  resources?: readonly string[]
  /** Overrides of the scenario environment, for every cell. */
  environment?: Environment
  /** Context keys laid over the filled ones, for every cell. */
  context?: Record<string, string | string[]>
}

/** A whole matrix: `rows[i][j]` is the code of `principals[i]` doing `actions[j]` on `resource`. */
export interface MatrixResult {
  principals: string[]
  actions: string[]
  resource: string
  /** One string per principal, one {@link MatrixCode} character per action. */
  rows: string[]
}

/** How big a matrix may be (a larger one is refused with a clear error rather than left to run for minutes). */
export const MATRIX_LIMITS = { maxPrincipals: 20_000, maxActions: 20_000, maxCells: 5_000_000 } as const

function stringList(value: unknown, name: string, max: number): string[] {
  if (!Array.isArray(value)) throw new EngineInputError('must be an array of strings', `/${name}`)
  if (value.length > max) throw new EngineInputError(`more than ${max.toLocaleString('en-US')} entries`, `/${name}`)
  value.forEach((v, i) => {
    if (typeof v !== 'string' || v.trim() === '')
      throw new EngineInputError('must be a non-empty string', `/${name}/${i}`)
  })
  return value as string[]
}

/**
 * Checks a matrix question and returns it typed; throws {@link EngineInputError} with a JSON pointer to the first
 * problem (`/actions/3: ...`), so a caller can point at the line a person typed.
 */
export function checkMatrixQuery(query: unknown): MatrixQuery {
  if (typeof query !== 'object' || query === null) throw new EngineInputError('the matrix query must be an object')
  const q = query as Record<string, unknown>
  const principals = stringList(q.principals, 'principals', MATRIX_LIMITS.maxPrincipals)
  const actions = stringList(q.actions, 'actions', MATRIX_LIMITS.maxActions)
  actions.forEach((a, i) => {
    if (!isActionName(a)) {
      throw new EngineInputError(`\`${a.slice(0, 80)}\` is not an action such as \`s3:GetObject\``, `/actions/${i}`)
    }
  })
  if (principals.length * actions.length > MATRIX_LIMITS.maxCells) {
    throw new EngineInputError(
      `${principals.length} principals × ${actions.length} actions is more than ${MATRIX_LIMITS.maxCells.toLocaleString('en-US')} cells`,
    )
  }
  const resource = q.resource
  if (typeof resource !== 'string' || resource.trim() === '' || resource.length > LIMITS.maxString) {
    throw new EngineInputError('must be an ARN or `*`', '/resource')
  }
  if (q.resources !== undefined) {
    const list = stringList(q.resources, 'resources', MATRIX_LIMITS.maxActions)
    if (list.length !== actions.length) throw new EngineInputError('must have one resource per action', '/resources')
    list.forEach((r, i) => {
      if (r.length > LIMITS.maxString) throw new EngineInputError('must be an ARN or `*`', `/resources/${i}`)
    })
  }
  if (q.environment !== undefined && (typeof q.environment !== 'object' || q.environment === null)) {
    throw new EngineInputError('must be an object', '/environment')
  }
  const context = q.context
  if (context !== undefined) {
    if (typeof context !== 'object' || context === null || Array.isArray(context)) {
      throw new EngineInputError('must be an object of key → string or string[]', '/context')
    }
    for (const [key, value] of Object.entries(context)) {
      const ok = typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      if (!ok) throw new EngineInputError('must be a string or an array of strings', `/context/${key}`)
    }
  }
  return q as unknown as MatrixQuery
}

/** Which prepared form an action needs: the trust policy as the resource policy (bit 1), RCPs (bit 2). */
function variantOf(action: string, resource: string): number {
  return (isTrustAction(action) ? 1 : 0) | (rcpsApply(action, resource) ? 2 : 0)
}

/** Decides the actions of one variant for one principal; `undefined` when its credentials have expired. */
interface Decider {
  evaluate: (action: string) => Verdict
  /** The class of every action ({@link ActionClasses}). */
  classes: Uint32Array
  /** The decision of each class met so far. */
  answers: (Verdict | undefined)[]
}

/** One sweep over a scenario: the resolution shared by its rows (SCP levels, resource, context parts, classes). */
class MatrixSweep {
  readonly #ix: ScenarioIndex
  readonly #cache: SimulationCache = simulationCache()
  readonly #variants: Uint8Array
  readonly #classes: ActionClasses

  constructor(
    scenario: Scenario,
    readonly query: MatrixQuery,
  ) {
    this.#ix = indexScenario(scenario)
    this.#variants = Uint8Array.from(query.actions, (a) => variantOf(a, query.resource))
    this.#classes = new ActionClasses(query.actions, query.resource)
  }

  /** The principal each row names, resolved as `simulate` resolves it (throws for text that names none). */
  resolve(ref: string): ResolvedPrincipal {
    const principal = resolvePrincipal(this.#ix, ref)
    parseCaller(principal.arn)
    return principal
  }

  /** One row: the code of every action for this principal. */
  row(ref: string): string {
    const principal = this.resolve(ref)
    const { actions } = this.query
    const deciders: (Decider | null | undefined)[] = [undefined, undefined, undefined, undefined]
    const codes = new Array<MatrixCode>(actions.length)
    for (let j = 0; j < actions.length; j++) {
      const v = this.#variants[j]!
      let decider = deciders[v]
      if (decider === undefined) deciders[v] = decider = this.#decider(principal, ref, actions[j]!)
      if (decider === null) {
        codes[j] = 'I'
        continue
      }
      const c = decider.classes[j]!
      codes[j] = MATRIX_CODES[(decider.answers[c] ??= decider.evaluate(actions[j]!))]
    }
    return codes.join('')
  }

  /**
   * Everything `simulate` would prepare for this principal and an action of this variant, compiled once. Only the
   * action differs between the requests of one variant, so the evaluator answers each exactly as `simulate` would,
   * and actions of one class share an answer. Null when the credentials have expired: those fail before any policy
   * is read, so every request is an implicit deny.
   */
  #decider(principal: ResolvedPrincipal, ref: string, action: string): Decider | null {
    const { resource, environment, context } = this.query
    const request = {
      principal: ref,
      action,
      resource,
      ...(environment && { environment }),
      ...(context && { context }),
    }
    const prepared = prepareSimulation(this.#ix, request, principal, this.#cache, true)
    if (prepared.expired) return null
    const { request: base, ...policies } = prepared.input
    const evaluate = createEvaluator(policies)
    return {
      evaluate: (a) => evaluate({ ...base, action: a }).decision,
      classes: this.#classes.classes(policies, isTrustAction(action)),
      answers: [],
    }
  }
}

/**
 * The rows `from` (inclusive) to `to` (exclusive) of the matrix of `query`: one string per principal, one
 * {@link MatrixCode} per action, each equal to `simulate(scenario, { principal, action, resource, environment,
 * context }).decision`, where `resource` is the action's own from `resources` when given. Lets a worker compute a large matrix in chunks and report progress between them.
 * Throws {@link EngineInputError} for a malformed query (see {@link checkMatrixQuery}).
 */
export function matrixRows(scenario: Scenario, query: MatrixQuery, from = 0, to = query.principals?.length): string[] {
  const q = checkMatrixQuery(query)
  const count = q.principals.length
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > count || from > to) {
    throw new EngineInputError(`the rows must lie within 0..${count}, from ≤ to (got ${from}..${to})`)
  }
  const sweeps = sweepsOf(scenario, q)
  // A bad principal fails every chunk alike (never only the one holding it), pointing at its place in the query.
  q.principals.forEach((ref, i) => {
    try {
      sweeps[0]!.sweep.resolve(ref)
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error
      throw new EngineInputError(
        `\`${ref.slice(0, 200)}\` is not a principal \`simulate\` can read`,
        `/principals/${i}`,
      )
    }
  })
  const rows: string[] = []
  for (let i = from; i < to; i++) {
    if (sweeps.length === 1) {
      rows.push(sweeps[0]!.sweep.row(q.principals[i]!))
      continue
    }
    const codes = new Array<string>(q.actions.length)
    for (const { sweep, columns } of sweeps) {
      const row = sweep.row(q.principals[i]!)
      columns.forEach((column, k) => (codes[column] = row[k]!))
    }
    rows.push(codes.join(''))
  }
  return rows
}

/** One sweep per resource asked about, with the columns (action indexes) it answers. */
function sweepsOf(scenario: Scenario, q: MatrixQuery): { sweep: MatrixSweep; columns: number[] }[] {
  const resources = q.resources
  if (!resources || resources.every((r) => r === q.resource)) {
    return [{ sweep: new MatrixSweep(scenario, q), columns: q.actions.map((_, j) => j) }]
  }
  const groups = new Map<string, number[]>()
  resources.forEach((r, j) => {
    const list = groups.get(r)
    if (list) list.push(j)
    else groups.set(r, [j])
  })
  return [...groups].map(([resource, columns]) => {
    const actions = columns.map((j) => q.actions[j]!)
    const sub: MatrixQuery = { ...q, actions, resource }
    delete sub.resources
    return { sweep: new MatrixSweep(scenario, sub), columns }
  })
}

/**
 * The decision of every principal × action of `query` on its resource, as `simulate` would give each (see
 * {@link matrixRows}; this is all rows at once).
 */
export function accessMatrix(scenario: Scenario, query: MatrixQuery): MatrixResult {
  const rows = matrixRows(scenario, query)
  return { principals: [...query.principals], actions: [...query.actions], resource: query.resource, rows }
}
