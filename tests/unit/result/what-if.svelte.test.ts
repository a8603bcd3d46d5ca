// The "what if" state: toggling an exclusion answers the question without it, toggling again or Clear drops it, a
// new request resets it, and the account is never edited (no undo entry, the same scenario object).
import { describe, expect, it } from 'vitest'
import { simulate, type Scenario, type SimulateOptions, type SimulationRequest } from '../../../src/engine/index'
import { WhatIf } from '../../../src/lib/result/what-if.svelte'
import { AppState } from '../../../src/lib/state/app.svelte'
import { allow, deny, policy } from '../../helpers/policy'
import { scenario } from '../../helpers/scenario'

const OBJECT = 'arn:aws:s3:::logs/trail.json'
const engine = { simulate: async (s: Scenario, r: SimulationRequest) => simulate(s, r) }
const ask = async (s: Scenario, r: SimulationRequest, o: SimulateOptions) => simulate(s, r, o)

function setup() {
  const app = new AppState(
    scenario({
      users: [
        {
          name: 'dana',
          groups: ['Readers', 'NoDelete'],
        },
      ],
      groups: [
        {
          name: 'Readers',
          inlinePolicies: [{ name: 'Read', document: policy(allow(['s3:GetObject', 's3:Delete*'])) }],
        },
        { name: 'NoDelete', inlinePolicies: [{ name: 'Deny', document: policy(deny('s3:DeleteObject')) }] },
      ],
    }),
    engine,
  )
  app.question.request = {
    principal: 'user/dana',
    actions: ['s3:DeleteObject'],
    resources: [OBJECT],
    environment: {},
    context: {},
  }
  return { app, whatIf: new WhatIf(app, ask) }
}

describe(WhatIf, () => {
  it('answers without a group, and drops it when toggled again', async () => {
    const { app, whatIf } = setup()
    const scenarioBefore = app.document.scenario
    await whatIf.toggle({ kind: 'group', name: 'NoDelete' })
    expect(whatIf.isOn({ kind: 'group', name: 'NoDelete' })).toBe(true)
    expect(whatIf.answer?.decision).toBe('Allow')
    expect(whatIf.answer?.excluded?.[0]?.sources.map((s) => s.policyName)).toEqual(['Deny'])
    await whatIf.toggle({ kind: 'group', name: 'NoDelete' })
    expect(whatIf.exclusions).toEqual([])
    expect(whatIf.answer).toBeUndefined()
    // Never an edit: the same scenario object, nothing to undo.
    expect(app.document.scenario).toBe(scenarioBefore)
    expect(app.document.canUndo).toBe(false)
  })

  it('combines toggles, and Clear drops them all', async () => {
    const { whatIf } = setup()
    await whatIf.toggle({ kind: 'group', name: 'NoDelete' })
    await whatIf.toggle({ kind: 'group', name: 'Readers' })
    expect(whatIf.answer?.decision).toBe('ImplicitDeny')
    expect(whatIf.answer?.excluded).toHaveLength(2)
    whatIf.clear()
    expect(whatIf.exclusions).toEqual([])
    expect(whatIf.answer).toBeUndefined()
  })

  it('belongs to one question: a new request resets it', async () => {
    const { app, whatIf } = setup()
    await whatIf.toggle({ kind: 'group', name: 'NoDelete' })
    app.question.setRequest({ actions: ['s3:GetObject'] })
    expect(whatIf.exclusions).toEqual([])
    expect(whatIf.answer).toBeUndefined()
    await whatIf.refresh()
    expect(whatIf.isOn({ kind: 'group', name: 'NoDelete' })).toBe(false)
  })
})
