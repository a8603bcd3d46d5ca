// `npm run bench:graph`: how long building and laying out the inheritance graph of a generated 500-node scenario
// takes (target: under a second), printed, never asserted.
import './aws-managed'
import { buildGraph, parseScenario } from '../../src/engine/index'
import { layoutGraph } from '../../workers/graph/layout'
import { largeGraphScenario } from '../helpers/graph-scenario'

const parsed = parseScenario(largeGraphScenario())
if (!parsed.ok) throw new Error(`the generated scenario is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
const scenario = parsed.scenario

const runs: { build: number; layout: number; cpu: number }[] = []
let size = { nodes: 0, edges: 0 }
for (let i = 0; i < 5; i++) {
  const cpu = process.cpuUsage()
  const t0 = performance.now()
  const graph = buildGraph(scenario)
  const t1 = performance.now()
  layoutGraph(graph)
  const t2 = performance.now()
  runs.push({ build: t1 - t0, layout: t2 - t1, cpu: process.cpuUsage(cpu).user / 1000 })
  size = { nodes: graph.nodes.length, edges: graph.edges.length }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const build = median(runs.map((r) => r.build))
const layout = median(runs.map((r) => r.layout))
console.log(
  `graph: ${size.nodes} nodes, ${size.edges} edges — build ${build.toFixed(0)} ms + layout ${layout.toFixed(0)} ms = ${(build + layout).toFixed(0)} ms (median of ${runs.length}, ${median(runs.map((r) => r.cpu)).toFixed(0)} ms of CPU; first run ${(runs[0]!.build + runs[0]!.layout).toFixed(0)} ms; target < 1000 ms)`,
)
