// The graph canvas's pan and zoom as the canvas drives it: the first view of each picture once the box is measured,
// the zoom buttons and keys (within the zoom limits), the wheel, arrow keys, dragging (a drag opens nothing), a
// focused node brought into view, and where a node's label goes.
import { describe, expect, it } from 'vitest'
import type { GraphPicture, PlacedNode } from '../../../src/lib/graph/picture'
import { DRAG_SLOP, PAN_STEP, PanZoom, ZOOM_STEP } from '../../../src/lib/graph/pan-zoom.svelte'
import { fitView, initialView, MAX_SCALE, MIN_SCALE, toScreen } from '../../../src/lib/graph/viewport'

const node = (x: number, y: number): PlacedNode => ({
  id: `user:${x},${y}`,
  kind: 'user',
  label: 'alice',
  detail: 'arn:aws:iam::111122223333:user/alice',
  x,
  y,
  width: 100,
  height: 28,
  shortLabel: 'alice',
})

/** A picture of `width` × `height` (its nodes do not matter to the view). */
const picture = (width: number, height: number): GraphPicture => ({
  nodes: [],
  edges: [],
  steps: [],
  width,
  height,
  kinds: [],
  edgeKinds: [],
  principals: [],
  total: { nodes: 0, edges: 0 },
})

/** A canvas of 800 × 600 showing `shown`. */
function canvas(shown = picture(700, 500)): PanZoom {
  const pz = new PanZoom()
  pz.width = 800
  pz.height = 600
  pz.show(shown)
  return pz
}

const middle = { x: 400, y: 300 }
/** The picture point at the middle of the screen. */
const centre = (pz: PanZoom) => ({ x: pz.view.x + middle.x / pz.view.scale, y: pz.view.y + middle.y / pz.view.scale })

