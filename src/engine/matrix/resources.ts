// Which resource the access matrix asks each action about: a request names a resource of a type the action acts on,
// so one resource for every column (an S3 object for `ec2:StopInstances`) would answer questions AWS never gets.
import { splitAction } from '../catalog/queries'
import { actionResourceTypes, typesOfArn } from '../catalog/resource-types'
import type { CatalogSnapshot } from '../catalog/types'
import { accountResourceArns } from '../scenario/account-resources'
import type { Scenario } from '../scenario/model'

/**
 * Why a column asks about its resource: `chosen` (the resource asked for fits the action's types), `account` (the
 * first of the account's resources of the action's types), `no-types` (`*`: the action acts on no resource type),
 * `no-fit` (the chosen one, though the action acts on other types and the account has none of them), `unchecked`
 * (the chosen one: the catalog does not know the action).
 */
export type MatrixResourceWhy = 'chosen' | 'account' | 'no-types' | 'no-fit' | 'unchecked'

/** The resource one action column is asked about, and why. */
export interface MatrixColumnResource {
  resource: string
  why: MatrixResourceWhy
}

/**
 * The resource to ask `action` about: `chosen` when it is of a type the action acts on, else the account's first
 * resource of such a type (resources, roles, users, groups, policies in the scenario's order), else `*` when the
 * action acts on no resource type; else `chosen` still. The action's service must be loaded in `catalog`.
 */
export function matrixResourceFor(
  catalog: CatalogSnapshot,
  scenario: Scenario,
  action: string,
  chosen: string,
): MatrixColumnResource {
  const parts = splitAction(action)
  const info = parts && catalog.action(parts.service, parts.name)
  const types = info && actionResourceTypes(catalog, info)
  if (!types) return { resource: chosen, why: 'unchecked' }
  if (types.length === 0) return { resource: '*', why: 'no-types' }
  if (chosen !== '*' && typesOfArn(chosen, types).length > 0) return { resource: chosen, why: 'chosen' }
  const found = accountResourceArns(scenario).find((arn) => typesOfArn(arn, types).length > 0)
  return found ? { resource: found, why: 'account' } : { resource: chosen, why: 'no-fit' }
}

/** {@link matrixResourceFor} for every action of a matrix, in order. */
export function matrixResources(
  catalog: CatalogSnapshot,
  scenario: Scenario,
  actions: readonly string[],
  chosen: string,
): MatrixColumnResource[] {
  return actions.map((a) => matrixResourceFor(catalog, scenario, a, chosen))
}
