// What the entity panel shows for a selection: an entity (with the name its heading gives), or an organization's node
// or account. The panel's heading and its lazily loaded details (EntityDetails) take it from here.
import type { Organization, Scenario } from '../../engine/index'
import type { Selection } from '../state/navigation.svelte'
import { selectedEntity, type SelectedEntity } from './entities'
import { selectedOrgItem, type OrgItem } from './org'

/** The selection's entity or organization item; at most one of the two is set. */
export type Shown = {
  selected?: SelectedEntity
  /** The entity's name as its heading shows it (a resource's ARN). */
  name?: string
  orgItem?: OrgItem
  org?: Organization
}

/** What `selection` shows in `scenario`. */
export function shownEntity(scenario: Scenario, selection: Selection): Shown {
  const selected = selectedEntity(scenario, selection)
  if (selected) return { selected, name: selected.kind === 'resource' ? selected.entity.arn : selected.entity.name }
  const orgItem = selectedOrgItem(scenario, selection)
  return orgItem && scenario.organization ? { orgItem, org: scenario.organization } : {}
}
