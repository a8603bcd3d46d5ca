// The question with its field checks: input the engine cannot read is never sent (no answer, no failure, the field
// issue only); the catalog's warnings come beside an answer that is still computed.
import { describe, expect, it, vi } from 'vitest'
import {
  requestCatalogIssues,
  requestServices,
  simulate,
  type RequestFields,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'
import { ScenarioDocument } from '../../../src/lib/state/document.svelte'
import { Question } from '../../../src/lib/state/question.svelte'
import { nodeCatalog } from '../../helpers/catalog-node'
import { library } from '../graph/support'

const OBJECT = 'arn:aws:s3:::company-a-app-assets/images/logo.png'

function setup() {
  const catalog = nodeCatalog()
  const engine = {
    simulate: vi.fn(async (scenario: Scenario, request: SimulationRequest) => simulate(scenario, request)),
    checkRequest: async (scenario: Scenario, fields: RequestFields) => {
      await catalog.load(requestServices(fields))
      return requestCatalogIssues(scenario, catalog.snapshot(), fields)
    },
  }
  const document = new ScenarioDocument(library('company-teams'))
  const question = new Question(document, engine)
  question.request = { ...question.request, principal: 'user/jiwoo', actions: ['s3:GetObject'], resources: [OBJECT] }
  return { engine, question }
}

describe(Question, () => {
  it('does not ask the engine about a principal it cannot read, and says why on the principal field', async () => {
    const { engine, question } = setup()
    await question.evaluate()
    expect(question.result?.decision).toBe('ImplicitDeny')
    engine.simulate.mockClear()
    question.request = { ...question.request, principal: 'jiwoo' }
    await question.evaluate()
    expect(engine.simulate).not.toHaveBeenCalled()
    expect(question.result).toBeUndefined()
    expect(question.engineError).toBeUndefined()
    expect(question.issues).toMatchObject([{ field: 'principal', severity: 'error', fixes: ['user/jiwoo'] }])
  })

  it('asks about an unknown action all the same, with the catalog’s warning and its fixes beside the answer', async () => {
    const { engine, question } = setup()
    question.request = { ...question.request, actions: ['s3:GetObjekt'] }
    await question.evaluate()
    expect(engine.simulate).toHaveBeenCalledTimes(1)
    expect(question.result?.decision).toBe('ImplicitDeny')
    expect(question.issues).toMatchObject([{ field: 'action', severity: 'warning' }])
    expect(question.issues[0]!.fixes[0]).toBe('s3:GetObject')
  })

  it('asks nothing of a batch when one of its lines is not an action', async () => {
    const { engine, question } = setup()
    question.request = { ...question.request, actions: ['s3:GetObject', 'not an action'] }
    await question.evaluate()
    expect(engine.simulate).not.toHaveBeenCalled()
    expect(question.issues).toMatchObject([{ field: 'action', line: 1, severity: 'error' }])
  })
})
