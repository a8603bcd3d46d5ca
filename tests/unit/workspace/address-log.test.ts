import { describe, expect, it } from 'vitest'
import { addressWrittenAt, fingerprint, noteAddress } from '../../../src/lib/workspace/address-log'
import { memoryStorage } from './memory-storage'

describe('the addresses this tab wrote', () => {
  it('knows when it wrote an address, and not a link it never wrote', () => {
    const storage = memoryStorage()
    noteAddress(storage, 'zAAAA', 10)
    noteAddress(storage, 'zBBBB', 20)
    expect(addressWrittenAt(storage, 'zAAAA')).toBe(10)
    expect(addressWrittenAt(storage, 'zBBBB')).toBe(20)
    expect(addressWrittenAt(storage, 'zCCCC')).toBeUndefined()
    expect(addressWrittenAt(storage, '')).toBeUndefined()
  })

  it('takes the latest time for an address written again, and keeps only the latest few', () => {
    const storage = memoryStorage()
    noteAddress(storage, 'zA', 1)
    noteAddress(storage, 'zA', 5)
    expect(addressWrittenAt(storage, 'zA')).toBe(5)
    for (let i = 0; i < 20; i++) noteAddress(storage, `z${i}`, 100 + i)
    expect(addressWrittenAt(storage, 'zA')).toBeUndefined()
    expect(addressWrittenAt(storage, 'z19')).toBe(119)
  })

  it('tells fragments apart that differ in one character', () => {
    expect(fingerprint('zabc')).not.toBe(fingerprint('zabd'))
    expect(fingerprint('zabc')).toBe(fingerprint('zabc'))
  })

  it('never throws: no storage, a full storage, unreadable text', () => {
    expect(() => noteAddress(undefined, 'zA')).not.toThrow()
    const full = memoryStorage()
    full.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    expect(() => noteAddress(full, 'zA')).not.toThrow()
    const broken = memoryStorage()
    broken.map.set('iam-playground:addresses', '{oops')
    expect(addressWrittenAt(broken, 'zA')).toBeUndefined()
  })
})
