// The matrix grid's window: which rows and columns are rendered for a scroll position and box size, where the one
// tab stop sits, how far a page is, and where to scroll so a cell shows below the sticky header and row heads.
import { describe, expect, it } from 'vitest'
import { GridWindow, HEAD_W, MARGIN, ROW_H, type GridShape } from '../../../src/lib/matrix/grid-window.svelte'

/** A 1,000 × 200 grid of actions (or `shape`) in a 520 × 830 box. */
function grid(shape: Partial<GridShape> = {}, box = { h: 520, w: 830 }): GridWindow {
  const g = new GridWindow(() => ({ rows: 1000, columns: 200, services: false, ...shape }))
  g.viewH = box.h
  g.viewW = box.w
  return g
}

describe(GridWindow, () => {
  it('renders a few rows and columns before the box is measured, not a guess at its size', () => {
    const g = grid({}, { h: 0, w: 0 })
    expect(g.shownRows).toEqual([0, 1, 2, 3])
    expect(g.shownCols).toEqual([0, 1, 2, 3])
  })

  it('renders the rows and columns in view and a margin of four beyond them', () => {
    const g = grid()
    // 520 px are 20 rows of 26 px; 830 px are 27.7 action columns of 30 px.
    expect([g.firstRow, g.lastRow]).toEqual([0, 20 + MARGIN])
    expect([g.firstCol, g.lastCol]).toEqual([0, 28 + MARGIN])
    g.scrolled(100 * ROW_H, 50 * 30)
    expect([g.firstRow, g.lastRow]).toEqual([100 - MARGIN, 120 + MARGIN])
    expect([g.firstCol, g.lastCol]).toEqual([50 - MARGIN, 78 + MARGIN])
    expect(g.shownRows).toHaveLength(28)
    expect(g.shownRows[0]).toBe(96)
    expect(g.shownCols.at(-1)).toBe(81)
  })

  it('stops at the last row and column', () => {
    const g = grid({ rows: 30, columns: 10 })
    g.scrolled(25 * ROW_H, 0)
    expect([g.firstRow, g.lastRow]).toEqual([21, 30])
    expect([g.firstCol, g.lastCol]).toEqual([0, 10])
    expect(grid({ rows: 0, columns: 0 }).shownRows).toEqual([])
  })

  it('makes service columns wide under a one-line head, action columns narrow under a turned one', () => {
    const services = grid({ services: true })
    expect([services.colW, services.headH]).toEqual([104, 34])
    expect(services.lastCol).toBe(8 + MARGIN) // 830 / 104 = 7.98
    const actions = grid()
    expect([actions.colW, actions.headH]).toEqual([30, 150])
  })

  it('keeps the tab stop on the active cell while it is rendered, else on the first cell rendered', () => {
    const g = grid()
    g.active = { r: 10, c: 5 }
    expect(g.tabStop).toEqual({ r: 10, c: 5 })
    g.scrolled(500 * ROW_H, 100 * 30)
    expect(g.tabStop).toEqual({ r: 496, c: 96 })
    g.scrolled(0, 0)
    expect(g.tabStop).toEqual({ r: 10, c: 5 })
  })

  it('takes the tab stop to a cell focused, and back to the top left on reset', () => {
    const g = grid()
    g.scrolled(300, 40)
    g.focus({ r: 7, c: 3 })
    expect(g.active).toEqual({ r: 7, c: 3 })
    g.reset()
    expect(g.active).toEqual({ r: 0, c: 0 })
    expect([g.scrollTop, g.scrollLeft]).toEqual([0, 0])
  })

  it('pages by the rows in view under the header, less one, and at least one', () => {
    // (520 - 150) / 26 = 14.2 rows under the turned action heads.
    expect(grid().page).toBe(13)
    expect(grid({ services: true }).page).toBe(17) // (520 - 34) / 26 = 18.7
    expect(grid({}, { h: 160, w: 830 }).page).toBe(1)
    expect(grid({}, { h: 0, w: 0 }).page).toBe(1)
  })

  it('keeps a move inside the grid, and has nowhere to move in an empty one', () => {
    const g = grid({ rows: 5, columns: 3 })
    expect(g.clamp({ r: -1, c: 7 })).toEqual({ r: 0, c: 2 })
    expect(g.clamp({ r: 9, c: -4 })).toEqual({ r: 4, c: 0 })
    expect(g.clamp({ r: 2, c: 1 })).toEqual({ r: 2, c: 1 })
    expect(grid({ rows: 0 }).clamp({ r: 0, c: 0 })).toBeUndefined()
    expect(grid({ columns: 0 }).clamp({ r: 0, c: 0 })).toBeUndefined()
  })

  describe('scrolling a cell into view', () => {
    // The body shows 520 - 150 = 370 px of rows under the header and 830 - 230 = 600 px of columns beside the heads.
    const g = grid()
    const from = { top: 10 * ROW_H, left: 20 * 30 }

    it('leaves the scroll alone for a cell in view', () => {
      expect(g.scrollFor({ r: 12, c: 25 }, from)).toEqual(from)
    })

    it('scrolls up or left to a cell before the view, to its top or left edge', () => {
      expect(g.scrollFor({ r: 3, c: 25 }, from)).toEqual({ top: 3 * ROW_H, left: from.left })
      expect(g.scrollFor({ r: 12, c: 2 }, from)).toEqual({ top: from.top, left: 2 * 30 })
    })

    it('scrolls down or right just far enough for a cell past the view', () => {
      const below = g.scrollFor({ r: 40, c: 25 }, from)
      expect(below.top).toBe(41 * ROW_H - (520 - 150))
      expect(below.left).toBe(from.left)
      const right = g.scrollFor({ r: 12, c: 60 }, from)
      expect(right.left).toBe(61 * 30 - (830 - HEAD_W))
    })

    it('treats a box smaller than a cell as one cell high and wide', () => {
      const tiny = grid({}, { h: 100, w: 100 })
      expect(tiny.scrollFor({ r: 5, c: 5 }, { top: 0, left: 0 })).toEqual({ top: 5 * ROW_H, left: 5 * 30 })
    })
  })
})
