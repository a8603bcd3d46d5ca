// The graph's visual vocabulary: the marker shape of each node kind and the line style of each edge kind, shared by
// the picture and its legend (colours are CSS variables, so they follow the light or dark theme).
import type { EdgeKind, NodeKind } from '../../engine/index'

/** The marker shapes drawn at the start of a node. */
export type Shape =
  'circle' | 'square' | 'diamond' | 'page' | 'hexagon' | 'triangle' | 'shield' | 'cylinder' | 'star' | 'ring'

/** Each node kind's marker (its colour is the CSS variable `--g-KIND`). */
export const NODE_SHAPES: Record<NodeKind, Shape> = {
  user: 'circle',
  group: 'square',
  role: 'diamond',
  'customer-policy': 'page',
  'aws-policy': 'page',
  'inline-policy': 'page',
  account: 'hexagon',
  ou: 'triangle',
  scp: 'shield',
  rcp: 'shield',
  resource: 'cylinder',
  'resource-policy': 'page',
  service: 'star',
  external: 'ring',
}

/** Each edge kind's dash pattern (`undefined`: solid) and colour variable (`--g-edge-COLOUR`). */
export const EDGE_STYLES: Record<EdgeKind, { dash?: string; colour: string; width: number }> = {
  'member-of': { colour: 'group', width: 1.25 },
  attached: { colour: 'policy', width: 1.25 },
  inline: { colour: 'inline', width: 1.25 },
  boundary: { dash: '7 3', colour: 'boundary', width: 2 },
  'can-assume': { colour: 'role', width: 2 },
  trusts: { dash: '4 3', colour: 'role', width: 1.5 },
  'runs-as': { dash: '1 3', colour: 'role', width: 2 },
  'in-account': { dash: '2 3', colour: 'org', width: 1.25 },
  'part-of': { colour: 'org', width: 1.25 },
  scp: { dash: '6 3', colour: 'scp', width: 1.5 },
  rcp: { dash: '2 2', colour: 'scp', width: 1.5 },
  'resource-policy': { dash: '2 2', colour: 'resource', width: 1.25 },
  grants: { colour: 'resource', width: 1.75 },
  denies: { colour: 'deny', width: 1.75 },
}

/** The colour variables edges use, one arrowhead each. */
export const EDGE_COLOURS = [...new Set(Object.values(EDGE_STYLES).map((s) => s.colour))]

const f = (n: number) => Math.round(n * 100) / 100

/** An SVG path of `shape` centred on (`cx`, `cy`) within a circle of radius `r`. */
export function shapePath(shape: Shape, cx: number, cy: number, r: number): string {
  const polygon = (points: [number, number][]) =>
    `M${points.map(([x, y]) => `${f(cx + x * r)},${f(cy + y * r)}`).join('L')}Z`
  const around = (n: number, start: number, radius: (i: number) => number = () => 1) =>
    polygon(
      Array.from({ length: n }, (_, i) => {
        const a = start + (i * 2 * Math.PI) / n
        return [Math.cos(a) * radius(i), Math.sin(a) * radius(i)] as [number, number]
      }),
    )
  switch (shape) {
    case 'circle':
      return `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`
    case 'ring': {
      const inner = r * 0.55
      return (
        `M${f(cx - r)},${f(cy)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z` +
        `M${f(cx - inner)},${f(cy)}a${f(inner)},${f(inner)} 0 1,1 ${f(2 * inner)},0a${f(inner)},${f(inner)} 0 1,1 ${f(-2 * inner)},0Z`
      )
    }
    case 'square':
      return polygon([
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ])
    case 'diamond':
      return polygon([
        [0, -1.1],
        [1.1, 0],
        [0, 1.1],
        [-1.1, 0],
      ])
    case 'page':
      return polygon([
        [-0.75, -1],
        [0.3, -1],
        [0.75, -0.55],
        [0.75, 1],
        [-0.75, 1],
      ])
    case 'hexagon':
      return around(6, 0)
    case 'triangle':
      return polygon([
        [0, -1.05],
        [1.05, 0.8],
        [-1.05, 0.8],
      ])
    case 'shield':
      return polygon([
        [-0.85, -1],
        [0.85, -1],
        [0.85, 0.2],
        [0, 1.05],
        [-0.85, 0.2],
      ])
    case 'cylinder':
      return (
        `M${f(cx - 0.85 * r)},${f(cy - 0.6 * r)}` +
        `a${f(0.85 * r)},${f(0.35 * r)} 0 0,1 ${f(1.7 * r)},0` +
        `v${f(1.2 * r)}a${f(0.85 * r)},${f(0.35 * r)} 0 0,1 ${f(-1.7 * r)},0Z`
      )
    case 'star':
      return around(10, -Math.PI / 2, (i) => (i % 2 === 0 ? 1.1 : 0.5))
  }
}

/**
 * An SVG path along a polyline, its corners rounded: straight to the middle of the first leg, then a quadratic curve
 * through each inner point to the middle of the next leg, then straight to the end.
 */
export function linePath(points: readonly { x: number; y: number }[]): string {
  if (points.length === 0) return ''
  const [first, ...rest] = points
  if (rest.length <= 1) return `M${f(first!.x)},${f(first!.y)}${rest.map((p) => `L${f(p.x)},${f(p.y)}`).join('')}`
  let d = `M${f(first!.x)},${f(first!.y)}`
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!
    const next = points[i + 1]!
    const mid = i === points.length - 2 ? next : { x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 }
    if (i === 1) {
      const prev = points[0]!
      d += `L${f((prev.x + p.x) / 2)},${f((prev.y + p.y) / 2)}`
    }
    d += `Q${f(p.x)},${f(p.y)} ${f(mid.x)},${f(mid.y)}`
  }
  return d
}
