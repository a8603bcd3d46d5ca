// The access matrix, loaded on its first ask.
import { matrixResources } from '../../src/engine/index'
import type { Scenario } from '../../src/engine/index'
import { catalog } from '../catalog/shared'

export { matrixRows } from '../../src/engine/index'

/** The resource each matrix column asks about (loads the actions' services first). */
export async function matrixResourcesWithCatalog(scenario: Scenario, actions: string[], chosen: string) {
  await catalog.load([...new Set(actions.map((a) => a.slice(0, a.indexOf(':')).toLowerCase()))])
  return matrixResources(catalog.snapshot(), scenario, actions, chosen)
}
