// The worker's API loads most of the engine on first call (workers/later/*): each such call must still answer as the
// engine itself does, with the arguments passed through untouched, and a second call reuses the loaded part.
import { describe, expect, it } from 'vitest'
import { api } from '../../../workers/engine-api'
import {
  auditScenario,
  exampleScenario,
  matrixRows,
  parseScenarioText,
  whatWouldAllow,
  whoCan,
} from '../../../src/engine/index'

describe('the engine API, loaded on demand', () => {
  const scenario = exampleScenario()

  it('answers a call loaded later exactly as the engine does', async () => {
    const query = { action: 's3:GetObject', resource: 'arn:aws:s3:::*' }
    expect(await api.whoCan(scenario, query)).toEqual(whoCan(scenario, query))
    expect(await api.auditFindings(scenario)).toEqual(auditScenario(scenario))
    const text = JSON.stringify(scenario)
    expect(await api.parseScenarioText(text)).toEqual(parseScenarioText(text))
    expect(await api.parseScenarioText('{ not json')).toEqual(parseScenarioText('{ not json'))
  })

  it('passes every argument through, and answers again from the loaded part', async () => {
    const request = { principal: 'user/bob', action: 'iam:CreateUser', resource: '*' }
    const all = await api.whatWouldAllow(scenario, request)
    expect(all).toEqual(whatWouldAllow(scenario, request))
    const one = await api.whatWouldAllow(scenario, request, undefined, { maxProposals: 1 })
    expect(one).toEqual(whatWouldAllow(scenario, request, undefined, { maxProposals: 1 }))
    expect(one).not.toEqual(all)
    const query = { principals: ['user/alice', 'user/bob'], actions: ['s3:GetObject', 'iam:CreateUser'], resource: '*' }
    expect(await api.matrixRows(scenario, query, 0, 2)).toEqual(matrixRows(scenario, query, 0, 2))
  })

  it('rejects, not throws, when the engine refuses the input', async () => {
    const call = api.matrixRows(scenario, { principals: [], actions: ['not an action'], resource: '*' }, 0, 1)
    await expect(call).rejects.toThrow()
  })
})
