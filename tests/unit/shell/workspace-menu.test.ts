import { describe, expect, it } from 'vitest'
import { cleanName, nextAfterDelete, workspaceMenuItems } from '../../../src/lib/shell/workspace-menu'

const ws = (id: string, name: string, updatedAt: number) => ({ id, name, updatedAt })

describe(workspaceMenuItems, () => {
  it('lists the most recently changed first and marks the open one', () => {
    const items = workspaceMenuItems([ws('a', 'Old', 1), ws('b', 'New', 3), ws('c', 'Mid', 2)], 'c')
    expect(items.map((i) => [i.id, i.current])).toEqual([
      ['b', false],
      ['c', true],
      ['a', false],
    ])
  })

  it('breaks ties by name, then id', () => {
    const items = workspaceMenuItems([ws('2', 'Beta', 5), ws('1', 'Alpha', 5), ws('0', 'Alpha', 5)], undefined)
    expect(items.map((i) => i.id)).toEqual(['0', '1', '2'])
  })

  it('does not reorder its input', () => {
    const list = [ws('a', 'A', 1), ws('b', 'B', 2)]
    workspaceMenuItems(list, 'a')
    expect(list.map((w) => w.id)).toEqual(['a', 'b'])
  })

  it('marks nothing when no stored workspace is open', () => {
    expect(workspaceMenuItems([ws('a', 'A', 1)], '').every((i) => !i.current)).toBe(true)
  })
})

describe(nextAfterDelete, () => {
  it('is the newest other workspace', () => {
    expect(nextAfterDelete([ws('a', 'A', 9), ws('b', 'B', 3), ws('c', 'C', 5)], 'a')).toBe('c')
  })

  it('is undefined when the deleted one was the last', () => {
    expect(nextAfterDelete([ws('a', 'A', 9)], 'a')).toBeUndefined()
  })
})

describe(cleanName, () => {
  it('collapses and trims white space', () => {
    expect(cleanName('  My \t team\nsandbox ')).toBe('My team sandbox')
  })

  it('is undefined for a blank name', () => {
    expect(cleanName(' \n ')).toBeUndefined()
  })
})
