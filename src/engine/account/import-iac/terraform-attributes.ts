// The attributes Terraform computes at apply (`arn`, `id`, `name`), worked out from a resource's configuration so a
// reference such as `aws_iam_policy.read.arn` resolves before anything is applied.
import type { TfResource } from './terraform-resources'

/** Where computed ARNs live. */
export interface ArnContext {
  account: string
  partition: string
  region: string
}

const IAM_ARN_KIND: Readonly<Record<string, string>> = {
  aws_iam_user: 'user',
  aws_iam_group: 'group',
  aws_iam_role: 'role',
  aws_iam_policy: 'policy',
  aws_iam_instance_profile: 'instance-profile',
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** The path as ARNs show it: `/` or `/a/b/`. */
function arnPath(v: unknown): string {
  const p = str(v) ?? '/'
  return p.startsWith('/') && p.endsWith('/') ? p : '/'
}

/**
 * The value of `attr` on a resource: the known value when the input has it, else the value Terraform would compute
 * from the resource's own arguments, else undefined (a value known only after apply).
 */
export function tfAttribute(r: TfResource, attr: string, ctx: ArnContext): unknown {
  const known = r.values[attr]
  if (known !== undefined && known !== null) return known
  const name = str(r.values.name) ?? r.name
  const iam = IAM_ARN_KIND[r.type]
  if (iam) {
    if (attr === 'arn') return `arn:${ctx.partition}:iam::${ctx.account}:${iam}${arnPath(r.values.path)}${name}`
    if (attr === 'name') return name
    if (attr === 'id') return r.type === 'aws_iam_policy' ? tfAttribute(r, 'arn', ctx) : name
    return undefined
  }
  switch (r.type) {
    case 'aws_s3_bucket': {
      const bucket = str(r.values.bucket) ?? r.name
      if (attr === 'arn') return `arn:${ctx.partition}:s3:::${bucket}`
      if (attr === 'id' || attr === 'bucket') return bucket
      return undefined
    }
    case 'aws_organizations_policy':
      // Attachments name the policy by ID; the importer keys SCPs by name, so the ID resolves to the name.
      return attr === 'id' || attr === 'name' ? name : undefined
    case 'aws_iam_saml_provider':
      return attr === 'arn' ? `arn:${ctx.partition}:iam::${ctx.account}:saml-provider/${name}` : undefined
    case 'aws_iam_openid_connect_provider': {
      const url = str(r.values.url)?.replace(/^https:\/\//, '')
      return attr === 'arn' && url ? `arn:${ctx.partition}:iam::${ctx.account}:oidc-provider/${url}` : undefined
    }
    case 'aws_caller_identity':
      return attr === 'account_id' || attr === 'id' ? ctx.account : undefined
    case 'aws_partition':
      return attr === 'partition' || attr === 'id' ? ctx.partition : undefined
    case 'aws_region':
      return attr === 'name' || attr === 'id' || attr === 'region' ? ctx.region : undefined
    default:
      return undefined
  }
}
