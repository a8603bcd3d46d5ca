// The question: the request form's draft answered by a fake engine (the engine itself, or one that fails or waits):
// single answers and tables, empty forms, failures, the re-evaluation after changes, and the latest answer winning.
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  exampleScenario,
  simulate,
  type Scenario,
  type SimulationRequest,
  type SimulationResult,
} from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question, REEVALUATE_MS, type EngineCalls } from '../../../src/lib/state/question.svelte'

/** The engine itself, in place of the worker. */
const engine: EngineCalls = {
  simulate: async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request),
}

function question(calls: EngineCalls = engine) {
  const document = new ScenarioDocument(exampleScenario())
  return { document, q: new Question(document, calls) }
}

afterEach(() => {
  vi.useRealTimers()
})

describe(Question, () => {
  it('starts with the scenario’s first saved request', () => {
    const { q } = question()
    expect(q.request.principal).toBe(exampleScenario().requests![0]!.principal)
  })

  it('answers the request with the engine', async () => {
    const { q } = question()
    await q.evaluate()
    expect(q.result?.decision).toBe(exampleScenario().requests![0]!.expect)
    expect(q.pending).toBe(false)
    expect(q.batch).toEqual([])
  })

  it('several actions give a table of answers', async () => {
    const { q } = question()
    q.request = { ...q.request, actions: ['s3:GetObject', 's3:PutObject'] }
    await q.evaluate()
    expect(q.batch.map((b) => b.action)).toEqual(['s3:GetObject', 's3:PutObject'])
    expect(q.result).toBe(q.batch[0]!.result)
  })

  it('an empty form asks nothing and shows no stale answer', async () => {
    const { q } = question()
    await q.evaluate()
    q.request = { ...q.request, principal: '  ' }
    await q.evaluate()
    expect(q.result).toBeUndefined()
  })

  it('an engine failure is shown, not thrown, and stays shown while the form is empty', async () => {
    const { q } = question({ simulate: () => Promise.reject(new Error('worker crashed')) })
    await q.evaluate()
    expect(q.engineError).toBe('worker crashed')
    expect(q.result).toBeUndefined()
    q.request = { ...q.request, resources: [''] }
    await q.evaluate()
    expect(q.engineError).toBe('worker crashed')
  })

  it('re-evaluates by itself shortly after a change', async () => {
    vi.useFakeTimers()
    const spy = vi.fn(engine.simulate)
    const { q } = question({ simulate: spy })
    q.setRequest({ actions: ['s3:ListBucket'] })
    expect(spy).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(REEVALUATE_MS + 50)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(q.request.actions).toEqual(['s3:ListBucket'])
  })

  it('asks the latest question once the one before is answered, and shows its answer only', async () => {
    const waiting: (() => SimulationResult)[] = []
    const slow: EngineCalls = {
      simulate: (scenario, request) =>
        new Promise<SimulationResult>((resolve) => {
          waiting.push(() => {
            const result = simulate(scenario, request)
            resolve(result)
            return result
          })
        }),
    }
    const { q } = question(slow)
    const first = q.evaluate()
    q.request = { ...q.request, principal: 'user/nobody' }
    const second = q.evaluate()
    // Each evaluation reads the form's fields first (an engine call), then asks.
    await vi.waitFor(() => expect(waiting).toHaveLength(1))
    waiting[0]!()
    await first
    await vi.waitFor(() => expect(waiting).toHaveLength(2))
    const latest = waiting[1]!()
    await second
    expect(q.result).toBe(latest)
  })

  it('records a run in the document’s activity log only when asked', async () => {
    const { document, q } = question()
    await q.evaluate()
    expect(document.scenario.activity).toBeUndefined()
    await q.evaluate({ record: true })
    expect(document.scenario.activity).toHaveLength(1)
    expect(document.canUndo).toBe(false)
  })

  it('puts the first request of another scenario in the form', () => {
    const { q } = question()
    q.request = { ...q.request, principal: 'user/someone' }
    const other = { ...exampleScenario(), requests: [] }
    q.reset(other)
    expect(q.request.principal).toBe('')
  })
})
