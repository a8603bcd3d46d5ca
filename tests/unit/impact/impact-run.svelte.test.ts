// ImpactRun with the engine itself in place of the worker: a run step by step with progress, a known pair asked
// again for free, Cancel between steps, and a failure reported as text.
import { describe, expect, it } from 'vitest'
import { accessDiff, accessDiffPlan, accessDiffStep, type Scenario } from '../../../src/engine/index'
import { ImpactRun, type ImpactCalls } from '../../../src/lib/impact/impact-run.svelte'
import { inline, scenario } from '../../helpers/scenario'

const before = scenario({
  users: [{ name: 'jiwoo', inlinePolicies: [inline('Read', ['s3:GetObject', 'ec2:StartInstances'])] }],
})
const after: Scenario = { ...before, users: [{ name: 'jiwoo' }] }

function engineCalls(log: string[] = []): ImpactCalls {
  return {
    plan: async (b, a) => (log.push('plan'), accessDiffPlan(b, a, { stepCells: 1 })),
    step: async (b, a, plan, i) => (log.push(`step ${i}`), accessDiffStep(b, a, plan, i)),
  }
}

describe(ImpactRun, () => {
  it('computes step by step what accessDiff computes at once, and answers the same pair again for free', async () => {
    const log: string[] = []
    const run = new ImpactRun(engineCalls(log))
    await run.start(before, after)
    expect(run.changes).toEqual(accessDiff(before, after).changes)
    expect(run.changes?.map((c) => `${c.change} ${c.action}`)).toEqual(['lost ec2:StartInstances', 'lost s3:GetObject'])
    expect(run.done).toBe(run.total)
    expect(run.running).toBe(false)
    expect(run.answers(before, after)).toBe(true)
    const asked = log.length
    await run.start(before, after)
    expect(log.length).toBe(asked)
    expect(run.answers(after, before)).toBe(false)
  })

  it('stops at the next step when cancelled, keeping no half answer', async () => {
    const log: string[] = []
    const calls = engineCalls(log)
    const run: ImpactRun = new ImpactRun({ ...calls, step: (...args) => (run.cancel(), calls.step(...args)) })
    await run.start(before, after)
    expect(run.cancelled).toBe(true)
    expect(run.changes).toBeUndefined()
    expect(log.filter((l) => l.startsWith('step'))).toHaveLength(1)
  })

  it('reports a failed engine call as text', async () => {
    const run = new ImpactRun({ ...engineCalls(), plan: () => Promise.reject(new Error('worker gone')) })
    await run.start(before, after)
    expect(run.error).toBe('worker gone')
    expect(run.running).toBe(false)
  })
})
