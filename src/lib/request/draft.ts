// The request form's contents (the draft) and the draft a scenario opens with.
import type { SavedRequest, Scenario } from '../../engine/index'
import { mfaFromPrincipal } from './mfa'

/** The request form: one principal, one or more actions and resources. */
export interface RequestDraft {
  principal: string
  /** Several actions or resources give a table of answers (one per line in the form). */
  actions: string[]
  resources: string[]
  environment: NonNullable<Scenario['environment']>
  context: Record<string, string | string[]>
}

/**
 * The form's draft for a saved request: the scenario environment with the request's overrides. MFA starts from the
 * principal (see {@link mfaFromPrincipal}) unless the saved request sets it itself.
 */
export function draftOfSaved(scenario: Scenario, saved: SavedRequest): RequestDraft {
  const environment = { ...(scenario.environment ?? {}), ...(saved.environment ?? {}) }
  return {
    principal: saved.principal,
    actions: [saved.action],
    resources: [saved.resource],
    environment:
      saved.environment?.mfa === undefined ? mfaFromPrincipal(scenario, saved.principal, environment) : environment,
    context: { ...(saved.context ?? {}) },
  }
}

/** A first request for a scenario: its first saved request, else nothing filled in. */
export function draftFor(scenario: Scenario): RequestDraft {
  const first = scenario.requests?.[0]
  if (first) return draftOfSaved(scenario, first)
  return {
    principal: '',
    actions: [''],
    resources: [''],
    environment: { ...(scenario.environment ?? {}) },
    context: {},
  }
}
