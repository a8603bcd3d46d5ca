// The editor's catalog on the main thread: the worker's catalog queries, remembered so typing does not re-ask.
import { catalogActionsInWorker, catalogConditionKeysInWorker, catalogServicesInWorker } from '../worker/engine-client'
import type { EditorCatalog } from './catalog-types'

const MAX_KEY_QUERIES = 32

/**
 * Remembers each answer of `source` (services once, actions per service, condition keys per question, the last
 * {@link MAX_KEY_QUERIES} questions); a failed call is forgotten so the next one retries.
 */
export function cachedCatalog(source: EditorCatalog): EditorCatalog {
  let services: ReturnType<EditorCatalog['services']> | undefined
  const actions = new Map<string, ReturnType<EditorCatalog['actions']>>()
  const keys = new Map<string, ReturnType<EditorCatalog['conditionKeys']>>()
  const remember = <T>(map: Map<string, Promise<T>>, key: string, call: () => Promise<T>): Promise<T> => {
    let pending = map.get(key)
    if (!pending) {
      pending = call()
      pending.catch(() => map.delete(key))
      map.set(key, pending)
    }
    return pending
  }
  return {
    services() {
      services ??= source.services()
      services.catch(() => (services = undefined))
      return services
    },
    actions: (service) => remember(actions, service.toLowerCase(), () => source.actions(service.toLowerCase())),
    conditionKeys(forServices, forActions) {
      const question = JSON.stringify([[...forServices].sort(), [...forActions].sort()])
      if (keys.size >= MAX_KEY_QUERIES && !keys.has(question)) keys.delete(keys.keys().next().value!)
      return remember(keys, question, () => source.conditionKeys(forServices, forActions))
    },
  }
}

let shared: EditorCatalog | undefined

/** The catalog in the engine worker, shared by every editor on the page. */
export function workerCatalog(): EditorCatalog {
  shared ??= cachedCatalog({
    services: catalogServicesInWorker,
    actions: catalogActionsInWorker,
    conditionKeys: (services, actions) => catalogConditionKeysInWorker([...services], [...actions]),
  })
  return shared
}
