// Recording through the engine's worker (here, the engine in place of it): recordings started together are built
// one after the other, each after the records the one before appended, and a failed build loses only its records.
import { describe, expect, it } from 'vitest'
import { exampleScenario, simulate, type SimulationRequest } from '../../../src/engine/index'
import { eventsFor } from '../../../src/lib/activity/record'
import { recordRuns, type BuildEvents } from '../../../src/lib/activity/recorder.svelte'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'

const request = (action: string): SimulationRequest => ({
  principal: 'user/alice',
  action,
  resource: 'arn:aws:s3:::example-reports/2024/q1.csv',
})
const ran = (action: string) => {
  const r = request(action)
  return [{ request: r, result: simulate(exampleScenario(), r) }]
}
// Slower than the next call, as a busy worker can be: the order must still be the calls' order.
const slowFirst = (): BuildEvents => {
  let calls = 0
  return async (scenario, items) => {
    const wait = calls++ === 0 ? 20 : 0
    await new Promise((resolve) => setTimeout(resolve, wait))
    return eventsFor(scenario, items)
  }
}

describe(recordRuns, () => {
  it('appends recordings started together in order, each after the records before', async () => {
    const document = new ScenarioDocument(exampleScenario())
    const build = slowFirst()
    await Promise.all([
      recordRuns(document, ran('s3:GetObject'), build),
      recordRuns(document, ran('s3:PutObject'), build),
    ])
    const log = document.scenario.activity!
    expect(log.map((e) => e.eventName)).toEqual(['GetObject', 'PutObject'])
    expect(Date.parse(log[1]!.eventTime)).toBeGreaterThan(Date.parse(log[0]!.eventTime))
    expect(log[1]!.eventID).not.toBe(log[0]!.eventID)
  })

  it('leaves out the records of a failed build and still makes the next', async () => {
    const document = new ScenarioDocument(exampleScenario())
    const failing: BuildEvents = async () => {
      throw new Error('worker crashed')
    }
    await recordRuns(document, ran('s3:GetObject'), failing)
    expect(document.scenario.activity).toBeUndefined()
    await recordRuns(document, ran('s3:PutObject'), async (s, items) => eventsFor(s, items))
    expect(document.scenario.activity!.map((e) => e.eventName)).toEqual(['PutObject'])
  })
})
