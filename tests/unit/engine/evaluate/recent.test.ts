// The bounded caches of compiled policies: they keep what was used recently and forget the rest in bulk.
import { describe, expect, it } from 'vitest'
import { RecentMap } from '../../../../src/engine/evaluate/recent'

describe(RecentMap, () => {
  it('holds what was set, until the recent generation fills twice', () => {
    const m = new RecentMap<string, number>(2)
    m.set('a', 1)
    m.set('b', 2)
    m.set('c', 3) // `a` and `b` become the older generation
    expect([m.get('a'), m.get('b'), m.get('c')]).toEqual([1, 2, 3])
    expect(m.size).toBe(3)
  })

  it('forgets entries nobody read for two generations, and never holds more than twice its limit', () => {
    const m = new RecentMap<number, number>(3)
    for (let i = 0; i < 100; i++) m.set(i, i)
    expect(m.size).toBeLessThanOrEqual(6)
    expect(m.get(0)).toBeUndefined()
    expect(m.get(99)).toBe(99)
  })

  it('keeps an entry that is read again', () => {
    const m = new RecentMap<string, number>(2)
    m.set('kept', 1)
    m.set('x', 2)
    m.set('y', 3) // `kept` is now in the older generation
    expect(m.get('kept')).toBe(1) // read: recent again
    m.set('z', 4)
    m.set('w', 5)
    expect(m.get('kept')).toBe(1)
    expect(m.get('x')).toBeUndefined()
  })

  it('deletes from either generation and reports whether the key was there', () => {
    const m = new RecentMap<string, number>(1)
    m.set('a', 1)
    m.set('b', 2)
    expect(m.delete('a')).toBe(true)
    expect(m.delete('a')).toBe(false)
    expect(m.delete('b')).toBe(true)
    expect(m.size).toBe(0)
  })

  it('updates a key in place without counting it twice', () => {
    const m = new RecentMap<string, number>(2)
    m.set('a', 1)
    m.set('a', 2)
    expect(m.get('a')).toBe(2)
    expect(m.size).toBe(1)
  })
})
