// The access matrix grid's window onto its cells: which rows and columns are rendered for the scroll position and
// box size (plus a margin), which cell holds the one tab stop, and where to scroll to bring a cell into view. The
// grid component measures and scrolls the box; this class does the arithmetic, so it is tested in Node.

/** The height of a row and the width of the sticky row headers (pixels). */
export const ROW_H = 26
export const HEAD_W = 230
/** Rows and columns rendered beyond the visible ones on each side. */
export const MARGIN = 4

/** A cell of the grid: its position among the rows shown (after the filter), and its column. */
export interface GridAt {
  r: number
  c: number
}

/** What the grid holds: the rows shown, the columns, and whether the columns are services (wider, with short heads). */
export interface GridShape {
  rows: number
  columns: number
  services: boolean
}

/** A scroll position of the grid's box (pixels). */
export interface GridScroll {
  top: number
  left: number
}

/** The window of a grid whose shape `shape` gives (read anew each time, so it may follow the component's props). */
export class GridWindow {
  /** The box's scroll position, as last read from it. */
  scrollTop = $state(0)
  scrollLeft = $state(0)
  /** The box's size: zero until the first layout measures it, so the first render is small rather than a guess. */
  viewH = $state(0)
  viewW = $state(0)
  /** The cell with the tab stop. */
  active = $state<GridAt>({ r: 0, c: 0 })
  /** The cell under the pointer, described below the grid (a tooltip per cell would cost every cell an attribute). */
  hovered = $state<GridAt | undefined>(undefined)

  readonly #shape: () => GridShape

  constructor(shape: () => GridShape) {
    this.#shape = shape
  }

  /** The number of rows shown. */
  get rowCount(): number {
    return this.#shape().rows
  }

  /** The number of columns. */
  get colCount(): number {
    return this.#shape().columns
  }

  /** Column width: services are wide, actions narrow under a turned head. */
  get colW(): number {
    return this.#shape().services ? 104 : 30
  }

  /** Header height: one line for services, turned action names otherwise. */
  get headH(): number {
    return this.#shape().services ? 34 : 150
  }

  /** The rendered rows and columns, `first` included and `last` excluded. */
  firstRow = $derived(Math.max(0, Math.floor(this.scrollTop / ROW_H) - MARGIN))
  lastRow = $derived(Math.min(this.rowCount, Math.ceil((this.scrollTop + this.viewH) / ROW_H) + MARGIN))
  firstCol = $derived(Math.max(0, Math.floor(this.scrollLeft / this.colW) - MARGIN))
  lastCol = $derived(Math.min(this.colCount, Math.ceil((this.scrollLeft + this.viewW) / this.colW) + MARGIN))
  shownRows = $derived(range(this.firstRow, this.lastRow))
  shownCols = $derived(range(this.firstCol, this.lastCol))

  /** The tab stop stays on a rendered cell: the active one, else the first in view. */
  tabStop = $derived<GridAt>(this.#rendered(this.active) ? this.active : { r: this.firstRow, c: this.firstCol })

  /** How many rows Page Up and Page Down move: the rows in view under the header, less one (at least one). */
  page = $derived(Math.max(1, Math.floor((this.viewH - this.headH) / ROW_H) - 1))

  /** The box was scrolled (or measured) to this position. */
  scrolled = (top: number, left: number): void => {
    this.scrollTop = top
    this.scrollLeft = left
  }

  /** A new run or filter: the tab stop and the scroll position go back to the top left. */
  reset = (): void => {
    this.active = { r: 0, c: 0 }
    this.scrollTop = this.scrollLeft = 0
  }

  /** The cell moved to `at`, kept inside the grid; undefined when the grid has no cells. */
  clamp(at: GridAt): GridAt | undefined {
    if (this.rowCount === 0 || this.colCount === 0) return undefined
    return { r: clampTo(at.r, this.rowCount - 1), c: clampTo(at.c, this.colCount - 1) }
  }

  /** Focus reached a cell (by a key, a click or Tab): it takes the tab stop. */
  focus = (at: GridAt): void => {
    if (at.r !== this.active.r || at.c !== this.active.c) this.active = at
  }

  /**
   * The scroll position that brings the cell into view from `from`, below the sticky header and right of the sticky
   * row headers: unchanged along an axis where the cell already shows, else just far enough.
   */
  scrollFor(at: GridAt, from: GridScroll): GridScroll {
    let { top, left } = from
    const y = at.r * ROW_H
    const bodyH = Math.max(ROW_H, this.viewH - this.headH)
    if (y < top) top = y
    else if (y + ROW_H > top + bodyH) top = y + ROW_H - bodyH
    const x = at.c * this.colW
    const bodyW = Math.max(this.colW, this.viewW - HEAD_W)
    if (x < left) left = x
    else if (x + this.colW > left + bodyW) left = x + this.colW - bodyW
    return { top, left }
  }

  #rendered(at: GridAt): boolean {
    return at.r >= this.firstRow && at.r < this.lastRow && at.c >= this.firstCol && at.c < this.lastCol
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i)
}

function clampTo(n: number, max: number): number {
  return Math.max(0, Math.min(max, n))
}
