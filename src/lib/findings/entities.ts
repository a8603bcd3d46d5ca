// Findings and the entities they name: where an entity link leads, and which findings name the selected entity.
import type { Finding, FindingEntity, Scenario } from '../../engine/index'
import type { Selection } from '../state/navigation.svelte'

/** What selecting the entity means in the account explorer; undefined for an account or its root user. */
export function selectionOf(entity: FindingEntity): Selection {
  switch (entity.kind) {
    case 'user':
    case 'group':
    case 'role':
    case 'policy':
      return { kind: entity.kind, name: entity.name, ...(entity.account !== undefined && { account: entity.account }) }
    case 'resource':
    case 'org-policy':
      return { kind: entity.kind, name: entity.name }
    default:
      return undefined
  }
}

/** True when the finding names the selected entity (anywhere in its entity list). */
export function namesSelection(finding: Finding, selection: Selection, scenario: Scenario): boolean {
  if (!selection || selection.kind === 'organization') return false
  const home = scenario.accounts[0]?.id
  const account = selection.account ?? home
  return finding.entities.some((e) => {
    if (e.kind !== selection.kind || e.name !== selection.name) return false
    if (e.kind === 'resource' || e.kind === 'org-policy') return true
    return (e.account ?? home) === account
  })
}
