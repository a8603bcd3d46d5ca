// A matrix cell's trace with a fake engine: each new cell starts with nothing on show, the latest cell's answer
// wins, and a failure is shown.
import { describe, expect, it, vi } from 'vitest'
import { exampleScenario, simulate, type SimulationRequest, type SimulationResult } from '../../../src/engine/index'
import { CellTraceQuery } from '../../../src/lib/matrix/cell-trace.svelte'

const request = (action: string): SimulationRequest => ({ principal: 'user/alice', action, resource: '*' })

describe(CellTraceQuery, () => {
  it('traces the cell, starting afresh for each new one', async () => {
    const scenario = exampleScenario()
    const query = new CellTraceQuery(async (s, r) => simulate(s, r))
    await query.trace(scenario, request('s3:ListAllMyBuckets'))
    expect(query.result?.decision).toBeDefined()
    const next = query.trace(scenario, request('s3:GetObject'))
    expect(query.result).toBeUndefined()
    expect(query.loading).toBe(true)
    await next
    expect(query.loading).toBe(false)
    await query.trace(scenario, undefined)
    expect(query.result).toBeUndefined()
  })

  it('keeps the answer for the cell chosen last', async () => {
    const waiting: (() => SimulationResult)[] = []
    const query = new CellTraceQuery(
      (s, r) =>
        new Promise((resolve) => {
          waiting.push(() => {
            const result = simulate(s, r)
            resolve(result)
            return result
          })
        }),
    )
    const scenario = exampleScenario()
    const first = query.trace(scenario, request('s3:GetObject'))
    const second = query.trace(scenario, request('s3:PutObject'))
    // One ask at a time: the second cell is asked once the first is answered, and only its answer shows.
    expect(waiting).toHaveLength(1)
    waiting[0]!()
    await vi.waitFor(() => expect(waiting).toHaveLength(2))
    const latest = waiting[1]!()
    await Promise.all([first, second])
    expect(query.result).toBe(latest)
  })

  it('shows why the engine could not answer', async () => {
    const query = new CellTraceQuery(async () => {
      throw new Error('the engine took longer than 15 s and was restarted')
    })
    await query.trace(exampleScenario(), request('s3:GetObject'))
    expect(query.error).toBe('the engine took longer than 15 s and was restarted')
    expect(query.result).toBeUndefined()
  })
})
