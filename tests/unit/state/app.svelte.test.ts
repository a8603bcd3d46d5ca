import { describe, expect, it, vi } from 'vitest'
import { exampleScenario, simulate, type Scenario, type SimulationRequest } from '../../../src/engine/index'
import { AppState, type EngineCalls } from '../../../src/lib/state/app.svelte'
import { createUser } from '../../../src/engine/scenario/edits/index'

/** The engine itself, in place of the worker. */
const engine: EngineCalls = {
  simulate: async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request),
}

function app(): AppState {
  return new AppState(exampleScenario(), engine)
}

describe(AppState, () => {
  it('answers the request with the engine', async () => {
    const a = app()
    await a.evaluate()
    expect(a.result?.decision).toBe(exampleScenario().requests![0]!.expect)
    expect(a.pending).toBe(false)
  })

  it('several actions give a table of answers', async () => {
    const a = app()
    a.request = { ...a.request, actions: ['s3:GetObject', 's3:PutObject'] }
    await a.evaluate()
    expect(a.batch.map((b) => b.action)).toEqual(['s3:GetObject', 's3:PutObject'])
  })

  it('an empty form asks nothing and shows no stale answer', async () => {
    const a = app()
    await a.evaluate()
    a.request = { ...a.request, principal: '  ' }
    await a.evaluate()
    expect(a.result).toBeUndefined()
  })

  it('an engine failure is shown, not thrown', async () => {
    const a = new AppState(exampleScenario(), { simulate: () => Promise.reject(new Error('worker crashed')) })
    await a.evaluate()
    expect(a.engineError).toBe('worker crashed')
    expect(a.result).toBeUndefined()
  })

  it('applies an edit, then undoes and redoes it', () => {
    const a = app()
    const before = a.scenario
    expect(a.edit(createUser(a.scenario, { name: 'zoe' }))).toBeUndefined()
    expect(a.scenario.users?.some((u) => u.name === 'zoe')).toBe(true)
    expect(a.canUndo).toBe(true)
    a.undo()
    expect(a.scenario).toBe(before)
    expect(a.canRedo).toBe(true)
    a.redo()
    expect(a.scenario.users?.some((u) => u.name === 'zoe')).toBe(true)
  })

  it('returns a refused edit as its message and changes nothing', () => {
    const a = app()
    const before = a.scenario
    const name = before.users![0]!.name.toUpperCase()
    expect(a.edit(createUser(a.scenario, { name }))).toMatch(/already exists/)
    expect(a.scenario).toBe(before)
    expect(a.canUndo).toBe(false)
  })

  it('edits the open policy as text, and re-reads it for the editor', () => {
    const a = app()
    const role = a.scenario.roles![0]!
    a.openPolicy({ slot: 'trust', role: role.name })
    expect(a.editorDoc?.kind).toBe('trust')
    const text = a.editorDoc!.text.replace('"Allow"', '"Deny"')
    a.setPolicyText(text)
    expect(a.editorDoc?.text).toBe(text)
    expect(a.scenario.roles![0]!.trustPolicy).toBe(text)
  })

  it('undo bumps the revision so the editor reloads its text', () => {
    const a = app()
    a.openPolicy({ slot: 'trust', role: a.scenario.roles![0]!.name })
    a.setPolicyText('{}')
    const revision = a.revision
    a.undo()
    expect(a.revision).toBe(revision + 1)
    expect(a.editorDoc?.text).not.toBe('{}')
  })

  it('re-evaluates by itself shortly after a change', async () => {
    vi.useFakeTimers()
    try {
      const spy = vi.fn(engine.simulate)
      const a = new AppState(exampleScenario(), { simulate: spy })
      a.setRequest({ actions: ['s3:ListBucket'] })
      expect(spy).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(200)
      expect(spy).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('loading a scenario without storage starts a fresh history and request', async () => {
    const a = app()
    a.edit(createUser(a.scenario, { name: 'zoe' }))
    const other = exampleScenario()
    await a.load(other, 'Other')
    expect(a.scenario).toBe(other)
    expect(a.canUndo).toBe(false)
    expect(a.workspace?.name).toBe('Other')
  })
})

describe('policies of same-named entities in two accounts', () => {
  function twoAccounts(): Scenario {
    const trust = (account: string) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
      })
    return {
      format: 'iam-playground/scenario',
      version: 1,
      title: 'Two accounts',
      accounts: [{ id: '111122223333' }, { id: '444455556666' }],
      roles: [
        { name: 'Admin', trustPolicy: trust('111122223333') },
        { name: 'Admin', account: '444455556666', trustPolicy: trust('444455556666') },
      ],
    }
  }

  it('opens and edits the trust policy of the role named by its ARN, not its namesake', () => {
    const a = new AppState(twoAccounts(), engine)
    a.openPolicy({ slot: 'trust', role: 'arn:aws:iam::444455556666:role/Admin' })
    expect(a.editorDoc?.text).toContain('444455556666:root')
    a.setPolicyText(a.editorDoc!.text.replace('"Allow"', '"Deny"'))
    expect(a.scenario.roles![1]!.trustPolicy).toContain('"Deny"')
    expect(a.scenario.roles![0]!.trustPolicy).toContain('"Allow"')
  })
})
