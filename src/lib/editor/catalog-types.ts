// The AWS catalog as the editor sees it (completion, hover): plain data the worker answers with
// (workers/catalog/queries.ts).

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
