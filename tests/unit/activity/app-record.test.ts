// AppState's activity log: explicit runs are recorded, automatic re-evaluation is not; recording is no undo step,
// undo and redo keep what was recorded since; clearing is an undoable edit; the log is capped and autosaved.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  ACTIVITY_LIMIT,
  exampleScenario,
  simulate,
  type ActivityEvent,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'
import { AppState, type EngineCalls } from '../../../src/lib/state/app.svelte'
import { MemoryBackend } from '../../../src/lib/store/memory'
import { clearActivity } from '../../../src/engine/scenario/edits/activity'
import { createUser } from '../../../src/engine/scenario/edits/index'

const engine: EngineCalls = {
  simulate: async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request),
}
const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'

function app(): AppState {
  const a = new AppState(exampleScenario(), engine)
  a.request = { ...a.request, principal: 'user/alice', actions: ['s3:GetObject'], resources: [OBJECT] }
  return a
}

const names = (a: AppState) => (a.scenario.activity ?? []).map((e) => e.eventName)

afterEach(() => {
  vi.useRealTimers()
})

describe('recording in AppState', () => {
  it('records an explicit run, one record per answer, at the clock', async () => {
    const a = app()
    await a.evaluate()
    expect(a.scenario.activity).toBeUndefined()
    a.request = { ...a.request, actions: ['s3:GetObject', 's3:PutObject'] }
    await a.evaluate({ record: true })
    expect(names(a)).toEqual(['GetObject', 'PutObject'])
    expect(a.scenario.activity!.map((e) => e.eventTime)).toEqual(['2024-05-01T12:00:00Z', '2024-05-01T12:00:00.001Z'])
    expect(a.scenario.activity![1]!.errorCode).toBe('AccessDenied')
    // The request form's own environment (here, another region) is the request's.
    a.request = {
      ...a.request,
      actions: ['s3:GetObject'],
      environment: { ...a.request.environment, region: 'eu-west-1' },
    }
    await a.evaluate({ record: true })
    expect(a.scenario.activity![2]!.awsRegion).toBe('eu-west-1')
  })

  it('does not record the re-evaluation that follows a change', async () => {
    vi.useFakeTimers()
    const a = app()
    a.setRequest({ actions: ['s3:ListBucket'] })
    await vi.advanceTimersByTimeAsync(200)
    expect(a.result).toBeDefined()
    expect(a.scenario.activity).toBeUndefined()
  })

  it('is no undo step, and leaves what the editor shows alone', async () => {
    const a = app()
    const revision = a.revision
    await a.evaluate({ record: true })
    expect(a.canUndo).toBe(false)
    expect(a.revision).toBe(revision)
  })

  it('keeps the log when a policy edit is undone and redone', async () => {
    const a = app()
    await a.evaluate({ record: true })
    a.openPolicy({ slot: 'trust', role: 'Deployer' })
    a.setPolicyText('{"Version":"2012-10-17","Statement":[]}')
    await a.evaluate({ record: true })
    a.undo()
    expect(names(a)).toEqual(['GetObject', 'GetObject'])
    expect(a.editorDoc?.text).toContain('MultiFactorAuthPresent')
    await a.evaluate({ record: true })
    a.redo()
    expect(a.editorDoc?.text).toBe('{"Version":"2012-10-17","Statement":[]}')
    expect(a.scenario.activity).toHaveLength(3)
    a.undo()
    expect(a.scenario.activity).toHaveLength(3)
  })

  it('keeps records made between two undone edits', async () => {
    const a = app()
    a.edit(createUser(a.scenario, { name: 'zoe' }))
    await a.evaluate({ record: true })
    a.edit(createUser(a.scenario, { name: 'yan' }))
    await a.evaluate({ record: true })
    a.undo()
    a.undo()
    expect(a.scenario.users?.some((u) => u.name === 'zoe')).toBe(false)
    expect(a.scenario.activity).toHaveLength(2)
  })

  it('clears the log as an edit that undo brings back, keeping later records', async () => {
    const a = app()
    await a.evaluate({ record: true })
    await a.evaluate({ record: true })
    expect(a.edit(clearActivity(a.scenario))).toBeUndefined()
    expect(a.scenario.activity).toBeUndefined()
    expect(a.undoLabel).toBe('Clear the activity log')
    await a.evaluate({ record: true })
    a.undo()
    expect(a.scenario.activity).toHaveLength(3)
    await a.evaluate({ record: true })
    a.redo()
    // The cleared records stay cleared; the two made after the clear remain.
    expect(a.scenario.activity).toHaveLength(2)
  })

  it('drops the oldest records beyond the cap', () => {
    const a = app()
    const e = (n: number) => ({ eventID: `e${n}`, eventTime: '2024-05-01T12:00:00Z' }) as ActivityEvent
    a.record(Array.from({ length: ACTIVITY_LIMIT }, (_, n) => e(n)))
    a.record([e(ACTIVITY_LIMIT), e(ACTIVITY_LIMIT + 1)])
    expect(a.scenario.activity).toHaveLength(ACTIVITY_LIMIT)
    expect(a.scenario.activity![0]!.eventID).toBe('e2')
    expect(a.scenario.activity!.at(-1)!.eventID).toBe(`e${ACTIVITY_LIMIT + 1}`)
  })

  it('autosaves the log like any change', async () => {
    const backend = new MemoryBackend()
    const a = new AppState(exampleScenario(), engine, backend)
    await a.load(exampleScenario(), 'W')
    a.request = { ...a.request, principal: 'user/alice', actions: ['s3:GetObject'], resources: [OBJECT] }
    await a.evaluate({ record: true })
    expect(a.saveStatus).not.toBe('saved')
    await a.flush()
    const stored = await backend.getWorkspace(a.workspace!.id)
    expect(stored?.ok && stored.workspace.scenario.activity?.map((e) => e.eventName)).toEqual(['GetObject'])
  })
})
