import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/scenario/model'
import {
  addUserToGroup,
  createGroup,
  createUser,
  type EditResult,
  setTrustPolicy,
} from '../../../src/engine/scenario/edits/index'
import { HISTORY_LIMIT, UndoHistory } from '../../../src/lib/workspace/history'

/** Snapshots are compared by identity, so plain objects with a name are enough. */
const snap = (name: string) => ({ name })

describe(UndoHistory, () => {
  it('starts empty', () => {
    const h = new UndoHistory<{ name: string }>()
    expect([h.canUndo, h.canRedo, h.undoLabel, h.redoLabel]).toEqual([false, false, undefined, undefined])
    expect(h.undo(snap('x'))).toBeUndefined()
    expect(h.redo(snap('x'))).toBeUndefined()
  })

  it('undoes and redoes in order, with labels', () => {
    const [a, b, c] = [snap('a'), snap('b'), snap('c')]
    const h = new UndoHistory<{ name: string }>()
    h.push(a, b, 'one')
    h.push(b, c, 'two')
    expect(h.undoLabel).toBe('two')
    expect(h.undo(c)).toBe(b)
    expect([h.undoLabel, h.redoLabel]).toEqual(['one', 'two'])
    expect(h.undo(b)).toBe(a)
    expect(h.canUndo).toBe(false)
    expect(h.redo(a)).toBe(b)
    expect(h.redo(b)).toBe(c)
    expect(h.canRedo).toBe(false)
    expect(h.undoLabel).toBe('two')
  })

  it('forgets the redo steps when a new edit is pushed', () => {
    const [a, b, c] = [snap('a'), snap('b'), snap('c')]
    const h = new UndoHistory<{ name: string }>()
    h.push(a, b, 'one')
    h.undo(b)
    h.push(a, c, 'other')
    expect(h.canRedo).toBe(false)
    expect(h.undo(c)).toBe(a)
  })

  it('ignores an edit that changed nothing', () => {
    const a = snap('a')
    const h = new UndoHistory<{ name: string }>()
    h.push(a, a, 'noop')
    expect(h.canUndo).toBe(false)
  })

  it(`keeps at most ${HISTORY_LIMIT} steps, forgetting the oldest`, () => {
    const states = Array.from({ length: HISTORY_LIMIT + 2 }, (_, i) => snap(`s${i}`))
    const h = new UndoHistory<{ name: string }>()
    for (let i = 1; i < states.length; i++) h.push(states[i - 1]!, states[i]!, `step ${i}`)
    expect(h.undoDepth).toBe(HISTORY_LIMIT)
    let current = states.at(-1)!
    for (let i = 0; i < HISTORY_LIMIT; i++) current = h.undo(current)!
    expect(current).toBe(states[1])
    expect(h.canUndo).toBe(false)
  })

  it('merges text edits with the same key within a second into one step', () => {
    const [a, b, c, d] = [snap('a'), snap('b'), snap('c'), snap('d')]
    const h = new UndoHistory<{ name: string }>()
    h.push(a, b, 'Edit trust policy', { coalesceKey: 'k', time: 0 })
    h.push(b, c, 'Edit trust policy', { coalesceKey: 'k', time: 800 })
    h.push(c, d, 'Edit trust policy', { coalesceKey: 'k', time: 1700 })
    expect(h.undoDepth).toBe(1)
    expect(h.undo(d)).toBe(a)
  })

  it('starts a new step after a pause, for another key, or without a time', () => {
    const s = Array.from({ length: 5 }, (_, i) => snap(`${i}`))
    const h = new UndoHistory<{ name: string }>()
    h.push(s[0]!, s[1]!, 'x', { coalesceKey: 'k', time: 0 })
    h.push(s[1]!, s[2]!, 'x', { coalesceKey: 'k', time: 1001 })
    h.push(s[2]!, s[3]!, 'y', { coalesceKey: 'other', time: 1002 })
    h.push(s[3]!, s[4]!, 'y', { coalesceKey: 'other' })
    expect(h.undoDepth).toBe(4)
  })

  it('does not merge into a step after undo, nor across an unrecorded change', () => {
    const [a, b, c, d, e] = [snap('a'), snap('b'), snap('c'), snap('d'), snap('e')]
    const h = new UndoHistory<{ name: string }>()
    h.push(a, b, 'x', { coalesceKey: 'k', time: 0 })
    h.push(b, c, 'x', { coalesceKey: 'k', time: 10 })
    h.undo(c)
    h.push(a, d, 'x', { coalesceKey: 'k', time: 20 })
    expect(h.undoDepth).toBe(1)
    h.push(e, snap('f'), 'x', { coalesceKey: 'k', time: 30 }) // e is not where the last step ended
    expect(h.undoDepth).toBe(2)
  })

  it('can use a custom limit and window', () => {
    const h = new UndoHistory<{ name: string }>({ limit: 2, coalesceMs: 10 })
    const s = Array.from({ length: 5 }, (_, i) => snap(`${i}`))
    h.push(s[0]!, s[1]!, 'a', { coalesceKey: 'k', time: 0 })
    h.push(s[1]!, s[2]!, 'b', { coalesceKey: 'k', time: 20 })
    h.push(s[2]!, s[3]!, 'c')
    expect([h.undoDepth, h.undoLabel]).toEqual([2, 'c'])
    h.clear()
    expect([h.canUndo, h.canRedo]).toEqual([false, false])
  })
})

describe('history with edits', () => {
  const start: Scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'h',
    accounts: [{ id: '111122223333' }],
    users: [{ name: 'alice' }],
    roles: [{ name: 'Admin', trustPolicy: '' }],
  }

  /** Applies an edit and records it, as the workspace does. */
  function apply(h: UndoHistory, current: Scenario, result: EditResult, time = 0): Scenario {
    if (!result.ok) throw new Error(result.error)
    h.push(current, result.scenario, result.label, { coalesceKey: result.coalesceKey, time })
    return result.scenario
  }

  it('labels the undo menu with the edit and restores the exact earlier scenario', () => {
    const h = new UndoHistory()
    let s = apply(h, start, createGroup(start, { name: 'DEV1-INFRA' }))
    const withGroup = s
    s = apply(h, s, addUserToGroup(s, { user: 'alice', group: 'DEV1-INFRA' }))
    expect(h.undoLabel).toBe('Add alice to DEV1-INFRA')
    s = h.undo(s)!
    expect(s).toBe(withGroup)
    expect(h.redoLabel).toBe('Add alice to DEV1-INFRA')
    expect(h.undo(s)).toBe(start)
  })

  it('typing a trust policy becomes one step; a structural edit after it is another', () => {
    const h = new UndoHistory()
    let s = start
    let text = ''
    for (const [i, ch] of [...'{"Version"}'].entries()) {
      text += ch
      s = apply(h, s, setTrustPolicy(s, { role: 'Admin', document: text }), i * 100)
    }
    s = apply(h, s, createUser(s, { name: 'bob' }), 1200)
    expect(h.undoDepth).toBe(2)
    s = h.undo(s)!
    expect(s.roles?.[0]?.trustPolicy).toBe('{"Version"}')
    expect(h.undoLabel).toBe('Edit trust policy of role Admin')
    expect(h.undo(s)).toBe(start)
  })
})
