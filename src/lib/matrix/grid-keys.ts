// The access matrix grid's keys, as ARIA's grid pattern has them: arrows move one cell, Home/End to the row's ends
// (with Ctrl or ⌘ to the grid's corners), Page Up/Down a page of rows; Enter or Space chooses the cell.
import type { GridAt } from './grid-window.svelte'

/** What a key does: move the tab stop to a cell (before clamping to the grid), or choose the cell it is on. */
export type GridKeyAction = { kind: 'move'; to: GridAt } | { kind: 'choose' }

/** The grid a key moves in: its size, and how many rows a page is. */
export interface GridKeySpace {
  rows: number
  columns: number
  page: number
}

/** What `key` does on cell `at` (`ctrl`: Ctrl or ⌘ held); undefined for keys the grid leaves alone. */
export function gridKey(key: string, ctrl: boolean, at: GridAt, space: GridKeySpace): GridKeyAction | undefined {
  const to = (r: number, c: number): GridKeyAction => ({ kind: 'move', to: { r, c } })
  switch (key) {
    case 'ArrowUp':
      return to(at.r - 1, at.c)
    case 'ArrowDown':
      return to(at.r + 1, at.c)
    case 'ArrowLeft':
      return to(at.r, at.c - 1)
    case 'ArrowRight':
      return to(at.r, at.c + 1)
    case 'PageUp':
      return to(at.r - space.page, at.c)
    case 'PageDown':
      return to(at.r + space.page, at.c)
    case 'Home':
      return ctrl ? to(0, 0) : to(at.r, 0)
    case 'End':
      return ctrl ? to(space.rows - 1, space.columns - 1) : to(at.r, space.columns - 1)
    case 'Enter':
    case ' ':
      return { kind: 'choose' }
    default:
      return undefined
  }
}
