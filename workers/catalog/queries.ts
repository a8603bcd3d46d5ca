// The editor's questions to the AWS catalog (completion, hover), answered in the worker from the engine's Catalog.
// Pure and DOM-free: the worker wires it to its Catalog; Node tests wire it to the package's files.
import {
  GLOBAL_CONDITION_KEYS,
  conditionKeysOf,
  matchingActions,
  splitAction,
  type Catalog,
  type ConditionKeyInfo,
} from '../../src/engine/index'
import type { ActionSummary, ConditionKeySummary, EditorCatalog } from '../../src/lib/editor/catalog-types'
import { CatalogDocs } from './docs'
import { globalKeyDoc } from './global-key-docs'

export { CatalogDocs }

const hasWildcard = (s: string) => s.includes('*') || s.includes('?')

/** The services that action patterns name (without wildcards in the prefix), lower case. */
function servicesOfActions(actions: readonly string[]): string[] {
  return actions.flatMap((a) => {
    const service = splitAction(a)?.service.toLowerCase()
    return service && !hasWildcard(service) ? [service] : []
  })
}

/** The {@link EditorCatalog} over an engine Catalog whose reader goes through `docs`. */
export function catalogQueries(catalog: Catalog, docs: CatalogDocs): EditorCatalog {
  return {
    async services() {
      await catalog.load([])
      const snapshot = catalog.snapshot()
      return (snapshot.services() ?? []).map((prefix) => {
        const name = snapshot.serviceName(prefix)
        return name ? { prefix, name } : { prefix }
      })
    },

    async actions(service) {
      const prefix = service.toLowerCase()
      await catalog.load([prefix])
      return (catalog.snapshot().actions(prefix) ?? []).map((a) => {
        const summary: ActionSummary = { name: a.name }
        if (a.accessLevel) summary.accessLevel = a.accessLevel
        const description = docs.action(prefix, a.name)
        if (description) summary.description = description
        return summary
      })
    },

    async conditionKeys(services, actions) {
      const prefixes = [...new Set([...services.map((s) => s.toLowerCase()), ...servicesOfActions(actions)])]
      await catalog.load(prefixes)
      const snapshot = catalog.snapshot()
      const applicable = new Set<string>()
      for (const pattern of actions) {
        for (const action of matchingActions(snapshot, pattern) ?? []) {
          for (const key of conditionKeysOf(snapshot, action)) applicable.add(key.toLowerCase())
        }
      }
      const found = new Map<string, ConditionKeySummary>()
      const add = (info: ConditionKeyInfo) => {
        const lower = info.key.toLowerCase()
        if (found.has(lower)) return
        const summary: ConditionKeySummary = {
          key: info.key,
          type: info.type,
          global: info.global,
          forActions: applicable.has(lower),
        }
        const description = globalKeyDoc(info.key) ?? docs.conditionKey(info.key)
        if (description) summary.description = description
        found.set(lower, summary)
      }
      GLOBAL_CONDITION_KEYS.forEach(add)
      for (const prefix of prefixes) snapshot.conditionKeys(prefix)?.forEach(add)
      return [...found.values()]
    },
  }
}
