import { describe, expect, it } from 'vitest'
import { draftOfSaved } from '../../../src/lib/request/draft'
import { outcomeOf, savedOfDraft, simulationOf, summariseRun } from '../../../src/lib/request/saved'
import { scenario } from './fixture'

describe(savedOfDraft, () => {
  it('saves the first filled action and resource, environment overrides and the decision', () => {
    const saved = savedOfDraft(
      scenario,
      {
        principal: ' user/alice ',
        actions: ['', 's3:GetObject', 's3:PutObject'],
        resources: ['arn:aws:s3:::bucket/k'],
        environment: { region: 'us-east-1', mfa: true },
        context: {},
      },
      'ExplicitDeny',
    )
    expect(saved).toEqual({
      principal: 'user/alice',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/k',
      environment: { mfa: true },
      expect: 'ExplicitDeny',
    })
  })

  it('round-trips through the form draft', () => {
    const saved = { principal: 'role/Admin', action: 's3:GetObject', resource: '*', context: { 'a:b': 'c' } }
    const draft = draftOfSaved(scenario, saved)
    expect(draft.environment).toEqual({ region: 'us-east-1', mfa: false })
    expect(savedOfDraft(scenario, draft)).toEqual(saved)
    expect(simulationOf(saved)).toEqual(saved)
  })
})

describe(summariseRun, () => {
  it('counts passes among the requests that expect a decision', () => {
    const saved = [
      { principal: 'p', action: 'a:B', resource: '*', expect: 'Allow' as const },
      { principal: 'p', action: 'a:B', resource: '*', expect: 'Allow' as const },
      { principal: 'p', action: 'a:B', resource: '*' },
      { principal: 'p', action: 'a:B', resource: '*', expect: 'ImplicitDeny' as const },
    ]
    const outcomes = [
      outcomeOf(saved[0]!, 'Allow'),
      outcomeOf(saved[1]!, 'ExplicitDeny'),
      outcomeOf(saved[2]!, 'Allow'),
      { status: 'error' as const, error: 'boom' },
    ]
    expect(outcomes.map((o) => o.status)).toEqual(['pass', 'fail', 'none', 'error'])
    expect(summariseRun(outcomes, saved)).toEqual({ passed: 1, failed: 1, errors: 1, total: 3 })
    expect(summariseRun([], saved)).toEqual({ passed: 0, failed: 0, errors: 0, total: 0 })
  })
})
