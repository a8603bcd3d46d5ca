// The request panels' engine state with the engine itself (or a failing one) in place of the worker: running the
// saved requests, assuming a role as the request's principal, and asking who can do the request.
import { describe, expect, it } from 'vitest'
import { assumeRole, exampleScenario, simulate, whoCan } from '../../../src/engine/index'
import { AssumeRole } from '../../../src/lib/request/assume-role.svelte'
import { SavedRun } from '../../../src/lib/request/saved-run.svelte'
import { WhoCan } from '../../../src/lib/request/who-can.svelte'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question } from '../../../src/lib/state/question.svelte'

const engine = { simulate: async (...args: Parameters<typeof simulate>) => simulate(...args) }
const failing = async (): Promise<never> => {
  throw new Error('worker crashed')
}

function setup() {
  const document = new ScenarioDocument(exampleScenario())
  return { document, question: new Question(document, engine) }
}

describe(SavedRun, () => {
  it('runs every saved request, records each, and keeps the outcomes until the scenario is edited', async () => {
    const { document } = setup()
    const run = new SavedRun(engine.simulate)
    await run.runAll(document)
    const outcomes = run.outcomesFor(document.scenario)
    expect(outcomes).toHaveLength(document.scenario.requests!.length)
    expect(outcomes!.every((o) => o.status === 'pass')).toBe(true)
    expect(document.scenario.activity).toHaveLength(outcomes!.length)
    expect(run.running).toBe(false)
    expect(run.outcomesFor({ ...document.scenario, title: 'edited' })).toBeUndefined()
  })

  it('reports a request the engine could not answer as an error outcome', async () => {
    const { document } = setup()
    const run = new SavedRun(failing)
    await run.runAll(document)
    expect(run.outcomesFor(document.scenario)?.[0]).toEqual({ status: 'error', error: 'worker crashed' })
  })
})

describe(AssumeRole, () => {
  const DEPLOYER = 'arn:aws:iam::111122223333:role/Deployer'

  it('needs a caller and a role', async () => {
    const { document, question } = setup()
    const form = new AssumeRole(async (...args) => assumeRole(...args))
    await form.assume(document, question)
    expect(form.outcome).toEqual({ kind: 'refused', text: expect.any(String) })
    question.request = { ...question.request, principal: '' }
    form.role = DEPLOYER
    await form.assume(document, question)
    expect(form.outcome?.kind).toBe('refused')
  })

  it('is refused without MFA, and acts as the new session with it', async () => {
    const { document, question } = setup()
    question.request = { ...question.request, principal: 'user/alice' }
    const form = new AssumeRole(async (...args) => assumeRole(...args))
    form.role = DEPLOYER
    await form.assume(document, question)
    expect(form.outcome).toMatchObject({ kind: 'refused', detail: expect.any(String) })
    expect(document.scenario.activity).toHaveLength(1)
    form.mfa = true
    await form.assume(document, question)
    expect(form.outcome?.kind).toBe('acting')
    const arn = form.outcome?.kind === 'acting' ? form.outcome.arn : ''
    expect(question.request.principal).toBe(arn)
    expect(document.scenario.sessions?.length).toBeGreaterThan(0)
    expect(document.canUndo).toBe(true)
  })

  it('shows an engine failure as the refusal', async () => {
    const { document, question } = setup()
    question.request = { ...question.request, principal: 'user/alice' }
    const form = new AssumeRole(failing)
    form.role = DEPLOYER
    await form.assume(document, question)
    expect(form.outcome).toEqual({ kind: 'refused', text: 'worker crashed' })
    expect(form.busy).toBe(false)
  })
})

describe(WhoCan, () => {
  it('asks about the first action and resource, and says what it answered', async () => {
    const { document, question } = setup()
    const who = new WhoCan(async (...args) => whoCan(...args))
    await who.ask(document, question)
    expect(who.entries?.length).toBeGreaterThan(0)
    const { actions, resources } = question.request
    expect(who.asked).toBe(`${actions[0]} · ${resources[0]}`)
  })

  it('needs an action and a resource', async () => {
    const { document, question } = setup()
    question.request = { ...question.request, actions: [' '] }
    const who = new WhoCan(async (...args) => whoCan(...args))
    await who.ask(document, question)
    expect(who.problem).toBeDefined()
    expect(who.entries).toBeUndefined()
  })

  it('keeps the last answer beside a failure', async () => {
    const { document, question } = setup()
    let fail = false
    const who = new WhoCan(async (...args) => (fail ? failing() : whoCan(...args)))
    await who.ask(document, question)
    fail = true
    await who.ask(document, question)
    expect(who.problem).toBe('worker crashed')
    expect(who.entries?.length).toBeGreaterThan(0)
  })
})
