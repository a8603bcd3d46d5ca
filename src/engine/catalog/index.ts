// The AWS action / condition-key / resource-type catalog: loaded per service through a reader, read synchronously.
export { Catalog } from './catalog'
export { GLOBAL_CONDITION_KEYS, globalConditionKey } from './global-keys'
export { isKeyTemplate, keyMatches } from './key-pattern'
export { arnServicesOf, conditionKeysOf, matchingActions, servicesIn, splitAction } from './queries'
export type {
  ActionInfo,
  ActionResourceType,
  CatalogReader,
  CatalogSnapshot,
  ConditionKeyInfo,
  ResourceTypeInfo,
} from './types'
