// The matrix grid's keys: arrows, Home/End (with Ctrl or ⌘ to the corners), Page Up/Down, and Enter or Space to
// choose; a move past the edge stops at the last cell once the grid clamps it.
import { describe, expect, it } from 'vitest'
import { gridKey } from '../../../src/lib/matrix/grid-keys'
import { GridWindow } from '../../../src/lib/matrix/grid-window.svelte'

const space = { rows: 50, columns: 8, page: 13 }
const at = { r: 20, c: 3 }
const move = (key: string, ctrl = false) => {
  const action = gridKey(key, ctrl, at, space)
  return action?.kind === 'move' ? action.to : action
}

describe(gridKey, () => {
  it('moves one cell with the arrow keys', () => {
    expect(move('ArrowUp')).toEqual({ r: 19, c: 3 })
    expect(move('ArrowDown')).toEqual({ r: 21, c: 3 })
    expect(move('ArrowLeft')).toEqual({ r: 20, c: 2 })
    expect(move('ArrowRight')).toEqual({ r: 20, c: 4 })
  })

  it('moves a page of rows with Page Up and Page Down', () => {
    expect(move('PageUp')).toEqual({ r: 7, c: 3 })
    expect(move('PageDown')).toEqual({ r: 33, c: 3 })
  })

  it('goes to the ends of the row with Home and End, to the corners with Ctrl or ⌘', () => {
    expect(move('Home')).toEqual({ r: 20, c: 0 })
    expect(move('End')).toEqual({ r: 20, c: 7 })
    expect(move('Home', true)).toEqual({ r: 0, c: 0 })
    expect(move('End', true)).toEqual({ r: 49, c: 7 })
  })

  it('chooses the cell with Enter or Space, and leaves other keys alone', () => {
    expect(gridKey('Enter', false, at, space)).toEqual({ kind: 'choose' })
    expect(gridKey(' ', false, at, space)).toEqual({ kind: 'choose' })
    expect(gridKey('a', false, at, space)).toBeUndefined()
    expect(gridKey('Tab', false, at, space)).toBeUndefined()
  })

  it('stops at the edges once the grid keeps the move inside it', () => {
    const grid = new GridWindow(() => ({ rows: 50, columns: 8, services: false }))
    const edge = (key: string, from: { r: number; c: number }) => {
      const action = gridKey(key, false, from, space)
      return action?.kind === 'move' ? grid.clamp(action.to) : undefined
    }
    expect(edge('ArrowUp', { r: 0, c: 0 })).toEqual({ r: 0, c: 0 })
    expect(edge('ArrowLeft', { r: 0, c: 0 })).toEqual({ r: 0, c: 0 })
    expect(edge('ArrowRight', { r: 49, c: 7 })).toEqual({ r: 49, c: 7 })
    expect(edge('PageUp', { r: 5, c: 2 })).toEqual({ r: 0, c: 2 })
    expect(edge('PageDown', { r: 45, c: 2 })).toEqual({ r: 49, c: 2 })
  })
})
