// Last accessed information and least-privilege policies, loaded on their first ask.
import { lastAccessed } from '../../src/engine/index'
import type { Scenario } from '../../src/engine/index'
import { catalog } from '../catalog/shared'

export { leastPrivilegePolicy } from '../../src/engine/index'

/** Last accessed information of a principal; the catalog's service list expands `*` grants. */
export async function lastAccessedWithCatalog(scenario: Scenario, principal: string) {
  await catalog.load([])
  return lastAccessed(scenario, principal, { catalog: catalog.snapshot() })
}
