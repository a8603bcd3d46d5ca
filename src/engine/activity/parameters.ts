// The parts of a CloudTrail record that come from the request's resource: `requestParameters` in each service's
// own names (an S3 bucket's `bucketName` and `key`, a KMS `keyId`, an IAM `roleName`, ...) and `resources[]`.
import { parseArn } from '../match/arn'
import type { EventResource } from '../scenario/activity'

/** `requestParameters` of a request on `resource`; undefined when the request names no resource (`*`). */
export function requestParametersOf(action: string, resource: string): Record<string, unknown> | undefined {
  const arn = parseArn(resource)
  if (!arn) return undefined
  const service = action.slice(0, action.indexOf(':')).toLowerCase()
  const [type, ...rest] = splitResource(arn.resource)
  const id = rest.join('/')
  switch (arn.service) {
    case 's3': {
      const slash = arn.resource.indexOf('/')
      if (slash < 0) return { bucketName: arn.resource }
      return { bucketName: arn.resource.slice(0, slash), key: arn.resource.slice(slash + 1) }
    }
    case 'iam': {
      const name = rest.at(-1) ?? ''
      if (service === 'sts' && type === 'role') return { roleArn: resource }
      if (type === 'role') return { roleName: name }
      if (type === 'user') return { userName: name }
      if (type === 'group') return { groupName: name }
      if (type === 'policy') return { policyArn: resource }
      if (type === 'instance-profile') return { instanceProfileName: name }
      return undefined
    }
    case 'kms':
      return { keyId: resource }
    case 'dynamodb':
      return { tableName: rest[0] ?? id }
    case 'lambda':
      return { functionName: resource }
    case 'sns':
      return { topicArn: resource }
    case 'sqs':
      // SQS calls name the queue by its URL, and CloudTrail records it so: text in the event, never fetched or linked.
      return { queueUrl: `https://sqs.${arn.region}.amazonaws.com/${arn.account}/${arn.resource}` }
    case 'secretsmanager':
      return { secretId: resource }
    case 'logs':
      return type === 'log-group' ? { logGroupName: rest[0] ?? '' } : undefined
    case 'ec2':
      return type === 'instance' ? { instancesSet: { items: [{ instanceId: id }] } } : undefined
    default:
      return undefined
  }
}

// CloudFormation-style resource types CloudTrail writes in `resources[]`, by ARN service and resource type.
const TYPES: Record<string, string> = {
  's3 bucket': 'AWS::S3::Bucket',
  's3 object': 'AWS::S3::Object',
  'kms key': 'AWS::KMS::Key',
  'iam role': 'AWS::IAM::Role',
  'iam user': 'AWS::IAM::User',
  'iam group': 'AWS::IAM::Group',
  'iam policy': 'AWS::IAM::Policy',
  'dynamodb table': 'AWS::DynamoDB::Table',
  'lambda function': 'AWS::Lambda::Function',
  'sns topic': 'AWS::SNS::Topic',
  'sqs queue': 'AWS::SQS::Queue',
  'secretsmanager secret': 'AWS::SecretsManager::Secret',
  'ec2 instance': 'AWS::EC2::Instance',
  'logs log-group': 'AWS::Logs::LogGroup',
}

/** `resources[]` of a request on `resource` (owned by `account` when known); undefined for `*`. */
export function eventResourcesOf(resource: string, account: string | undefined): EventResource[] | undefined {
  const arn = parseArn(resource)
  if (!arn) return undefined
  const out: EventResource = { ARN: resource }
  const owner = account ?? (arn.account || undefined)
  if (owner !== undefined) out.accountId = owner
  const type = TYPES[`${arn.service} ${resourceKind(arn.service, arn.resource)}`]
  if (type) out.type = type
  return [out]
}

function resourceKind(service: string, resource: string): string {
  if (service === 's3') return resource.includes('/') ? 'object' : 'bucket'
  if (service === 'sns' || service === 'sqs') return service === 'sns' ? 'topic' : 'queue'
  return splitResource(resource)[0] ?? ''
}

/** `role/path/Name` → [`role`, `path`, `Name`]; `function:name` → [`function`, `name`]. */
function splitResource(resource: string): string[] {
  return resource.split(/[/:]/)
}
