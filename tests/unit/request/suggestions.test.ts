import { describe, expect, it } from 'vitest'
import type { SimulationResult, SimulationWarning } from '../../../src/engine/index'
import { answerWarnings, suggestionLabel, takeSuggestion } from '../../../src/lib/request/suggestions'
import type { RequestDraft } from '../../../src/lib/request/draft'

const A = '111122223333'
const principal: SimulationWarning = {
  code: 'unknown-principal',
  arn: `arn:aws:iam::${A}:user/joon`,
  account: A,
  suggestions: [`arn:aws:iam::${A}:user/contractors/joon`],
}
const resource: SimulationWarning = {
  code: 'unknown-resource',
  arn: 'arn:aws:s3:::company-a-app-asset/x',
  suggestions: ['arn:aws:s3:::company-a-app-assets/x'],
}

const draft = (patch: Partial<RequestDraft> = {}): RequestDraft => ({
  principal: `arn:aws:iam::${A}:user/joon`,
  actions: ['s3:GetObject'],
  resources: ['arn:aws:s3:::company-a-app-asset/x'],
  environment: {},
  context: {},
  ...patch,
})

const answer = (warnings?: SimulationWarning[]) => ({ warnings }) as unknown as SimulationResult

describe(answerWarnings, () => {
  it('gathers the answer’s and the batch’s warnings, each once', () => {
    const other = { ...resource, arn: 'arn:aws:s3:::b/y' }
    const first = answer([principal, resource])
    const batch = [{ result: first }, { result: answer([principal, other]) }, { result: answer() }]
    expect(answerWarnings(first, batch)).toEqual([principal, resource, other])
  })

  it('none without an answer', () => {
    expect(answerWarnings(undefined)).toEqual([])
  })
})

describe(suggestionLabel, () => {
  it.each([
    [`arn:aws:iam::${A}:user/contractors/joon`, 'user/contractors/joon'],
    [`arn:aws:iam::${A}:role/Deployer`, 'role/Deployer'],
    [`arn:aws:sts::${A}:assumed-role/Deployer/ci`, 'assumed-role/Deployer/ci'],
    ['arn:aws:s3:::company-a-app-assets/x', 'arn:aws:s3:::company-a-app-assets/x'],
  ])('%s → %s', (arn, label) => {
    expect(suggestionLabel(arn)).toBe(label)
  })
})

describe(takeSuggestion, () => {
  const suggestion = principal.suggestions[0]!

  it('an ARN principal becomes the suggested ARN', () => {
    expect(takeSuggestion(draft(), principal, suggestion, A)).toEqual({ principal: suggestion })
  })

  it('a short reference stays short in the default account, and becomes the ARN in another', () => {
    expect(takeSuggestion(draft({ principal: 'user/joon' }), principal, suggestion, A)).toEqual({
      principal: 'user/contractors/joon',
    })
    expect(takeSuggestion(draft({ principal: 'user/joon' }), principal, suggestion, '444455556666')).toEqual({
      principal: suggestion,
    })
  })

  it('replaces every resource line that named the missing resource, as typed around it', () => {
    const lines = [' arn:aws:s3:::company-a-app-asset/x ', 'arn:aws:s3:::other/y', 'arn:aws:s3:::company-a-app-asset/x']
    expect(takeSuggestion(draft({ resources: lines }), resource, resource.suggestions[0]!, A)).toEqual({
      resources: ['arn:aws:s3:::company-a-app-assets/x', 'arn:aws:s3:::other/y', 'arn:aws:s3:::company-a-app-assets/x'],
    })
  })

  it('a form changed since the answer: the one resource is replaced, one of several is not guessed', () => {
    const one = draft({ resources: ['arn:aws:s3:::company-a-app-asse'] })
    expect(takeSuggestion(one, resource, resource.suggestions[0]!, A)).toEqual({
      resources: ['arn:aws:s3:::company-a-app-assets/x'],
    })
    const several = draft({ resources: ['arn:aws:s3:::a/1', 'arn:aws:s3:::b/2'] })
    expect(takeSuggestion(several, resource, resource.suggestions[0]!, A)).toEqual({})
  })
})
