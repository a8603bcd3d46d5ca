// The explorer's "New …" forms: one entry point per kind, returning the edit and what to select afterwards.
import type { Scenario } from '../../engine/index'
import type { Selection } from '../state/navigation.svelte'
import {
  createGroup,
  createOrganizationPolicy,
  createPolicy,
  createResource,
  createRole,
  createUser,
  type EditResult,
} from '../../engine/index'
import { STARTER_IDENTITY_POLICY, starterOrganizationPolicy } from './starters'

/** What the explorer can create (SCPs and RCPs are both organization policies). */
export type CreateKind = 'user' | 'group' | 'role' | 'policy' | 'resource' | 'scp' | 'rcp'

/** Creates an entity from the one field of its form (a name; an ARN for resources). */
export function createEntity(scenario: Scenario, kind: CreateKind, value: string): EditResult {
  const name = value.trim()
  switch (kind) {
    case 'user':
      return createUser(scenario, { name })
    case 'group':
      return createGroup(scenario, { name })
    case 'role':
      return createRole(scenario, { name })
    case 'policy':
      return createPolicy(scenario, { name, document: STARTER_IDENTITY_POLICY })
    case 'resource':
      return createResource(scenario, { arn: name })
    case 'scp':
    case 'rcp':
      return createOrganizationPolicy(scenario, { name, type: kind, document: starterOrganizationPolicy(kind) })
  }
}

/** The selection that shows a newly created entity. */
export function createdSelection(kind: CreateKind, value: string): Selection {
  const name = value.trim()
  return kind === 'scp' || kind === 'rcp' ? { kind: 'org-policy', name } : { kind, name }
}
