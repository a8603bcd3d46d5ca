// Resources that only AWS may change: AWS managed policies, roles under `/aws-reserved/` (IAM Identity Center's
// roles) and the aliases of AWS managed KMS keys (`alias/aws/…`). No policy can allow a write to them.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html#aws-managed-policies
// ("You cannot change the permissions defined in AWS managed policies")
// https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html ("alias/aws/ … reserved for AWS managed keys")
import writes from './aws-owned-writes.json'

/** Which kind of AWS-owned resource a request would change. */
export type AwsOwnedKind = 'policy' | 'role' | 'alias'

const KINDS: readonly { kind: AwsOwnedKind; arn: RegExp; writes: ReadonlySet<string> }[] = [
  { kind: 'policy', arn: /^arn:[^:]+:iam::aws:policy\//, writes: new Set(writes['iam:policy']) },
  { kind: 'role', arn: /^arn:[^:]+:iam::\d{12}:role\/aws-reserved\//, writes: new Set(writes['iam:role']) },
  { kind: 'alias', arn: /^arn:[^:]+:kms:[^:]*:\d{12}:alias\/aws\//, writes: new Set(writes['kms:alias']) },
]

/**
 * The kind of AWS-owned resource `resource` is, when `action` would change it (a Write, Permissions management or
 * Tagging action on that resource type, from the AWS catalog); undefined for reads and for every other resource.
 */
export function awsOwnedResource(action: string, resource: string): AwsOwnedKind | undefined {
  const lower = action.toLowerCase()
  for (const k of KINDS) if (k.writes.has(lower) && k.arn.test(resource)) return k.kind
  return undefined
}
