// Collects a graph's nodes and edges once each, with the node IDs every part of the graph module spells the same way.
import type { EdgeKind, Graph, GraphEdge, GraphNode } from './types'

/** Node IDs by kind: `user:ACCOUNT/NAME`, `policy:ARN`, `resource:ARN`, ... */
export const ids = {
  user: (account: string, name: string) => `user:${account}/${name}`,
  group: (account: string, name: string) => `group:${account}/${name}`,
  role: (account: string, name: string) => `role:${account}/${name}`,
  policy: (arn: string) => `policy:${arn}`,
  inline: (owner: 'user' | 'group' | 'role', account: string, name: string, policy: string) =>
    `inline:${owner}:${account}/${name}/${policy}`,
  account: (id: string) => `account:${id}`,
  ou: (id: string) => `ou:${id}`,
  scp: (name: string) => `scp:${name}`,
  rcp: (name: string) => `rcp:${name}`,
  resource: (arn: string) => `resource:${arn}`,
  resourcePolicy: (arn: string) => `resource-policy:${arn}`,
  service: (name: string) => `service:${name.toLowerCase()}`,
  external: (type: string, value: string) => `external:${type}:${value}`,
}

/** Adds nodes and edges, ignoring repeats; an edge added again without conditions loses its `conditional` mark. */
export class GraphBuilder {
  #nodes = new Map<string, GraphNode>()
  #edges = new Map<string, GraphEdge>()

  /** True when a node with this ID was added. */
  has(id: string): boolean {
    return this.#nodes.has(id)
  }

  /** Adds the node unless one with its ID exists; returns its ID. */
  node(node: GraphNode): string {
    if (!this.#nodes.has(node.id)) this.#nodes.set(node.id, node)
    return node.id
  }

  /** Adds an edge `from` → `to` (both must be nodes already); self-loops are left out. */
  edge(kind: EdgeKind, from: string, to: string, conditional = false): void {
    if (from === to) return
    const id = `${kind}:${from}->${to}`
    const found = this.#edges.get(id)
    if (found) {
      if (!conditional) delete found.conditional
      return
    }
    this.#edges.set(id, conditional ? { id, kind, from, to, conditional } : { id, kind, from, to })
  }

  /** True when an edge of this kind joins the two nodes. */
  hasEdge(kind: EdgeKind, from: string, to: string): boolean {
    return this.#edges.has(`${kind}:${from}->${to}`)
  }

  /** The graph collected so far. */
  graph(): Graph {
    return { nodes: [...this.#nodes.values()], edges: [...this.#edges.values()] }
  }
}
