import { describe, expect, it } from 'vitest'
import { exampleScenario } from '../../../src/engine/index'
import { keepUnsaved, takeUnsaved, type SyncStorage } from '../../../src/lib/workspace/rescue'
import { memoryStorage } from './memory-storage'

describe('unsaved edits kept on the way out', () => {
  it('round-trips a scenario once, then it is gone', () => {
    const storage = memoryStorage()
    keepUnsaved(storage, 'ws1', exampleScenario())
    expect(takeUnsaved(storage, 'ws1')).toEqual(exampleScenario())
    expect(takeUnsaved(storage, 'ws1')).toBeUndefined()
  })

  it('keeps workspaces apart', () => {
    const storage = memoryStorage()
    keepUnsaved(storage, 'ws1', exampleScenario())
    expect(takeUnsaved(storage, 'ws2')).toBeUndefined()
  })

  it('never throws: no storage, a full storage, unreadable text', () => {
    expect(() => keepUnsaved(undefined, 'x', exampleScenario())).not.toThrow()
    const full: SyncStorage = {
      getItem: () => '{not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
      removeItem: () => {},
    }
    expect(() => keepUnsaved(full, 'x', exampleScenario())).not.toThrow()
    expect(takeUnsaved(full, 'x')).toBeUndefined()
  })
})
