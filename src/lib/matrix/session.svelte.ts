// The access matrix view's state, one per app: the form, the run in progress and the matrix it made. It lives
// outside the view, so a matrix (and a run still going) survives switching to the playground and back.
import {
  matrixPrincipals,
  serviceColumns,
  type Environment,
  type MatrixColumnResource,
  type MatrixPrincipal,
  type MatrixPrincipalKind,
  type MatrixQuery,
  type Scenario,
  type ServiceColumn,
} from '../../engine/index'
import { workerCatalog } from '../editor/catalog-client'
import { t } from '../i18n/index'
import type { AppState } from '../state/app.svelte'
import { inWorker } from '../worker/engine-client'
import { actionLines, serviceLines, startingActions } from './lines'

/** Columns are single actions, or services summarising all their actions. */
export type MatrixMode = 'actions' | 'services'

/** A computed matrix and what it was computed from. */
export interface MatrixRun {
  mode: MatrixMode
  principals: MatrixPrincipal[]
  actions: string[]
  /** Services mode: the columns, each the indexes of its actions. */
  services?: ServiceColumn[]
  /** The resource chosen in the form. */
  resource: string
  /** The resource each action was asked about (one per action): the chosen one when it fits the action's types. */
  columns?: MatrixColumnResource[]
  environment: Environment
  context: Record<string, string | string[]>
  /** One string per principal, one code (`A`, `E`, `I`) per action. */
  rows: string[]
  counts: { A: number; E: number; I: number }
  /** The scenario the engine decided on: traces of cells use it, so they match the cells. */
  scenario: Scenario
  /** The app's scenario at the time, to tell when the account has changed since. */
  source: Scenario
}

/** The selected cell: a row of the run, and an action (actions mode) or a service column (services mode). */
export interface MatrixCell {
  row: number
  column: number
}

/** About 0.1 s of work per worker call, so progress moves smoothly and Cancel answers fast. */
const CHUNK_CELLS = 20_000
/** A chunk that takes longer than this has hung: the worker is restarted. */
const CHUNK_MS = 30_000

class AbortedRun extends Error {}

// The worker holds the scenario between chunks: only the first chunk of a new version sends it (or what changed).
const matrixResources = inWorker('matrixResources', CHUNK_MS)
const matrixRows = inWorker('matrixRows', CHUNK_MS)

/** The matrix view's state for one app. */
export class MatrixSession {
  resource = $state('')
  mode = $state<MatrixMode>('actions')
  actionsText = $state('')
  servicesText = $state('')
  kinds = $state<MatrixPrincipalKind[]>(['user', 'role', 'root'])
  filter = $state('')
  running = $state(false)
  /** What the run is doing: loading the catalog's actions, or computing in the engine. */
  phase = $state<'catalog' | 'engine'>('engine')
  done = $state(0)
  total = $state(0)
  error = $state<string | undefined>(undefined)
  notice = $state<string | undefined>(undefined)
  run = $state.raw<MatrixRun | undefined>(undefined)
  selected = $state.raw<MatrixCell | undefined>(undefined)
  #controller: AbortController | undefined

  /** The rows the filter lets through (indexes into the run's principals): labels holding its text, any case. */
  shown = $derived.by((): number[] => {
    const run = this.run
    if (!run) return []
    const needle = this.filter.trim().toLowerCase()
    const all = run.principals.map((_, i) => i)
    return needle ? all.filter((i) => run.principals[i]!.label.toLowerCase().includes(needle)) : all
  })

  constructor(private app: AppState) {
    const scenario = app.document.scenario
    const request = app.question.request
    this.resource = request.resources.map((r) => r.trim()).find(Boolean) ?? scenario.resources?.[0]?.arn ?? '*'
    this.actionsText = startingActions(scenario, request.actions).join('\n')
    this.servicesText = ['s3', 'ec2', 'iam'].join('\n')
  }

  /** Stops the run at the next chunk. */
  cancel = (): void => {
    this.#controller?.abort()
  }

