import { describe, expect, it } from 'vitest'
import {
  mirroredView,
  mirrorView,
  newestView,
  parsePageView,
  sameView,
  type PageView,
} from '../../../src/lib/workspace/page-view'
import { memoryStorage } from './memory-storage'

const REQUEST = {
  principal: 'user/jiwoo',
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::b/k'],
  environment: { mfa: false },
  context: {},
}

function view(at: number, patch: Partial<PageView> = {}): PageView {
  return { workspace: 'ws-1', at, request: REQUEST, open: { slot: 'managed', policy: 'ReadOnly' }, ...patch }
}

describe(parsePageView, () => {
  it('reads back a stored view', () => {
    const stored = view(5, { view: 'graph' })
    expect(parsePageView(JSON.parse(JSON.stringify(stored)))).toEqual(stored)
  })

  it('refuses a malformed view: no workspace, a bad time, a bad request, a bad open policy or view', () => {
    expect(parsePageView(undefined)).toBeUndefined()
    expect(parsePageView('ws-1')).toBeUndefined()
    expect(parsePageView({ ...view(1), workspace: '' })).toBeUndefined()
    expect(parsePageView({ ...view(1), at: 'now' })).toBeUndefined()
    expect(parsePageView({ ...view(1), request: { principal: 3 } })).toBeUndefined()
    expect(parsePageView({ ...view(1), open: { slot: 'nowhere' } })).toBeUndefined()
    expect(parsePageView({ ...view(1), view: '<script>' })).toBeUndefined()
    expect(parsePageView(JSON.parse('{"workspace":"ws-1","at":1,"request":{"__proto__":{}}}'))).toBeUndefined()
  })
})

describe(newestView, () => {
  it('takes the later one, whichever side it is on', () => {
    expect(newestView(view(1), view(2))?.at).toBe(2)
    expect(newestView(view(3), view(2))?.at).toBe(3)
    expect(newestView(undefined, view(2))?.at).toBe(2)
    expect(newestView(view(1), undefined)?.at).toBe(1)
    expect(newestView(undefined, undefined)).toBeUndefined()
  })
})

describe(sameView, () => {
  it('compares what is shown, not when', () => {
    expect(sameView(view(1), view(2))).toBe(true)
    expect(sameView(view(1), view(1, { view: 'graph' }))).toBe(false)
    expect(sameView(view(1), view(1, { workspace: 'ws-2' }))).toBe(false)
    expect(sameView(undefined, view(1))).toBe(false)
    expect(sameView(undefined, undefined)).toBe(true)
  })
})

describe('the view mirrored in localStorage', () => {
  it('round-trips, and the last one mirrored wins', () => {
    const storage = memoryStorage()
    mirrorView(storage, view(1))
    mirrorView(storage, view(2, { view: 'matrix' }))
    expect(mirroredView(storage)).toEqual(view(2, { view: 'matrix' }))
  })

  it('never throws: no storage, a full storage, unreadable text', () => {
    expect(() => mirrorView(undefined, view(1))).not.toThrow()
    const full = memoryStorage()
    full.setItem = () => {
      throw new Error('QuotaExceededError')
    }
    expect(() => mirrorView(full, view(1))).not.toThrow()
    const broken = memoryStorage()
    broken.map.set('iam-playground:view', '{not json')
    expect(mirroredView(broken)).toBeUndefined()
    expect(mirroredView(undefined)).toBeUndefined()
  })
})
