// Starter documents for policies the account panel creates, as pretty JSON text (text keeps editor positions).
import type { Resource, Scenario } from '../../engine/index'

function pretty(doc: unknown): string {
  return JSON.stringify(doc, null, 2)
}

/** The document of a new inline or customer managed policy. */
export const STARTER_IDENTITY_POLICY = pretty({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }],
})

const RESOURCE_ARN = /^arn:[^:]+:([^:]+):[^:]*:(\d{12})?:/

/**
 * A resource policy that lets the owning account use the resource. An empty `Statement` list is not valid
 * grammar, so the starter has one statement to edit.
 */
export function starterResourcePolicy(scenario: Scenario, resource: Resource): string {
  const match = RESOURCE_ARN.exec(resource.arn)
  const service = match?.[1] ?? 's3'
  const account = resource.account ?? match?.[2] ?? scenario.accounts[0]?.id ?? '111122223333'
  return pretty({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: `${service}:*`,
        Resource: resource.arn,
      },
    ],
  })
}

/** A new SCP (denies one action) or RCP (denies requests without TLS): neither limits anything until attached. */
export function starterOrganizationPolicy(type: 'scp' | 'rcp'): string {
  const statement =
    type === 'scp'
      ? { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }
      : {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }
  return pretty({ Version: '2012-10-17', Statement: [statement] })
}

/** `base`, or `base-2`, `base-3`, … : the first that is not taken. */
export function freshName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base
  for (let n = 2; ; n++) if (!taken.includes(`${base}-${n}`)) return `${base}-${n}`
}
