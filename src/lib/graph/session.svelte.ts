// The graph view's state: the principal in focus and the node kinds hidden, and the picture the engine worker lays
// out for them and the scenario. The latest request wins; while one runs the last picture stays (pending), and a
// failure can be retried. One per graph view: the choices start afresh each time the view opens.
import { untrack } from 'svelte'
import type { NodeKind, Scenario } from '../../engine/index'
import type { AppState } from '../state/app.svelte'
import { inWorker } from '../worker/engine-client'
import { EngineQuery } from '../worker/engine-query.svelte'
import type { FocusChoice, GraphOptions, GraphPicture } from './picture'
import type { PlacedNode } from './picture'
import { nodeTarget } from './open'

/** Past this many nodes the whole graph no longer reads at a glance: the view says how to narrow it. */
export const LARGE_GRAPH = 150
/** A layout that takes longer than this has hung: the worker is restarted. */
export const LAYOUT_MS = 20_000

/** Lays the scenario's graph out (in the engine worker; tests pass their own). */
export type LayoutCall = (scenario: Scenario, options: GraphOptions) => Promise<GraphPicture>

/** What of the app the graph view reads and drives. */
export interface GraphApp {
  document: { readonly scenario: AppState['document']['scenario'] }
  navigation: Pick<AppState['navigation'], 'select' | 'openPolicy' | 'show' | 'path' | 'clearPath'>
}

/** The graph view's state. */
export class GraphSession {
  /** The user or role node in focus, or '' for the whole graph. */
  focus = $state('')
  /** The node kinds left out. */
  hidden = $state.raw<NodeKind[]>([])

  readonly #app: GraphApp
  /** The layouts asked for: the latest answer wins, and the last picture stays after a failure. */
  readonly #query: EngineQuery<[Scenario, GraphOptions], GraphPicture>
  #scenario: Scenario | undefined

  constructor(app: GraphApp, layout: LayoutCall = inWorker('graphLayout', LAYOUT_MS)) {
    this.#app = app
    this.#query = new EngineQuery(layout, { keepOnError: true })
  }

  /** The last picture laid out (kept while the next one is on its way, and after a failure). */
  get picture(): GraphPicture | undefined {
    return this.#query.value
  }

  /** A layout is on its way. */
  get pending(): boolean {
    return this.#query.pending
  }

  /** Why the latest layout failed (not shown while another is on its way). */
  get failure(): string | undefined {
    return this.#query.pending ? undefined : this.#query.error
  }

  /** The escalation path drawn (a finding's "Show in graph"), its steps in order; undefined for none. */
  get path(): AppState['navigation']['path'] {
    return this.#app.navigation.path
  }

  /** What the focus picker shows: the principal in focus, or the path's first caller while a path is drawn. */
  get focusChoice(): string {
    return this.path ? (this.picture?.focus ?? '') : this.focus
  }

  /** The users and the roles the focus picker offers. */
  users = $derived(this.picture?.principals.filter((p) => p.kind === 'user') ?? [])
  roles = $derived(this.picture?.principals.filter((p) => p.kind === 'role') ?? [])
  /** The name of the principal the picture is focused on. */
  focusName = $derived(this.picture?.principals.find((p) => p.id === this.picture?.focus)?.label)
  /** The node kinds shown, for the legend. */
  shownKinds = $derived(this.picture?.kinds.filter((k) => !this.hidden.includes(k)) ?? [])
  /** The whole graph is too big to read at a glance. */
  large = $derived(!!this.picture && !this.picture.focus && this.picture.nodes.length > LARGE_GRAPH)
  /** The exported file's name, without extension: `iam-graph`, or `iam-graph-alice` when focused. */
  fileName = $derived(`iam-graph${this.focusName ? `-${this.focusName.replace(/[^\w.-]+/g, '-')}` : ''}`)

  /** The scenario's first account: principals of other accounts are listed with theirs. */
  get home(): string | undefined {
    return this.#app.document.scenario.accounts[0]?.id
  }

  /** A principal as the focus picker lists it: with its account when that is not the first one. */
  choiceLabel = (p: FocusChoice): string =>
    p.account && p.account !== this.home ? `${p.label} (${p.account})` : p.label

  /**
   * Lays out `scenario` (the app's, whenever it changes) unless it is the one last asked about. Untracked: a view's
   * effect that calls this re-runs for a new scenario only, not for the focus and filter it reads.
   */
  follow(scenario: Scenario): void {
    if (scenario !== this.#scenario) untrack(() => void this.load())
  }

  /** Focuses on a user or role node ('' for the whole graph); a path drawn goes. */
  setFocus = (focus: string): void => {
    this.#app.navigation.clearPath()
    this.focus = focus
    void this.load()
  }

  /** Stops drawing the path: the graph as it was before (the focus chosen, else the whole graph). */
  clearPath = (): void => {
    this.#app.navigation.clearPath()
    void this.load()
  }

  /** Shows or hides a kind of node. */
  toggle = (kind: NodeKind, shown: boolean): void => {
    this.hidden = shown ? this.hidden.filter((k) => k !== kind) : [...this.hidden, kind]
    void this.load()
  }

  /** Tries the failed layout again. */
  retry = (): void => {
    void this.#query.retry()
  }

  /** Lays out the app's scenario with the focus and filter chosen; an answer to an older request is dropped. */
  load = async (): Promise<void> => {
    const source = this.#app.document.scenario
    this.#scenario = source
    const focus = this.focus
    const path = this.path
    const picture = await this.#query.run(source, {
      ...(focus && { focus }),
      hidden: [...this.hidden],
      ...(path && { path: [...path] }),
    })
    // The principal in focus is gone (renamed, deleted): the whole graph shows, and the picker says so.
    if (picture && !path && focus && picture.focus === undefined) this.focus = ''
  }

  /** Whether selecting the node opens something in the playground. */
  opens = (node: PlacedNode): boolean => nodeTarget(this.#app.document.scenario, node) !== undefined

  /** Opens the node's entity (and its policy, if it is one) in the playground. */
  open = (node: PlacedNode): void => {
    const target = nodeTarget(this.#app.document.scenario, node)
    if (!target) return
    this.#app.navigation.select(target.selection)
    if (target.policy) this.#app.navigation.openPolicy(target.policy)
    this.#app.navigation.show('playground')
  }
}
