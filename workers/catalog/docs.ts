// The descriptions the engine's Catalog drops, kept for the editor's hover and completion: apart from the editor's
// queries, so the worker's first load (which wraps its catalog reader with this) does not carry them.
import type { CatalogReader } from '../../src/engine/index'

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

  /**
   * The description of a condition key as the service files read so far give it (case-insensitive); global keys
   * have better wording in `globalKeyDoc`, which callers ask first.
   */
  conditionKey(key: string): string | undefined {
    return this.#keys.get(key.toLowerCase())
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