  /** Reads the form, then computes the matrix in the worker chunk by chunk (progress, Cancel). */
  start = async (): Promise<void> => {
    if (this.running) return
    this.error = undefined
    this.notice = undefined
    const controller = new AbortController()
    this.#controller = controller
    this.running = true
    this.done = 0
    this.total = 0
    try {
      const run = await this.#compute(controller.signal)
      if (run) {
        this.run = run
        this.selected = undefined
      }
    } catch (error) {
      if (error instanceof AbortedRun) this.notice = t('matrix.cancelled')
      else this.error = t('matrix.error.engine', { error: error instanceof Error ? error.message : String(error) })
    } finally {
      this.running = false
      if (this.#controller === controller) this.#controller = undefined
    }
  }

  async #compute(signal: AbortSignal): Promise<MatrixRun | undefined> {
    const source = this.app.document.scenario
    // The app's own object (never a copy): the worker knows it by identity, and edits never change it in place.
    const scenario = source
    const resource = this.resource.trim()
    if (!resource) return this.#refuse(t('matrix.error.noResource'))
    const principals = matrixPrincipals(scenario, this.kinds)
    if (principals.length === 0) return this.#refuse(t('matrix.error.noPrincipals'))
    const mode = this.mode
    let actions: string[]
    if (mode === 'actions') {
      const lines = actionLines(this.actionsText)
      const bad = lines.problems[0]
      if (bad) return this.#refuse(t('matrix.error.action', { line: bad.line, text: bad.text }))
      if (lines.values.length === 0) return this.#refuse(t('matrix.error.noActions'))
      actions = lines.values
    } else {
      const found = await this.#serviceActions(signal)
      if (!found) return undefined
      actions = found
    }
    const environment = $state.snapshot(this.app.question.request.environment) as Environment
    const context = $state.snapshot(this.app.question.request.context) as Record<string, string | string[]>
    this.phase = 'engine'
    // Each action is asked about a resource of a type it acts on (the catalog, in the worker, says which).
    const columns = await matrixResources(scenario, actions, resource)
    if (signal.aborted) throw new AbortedRun()
    const query: MatrixQuery = {
      principals: principals.map((p) => p.ref),
      actions,
      resource,
      resources: columns.map((c) => c.resource),
      environment,
      context,
    }
    this.total = principals.length * actions.length
    const step = Math.max(1, Math.floor(CHUNK_CELLS / actions.length))
    const rows: string[] = []
    for (let from = 0; from < principals.length; from += step) {
      if (signal.aborted) throw new AbortedRun()
      const to = Math.min(principals.length, from + step)
      rows.push(...(await matrixRows(scenario, query, from, to)))
      this.done = to * actions.length
    }
    const counts = { A: 0, E: 0, I: 0 }
    for (const row of rows) for (let j = 0; j < row.length; j++) counts[row[j] as 'A' | 'E' | 'I']++
    const run: MatrixRun = {
      mode,
      principals,
      actions,
      resource,
      columns,
      environment,
      context,
      rows,
      counts,
      scenario,
      source,
    }
    if (mode === 'services') run.services = serviceColumns(actions)
    return run
  }

  /** Services mode: every action of each service listed, from the AWS catalog (undefined after a refusal). */
  async #serviceActions(signal: AbortSignal): Promise<string[] | undefined> {
    const lines = serviceLines(this.servicesText)
    const bad = lines.problems[0]
    if (bad) return this.#refuse(t('matrix.error.service', { line: bad.line, text: bad.text }))
    if (lines.values.length === 0) return this.#refuse(t('matrix.error.noServices'))
    this.phase = 'catalog'
    const catalog = workerCatalog()
    const actions: string[] = []
    for (const service of lines.values) {
      const found = await catalog.actions(service)
      if (signal.aborted) throw new AbortedRun()
      if (found.length === 0) {
        const line = this.servicesText.split(/\r?\n/).findIndex((l) => serviceLines(l).values[0] === service) + 1
        return this.#refuse(t('matrix.error.service', { line, text: service }))
      }
      const names = found.map((a) => a.name).sort((a, b) => a.localeCompare(b, 'en'))
      for (const name of names) actions.push(`${service}:${name}`)
    }
    return actions
  }

  #refuse(message: string): undefined {
    this.error = message
    return undefined
  }

  /** True when the account has changed since the matrix was computed. */
  get outdated(): boolean {
    return this.run !== undefined && this.run.source !== this.app.document.scenario
  }
}

const sessions = new WeakMap<AppState, MatrixSession>()

/** The matrix state of this app (made on first use). */
export function matrixSession(app: AppState): MatrixSession {
  let session = sessions.get(app)
  if (!session) sessions.set(app, (session = new MatrixSession(app)))
  return session
}
