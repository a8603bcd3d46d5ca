// The helpers that keep a derived list the same object while its content is the same.
import { describe, expect, it, vi } from 'vitest'
import { keepSame, lastList, lastResult, sameItems } from '../../../src/lib/state/same-result'

describe(sameItems, () => {
  it('compares items in order, with === or the given comparison', () => {
    expect(sameItems(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(sameItems(['a', 'b'], ['b', 'a'])).toBe(false)
    expect(sameItems(['a'], ['a', 'b'])).toBe(false)
    expect(sameItems([{ k: 1 }], [{ k: 1 }])).toBe(false)
    expect(sameItems([{ k: 1 }], [{ k: 1 }], (x, y) => x.k === y.k)).toBe(true)
  })
})

describe(keepSame, () => {
  it('gives the previous list when the next has the same items, else the next', () => {
    const previous = ['a', 'b']
    expect(keepSame(previous, ['a', 'b'])).toBe(previous)
    const next = ['a', 'c']
    expect(keepSame(previous, next)).toBe(next)
    expect(keepSame(undefined, next)).toBe(next)
  })

  it('keeps each unchanged row object, so only the changed rows are new', () => {
    const same = (x: { k: string; v: number }, y: { k: string; v: number }) => x.k === y.k && x.v === y.v
    const previous = [
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ]
    const kept = keepSame(
      previous,
      [
        { k: 'a', v: 1 },
        { k: 'b', v: 3 },
        { k: 'c', v: 4 },
      ],
      same,
    )
    expect(kept).not.toBe(previous)
    expect(kept).toEqual([
      { k: 'a', v: 1 },
      { k: 'b', v: 3 },
      { k: 'c', v: 4 },
    ])
    expect(kept[0]).toBe(previous[0])
    expect(kept[1]).not.toBe(previous[1])
    expect(
      keepSame(
        previous,
        [
          { k: 'a', v: 1 },
          { k: 'b', v: 2 },
        ],
        same,
      ),
    ).toBe(previous)
  })
})

describe(lastResult, () => {
  it('computes again only when an input changed identity', () => {
    const compute = vi.fn((parts: { a: object; b: object }) => ({ of: parts }))
    const derive = lastResult((parts: { a: object; b: object }) => [parts.a, parts.b], compute)
    const a = {}
    const b = {}
    const first = derive({ a, b })
    expect(derive({ a, b })).toBe(first)
    expect(compute).toHaveBeenCalledTimes(1)
    expect(derive({ a, b: {} })).not.toBe(first)
    expect(compute).toHaveBeenCalledTimes(2)
  })
})

describe(lastList, () => {
  it('gives the last list when the inputs changed but the content did not', () => {
    const names = lastList(
      (list: { name: string; text: string }[]) => [list],
      (list) => list.map((e) => e.name),
    )
    const before = names([{ name: 'a', text: '1' }])
    expect(names([{ name: 'a', text: '2' }])).toBe(before)
    expect(names([{ name: 'b', text: '2' }])).toEqual(['b'])
  })
})
