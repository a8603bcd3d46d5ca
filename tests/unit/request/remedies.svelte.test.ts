// The panel's state: proposals for the app's request, applying one (a scenario edit the app's Undo takes back, or a
// request change this panel undoes), and refusing proposals computed for an older scenario or request.
import { describe, expect, it } from 'vitest'
import { simulate, whatWouldAllow, type Scenario, type SimulationRequest } from '../../../src/engine/index'
import { word } from '../../../src/lib/i18n/index'
import { Remedies, requestOf } from '../../../src/lib/request/remedies.svelte'
import { AppState } from '../../../src/lib/state/app.svelte'
import { allow, deny, policy } from '../../helpers/policy'
import { scenario } from '../../helpers/scenario'

const OBJECT = 'arn:aws:s3:::logs/2025/trail.json'
const engine = { simulate: async (s: Scenario, r: SimulationRequest) => simulate(s, r) }
const ask = async (s: Scenario, r: SimulationRequest) => whatWouldAllow(s, r)

function setup(users: Scenario['users']) {
  const app = new AppState(scenario({ users }), engine)
  app.question.request = {
    principal: 'user/dana',
    actions: ['s3:DeleteObject'],
    resources: [OBJECT],
    environment: {},
    context: {},
  }
  return { app, remedies: new Remedies(app, ask) }
}

describe('Remedies', () => {
  it('reads the request as the answer does: principal, first action and first resource', () => {
    const draft = {
      principal: ' user/a ',
      actions: ['', 's3:GetObject'],
      resources: [OBJECT, 'x'],
      environment: {},
      context: {},
    }
    expect(requestOf(draft)).toEqual({
      principal: 'user/a',
      action: 's3:GetObject',
      resource: OBJECT,
      environment: {},
      context: {},
    })
    expect(requestOf({ ...draft, actions: [' '] })).toBeUndefined()
  })

  it('applies a scenario change as one undoable edit labelled with the change', async () => {
    const { app, remedies } = setup([{ name: 'dana' }])
    await remedies.refresh()
    const proposal = remedies.answer!.proposals[0]!
    expect(proposal.scenario).toBeDefined()
    expect(await remedies.apply(proposal)).toBe(true)
    expect(app.question.result?.decision).toBe('Allow')
    // The page's words for the change (its message, as plain text), not the engine's English field.
    expect(app.document.undoLabel).toBe(word(proposal.labelText).replaceAll('`', ''))
    expect(app.document.undoLabel).toBe(
      'Add an inline policy AllowS3DeleteObject to user dana that allows s3:DeleteObject',
    )
    expect(remedies.undoable).toBe(true)
    app.document.undo()
    await app.question.evaluate()
    expect(app.question.result?.decision).toBe('ImplicitDeny')
    expect(remedies.undoable).toBe(false)
  })

  it('applies a request change and undoes it by restoring the previous draft', async () => {
    const mfa = deny('s3:DeleteObject', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })
    const { app, remedies } = setup([
      { name: 'dana', inlinePolicies: [{ name: 'P', document: policy(allow('s3:*'), mfa) }] },
    ])
    const before = app.question.request
    await remedies.refresh()
    const proposal = remedies.answer!.proposals[0]!
    expect(proposal.request?.environment).toEqual({ mfa: true })
    await remedies.apply(proposal)
    expect(app.question.request.environment).toEqual({ mfa: true })
    expect(app.question.result?.decision).toBe('Allow')
    expect(app.document.canUndo).toBe(false)
    await remedies.undo()
    expect(app.question.request).toEqual(before)
    expect(app.question.result?.decision).toBe('ExplicitDeny')
    expect(remedies.applied).toBeUndefined()
  })

  it('offers no undo once the request was changed by hand', async () => {
    const mfa = deny('s3:DeleteObject', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })
    const { app, remedies } = setup([
      { name: 'dana', inlinePolicies: [{ name: 'P', document: policy(allow('s3:*'), mfa) }] },
    ])
    await remedies.refresh()
    await remedies.apply(remedies.answer!.proposals[0]!)
    app.question.setRequest({ principal: 'user/other' })
    expect(remedies.undoable).toBe(false)
  })

  it('does not apply proposals computed for another scenario: it computes them again', async () => {
    const { app, remedies } = setup([{ name: 'dana' }])
    await remedies.refresh()
    const old = remedies.answer!.proposals[0]!
    app.document.edit({
      ok: true,
      scenario: scenario({ users: [{ name: 'dana', tags: { team: 'a' } }] }),
      label: 'Tag dana',
    })
    expect(remedies.current).toBe(false)
    expect(await remedies.apply(old)).toBe(false)
    expect(remedies.stale).toBe(true)
    expect(app.document.undoLabel).toBe('Tag dana')
  })

  it('shows a failed search, but not while the next one runs', async () => {
    let fail = true
    const app = new AppState(scenario({ users: [{ name: 'dana' }] }), engine)
    app.question.request = {
      ...app.question.request,
      principal: 'user/dana',
      actions: ['s3:DeleteObject'],
      resources: [OBJECT],
    }
    const remedies = new Remedies(app, (s, r) => (fail ? Promise.reject(new Error('worker crashed')) : ask(s, r)))
    await remedies.refresh()
    expect(remedies.error).toBe('worker crashed')
    expect(remedies.answer).toBeUndefined()
    fail = false
    const next = remedies.refresh()
    expect(remedies.running).toBe(true)
    expect(remedies.error).toBeUndefined()
    await next
    expect(remedies.answer?.proposals.length).toBeGreaterThan(0)
  })
})
