// The shapes of the AWS service catalog (actions, condition keys, resource types) as the validator reads them.

/**
 * Reads one catalog file by relative path, e.g. `actions/s3.json` or `services.json`; resolves undefined when absent.
 * In the browser this is `(path) => fetch('catalog/' + path).then((r) => (r.ok ? r.json() : undefined))`.
 */
export type CatalogReader = (path: string) => Promise<unknown | undefined>

/** A resource type an action works on, with the condition keys that apply to it for this action. */
export interface ActionResourceType {
  /** The resource type's name, as `resourceTypes/<service>.json` lists it (compare case-insensitively). */
  name: string
  required: boolean
  conditionKeys: string[]
}

/** One action of a service, as the Service Authorization Reference lists it. */
export interface ActionInfo {
  /** Lower-case service prefix, e.g. `s3`. */
  service: string
  /** The action's documented spelling, e.g. `GetObject`. */
  name: string
  /** `Read`, `Write`, `List`, `Tagging` or `Permissions management`. */
  accessLevel?: string
  resourceTypes: ActionResourceType[]
  /** Condition keys the action supports, as written in the reference (templates like `s3:ExistingObjectTag/<key>`). */
  conditionKeys: string[]
}

/** A condition key with its type. */
export interface ConditionKeyInfo {
  /** The key as the reference writes it, possibly a template (`aws:RequestTag/${TagKey}`). */
  key: string
  /** `String`, `ArrayOfString`, `ARN`, `Bool`, `Numeric`, `Date`, `IPAddress`, ... (`ArrayOf*` means multivalued). */
  type: string
  /** True for the global keys every service supports (`aws:SourceIp`, ...). */
  global: boolean
}

/** A resource type of a service, with its ARN template. */
export interface ResourceTypeInfo {
  /** Lower-case service prefix the type belongs to. */
  service: string
  name: string
  /** ARN template, e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  arn: string
  conditionKeys: string[]
}

/**
 * What a {@link Catalog} has loaded so far, read synchronously by the validator. Service prefixes, action names and
 * condition keys are compared case-insensitively. "Not loaded" answers undefined, so callers skip checks they cannot
 * make rather than report false problems.
 */
export interface CatalogSnapshot {
  /** Whether the prefix names a service; undefined when the service list is not loaded. */
  hasService(prefix: string): boolean | undefined
  /** Every service prefix, sorted; undefined when the service list is not loaded. */
  services(): readonly string[] | undefined
  /** The service's readable name (`Amazon S3`). */
  serviceName(prefix: string): string | undefined
  /** True when the service's actions, keys and resource types have been loaded (or found missing). */
  isLoaded(prefix: string): boolean
  /** One action, found case-insensitively; undefined when unknown or not loaded. */
  action(service: string, name: string): ActionInfo | undefined
  /** Every action of a loaded service; undefined when the service is not loaded. */
  actions(service: string): readonly ActionInfo[] | undefined
  /** Every condition key of a loaded service (templates included); undefined when the service is not loaded. */
  conditionKeys(service: string): readonly ConditionKeyInfo[] | undefined
  /** One resource type of a loaded service. */
  resourceType(service: string, name: string): ResourceTypeInfo | undefined
  /** Every resource type of a loaded service; undefined when the service is not loaded. */
  resourceTypes(service: string): readonly ResourceTypeInfo[] | undefined
  /**
   * A concrete key (`aws:RequestTag/team`) or a template, matched against the global keys and the keys of the
   * services its prefix belongs to (`saml:aud` belongs to `sts`); undefined when unknown or not loaded.
   */
  conditionKey(key: string): ConditionKeyInfo | undefined
  /**
   * Whether the catalog can answer {@link CatalogSnapshot.conditionKey} for this key: true when the key is global or
   * every service its prefix belongs to is loaded; false when its prefix belongs to no service; undefined otherwise.
   */
  knowsKeysOf(key: string): boolean | undefined
}
