// The IAM ARNs found in authorization details: users, groups, roles, instance profiles and managed policies.

/** An IAM ARN split into the parts the importer needs. */
export interface IamArn {
  /** `aws`, `aws-cn`, `aws-us-gov`, ... */
  partition: string
  /** 12 digits, or `aws` for AWS managed policies. */
  account: string
  /** `user`, `group`, `role`, `policy`, `instance-profile`. */
  type: string
  /** `/` or `/a/b/`. */
  path: string
  name: string
}

const IAM_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}|aws):([a-z-]+)\/(.+)$/

/** Splits `arn:aws:iam::111122223333:user/division/Bob`; undefined for anything else. */
export function parseIamArn(text: string): IamArn | undefined {
  const m = IAM_ARN.exec(text)
  if (!m) return undefined
  const [, partition, account, type, rest] = m as unknown as [string, string, string, string, string]
  const slash = rest.lastIndexOf('/')
  const name = rest.slice(slash + 1)
  if (name === '') return undefined
  return { partition, account, type, path: slash < 0 ? '/' : `/${rest.slice(0, slash + 1)}`, name }
}

/** True for `arn:PARTITION:iam::aws:policy/…`. */
export function isAwsManagedArn(text: string): boolean {
  return parseIamArn(text)?.account === 'aws'
}
