// Helpers for the graph tests: the library's scenarios by name, and readable edge lists.
import { readFileSync } from 'node:fs'
import type { Scenario } from '../../../src/engine/scenario/model'
import { parseScenario } from '../../../src/engine/scenario/parse'
import type { EdgeKind, Graph } from '../../../src/engine/index'

/** A scenario of scenarios/, parsed (throws when it does not load). */
export function library(id: string): Scenario {
  const parsed = parseScenario(
    JSON.parse(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8')),
  )
  if (!parsed.ok) throw new Error(`${id} does not load: ${parsed.errors[0]?.message}`)
  return parsed.scenario
}

/** The edges of `kinds` as `FROM -KIND-> TO` lines, sorted (conditional ones end with ` ?`). */
export function edgeLines(graph: Graph, ...kinds: EdgeKind[]): string[] {
  return graph.edges
    .filter((e) => kinds.length === 0 || kinds.includes(e.kind))
    .map((e) => `${e.from} -${e.kind}-> ${e.to}${e.conditional ? ' ?' : ''}`)
    .sort()
}

/** The node IDs of the graph, sorted. */
export function nodeIds(graph: Graph): string[] {
  return graph.nodes.map((n) => n.id).sort()
}
