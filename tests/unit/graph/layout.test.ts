// layoutGraph and graphPicture: every node gets a box that overlaps no other, edges run between their nodes' boxes,
// and the view's request (focus, hidden kinds) is honoured.
import { describe, expect, it } from 'vitest'
import { buildGraph, type Graph } from '../../../src/engine/index'
import { LABEL_CHARS, shortLabel, type GraphLayout } from '../../../src/lib/graph/picture'
import { layoutGraph } from '../../../workers/graph/layout'
import { graphPicture } from '../../../workers/graph/picture'
import { largeGraphScenario } from '../../helpers/graph-scenario'
import { A } from '../../helpers/scenario'
import { library } from './support'

/** Checks what every layout must hold; returns it. */
function checked(graph: Graph): GraphLayout {
  const layout = layoutGraph(graph)
  expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id))
  expect(layout.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id))
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]))
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0)
    expect(n.y).toBeGreaterThanOrEqual(0)
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width)
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
  }
  // No two boxes overlap (sorted by x, each is compared with the boxes that start before it ends).
  const byX = [...layout.nodes].sort((a, b) => a.x - b.x)
  const overlaps: string[] = []
  for (let i = 0; i < byX.length; i++) {
    const a = byX[i]!
    for (let j = i + 1; j < byX.length && byX[j]!.x < a.x + a.width; j++) {
      const b = byX[j]!
      if (a.y + a.height > b.y && b.y + b.height > a.y) overlaps.push(`${a.id} overlaps ${b.id}`)
    }
  }
  expect(overlaps).toEqual([])
  // Each polyline starts on (or at) its source's box and ends on its target's box.
  const near = (p: { x: number; y: number }, id: string) => {
    const b = boxes.get(id)!
    return p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1
  }
  const loose = layout.edges.filter(
    (e) => e.points.length < 2 || !near(e.points[0]!, e.from) || !near(e.points.at(-1)!, e.to),
  )
  expect(loose.map((e) => e.id)).toEqual([])
  return layout
}

describe('layoutGraph', () => {
  it('lays out a library scenario in layers, principals before what reaches them', () => {
    const layout = checked(buildGraph(library('company-teams')))
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x
    expect(x(`user:${A}/minho`)).toBeLessThan(x(`group:${A}/BE1`))
    expect(x(`group:${A}/BE1`)).toBeLessThan(x(`policy:arn:aws:iam::${A}:policy/BackendStandard`))
  })

  it('lines up the boxes of each layer: one left edge and one width per column', () => {
    const layout = checked(buildGraph(library('company-teams')))
    const columns = new Map<number, Set<string>>()
    for (const n of layout.nodes) {
      const key = Math.round(n.x + n.width / 2)
      columns.set(key, (columns.get(key) ?? new Set()).add(`${n.x}/${n.width}`))
    }
    expect(columns.size).toBeGreaterThan(2)
    for (const boxes of columns.values()) expect(boxes.size).toBe(1)
  })

  it('lays out the generated 500-node scenario', { timeout: 30_000 }, () => {
    const layout = checked(buildGraph(largeGraphScenario()))
    expect(layout.nodes.length).toBeGreaterThanOrEqual(500)
  })

  it('lays out an empty graph as an empty picture', () => {
    const layout = layoutGraph({ nodes: [], edges: [] })
    expect(layout.nodes).toEqual([])
    expect(layout.width).toBeGreaterThan(0)
  })

  it('cuts long labels with an ellipsis, counting characters, not UTF-16 units', () => {
    expect(shortLabel('short')).toBe('short')
    const long = 'a-very-long-customer-managed-policy-name'
    expect(shortLabel(long)).toBe(`${long.slice(0, LABEL_CHARS - 1)}…`)
    expect([...shortLabel('😀'.repeat(40))].length).toBe(LABEL_CHARS)
  })
})

describe('graphPicture', () => {
  const teams = library('company-teams')

  it('shows the whole graph, with the kinds present and every principal to focus on', () => {
    const p = graphPicture(teams)
    expect(p.focus).toBeUndefined()
    expect(p.nodes.length).toBe(p.total.nodes)
    expect(p.kinds).toEqual([
      'user',
      'group',
      'role',
      'customer-policy',
      'aws-policy',
      'inline-policy',
      'account',
      'resource',
    ])
    expect(p.principals.filter((c) => c.kind === 'role').map((c) => c.label)).toEqual([
      'EC2FullAccessRole',
      'S3ConfigTempRole',
    ])
    expect(p.principals).toHaveLength(10)
    expect(p.edgeKinds).toEqual(['member-of', 'attached', 'inline', 'can-assume', 'trusts'])
  })

  it('focuses and hides kinds, never hiding the focused node', () => {
    const p = graphPicture(teams, { focus: `user:${A}/minho`, hidden: ['user', 'aws-policy'] })
    expect(p.focus).toBe(`user:${A}/minho`)
    expect(p.nodes.map((n) => n.id)).toContain(`user:${A}/minho`)
    expect(p.nodes.some((n) => n.kind === 'aws-policy')).toBe(false)
    expect(p.nodes.length).toBe(7)
    expect(p.kinds).toContain('aws-policy') // the filter still offers what it hides
  })

  it('shows the whole graph when the focus names no user or role', () => {
    const p = graphPicture(teams, { focus: 'user:000000000000/gone' })
    expect(p.focus).toBeUndefined()
    expect(p.nodes.length).toBe(p.total.nodes)
  })

  it('follows changes to the scenario', () => {
    const before = graphPicture(teams).total.nodes
    const after = graphPicture({ ...teams, users: [...(teams.users ?? []), { name: 'newcomer' }] }).total.nodes
    expect(after).toBe(before + 1)
  })
})
