import { describe, expect, it } from 'vitest'
import { exampleScenario } from '../../../src/engine/index'
import { draftFor } from '../../../src/lib/request/draft'

describe(draftFor, () => {
  it('starts with the first saved request in the form', () => {
    const s = exampleScenario()
    const first = s.requests![0]!
    expect(draftFor(s)).toMatchObject({
      principal: first.principal,
      actions: [first.action],
      resources: [first.resource],
    })
  })

  it('the first saved request brings its own environment over the scenario’s, as its expectation assumes', () => {
    const s = exampleScenario()
    const first = { ...s.requests![0]!, environment: { region: 'eu-west-1', mfa: true } }
    const draft = draftFor({ ...s, requests: [first] })
    expect(draft.environment).toEqual({ ...s.environment, region: 'eu-west-1', mfa: true })
  })
})
