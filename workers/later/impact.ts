// A change's impact on access, loaded on its first ask.
import { accessDiffPlan, impactCatalogServices } from '../../src/engine/index'
import type { Scenario } from '../../src/engine/index'
import { catalog } from '../catalog/shared'

export { accessDiffStep } from '../../src/engine/index'

/** The steps of a change's impact (the catalog loads the services named; offline they stay as written). */
export async function accessDiffPlanWithCatalog(before: Scenario, after: Scenario) {
  await catalog.load(impactCatalogServices(before, after)).catch(() => undefined)
  return accessDiffPlan(before, after, { catalog: catalog.snapshot() })
}
