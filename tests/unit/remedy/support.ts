// What the remedy tests share: applying a proposal the way the app does, and asking with the input frozen so that any
// change to it throws.
import { expect } from 'vitest'
import {
  formatIssue,
  parseScenario,
  simulate,
  whatWouldAllow,
  type RemedyAnswer,
  type RemedyProposal,
  type Scenario,
  type SimulationRequest,
} from '../../../src/engine/index'

/** The scenario and request after a proposal, as the app applies it (a request patch replaces environment/context). */
export function applied(proposal: RemedyProposal, scenario: Scenario, request: SimulationRequest) {
  return {
    scenario: proposal.scenario ?? scenario,
    request: { ...request, ...proposal.request },
  }
}

/** The decision after applying a proposal. */
export function decisionAfter(proposal: RemedyProposal, scenario: Scenario, request: SimulationRequest) {
  const next = applied(proposal, scenario, request)
  return simulate(next.scenario, next.request).decision
}

/** What the scenario parser finds wrong with a scenario (nothing, for the ones the tests use and the proposals). */
export function problems(scenario: Scenario): string[] {
  const parsed = parseScenario(scenario)
  return parsed.ok ? [] : parsed.errors.map(formatIssue)
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/**
 * `whatWouldAllow` on a frozen copy of the input (a change to it would throw), checking that the scenario is one the
 * parser accepts, that every proposal's scenario is too, and that every proposal applied is allowed.
 */
export function ask(scenario: Scenario, request: SimulationRequest): RemedyAnswer {
  expect(problems(scenario)).toEqual([])
  const frozen = deepFreeze(structuredClone(scenario))
  const frozenRequest = deepFreeze(structuredClone(request))
  const answer = whatWouldAllow(frozen, frozenRequest)
  for (const p of answer.proposals) {
    if (p.scenario) expect(problems(p.scenario), p.label).toEqual([])
    expect(decisionAfter(p, scenario, request), p.label).toBe('Allow')
  }
  return answer
}

/** The operations of each proposal, e.g. `['set-environment']`, `['remove-action', 'new-inline']`. */
export function ops(answer: RemedyAnswer): string[][] {
  return answer.proposals.map((p) => p.changes.map((c) => c.op))
}
