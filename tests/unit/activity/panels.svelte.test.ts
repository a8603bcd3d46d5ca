// The activity view's engine state with the engine itself (or a failing one) in place of the worker: the last
// accessed report of a principal, and a least-privilege policy generated and created as an undoable edit.
import { describe, expect, it } from 'vitest'
import { exampleScenario, lastAccessed, leastPrivilegePolicy, type Scenario } from '../../../src/engine/index'
import { LastAccessed } from '../../../src/lib/activity/last-accessed.svelte'
import { LeastPrivilegeDraft } from '../../../src/lib/activity/least-privilege.svelte'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { withActivity } from './helpers'

const OBJECT = 'arn:aws:s3:::example-reports/2024/q1.csv'
const ALICE = 'arn:aws:iam::111122223333:user/alice'

function active(): Scenario {
  return withActivity(exampleScenario(), [
    { principal: 'user/alice', action: 's3:GetObject', resource: OBJECT, time: '2024-04-01T00:00:00Z' },
  ])
}

const failing = async (): Promise<never> => {
  throw new Error('worker crashed')
}

describe(LastAccessed, () => {
  it('reports on the principal asked about, and nothing without one', async () => {
    const access = new LastAccessed(async (s, p) => lastAccessed(s, p))
    await access.load(active(), ALICE)
    expect(access.report?.principal).toBe(ALICE)
    expect(access.report?.services.find((s) => s.service === 's3')?.count).toBe(1)
    expect(access.loading).toBe(false)
    await access.load(active(), undefined)
    expect(access.report).toBeUndefined()
  })

  it('shows a failure instead of the report', async () => {
    const broken = new LastAccessed(failing)
    await broken.load(active(), ALICE)
    expect(broken.error).toBe('worker crashed')
    expect(broken.report).toBeUndefined()
  })
})

describe(LeastPrivilegeDraft, () => {
  it('generates the policy, names it after the principal and creates it as one undoable edit', async () => {
    const document = new ScenarioDocument(active())
    const draft = new LeastPrivilegeDraft(async (s, p, o) => leastPrivilegePolicy(s, p, o))
    await draft.generate(document.scenario, ALICE, false)
    expect(draft.generated?.actions).toEqual(['s3:GetObject'])
    expect(draft.json).toContain('s3:GetObject')
    expect(draft.name).not.toBe('')
    draft.create(document, ALICE)
    expect(draft.status).toEqual({ text: expect.stringContaining(draft.name), error: false })
    expect(document.scenario.policies?.some((p) => p.name === draft.name)).toBe(true)
    expect(document.canUndo).toBe(true)
    draft.create(document, ALICE)
    expect(draft.status?.error).toBe(true)
  })

  it('says why generating failed', async () => {
    const draft = new LeastPrivilegeDraft(failing)
    await draft.generate(active(), ALICE, true)
    expect(draft.status).toEqual({ text: 'worker crashed', error: true })
    expect(draft.generated).toBeUndefined()
    expect(draft.busy).toBe(false)
  })
})
