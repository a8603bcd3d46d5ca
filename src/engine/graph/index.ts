// The inheritance graph: build it from a scenario, focus it on one principal, hide kinds of node.
export { buildGraph } from './build'
export { filterGraph, focusGraph } from './focus'
export { EDGE_KINDS, NODE_KINDS } from './types'
export type { EdgeKind, Graph, GraphEdge, GraphEntity, GraphNode, NodeKind } from './types'
