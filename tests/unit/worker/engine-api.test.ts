// The worker's API loads most of the engine on first call (workers/later/*): each such call must still answer as the
// engine itself does, with the arguments passed through untouched, and a second call reuses the loaded part.
import { describe, expect, it } from 'vitest'
import { api } from '../../../workers/engine-api'
import {
  auditScenario,
  exampleScenario,
  matrixRows,
  parseScenario,
  parseScenarioText,
  RESIDENT_MISSING,
  simulate,
  whatWouldAllow,
  whoCan,
} from '../../../src/engine/index'

describe('the engine API, loaded on demand', () => {
  const scenario = exampleScenario()
  // Calls name scenarios by reference: the first carries the scenario, later ones its version alone.
  const ref = { ref: 'scenario' as const, version: 1, scenario }

  it('answers a call loaded later exactly as the engine does', async () => {
    const query = { action: 's3:GetObject', resource: 'arn:aws:s3:::*' }
    expect(await api.whoCan(ref, query)).toEqual(whoCan(scenario, query))
    expect(await api.auditFindings(ref)).toEqual(auditScenario(scenario))
    const text = JSON.stringify(scenario)
    expect(await api.parseScenarioText(text)).toEqual(parseScenarioText(text))
    expect(await api.parseScenarioText('{ not json')).toEqual(parseScenarioText('{ not json'))
  })

  it('checks a share link’s scenario, even one shaped like a reference, as the engine does', async () => {
    expect(await api.parseLinkedScenario({ scenario })).toEqual(parseScenario(scenario))
    // Wrapped, a link's `{ "ref": "scenario" }` is checked as a scenario (and refused), never resolved as a reference.
    const spoof = { ref: 'scenario', version: 999_999 }
    const checked = await api.parseLinkedScenario({ scenario: spoof })
    expect(checked).toEqual(parseScenario(spoof))
    expect(checked.ok).toBe(false)
  })

  it('passes every argument through, and answers again from the loaded part', async () => {
    const request = { principal: 'user/bob', action: 'iam:CreateUser', resource: '*' }
    const all = await api.whatWouldAllow(ref, request)
    expect(all).toEqual(whatWouldAllow(scenario, request))
    const one = await api.whatWouldAllow(ref, request, undefined, { maxProposals: 1 })
    expect(one).toEqual(whatWouldAllow(scenario, request, undefined, { maxProposals: 1 }))
    expect(one).not.toEqual(all)
    const query = { principals: ['user/alice', 'user/bob'], actions: ['s3:GetObject', 'iam:CreateUser'], resource: '*' }
    expect(await api.matrixRows(ref, query, 0, 2)).toEqual(matrixRows(scenario, query, 0, 2))
  })

  it('answers a version it holds as simulate answers the scenario, and refuses one it does not hold', async () => {
    const request = { principal: 'user/alice', action: 's3:GetObject', resource: 'arn:aws:s3:::reports/q1.csv' }
    const held = { ref: 'scenario' as const, version: 1001, scenario: exampleScenario() }
    expect(await api.simulate(held, request)).toEqual(simulate(scenario, request))
    expect(await api.simulate({ ref: 'scenario', version: 1001 }, request)).toEqual(simulate(scenario, request))
    const missing = api.simulate({ ref: 'scenario', version: 999_999 }, request)
    await expect(missing).rejects.toMatchObject({ name: RESIDENT_MISSING })
  })

  it('rejects, not throws, when the engine refuses the input', async () => {
    const call = api.matrixRows(ref, { principals: [], actions: ['not an action'], resource: '*' }, 0, 1)
    await expect(call).rejects.toThrow()
  })
})
