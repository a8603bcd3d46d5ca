// The gallery's saved requests agree with what their users have: a request by a user runs (in "Run all
// expectations") with the MFA the form shows for it, so no answer claims MFA for a user Findings says has none.
import { describe, expect, it } from 'vitest'
import { exampleScenario, type Scenario } from '../../../src/engine/index'
import { draftOfSaved } from '../../../src/lib/request/draft'
import { principalMfa } from '../../../src/lib/request/mfa'

const files = import.meta.glob<Scenario>(['../../../scenarios/*.json', '!../../../scenarios/scenario.schema.json'], {
  eager: true,
  import: 'default',
})

const scenarios: [string, Scenario][] = [...Object.entries(files), ['example', exampleScenario()]]

describe.each(scenarios)('%s', (_, scenario) => {
  it('claims MFA only for users with a device, and the form starts as the expectation runs', () => {
    const problems: string[] = []
    for (const saved of scenario.requests ?? []) {
      const who = principalMfa(scenario, saved.principal)
      if (!who) continue
      const runs = { ...scenario.environment, ...saved.environment }.mfa
      const form = draftOfSaved(scenario, saved).environment.mfa
      const name = saved.id ?? saved.principal
      if (runs === true && !who.hasDevice) problems.push(`${name} runs with MFA, but ${who.name} has no device`)
      if (runs !== undefined && form !== runs) problems.push(`${name}: the form shows MFA ${form}, the run ${runs}`)
    }
    expect(problems).toEqual([])
  })
})

it('the first visit (company-teams) asks as jiwoo, who has no MFA device, without MFA', () => {
  const scenario = Object.entries(files).find(([path]) => path.endsWith('/company-teams.json'))![1]
  const draft = draftOfSaved(scenario, scenario.requests![0]!)
  expect(draft.principal).toBe('user/jiwoo')
  expect(principalMfa(scenario, draft.principal)?.hasDevice).toBe(false)
  expect(draft.environment.mfa).toBe(false)
})
