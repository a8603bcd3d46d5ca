// Pan and zoom arithmetic: fitting, the first view of a large picture, zooming about a point, panning.
import { describe, expect, it } from 'vitest'
import {
  fitView,
  FIT_MAX_SCALE,
  initialView,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  toScreen,
  viewBox,
  zoomAt,
} from '../../../src/lib/graph/viewport'

const screen = { width: 800, height: 600 }

describe('fitView', () => {
  it('shows all of a large picture, centred', () => {
    const view = fitView({ width: 1600, height: 600 }, screen)
    expect(view.scale).toBe(0.5)
    // 800 screen pixels are 1600 picture units across; 600 pixels are 1200 units down, the picture centred in them.
    expect(viewBox(view, screen)).toBe('0 -300 1600 1200')
  })

  it('enlarges a small picture only a little', () => {
    expect(fitView({ width: 100, height: 50 }, screen).scale).toBe(FIT_MAX_SCALE)
  })

  it('keeps to the smallest zoom for a huge picture', () => {
    expect(fitView({ width: 10, height: 1_000_000 }, screen).scale).toBe(MIN_SCALE)
  })
})

describe('initialView', () => {
  it('is the fitted view when that stays readable', () => {
    const picture = { width: 700, height: 500 }
    expect(initialView(picture, screen)).toEqual(fitView(picture, screen))
  })

  it('starts a tall picture at 1:1 at its top, centred across', () => {
    expect(initialView({ width: 600, height: 12_000 }, screen)).toEqual({ x: -100, y: 0, scale: 1 })
  })

  it('starts a wide and tall picture at its top-left corner', () => {
    expect(initialView({ width: 5000, height: 12_000 }, screen)).toEqual({ x: 0, y: 0, scale: 1 })
  })
})

describe('zoomAt and panBy', () => {
  it('keeps the point under the cursor in place while zooming', () => {
    const view = { x: 100, y: 50, scale: 1 }
    const at = { x: 200, y: 150 }
    const before = { x: view.x + at.x / view.scale, y: view.y + at.y / view.scale }
    const zoomed = zoomAt(view, 2, at)
    expect(zoomed.scale).toBe(2)
    expect(toScreen(zoomed, before)).toEqual(at)
  })

  it('stays within the zoom limits', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 3 }, 10, { x: 0, y: 0 }).scale).toBe(MAX_SCALE)
    expect(zoomAt({ x: 0, y: 0, scale: 0.05 }, 0.001, { x: 0, y: 0 }).scale).toBe(MIN_SCALE)
  })

  it('moves the picture with the pointer, in screen pixels', () => {
    expect(panBy({ x: 100, y: 100, scale: 2 }, 40, -20)).toEqual({ x: 80, y: 110, scale: 2 })
  })
})
