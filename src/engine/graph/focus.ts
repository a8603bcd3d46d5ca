// Narrowing the graph: everything that reaches one principal (and where it comes from), and hiding kinds of node.
import { ids } from './builder'
import type { EdgeKind, Graph, GraphEdge, GraphNode, NodeKind } from './types'

/** Which edges are followed from a node: out along `out`, backwards along `in`. */
interface Follow {
  out: EdgeKind[]
  in: EdgeKind[]
}

/** From the focused principal: its groups and policies, the roles it may assume, who may assume it, who names it. */
const FROM_FOCUS: Follow = {
  out: ['member-of', 'attached', 'inline', 'boundary', 'in-account', 'can-assume', 'trusts'],
  in: ['can-assume', 'trusts', 'runs-as', 'grants', 'denies'],
}

/** Onward from the nodes reached, by kind: a group's policies, the organization path, a resource policy's resource. */
const ONWARD: Partial<Record<NodeKind, Follow>> = {
  group: { out: ['attached', 'inline'], in: [] },
  account: { out: ['part-of', 'scp'], in: [] },
  ou: { out: ['part-of', 'scp'], in: [] },
  'resource-policy': { out: [], in: ['resource-policy'] },
}

/**
 * The part of the graph that reaches the user or role `nodeId`: its groups and their policies, its own policies and
 * boundary, its account (joined by an `in-account` edge) with the organization path and the SCPs on it (none for
 * the management account, which SCPs do not limit), the roles it can assume or is trusted by, who can assume it and
 * the resources that run as it (for a role), and the resource policies that name it with their resources. Every
 * node carries `path`: the node IDs from the principal to it along the edges followed (a shortest one). The edges
 * are those of the graph among the nodes kept, plus the `in-account` edge. Undefined when `nodeId` is not a user or
 * role of the graph.
 */
export function focusGraph(graph: Graph, nodeId: string): Graph | undefined {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const start = byId.get(nodeId)
  if (!start || (start.kind !== 'user' && start.kind !== 'role')) return undefined
  const edges = [...graph.edges]
  const account = start.account !== undefined ? byId.get(ids.account(start.account)) : undefined
  if (account)
    edges.push({ id: `in-account:${nodeId}->${account.id}`, kind: 'in-account', from: nodeId, to: account.id })
  // SCPs do not limit principals of the management account, so its organization path is kept without them.
  const management = account?.management === true
  const outOf = new Map<string, GraphEdge[]>()
  const into = new Map<string, GraphEdge[]>()
  for (const e of edges) {
    if (management && e.kind === 'scp') continue
    push(outOf, e.from, e)
    push(into, e.to, e)
  }

  const paths = new Map<string, string[]>([[nodeId, [nodeId]]])
  let frontier = [nodeId]
  while (frontier.length) {
    const next: string[] = []
    for (const id of frontier) {
      const rules = id === nodeId ? FROM_FOCUS : ONWARD[byId.get(id)!.kind]
      if (!rules) continue
      const reached = [
        ...(outOf.get(id) ?? []).filter((e) => rules.out.includes(e.kind)).map((e) => e.to),
        ...(into.get(id) ?? []).filter((e) => rules.in.includes(e.kind)).map((e) => e.from),
      ]
      for (const to of reached) {
        if (paths.has(to)) continue
        paths.set(to, [...paths.get(id)!, to])
        next.push(to)
      }
    }
    frontier = next
  }
  const nodes: GraphNode[] = graph.nodes.filter((n) => paths.has(n.id)).map((n) => ({ ...n, path: paths.get(n.id)! }))
  const kept = edges.filter((e) => paths.has(e.from) && paths.has(e.to) && !(management && e.kind === 'scp'))
  return { nodes, edges: kept }
}

/** The graph without the nodes of the `hidden` kinds (and their edges); the node `keep` stays whatever its kind. */
export function filterGraph(graph: Graph, hidden: readonly NodeKind[], keep?: string): Graph {
  if (hidden.length === 0) return graph
  const gone = new Set(graph.nodes.filter((n) => hidden.includes(n.kind) && n.id !== keep).map((n) => n.id))
  return {
    nodes: graph.nodes.filter((n) => !gone.has(n.id)),
    edges: graph.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to)),
  }
}

function push(map: Map<string, GraphEdge[]>, key: string, edge: GraphEdge) {
  const list = map.get(key)
  if (list) list.push(edge)
  else map.set(key, [edge])
}
