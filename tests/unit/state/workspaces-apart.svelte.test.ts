// A workspace kept apart from the person's (a lesson's work): its changes go to its keeper, never to autosave, the
// workspace list or the last-workspace memory; opening any other workspace leaves it.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Workspaces } from '../../../src/lib/state/workspaces.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { scenario } from '../store/fixtures'

async function setup() {
  const backend = new MemoryBackend()
  const document: ScenarioDocument = new ScenarioDocument(scenario('First'), { save: (s) => workspaces.save(s) })
  const workspaces: Workspaces = new Workspaces(document, backend)
  await workspaces.load(scenario('Mine'), 'Mine')
  const kept: Scenario[] = []
  return { backend, document, workspaces, kept, mine: workspaces.current! }
}

describe('Workspaces.openApart', () => {
  it('sends every change to its keeper, and leaves the saved workspaces and the last one alone', async () => {
    const { backend, document, workspaces, kept, mine } = await setup()
    await workspaces.openApart(scenario('Lesson'), { id: '', name: 'Lesson: L', lesson: 'l' }, (s) => kept.push(s))
    expect(document.scenario.title).toBe('Lesson')
    expect(document.canUndo).toBe(false)
    expect(workspaces.current).toEqual({ id: '', name: 'Lesson: L', lesson: 'l' })
    expect(workspaces.unsaved).toBe(false)
    expect(workspaces.saveStatus).toBe('saved')

    const edited = scenario('Lesson', ['alice', 'jiwoo'])
    document.edit({ ok: true, scenario: edited, label: 'Add jiwoo' })
    expect(kept).toEqual([edited])
    await workspaces.flush()
    const stored = await backend.getWorkspace(mine.id)
    expect(stored?.ok && stored.workspace.scenario.title).toBe('Mine')
    expect((await backend.listWorkspaces()).map((w) => w.id)).toEqual([mine.id])
    expect(await backend.getMeta('lastWorkspaceId')).toBe(mine.id)
  })

  it("writes the person's pending edits before leaving their workspace", async () => {
    const { backend, document, workspaces, mine } = await setup()
    document.edit({ ok: true, scenario: scenario('Mine, edited'), label: 'Edit' })
    await workspaces.openApart(scenario('Lesson'), { id: '', name: 'L', lesson: 'l' }, () => {})
    const stored = await backend.getWorkspace(mine.id)
    expect(stored?.ok && stored.workspace.scenario.title).toBe('Mine, edited')
  })

  it('stops keeping once another workspace opens', async () => {
    const { document, workspaces, kept, mine } = await setup()
    await workspaces.openApart(scenario('Lesson'), { id: '', name: 'L', lesson: 'l' }, (s) => kept.push(s))
    expect(await workspaces.open(mine.id)).toBeUndefined()
    expect(workspaces.current).toEqual({ id: mine.id, name: 'Mine' })
    document.edit({ ok: true, scenario: scenario('Mine again'), label: 'Edit' })
    expect(kept).toEqual([])
    expect(workspaces.saveStatus).toBe('unsaved')
  })

  it("a scenario loaded without storing it is this page's own, whatever was open before", async () => {
    const { workspaces } = await setup()
    await workspaces.openApart(scenario('Lesson'), { id: '', name: 'L', lesson: 'l' }, () => {})
    await workspaces.load(scenario('Linked'), 'Linked', { persist: false })
    expect(workspaces.current).toEqual({ id: '', name: 'Linked' })
    expect(workspaces.unsaved).toBe(true)
  })
})
