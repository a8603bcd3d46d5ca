// What the graph view shows and asks the worker for: the laid-out picture and its options, as plain data that
// crosses to and from the worker. The worker makes it (workers/graph/picture.ts); the view reads it.
import type { EdgeKind, GraphEdge, GraphNode, NodeKind, PathStep } from '../../engine/index'
import type { PathEdge } from './path'

/** A node with its box (top-left corner and size) and the label drawn (truncated; the full one is `label`). */
export interface PlacedNode extends GraphNode {
  x: number
  y: number
  width: number
  height: number
  shortLabel: string
}

/** An edge with the polyline it is drawn along, from the source box's edge to the target box's edge. */
export interface PlacedEdge extends GraphEdge {
  points: { x: number; y: number }[]
}

/** A step of an escalation path drawn: its polyline, and where its label (the action) sits, centred. */
export interface PlacedPathEdge extends PathEdge {
  points: { x: number; y: number }[]
  label: { x: number; y: number }
}

/** A laid-out graph; `width` and `height` bound every node and edge (from 0, 0). */
export interface GraphLayout {
  nodes: PlacedNode[]
  edges: PlacedEdge[]
  /** The steps of the escalation path drawn over the graph (none when no path is shown). */
  steps: PlacedPathEdge[]
  width: number
  height: number
}

/** The widest label drawn in full (characters). */
export const LABEL_CHARS = 24

/** The label as drawn: at most {@link LABEL_CHARS} characters, cut with an ellipsis. */
export function shortLabel(label: string): string {
  const chars = [...label]
  return chars.length <= LABEL_CHARS ? label : `${chars.slice(0, LABEL_CHARS - 1).join('')}…`
}

/** What to show. */
export interface GraphOptions {
  /** A user or role node ID: show only what reaches it (see `focusGraph`). */
  focus?: string
  /** Node kinds to leave out (the focused node stays). */
  hidden?: NodeKind[]
  /**
   * An escalation path to draw: its steps become highlighted edges, and the picture shows what reaches each principal
   * of the path (instead of `focus`, and whatever kinds are hidden for the path's own nodes).
   */
  path?: readonly PathStep[]
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
  /**
   * The focused node, when `options.focus` named a user or role of the graph, or the path's first caller when a path
   * is drawn; else the whole graph is shown.
   */
  focus?: string
  /** With a path: the steps (1-based) not drawn, because their caller or target is not in the scenario. */
  missing?: number[]
  /** The node kinds of the whole graph, in legend order (the filter offers these). */
  kinds: NodeKind[]
  /** The edge kinds drawn, in legend order. */
  edgeKinds: EdgeKind[]
  /** Every user and role, for the focus picker. */
  principals: FocusChoice[]
  /** The size of the whole graph, before focus and filter. */
  total: { nodes: number; edges: number }
}
