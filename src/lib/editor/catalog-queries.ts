// The editor's questions to the AWS catalog (completion, hover), answered in the worker from the engine's Catalog.
// Pure and DOM-free: the worker wires it to its Catalog; Node tests wire it to the package's files.
import {
  GLOBAL_CONDITION_KEYS,
  conditionKeysOf,
  matchingActions,
  splitAction,
  type Catalog,
  type CatalogReader,
  type ConditionKeyInfo,
} from '../../engine/catalog/index'
import { globalKeyDoc } from './global-key-docs'

/** A service prefix with its readable name, for completing the part of an action before `:`. */
export interface ServiceSummary {
  /** Lower-case prefix, e.g. `s3`. */
  prefix: string
  /** Readable name, e.g. `Amazon S3`. */
  name?: string
}

/** One action of a service, as completion and hover show it. */
export interface ActionSummary {
  /** The documented spelling without the prefix, e.g. `GetObject`. */
  name: string
  /** `Read`, `Write`, `List`, `Tagging` or `Permissions management`. */
  accessLevel?: string
  description?: string
}

/** A condition key as completion and hover show it. */
export interface ConditionKeySummary {
  /** As the reference writes it, possibly a template (`aws:RequestTag/${TagKey}`). */
  key: string
  /** `String`, `ArrayOfString`, `ARN`, `Bool`, `Numeric`, `Date`, `IPAddress`, ... */
  type: string
  /** A global key (`aws:SourceIp`), valid with every action. */
  global: boolean
  /** Documented for at least one of the actions asked about. */
  forActions: boolean
  description?: string
}

/** The catalog as the editor sees it: asynchronous, so it can live behind a worker. */
export interface EditorCatalog {
  /** Every service prefix, sorted. */
  services(): Promise<readonly ServiceSummary[]>
  /** The actions of one service (loads that service only); empty when unknown. */
  actions(service: string): Promise<readonly ActionSummary[]>
  /**
   * The global keys plus the keys of `services` and of the services the `actions` name, each marked with whether it
   * applies to one of `actions` (patterns such as `s3:Get*` are expanded).
   */
  conditionKeys(services: readonly string[], actions: readonly string[]): Promise<readonly ConditionKeySummary[]>
}

/** Descriptions the engine's Catalog drops, picked up as its reader passes the raw files by. */
export class CatalogDocs {
  #actions = new Map<string, string>()
  #keys = new Map<string, string>()

  /** Wraps a reader so every `actions/*.json` and `conditionKeys/*.json` it returns leaves its descriptions here. */
  reader(read: CatalogReader): CatalogReader {
    return async (path) => {
      const data = await read(path)
      const match = /^(actions|conditionKeys)\/([^/]+)\.json$/.exec(path)
      if (match && typeof data === 'object' && data !== null) this.#collect(match[1]!, match[2]!, data)
      return data
    }
  }

  /** The description of `service:name` (case-insensitive), once the service is loaded. */
  action(service: string, name: string): string | undefined {
    return this.#actions.get(`${service}:${name}`.toLowerCase())
  }

  /** The description of a condition key as written in the reference (case-insensitive). */
  conditionKey(key: string): string | undefined {
    return globalKeyDoc(key) ?? this.#keys.get(key.toLowerCase())
  }

  #collect(folder: string, service: string, data: object) {
    for (const raw of Object.values(data) as unknown[]) {
      if (typeof raw !== 'object' || raw === null) continue
      const { name, key, description } = raw as Record<string, unknown>
      if (typeof description !== 'string' || description === '') continue
      if (folder === 'actions' && typeof name === 'string') {
        this.#actions.set(`${service}:${name}`.toLowerCase(), description)
      } else if (folder === 'conditionKeys' && typeof key === 'string' && !this.#keys.has(key.toLowerCase())) {
        // Global keys recur in many services' files with service-specific wording; the first one read is kept.
        this.#keys.set(key.toLowerCase(), description)
      }
    }
  }
}

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
        const description = docs.conditionKey(info.key)
        if (description) summary.description = description
        found.set(lower, summary)
      }
      GLOBAL_CONDITION_KEYS.forEach(add)
      for (const prefix of prefixes) snapshot.conditionKeys(prefix)?.forEach(add)
      return [...found.values()]
    },
  }
}
