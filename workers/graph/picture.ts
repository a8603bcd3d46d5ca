// The graph view's question, answered in the worker: the scenario's graph, focused and filtered as chosen, laid out,
// with what the view's pickers list (every principal, every kind present).
import {
  buildGraph,
  EDGE_KINDS,
  filterGraph,
  focusGraph,
  NODE_KINDS,
  type Graph,
  type Scenario,
} from '../../src/engine/index'
import { pathGraph, pathModel } from '../../src/lib/graph/path'
import type { FocusChoice, GraphOptions, GraphPicture } from '../../src/lib/graph/picture'
import { layoutGraph } from './layout'

// The last graph built: changing the focus or the filter of the same scenario lays out again without rebuilding.
// The worker holds each version of the scenario as one object (workers/engine-api.ts), so the object is the key.
let last: { scenario: Scenario; graph: Graph } | undefined

function graphOf(scenario: Scenario): Graph {
  if (last?.scenario !== scenario) last = { scenario, graph: buildGraph(scenario) }
  return last.graph
}

/**
 * Builds (or reuses), focuses, filters and lays out the scenario's graph; with a path, the part of it the path goes
 * through, the path's steps drawn over it.
 */
export function graphPicture(scenario: Scenario, options: GraphOptions = {}): GraphPicture {
  const whole = graphOf(scenario)
  const path = options.path?.length ? pathModel(whole, options.path) : undefined
  const focused = path ? undefined : options.focus !== undefined ? focusGraph(whole, options.focus) : undefined
  const focus = path ? path.actor : focused ? options.focus : undefined
  const shown = path
    ? pathGraph(whole, path, options.hidden)
    : filterGraph(focused ?? whole, options.hidden ?? [], focus)
  const present = new Set(whole.nodes.map((n) => n.kind))
  const drawn = new Set(shown.edges.map((e) => e.kind))
  const principals: FocusChoice[] = []
  for (const n of whole.nodes) {
    if (n.kind !== 'user' && n.kind !== 'role') continue
    principals.push({ id: n.id, kind: n.kind, label: n.label, ...(n.account !== undefined && { account: n.account }) })
  }
  return {
    ...layoutGraph(shown, path?.edges),
    ...(focus !== undefined && { focus }),
    ...(path && { missing: path.missing }),
    kinds: NODE_KINDS.filter((k) => present.has(k)),
    edgeKinds: EDGE_KINDS.filter((k) => drawn.has(k)),
    principals,
    total: { nodes: whole.nodes.length, edges: whole.edges.length },
  }
}
