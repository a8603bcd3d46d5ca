// The app's activity log (the question, the document and the workspaces together): explicit runs are recorded,
// automatic re-evaluation is not; recording is no undo step, undo and redo keep what was recorded since; clearing is
// an undoable edit; the log is capped and autosaved.
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
import { writePolicyText } from '../../../src/lib/state/policy-write'

const engine: EngineCalls = {
  simulate: async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request),
}
const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'

function app(): AppState {
  const a = new AppState(exampleScenario(), engine)
  a.question.request = {
    ...a.question.request,
    principal: 'user/alice',
    actions: ['s3:GetObject'],
    resources: [OBJECT],
  }
  return a
}

const names = (a: AppState) => (a.document.scenario.activity ?? []).map((e) => e.eventName)

afterEach(() => {
  vi.useRealTimers()
})

describe('recording in AppState', () => {
  it('records an explicit run, one record per answer, at the clock', async () => {
    const a = app()
    await a.question.evaluate()
    expect(a.document.scenario.activity).toBeUndefined()
    a.question.request = { ...a.question.request, actions: ['s3:GetObject', 's3:PutObject'] }
    await a.question.evaluate({ record: true })
    expect(names(a)).toEqual(['GetObject', 'PutObject'])
    expect(a.document.scenario.activity!.map((e) => e.eventTime)).toEqual([
      '2024-05-01T12:00:00Z',
      '2024-05-01T12:00:00.001Z',
    ])
    expect(a.document.scenario.activity![1]!.errorCode).toBe('AccessDenied')
    // The request form's own environment (here, another region) is the request's.
    a.question.request = {
      ...a.question.request,
      actions: ['s3:GetObject'],
      environment: { ...a.question.request.environment, region: 'eu-west-1' },
    }
    await a.question.evaluate({ record: true })
    expect(a.document.scenario.activity![2]!.awsRegion).toBe('eu-west-1')
  })

  it('does not record the re-evaluation that follows a change', async () => {
    vi.useFakeTimers()
    const a = app()
    a.question.setRequest({ actions: ['s3:ListBucket'] })
    await vi.advanceTimersByTimeAsync(200)
    expect(a.question.result).toBeDefined()
    expect(a.document.scenario.activity).toBeUndefined()
  })

  it('is no undo step, and leaves what the editor shows alone', async () => {
    const a = app()
    const revision = a.document.revision
    await a.question.evaluate({ record: true })
    expect(a.document.canUndo).toBe(false)
    expect(a.document.revision).toBe(revision)
  })

  it('keeps the log when a policy edit is undone and redone', async () => {
    const a = app()
    await a.question.evaluate({ record: true })
    a.navigation.openPolicy({ slot: 'trust', role: 'Deployer' })
    writePolicyText(a.document, a.navigation.target, '{"Version":"2012-10-17","Statement":[]}')
    await a.question.evaluate({ record: true })
    a.document.undo()
    expect(names(a)).toEqual(['GetObject', 'GetObject'])
    expect(a.navigation.editorDoc?.text).toContain('MultiFactorAuthPresent')
    await a.question.evaluate({ record: true })
    a.document.redo()
    expect(a.navigation.editorDoc?.text).toBe('{"Version":"2012-10-17","Statement":[]}')
    expect(a.document.scenario.activity).toHaveLength(3)
    a.document.undo()
    expect(a.document.scenario.activity).toHaveLength(3)
  })

  it('keeps records made between two undone edits', async () => {
    const a = app()
    a.document.edit(createUser(a.document.scenario, { name: 'zoe' }))
    await a.question.evaluate({ record: true })
    a.document.edit(createUser(a.document.scenario, { name: 'yan' }))
    await a.question.evaluate({ record: true })
    a.document.undo()
    a.document.undo()
    expect(a.document.scenario.users?.some((u) => u.name === 'zoe')).toBe(false)
    expect(a.document.scenario.activity).toHaveLength(2)
  })

  it('clears the log as an edit that undo brings back, keeping later records', async () => {
    const a = app()
    await a.question.evaluate({ record: true })
    await a.question.evaluate({ record: true })
    expect(a.document.edit(clearActivity(a.document.scenario))).toBeUndefined()
    expect(a.document.scenario.activity).toBeUndefined()
    expect(a.document.undoLabel).toBe('Clear the activity log')
    await a.question.evaluate({ record: true })
    a.document.undo()
    expect(a.document.scenario.activity).toHaveLength(3)
    await a.question.evaluate({ record: true })
    a.document.redo()
    // The cleared records stay cleared; the two made after the clear remain.
    expect(a.document.scenario.activity).toHaveLength(2)
  })

  it('drops the oldest records beyond the cap', () => {
    const a = app()
    const e = (n: number) => ({ eventID: `e${n}`, eventTime: '2024-05-01T12:00:00Z' }) as ActivityEvent
    a.document.record(Array.from({ length: ACTIVITY_LIMIT }, (_, n) => e(n)))
    a.document.record([e(ACTIVITY_LIMIT), e(ACTIVITY_LIMIT + 1)])
    expect(a.document.scenario.activity).toHaveLength(ACTIVITY_LIMIT)
    expect(a.document.scenario.activity![0]!.eventID).toBe('e2')
    expect(a.document.scenario.activity!.at(-1)!.eventID).toBe(`e${ACTIVITY_LIMIT + 1}`)
  })

  it('autosaves the log like any change', async () => {
    const backend = new MemoryBackend()
    const a = new AppState(exampleScenario(), engine, backend)
    await a.workspaces.load(exampleScenario(), 'W')
    a.question.request = {
      ...a.question.request,
      principal: 'user/alice',
      actions: ['s3:GetObject'],
      resources: [OBJECT],
    }
    await a.question.evaluate({ record: true })
    expect(a.workspaces.saveStatus).not.toBe('saved')
    await a.workspaces.flush()
    const stored = await backend.getWorkspace(a.workspaces.current!.id)
    expect(stored?.ok && stored.workspace.scenario.activity?.map((e) => e.eventName)).toEqual(['GetObject'])
  })
})
