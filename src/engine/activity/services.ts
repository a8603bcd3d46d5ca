// What CloudTrail writes for a service: its event source, the error code of a denied call, the event name of an
// action, and whether an action is read-only or a data event. Small tables of the documented exceptions; every
// other service follows the common rule.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-logging-data-events.html

/** Service prefixes whose event source is not `<prefix>.amazonaws.com`. */
const EVENT_SOURCES: Record<string, string> = {
  cloudwatch: 'monitoring.amazonaws.com',
  mq: 'amazonmq.amazonaws.com',
  mobiletargeting: 'pinpoint.amazonaws.com',
  tag: 'tagging.amazonaws.com',
}
const PREFIX_OF_SOURCE = new Map(Object.entries(EVENT_SOURCES).map(([prefix, source]) => [source, prefix]))

/** The CloudTrail event source of a service prefix (`s3` → `s3.amazonaws.com`, `cloudwatch` → `monitoring…`). */
export function eventSourceOf(service: string): string {
  const prefix = service.toLowerCase()
  return EVENT_SOURCES[prefix] ?? `${prefix}.amazonaws.com`
}

/** The service prefix of an event source (the inverse of {@link eventSourceOf}). */
export function serviceOfSource(source: string): string {
  return PREFIX_OF_SOURCE.get(source) ?? source.replace(/\.amazonaws\.com$/, '')
}

// Services whose APIs speak the JSON protocols name their exception `AccessDeniedException`; query and REST-XML
// services (IAM, STS, S3, SNS, SQS, ...) say `AccessDenied`; EC2 says `Client.UnauthorizedOperation`.
const JSON_SERVICES = new Set([
  'athena',
  'codebuild',
  'codecommit',
  'dynamodb',
  'ecr',
  'ecs',
  'events',
  'firehose',
  'glue',
  'kinesis',
  'kms',
  'lambda',
  'logs',
  'organizations',
  'secretsmanager',
  'ssm',
  'states',
])

/** The `errorCode` of a call the service denies. */
export function accessDeniedCode(service: string): string {
  const prefix = service.toLowerCase()
  if (prefix === 'ec2') return 'Client.UnauthorizedOperation'
  return JSON_SERVICES.has(prefix) ? 'AccessDeniedException' : 'AccessDenied'
}

/** The `errorCode` of a call made with expired temporary credentials. */
export function expiredTokenCode(service: string): string {
  return JSON_SERVICES.has(service.toLowerCase()) ? 'ExpiredTokenException' : 'ExpiredToken'
}

// IAM actions whose API operation has another name.
const EVENT_NAMES: Record<string, string> = {
  's3:listbucket': 'ListObjects',
  's3:listbucketversions': 'ListObjectVersions',
  'lambda:invokefunction': 'Invoke',
}

/** The event name of an action: its API operation (`s3:ListBucket` → `ListObjects`), else the action's name. */
export function eventNameOf(action: string): string {
  const known = EVENT_NAMES[action.toLowerCase()]
  if (known) return known
  const colon = action.indexOf(':')
  return colon < 0 ? action : action.slice(colon + 1)
}

const READ_ONLY = /^(Get|List|Describe|Head|Lookup|Search|Scan|Query|BatchGet|Select|View|Decrypt|Verify|Check)/

/** Whether the operation only reads (CloudTrail's `readOnly`), judged from the name as AWS names its APIs. */
export function isReadOnly(action: string): boolean {
  return READ_ONLY.test(eventNameOf(action))
}

// Operations CloudTrail logs as data events (on resources, not on their configuration).
const DATA_ACTIONS = new Set([
  'dynamodb:batchgetitem',
  'dynamodb:batchwriteitem',
  'dynamodb:deleteitem',
  'dynamodb:getitem',
  'dynamodb:putitem',
  'dynamodb:query',
  'dynamodb:scan',
  'dynamodb:transactgetitems',
  'dynamodb:transactwriteitems',
  'dynamodb:updateitem',
  'lambda:invokefunction',
  's3:listbucket',
  's3:listbucketversions',
  'sns:publish',
  'sqs:changemessagevisibility',
  'sqs:deletemessage',
  'sqs:receivemessage',
  'sqs:sendmessage',
])

/** Whether CloudTrail records the request as a data event: S3 object operations and the operations listed above. */
export function isDataEvent(action: string, resource: string): boolean {
  const lower = action.toLowerCase()
  if (DATA_ACTIONS.has(lower)) return true
  return lower.startsWith('s3:') && /^arn:[^:]+:s3:::[^/]+\/./.test(resource)
}
