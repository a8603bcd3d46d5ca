// Lays the inheritance graph out in layers with dagre: each node gets a box, each edge a polyline. Plain data in,
// plain data out; it runs in the engine worker (or the page's fallback engine), never in the view.
import dagre from '@dagrejs/dagre'
import type { Graph } from '../../src/engine/index'
import { STEP_LABEL_HEIGHT, stepLabelWidth, type PathEdge } from '../../src/lib/graph/path'
import {
  shortLabel,
  type GraphLayout,
  type PlacedEdge,
  type PlacedNode,
  type PlacedPathEdge,
} from '../../src/lib/graph/picture'

/** Node height, and the room the kind marker takes (pixels, at 12px type). */
export const NODE_HEIGHT = 28
const CHAR_WIDTH = 7
const MARKER_ROOM = 26
const MARGIN = 16
const LARGE = 600

/**
 * Lays out the graph left to right in layers with dagre: an edge's source sits in an earlier layer than its target
 * where the graph allows, so principals come before the groups and policies that reach them. Layers are assigned by
 * dagre's tight-tree ranker (network simplex took several seconds at 500 nodes for little gain). The steps of an
 * escalation path are laid out with the edges, each with room for its label (the step's number and action).
 */
export function layoutGraph(graph: Graph, steps: readonly PathEdge[] = []): GraphLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true })
  g.setGraph({
    rankdir: 'LR',
    ranker: 'tight-tree',
    nodesep: 10,
    ranksep: 70,
    edgesep: 6,
    marginx: MARGIN,
    marginy: MARGIN,
  })
  g.setDefaultEdgeLabel(() => ({}))
  const labels = new Map<string, string>()
  for (const n of graph.nodes) {
    const short = shortLabel(n.label)
    labels.set(n.id, short)
    g.setNode(n.id, { width: MARKER_ROOM + [...short].length * CHAR_WIDTH + 12, height: NODE_HEIGHT })
  }
  for (const e of graph.edges) g.setEdge(e.from, e.to, {}, e.id)
  for (const e of steps) {
    const label = { width: stepLabelWidth(e), height: STEP_LABEL_HEIGHT, labelpos: 'c' }
    g.setEdge(e.from, e.to, label, e.id)
  }
  // Crossing reduction (sweeps repeated while they gain) costs the most: past LARGE nodes one ordering pass keeps the
  // layout under a second, at the price of longer lines.
  dagre.layout(g, { disableOptimalOrderHeuristic: graph.nodes.length > LARGE })

  // Every box of a layer takes the layer's widest width (dagre already spaced the layers for it): the boxes of a
  // column line up, so a line reaching a box never cuts through a wider neighbour's box on the way.
  const columns = new Map<number, number>()
  for (const n of graph.nodes) {
    const box = g.node(n.id)
    const column = Math.round(box.x!)
    columns.set(column, Math.max(columns.get(column) ?? 0, box.width))
  }
  let width = 0
  let height = 0
  const nodes: PlacedNode[] = graph.nodes.map((n) => {
    const box = g.node(n.id)
    const w = columns.get(Math.round(box.x!))!
    const placed = {
      ...n,
      x: box.x! - w / 2,
      y: box.y! - box.height / 2,
      width: w,
      height: box.height,
      shortLabel: labels.get(n.id)!,
    }
    width = Math.max(width, placed.x + placed.width)
    height = Math.max(height, placed.y + placed.height)
    return placed
  })
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const line = (e: { from: string; to: string; id: string }) => {
    const placed = g.edge(e.from, e.to, e.id)
    const points = (placed.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y }))
    // The ends move onto the sides of the widened boxes.
    if (points.length >= 2) {
      points[0] = border(byId.get(e.from)!, points[1]!)
      points[points.length - 1] = border(byId.get(e.to)!, points[points.length - 2]!)
    }
    for (const p of points) {
      width = Math.max(width, p.x)
      height = Math.max(height, p.y)
    }
    return { points, x: placed.x as number | undefined, y: placed.y as number | undefined }
  }
  const edges: PlacedEdge[] = graph.edges.map((e) => ({ ...e, points: line(e).points }))
  /** A step between two nodes: its line, and its label where dagre kept room for it (else mid-line). */
  const step = (e: PathEdge): PlacedPathEdge => {
    const { points, x, y } = line(e)
    const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 }
    return { ...e, points, label: x !== undefined && y !== undefined ? { x, y } : middle }
  }
  const placedSteps: PlacedPathEdge[] = steps.map((e) => {
    const placed = e.from === e.to ? selfStep(e, byId.get(e.from)!, g.edge(e.from, e.to, e.id)) : step(e)
    width = Math.max(width, placed.label.x + stepLabelWidth(e) / 2)
    height = Math.max(height, placed.label.y + STEP_LABEL_HEIGHT / 2)
    return placed
  })
  return {
    nodes,
    edges,
    steps: placedSteps,
    width: Math.ceil(width + MARGIN),
    height: Math.ceil(height + MARGIN),
  }
}

/** How far a step on a node itself hangs below the box, and how far apart its two legs are (pixels). */
const LOOP_DROP = 15
const LOOP_HALF = 16

/**
 * A step on the caller itself (a policy put on oneself): a short loop hanging from the bottom of its box, back into
 * it, with the label on the loop, in the room dagre kept below the box for the label (never left of the picture).
 */
function selfStep(e: PathEdge, box: PlacedNode, placed: { y?: number }): PlacedPathEdge {
  const cx = box.x + box.width / 2
  const bottom = box.y + box.height
  const w = stepLabelWidth(e)
  const points = [
    { x: cx - LOOP_HALF, y: bottom },
    { x: cx - LOOP_HALF, y: bottom + LOOP_DROP },
    { x: cx + LOOP_HALF, y: bottom + LOOP_DROP },
    { x: cx + LOOP_HALF, y: bottom },
  ]
  const y = Math.max(placed.y ?? 0, bottom + 6 + STEP_LABEL_HEIGHT / 2)
  return { ...e, points, label: { x: Math.max(cx, w / 2 + 2), y } }
}

/**
 * Where a line towards `toward` leaves the box: the middle of its right side when `toward` lies to the right, else of
 * its left side. Lines join boxes only at their sides, so a steep line runs down the gap between two columns rather
 * than through the boxes stacked above or below its end.
 */
function border(box: PlacedNode, toward: { x: number; y: number }): { x: number; y: number } {
  const right = toward.x >= box.x + box.width / 2
  return { x: right ? box.x + box.width : box.x, y: box.y + box.height / 2 }
}
