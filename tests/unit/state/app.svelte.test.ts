// The composition root: the document's changes reach the question (re-evaluation), the workspaces (autosave) and,
// when another scenario starts, the navigation and the request form. Each part has its own tests beside this one.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { exampleScenario, simulate, type Scenario, type SimulationRequest } from '../../../src/engine/index'
import { AppState, type EngineCalls } from '../../../src/lib/state/app.svelte'
import { REEVALUATE_MS } from '../../../src/lib/state/question.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { createUser } from '../../../src/engine/scenario/edits/index'

/** The engine itself, in place of the worker. */
const engine: EngineCalls = {
  simulate: async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request),
}

afterEach(() => {
  vi.useRealTimers()
})

describe(AppState, () => {
  it('re-evaluates by itself shortly after an edit', async () => {
    vi.useFakeTimers()
    const spy = vi.fn(engine.simulate)
    const a = new AppState(exampleScenario(), { simulate: spy })
    a.document.edit(createUser(a.document.scenario, { name: 'zoe' }))
    expect(spy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(REEVALUATE_MS + 50)
    // The evaluation reads the form's fields first (without a worker, the engine's check loads on first use).
    await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1))
    await vi.waitFor(() => expect(a.question.result).toBeDefined())
  })

  it('loading a scenario without storage starts a fresh history and request, with nothing open', async () => {
    const a = new AppState(exampleScenario(), engine)
    a.document.edit(createUser(a.document.scenario, { name: 'zoe' }))
    a.navigation.select({ kind: 'organization' })
    a.navigation.openPolicy({ slot: 'trust', role: a.document.scenario.roles![0]!.name })
    a.question.request = { ...a.question.request, principal: 'user/zoe' }
    const other = { ...exampleScenario(), requests: [] }
    await a.workspaces.load(other, 'Other')
    expect(a.document.scenario).toBe(other)
    expect(a.document.canUndo).toBe(false)
    expect(a.workspaces.current?.name).toBe('Other')
    expect(a.navigation.selection).toBeUndefined()
    expect(a.navigation.target).toBeUndefined()
    expect(a.question.request.principal).toBe('')
  })

  it('autosaves edits to the open workspace', async () => {
    const backend = new MemoryBackend()
    const a = new AppState(exampleScenario(), engine, backend)
    await a.workspaces.load(exampleScenario(), 'W')
    a.document.edit(createUser(a.document.scenario, { name: 'zoe' }))
    expect(a.workspaces.saveStatus).toBe('unsaved')
    await a.workspaces.flush()
    const stored = await backend.getWorkspace(a.workspaces.current!.id)
    expect(stored?.ok && stored.workspace.scenario.users?.some((u) => u.name === 'zoe')).toBe(true)
  })
})
