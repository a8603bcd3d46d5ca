// The scenario document alone: edits with undo and redo, refusals, the editor's revision, the append-only activity
// log, and what it tells the parts that depend on it.
import { describe, expect, it, vi } from 'vitest'
import { exampleScenario, type ActivityEvent } from '../../../src/engine/index'
import { ScenarioDocument, SETTLE_MS } from '../../../src/lib/state/document.svelte'
import { createUser, putInlinePolicy } from '../../../src/engine/scenario/edits/index'

const event = (n: number) => ({ eventID: `e${n}`, eventTime: '2024-05-01T12:00:00Z' }) as ActivityEvent

describe(ScenarioDocument, () => {
  it('applies an edit, then undoes and redoes it', () => {
    const d = new ScenarioDocument(exampleScenario())
    const before = d.scenario
    expect(d.edit(createUser(d.scenario, { name: 'zoe' }))).toBeUndefined()
    expect(d.scenario.users?.some((u) => u.name === 'zoe')).toBe(true)
    expect(d.canUndo).toBe(true)
    expect(d.undoLabel).toBeDefined()
    d.undo()
    expect(d.scenario).toBe(before)
    expect(d.canRedo).toBe(true)
    d.redo()
    expect(d.scenario.users?.some((u) => u.name === 'zoe')).toBe(true)
  })

  it('returns a refused edit as its message and changes nothing', () => {
    const d = new ScenarioDocument(exampleScenario())
    const before = d.scenario
    const name = before.users![0]!.name.toUpperCase()
    expect(d.edit(createUser(d.scenario, { name }))).toMatch(/already exists/)
    expect(d.scenario).toBe(before)
    expect(d.canUndo).toBe(false)
  })

  it('bumps the revision when the scenario changes from outside the editor, not on an edit', () => {
    const d = new ScenarioDocument(exampleScenario())
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    expect(d.revision).toBe(0)
    d.undo()
    expect(d.revision).toBe(1)
    d.start(exampleScenario())
    expect(d.revision).toBe(2)
  })

  it('records without an undo step, and undo keeps what was recorded since', () => {
    const d = new ScenarioDocument(exampleScenario())
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    d.record([event(1)])
    expect(d.canUndo).toBe(true)
    d.undo()
    expect(d.scenario.users?.some((u) => u.name === 'zoe')).toBe(false)
    expect(d.scenario.activity?.map((e) => e.eventID)).toEqual(['e1'])
    d.redo()
    expect(d.scenario.activity?.map((e) => e.eventID)).toEqual(['e1'])
  })

  it('asks to save edits, undo, redo and records, and reports changes but not records', () => {
    const save = vi.fn()
    const changed = vi.fn()
    const d = new ScenarioDocument(exampleScenario(), { save, changed })
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    d.undo()
    d.redo()
    expect(save).toHaveBeenCalledTimes(3)
    expect(changed).toHaveBeenCalledTimes(3)
    d.record([event(1)])
    expect(save).toHaveBeenCalledTimes(4)
    expect(save).toHaveBeenLastCalledWith(d.scenario)
    expect(changed).toHaveBeenCalledTimes(3)
    d.record([])
    expect(save).toHaveBeenCalledTimes(4)
  })

  it('starts over on another scenario: no history, the started hook, nothing to save', () => {
    const started = vi.fn()
    const save = vi.fn()
    const d = new ScenarioDocument(exampleScenario(), { started, save })
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    const other = exampleScenario()
    d.start(other)
    expect(d.scenario).toBe(other)
    expect(started).toHaveBeenCalledWith(other)
    expect(d.canUndo).toBe(false)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('reloads another copy of the same workspace without history, and restores kept edits as one saved step', () => {
    const started = vi.fn()
    const save = vi.fn()
    const d = new ScenarioDocument(exampleScenario(), { started, save })
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    const theirs = exampleScenario()
    d.reload(theirs)
    expect(d.scenario).toBe(theirs)
    expect(d.canUndo).toBe(false)
    expect(started).not.toHaveBeenCalled()
    expect(save).toHaveBeenCalledTimes(1)
    const kept = { ...theirs, title: 'Kept' }
    d.restore(kept, 'Restore edits made before the page closed')
    expect(d.scenario).toBe(kept)
    expect(d.undoLabel).toBe('Restore edits made before the page closed')
    expect(save).toHaveBeenLastCalledWith(kept)
  })
  it('keeps the baselines of an impact: the scenario before the last edit, undo or redo, and as opened', () => {
    const opened = exampleScenario()
    const d = new ScenarioDocument(opened)
    expect(d.lastChange).toBeUndefined()
    expect(d.previous).toBeUndefined()
    d.edit(createUser(d.scenario, { name: 'zoe' }))
    const withZoe = d.scenario
    expect(d.lastChange).toMatchObject({ before: opened, kind: 'edit' })
    expect(d.lastChange?.label).toMatch(/zoe/)
    expect(d.previous).toBe(opened)
    d.undo()
    expect(d.lastChange).toMatchObject({ before: withZoe, kind: 'undo' })
    expect(d.previous).toBeUndefined()
    d.redo()
    expect(d.lastChange).toMatchObject({ before: opened, kind: 'redo' })
    expect(d.opened).toBe(opened)
    const other = exampleScenario()
    d.start(other)
    expect(d.opened).toBe(other)
    expect(d.lastChange).toBeUndefined()
  })

  describe('settled', () => {
    const typed = (d: ScenarioDocument, text: string) =>
      d.edit(
        putInlinePolicy(d.scenario, { kind: 'user', identity: d.scenario.users![0]!.name, name: 'T', document: text }),
      )

    it('follows a burst of typing once it pauses, and any other change at once', () => {
      vi.useFakeTimers()
      try {
        const d = new ScenarioDocument(exampleScenario())
        typed(d, '') // Adds the policy: not typing, so at once.
        const start = d.scenario
        expect(d.settled).toBe(start)
        typed(d, '{')
        typed(d, '{"')
        expect(d.settled).toBe(start)
        vi.advanceTimersByTime(SETTLE_MS - 1)
        typed(d, '{"S')
        vi.advanceTimersByTime(SETTLE_MS - 1)
        expect(d.settled).toBe(start)
        vi.advanceTimersByTime(1)
        expect(d.settled).toBe(d.scenario)
        d.edit(createUser(d.scenario, { name: 'zoe' }))
        expect(d.settled).toBe(d.scenario)
        typed(d, '{"St')
        d.undo()
        expect(d.settled).toBe(d.scenario)
      } finally {
        vi.useRealTimers()
      }
    })

    it('takes records at once, but not in the middle of a burst of typing', () => {
      vi.useFakeTimers()
      try {
        const d = new ScenarioDocument(exampleScenario())
        typed(d, '')
        d.record([event(1)])
        expect(d.settled).toBe(d.scenario)
        typed(d, '{')
        const before = d.settled
        d.record([event(2)])
        expect(d.settled).toBe(before)
        vi.advanceTimersByTime(SETTLE_MS)
        expect(d.settled).toBe(d.scenario)
        expect(d.settled.activity?.map((e) => e.eventID)).toEqual(['e1', 'e2'])
      } finally {
        vi.useRealTimers()
      }
    })
  })
})
