// The graph's marks: every kind has a shape and a line style, shapes are closed paths of the right size, and lines
// run through their points.
import { describe, expect, it } from 'vitest'
import { EDGE_KINDS, NODE_KINDS } from '../../../src/engine/index'
import { EDGE_COLOURS, EDGE_STYLES, linePath, NODE_SHAPES, shapePath, type Shape } from '../../../src/lib/graph/marks'

/** The coordinates a path names (absolute commands only: M, L, Q). */
function coordinates(d: string): [number, number][] {
  return [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])])
}

describe('marks', () => {
  it('give every node kind a shape and every edge kind a style with an arrowhead colour', () => {
    for (const kind of NODE_KINDS) expect(NODE_SHAPES[kind]).toBeDefined()
    for (const kind of EDGE_KINDS) expect(EDGE_COLOURS).toContain(EDGE_STYLES[kind].colour)
  })

  it('tell the kinds of one colour apart by shape or line', () => {
    const lines = new Set(EDGE_KINDS.map((k) => `${EDGE_STYLES[k].colour} ${EDGE_STYLES[k].dash ?? ''}`))
    expect(lines.size).toBe(EDGE_KINDS.length)
  })

  it('draw polygon shapes as closed paths about their size', () => {
    const polygons: Shape[] = ['square', 'diamond', 'page', 'hexagon', 'triangle', 'shield', 'star']
    for (const shape of polygons) {
      const d = shapePath(shape, 50, 20, 10)
      expect(d.startsWith('M')).toBe(true)
      expect(d.endsWith('Z')).toBe(true)
      for (const [x, y] of coordinates(d)) expect(Math.hypot(x - 50, y - 20)).toBeLessThanOrEqual(13.5)
    }
    for (const shape of ['circle', 'ring', 'cylinder'] as const) expect(shapePath(shape, 0, 0, 5)).toMatch(/^M.*Z$/)
  })

  it('run a line through its first and last points, rounding the corners between', () => {
    expect(linePath([])).toBe('')
    expect(
      linePath([
        { x: 0, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toBe('M0,0L10,5')
    const d = linePath([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 20, y: 10 },
    ])
    expect(d).toBe('M0,0L5,0Q10,0 10,5Q10,10 20,10')
  })
})
