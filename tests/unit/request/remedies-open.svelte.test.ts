// Applying a proposal opens what it changed: the policy document in the editor, its changed lines marked while the
// scenario is the one the change made.
import { describe, expect, it } from 'vitest'
import { simulate, whatWouldAllow, type Scenario, type SimulationRequest } from '../../../src/engine/index'
import { changeMark } from '../../../src/lib/request/highlight.svelte'
import { Remedies } from '../../../src/lib/request/remedies.svelte'
import { AppState } from '../../../src/lib/state/app.svelte'
import { targetKey } from '../../../src/lib/state/policy-target'
import { allow, policy } from '../../helpers/policy'
import { scenario } from '../../helpers/scenario'

const OBJECT = 'arn:aws:s3:::logs/2025/trail.json'
const engine = { simulate: async (s: Scenario, r: SimulationRequest) => simulate(s, r) }
const ask = async (s: Scenario, r: SimulationRequest) => whatWouldAllow(s, r)

describe('Remedies.apply', () => {
  it('opens the policy the proposal wrote, with its changed lines marked', async () => {
    const text = JSON.stringify(policy(allow('s3:ListBucket', 'arn:aws:s3:::logs')), null, 2)
    const app = new AppState(
      scenario({ users: [{ name: 'dana', inlinePolicies: [{ name: 'Logs', document: text }] }] }),
      engine,
    )
    app.question.request = {
      principal: 'user/dana',
      actions: ['s3:GetObject'],
      resources: [OBJECT],
      environment: {},
      context: {},
    }
    const remedies = new Remedies(app, ask)
    await remedies.refresh()
    const proposal = remedies.answer!.proposals.find((p) => p.changes[0]!.op === 'add-inline')!
    const serial = changeMark.serial
    expect(await remedies.apply(proposal)).toBe(true)

    const target = { slot: 'inline', owner: 'user', identity: 'dana', name: 'Logs' } as const
    expect(app.navigation.target).toEqual(target)
    expect(changeMark.serial).toBe(serial + 1)
    expect(changeMark.current?.key).toBe(targetKey(target))
    expect(changeMark.current?.scenario).toBe(app.document.scenario)
    const doc = app.navigation.editorDoc!.text
    expect(doc.slice(changeMark.current!.span.from, changeMark.current!.span.to)).toContain('s3:GetObject')

    // Undo: the scenario is no longer the one the change made, so the mark no longer applies.
    app.document.undo()
    expect(changeMark.current?.scenario).not.toBe(app.document.scenario)
  })

  it('leaves the editor as it was for a change to the request only', async () => {
    const app = new AppState(
      scenario({
        users: [
          {
            name: 'dana',
            inlinePolicies: [
              {
                name: 'Ip',
                document: policy(
                  allow('s3:GetObject', '*', { Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
                ),
              },
            ],
          },
        ],
      }),
      engine,
    )
    app.question.request = {
      principal: 'user/dana',
      actions: ['s3:GetObject'],
      resources: [OBJECT],
      environment: {},
      context: {},
    }
    const remedies = new Remedies(app, ask)
    await remedies.refresh()
    const proposal = remedies.answer!.proposals.find((p) => !p.scenario)!
    expect(proposal).toBeDefined()
    const serial = changeMark.serial
    await remedies.apply(proposal)
    expect(app.navigation.target).toBeUndefined()
    expect(changeMark.serial).toBe(serial)
  })
})
