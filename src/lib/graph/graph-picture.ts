// What the graph view asks the worker for: the scenario's graph, focused and filtered as chosen, laid out, with what
// the view's pickers list (every principal, every kind present). Plain data, so it crosses to and from the worker.
import {
  buildGraph,
  EDGE_KINDS,
  filterGraph,
  focusGraph,
  NODE_KINDS,
  type EdgeKind,
  type Graph,
  type NodeKind,
  type Scenario,
} from '../../engine/index'
import { layoutGraph, type GraphLayout } from './layout'

/** What to show. */
export interface GraphOptions {
  /** A user or role node ID: show only what reaches it (see `focusGraph`). */
  focus?: string
  /** Node kinds to leave out (the focused node stays). */
  hidden?: NodeKind[]
}

/** A user or role the view can focus on. */
export interface FocusChoice {
  id: string
  kind: 'user' | 'role'
  label: string
  account?: string
}

/** The laid-out picture and what the view's controls offer. */
export interface GraphPicture extends GraphLayout {
  /** The focused node, when `options.focus` named a user or role of the graph; else the whole graph is shown. */
  focus?: string
  /** The node kinds of the whole graph, in legend order (the filter offers these). */
  kinds: NodeKind[]
  /** The edge kinds drawn, in legend order. */
  edgeKinds: EdgeKind[]
  /** Every user and role, for the focus picker. */
  principals: FocusChoice[]
  /** The size of the whole graph, before focus and filter. */
  total: { nodes: number; edges: number }
}

// The last graph built: changing the focus or the filter of the same scenario lays out again without rebuilding.
let last: { key: string; graph: Graph } | undefined

function graphOf(scenario: Scenario): Graph {
  const key = JSON.stringify(scenario)
  if (last?.key !== key) last = { key, graph: buildGraph(scenario) }
  return last.graph
}

/** Builds (or reuses), focuses, filters and lays out the scenario's graph. */
export function graphPicture(scenario: Scenario, options: GraphOptions = {}): GraphPicture {
  const whole = graphOf(scenario)
  const focused = options.focus !== undefined ? focusGraph(whole, options.focus) : undefined
  const focus = focused ? options.focus : undefined
  const shown = filterGraph(focused ?? whole, options.hidden ?? [], focus)
  const present = new Set(whole.nodes.map((n) => n.kind))
  const drawn = new Set(shown.edges.map((e) => e.kind))
  const principals: FocusChoice[] = []
  for (const n of whole.nodes) {
    if (n.kind !== 'user' && n.kind !== 'role') continue
    principals.push({ id: n.id, kind: n.kind, label: n.label, ...(n.account !== undefined && { account: n.account }) })
  }
  return {
    ...layoutGraph(shown),
    ...(focus !== undefined && { focus }),
    kinds: NODE_KINDS.filter((k) => present.has(k)),
    edgeKinds: EDGE_KINDS.filter((k) => drawn.has(k)),
    principals,
    total: { nodes: whole.nodes.length, edges: whole.edges.length },
  }
}
