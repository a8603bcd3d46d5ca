// One open lesson with the engine's own check: checking, solving by an edit, hints one by one, the solution as an
// undoable edit (also when the learner's changes no longer fit it), starting over, and a failing engine.
import { describe, expect, it } from 'vitest'
import { LessonSession } from '../../../src/lib/lesson/lesson-session.svelte'
import { LessonProgress } from '../../../src/lib/lesson/progress.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { addJiwooToFe1, engineCheck, lesson } from './fixtures'

const usersAndGroups = lesson('users-and-groups')

function setup(check = engineCheck) {
  const backend = new MemoryBackend()
  const document = new ScenarioDocument(structuredClone(usersAndGroups.scenario))
  const progress = new LessonProgress(backend)
  const session = new LessonSession(usersAndGroups, { document, progress, check })
  return { backend, document, progress, session }
}

describe(LessonSession, () => {
  it('checks the starting scenario: not yet solved, with each check and why', async () => {
    const { session } = setup()
    expect(session.result).toBeUndefined()
    await session.check()
    expect(session.result?.solved).toBe(false)
    expect(session.result?.results.map((r) => [r.kind, r.ok])).toEqual([
      ['request', false],
      ['request', false],
      ['request', true],
      ['request', true],
      ['user-in-group', false],
    ])
    expect(session.result?.results[0]).toMatchObject({ decision: 'ImplicitDeny', rule: { code: 'no-allow' } })
    expect(session.solved).toBe(false)
    expect(session.stale).toBe(false)
  })

  it('is solved once the learner adds jiwoo to FE1, and remembers it', async () => {
    const { backend, document, session } = setup()
    await session.check()
    document.edit(addJiwooToFe1(document.scenario))
    expect(session.stale).toBe(true)
    await session.check()
    expect(session.result?.solved).toBe(true)
    expect(session.stale).toBe(false)
    expect(session.solved).toBe(true)
    expect(await backend.lessonProgress()).toEqual([{ id: 'users-and-groups', solved: true, hints: 0 }])
  })

  it('stays solved when a later check fails', async () => {
    const { document, session } = setup()
    document.edit(addJiwooToFe1(document.scenario))
    await session.check()
    session.reset()
    await session.check()
    expect(session.result?.solved).toBe(false)
    expect(session.solved).toBe(true)
  })

  it('reveals hints one at a time, up to the last, and stores how many', async () => {
    const { backend, session } = setup()
    expect(session.hints).toEqual([])
    expect(session.moreHints).toBe(true)
    await session.revealHint()
    expect(session.hints).toEqual(usersAndGroups.hints.slice(0, 1))
    for (let i = 0; i < 5; i++) await session.revealHint()
    expect(session.hints).toEqual(usersAndGroups.hints)
    expect(session.moreHints).toBe(false)
    expect(await backend.lessonProgress()).toEqual([
      { id: 'users-and-groups', solved: false, hints: usersAndGroups.hints.length },
    ])
  })

  it('applies the solution as one undoable edit, which then checks as solved', async () => {
    const { document, session } = setup()
    const start = document.scenario
    await session.check()
    await session.showSolution()
    expect(session.result).toBeUndefined()
    expect(session.notice).toBe('The solution is applied: Undo takes it back.')
    expect(document.scenario.users?.find((u) => u.name === 'jiwoo')?.groups).toEqual(['DEV1', 'FE1'])
    expect(document.undoLabel).toBe('Show solution')
    await session.check()
    expect(session.result?.solved).toBe(true)
    document.undo()
    expect(document.scenario).toBe(start)
  })

  it("applies the solution to the starting scenario when the learner's changes do not fit it", async () => {
    const { document, session } = setup()
    // jiwoo already in FE1: appending FE1 again gives a scenario that does not load.
    document.edit(addJiwooToFe1(document.scenario))
    await session.showSolution()
    expect(session.notice).toMatch(/^Your changes did not fit the solution/)
    expect(document.scenario.users?.find((u) => u.name === 'jiwoo')?.groups).toEqual(['DEV1', 'FE1'])
    await session.check()
    expect(session.result?.solved).toBe(true)
  })

  it('starts over from the starting scenario as one undoable edit', async () => {
    const { document, session } = setup()
    document.edit(addJiwooToFe1(document.scenario))
    const edited = document.scenario
    await session.check()
    session.reset()
    expect(document.scenario).toEqual(usersAndGroups.scenario)
    expect(document.scenario).not.toBe(usersAndGroups.scenario)
    expect(session.result).toBeUndefined()
    expect(document.undoLabel).toBe('Reset lesson')
    document.undo()
    expect(document.scenario).toBe(edited)
  })

  it('reports a check that could not run, and keeps the lesson unsolved', async () => {
    const { session } = setup(() => Promise.reject(new Error('the engine took longer than 8 s and was restarted')))
    await session.check()
    expect(session.result).toBeUndefined()
    expect(session.error).toBe('the engine took longer than 8 s and was restarted')
    expect(session.solved).toBe(false)
  })
})
