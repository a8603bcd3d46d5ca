// The fixed words of the policy language with one-line docs, shared by completion and hover.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html

/** What each policy element is for. */
export const ELEMENT_DOCS: Record<string, string> = {
  Version: 'The policy language version. Use `2012-10-17`: policy variables need it.',
  Id: 'An optional identifier for the policy.',
  Statement: 'The statements: one object, or an array of them.',
  Sid: 'An optional statement ID, unique within the policy.',
  Effect: 'Whether the statement allows or denies: `Allow` or `Deny`.',
  Principal: 'Who the statement applies to. Resource-based and trust policies only.',
  NotPrincipal: 'Every principal except these. Rarely the right tool: prefer a `Condition` on `aws:PrincipalArn`.',
  Action: 'The actions the statement covers, as `service:Action`; `*` and `?` are wildcards.',
  NotAction: 'Every action except these.',
  Resource: 'The resources the statement covers, as ARNs; `*` and `?` are wildcards.',
  NotResource: 'Every resource except these.',
  Condition: 'When the statement applies: `{ "Operator": { "key": value or [values] } }`.',
}

/** The `Version` values AWS accepts, with what they mean. */
export const VERSIONS: readonly [string, string][] = [
  ['2012-10-17', 'current version'],
  ['2008-10-17', 'legacy: no policy variables'],
]

/** The keys of a `Principal` object, with what they name. */
export const PRINCIPAL_TYPES: readonly [string, string][] = [
  ['AWS', 'accounts, IAM users, IAM roles, role sessions'],
  ['Service', 'AWS services, e.g. `lambda.amazonaws.com`'],
  ['Federated', 'web identity or SAML providers'],
  ['CanonicalUser', 'an S3 canonical user ID'],
]

/** Common service principals, for trust policies. */
export const SERVICE_PRINCIPALS: readonly string[] = [
  'lambda.amazonaws.com',
  'ec2.amazonaws.com',
  'ecs-tasks.amazonaws.com',
  'states.amazonaws.com',
  'events.amazonaws.com',
  'apigateway.amazonaws.com',
  'cloudformation.amazonaws.com',
  'codebuild.amazonaws.com',
  'glue.amazonaws.com',
  'sns.amazonaws.com',
  'sqs.amazonaws.com',
  's3.amazonaws.com',
  'cloudtrail.amazonaws.com',
  'logs.amazonaws.com',
]

/** Common federated identity providers. */
export const FEDERATED_PRINCIPALS: readonly string[] = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'www.amazon.com',
  'graph.facebook.com',
]