describe(PanZoom, () => {
  describe('show', () => {
    it('waits for the box to be measured before the first view', () => {
      const pz = new PanZoom()
      const p = picture(5000, 12_000)
      pz.show(p)
      expect(pz.view).toEqual({ x: 0, y: 0, scale: 1 })
      pz.width = 800
      pz.show(p)
      expect(pz.view).toEqual({ x: 0, y: 0, scale: 1 })
      pz.height = 600
      pz.show(p)
      expect(pz.view).toEqual(initialView(p, { width: 800, height: 600 }))
    })

    it('keeps the view of the same picture (after a pan, or when the box resizes); a new picture starts afresh', () => {
      const p = picture(700, 500)
      const pz = canvas(p)
      const first = pz.view
      expect(first).toEqual(fitView(p, { width: 800, height: 600 }))
      pz.key('ArrowDown')
      pz.width = 500
      pz.show(p)
      expect(pz.view).not.toEqual(first)
      const next = picture(700, 500)
      pz.show(next)
      expect(pz.view).toEqual(fitView(next, { width: 500, height: 600 }))
    })
  })

  describe('zoom', () => {
    it('zooms in and out a step about the middle of the box', () => {
      const pz = canvas()
      const scale = pz.view.scale
      const before = centre(pz)
      pz.zoomIn()
      expect(pz.view.scale).toBeCloseTo(scale * ZOOM_STEP)
      expect(centre(pz).x).toBeCloseTo(before.x)
      expect(centre(pz).y).toBeCloseTo(before.y)
      pz.zoomOut()
      pz.zoomOut()
      expect(pz.view.scale).toBeCloseTo(scale / ZOOM_STEP)
      expect(centre(pz).x).toBeCloseTo(before.x)
    })

    it('stays within the zoom limits', () => {
      const pz = canvas()
      for (let i = 0; i < 40; i++) pz.zoomIn()
      expect(pz.view.scale).toBe(MAX_SCALE)
      for (let i = 0; i < 80; i++) pz.zoomOut()
      expect(pz.view.scale).toBe(MIN_SCALE)
    })

    it('fits the whole picture again', () => {
      const p = picture(5000, 12_000)
      const pz = canvas(p)
      expect(pz.view.scale).toBe(1) // too big to read fitted: it starts at 1:1
      pz.fit()
      expect(pz.view).toEqual(fitView(p, { width: 800, height: 600 }))
    })

    it('zooms with the wheel about the pointer, faster for a wheel counting lines', () => {
      const pz = canvas()
      const at = { x: 200, y: 150 }
      const under = { x: pz.view.x + at.x / pz.view.scale, y: pz.view.y + at.y / pz.view.scale }
      const scale = pz.view.scale
      pz.wheel(-100, false, at)
      expect(pz.view.scale).toBeCloseTo(scale * Math.exp(0.15))
      expect(toScreen(pz.view, under).x).toBeCloseTo(at.x)
      expect(toScreen(pz.view, under).y).toBeCloseTo(at.y)
      pz.wheel(3, true, at)
      expect(pz.view.scale).toBeCloseTo(scale * Math.exp(0.15) * Math.exp(-0.15))
    })
  })

  describe('keys', () => {
    it('pans with the arrow keys: → shows what lies to the right', () => {
      const pz = canvas()
      const { x, y, scale } = pz.view
      expect(pz.key('ArrowRight')).toBe(true)
      expect(pz.view.x).toBeCloseTo(x + PAN_STEP / scale)
      pz.key('ArrowLeft')
      pz.key('ArrowDown')
      expect(pz.view.x).toBeCloseTo(x)
      expect(pz.view.y).toBeCloseTo(y + PAN_STEP / scale)
      pz.key('ArrowUp')
      expect(pz.view.y).toBeCloseTo(y)
    })

    it('zooms with + and = in, - and _ out, and fits with 0; other keys are left to the page', () => {
      const pz = canvas()
      const fitted = pz.view
      for (const key of ['+', '=']) {
        const scale = pz.view.scale
        expect(pz.key(key)).toBe(true)
        expect(pz.view.scale).toBeCloseTo(scale * ZOOM_STEP)
      }
      for (const key of ['-', '_']) {
        const scale = pz.view.scale
        expect(pz.key(key)).toBe(true)
        expect(pz.view.scale).toBeCloseTo(scale / ZOOM_STEP)
      }
      pz.key('ArrowLeft')
      expect(pz.key('0')).toBe(true)
      expect(pz.view).toEqual(fitted)
      expect(pz.key('a')).toBe(false)
      expect(pz.key('Enter')).toBe(false)
      expect(pz.view).toEqual(fitted)
    })
  })

  describe('dragging', () => {
    it('becomes a drag past a few pixels, then pans with the pointer', () => {
      const pz = canvas()
      const start = pz.view
      pz.hovered = node(0, 0)
      pz.press(100, 100, 1)
      expect(pz.move(100 + DRAG_SLOP - 1, 100, 1)).toBe(false)
      expect(pz.view).toEqual(start)
      expect(pz.move(110, 100, 1)).toBe(true) // the drag starts: the canvas captures the pointer
      expect(pz.hovered).toBeUndefined()
      expect(pz.view.x).toBeCloseTo(start.x - 10 / start.scale)
      expect(pz.move(110, 130, 1)).toBe(false) // still dragging, not starting again
      expect(pz.view.y).toBeCloseTo(start.y - 30 / start.scale)
    })

    it('ignores other pointers, and moves after the button is up', () => {
      const pz = canvas()
      const start = pz.view
      pz.press(100, 100, 1)
      expect(pz.move(200, 200, 2)).toBe(false)
      pz.release()
      expect(pz.move(200, 200, 1)).toBe(false)
      expect(pz.view).toEqual(start)
    })

    it('a click that ends a drag opens nothing; the next click does', () => {
      const pz = canvas()
      pz.press(100, 100, 1)
      pz.move(150, 100, 1)
      pz.release()
      expect(pz.click()).toBe(false)
      expect(pz.click()).toBe(true)
      pz.press(100, 100, 1)
      pz.release()
      expect(pz.click()).toBe(true)
    })
  })

  describe('focus and labels', () => {
    it('labels a focused node, and centres it only when it lies outside the box', () => {
      const pz = new PanZoom()
      pz.width = 800
      pz.height = 600
      const inside = node(100, 100)
      pz.focus(inside)
      expect(pz.hovered).toBe(inside)
      expect(pz.view).toEqual({ x: 0, y: 0, scale: 1 })
      const outside = node(2000, 1000)
      pz.focus(outside)
      expect(pz.view).toEqual({ x: 2050 - 400, y: 1014 - 300, scale: 1 })
    })

    it('puts the label above the node, or below it near the top, and keeps it off the sides', () => {
      const pz = new PanZoom()
      pz.width = 800
      pz.height = 600
      expect(pz.tip).toBeUndefined()
      pz.hovered = node(300, 200)
      expect(pz.tip).toEqual({ left: 350, top: 200, below: false })
      pz.hovered = node(300, 50)
      expect(pz.tip).toEqual({ left: 350, top: 78, below: true })
      pz.hovered = node(0, 200)
      expect(pz.tip?.left).toBe(160)
      pz.hovered = node(760, 200)
      expect(pz.tip?.left).toBe(640)
    })
  })
})
