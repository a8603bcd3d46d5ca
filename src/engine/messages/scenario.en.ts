// The English of problems found in a scenario document (`ScenarioIssue.messageText`): one line each, lower-case
// start; user values come quoted as params (`"devs"`), field and AWS names in backticks.
import { message, type EngineMessage, type MessageParam } from './message'

export const SCENARIO_EN = {
  'scenario.missingVersion': 'missing `version`: write `"version": {version}`',
  'scenario.badVersion': '`version` must be a whole number; found {found}',
  'scenario.newerVersion':
    'this scenario is version {version}, newer than this playground reads ({current}); open it in a newer version of the playground',
  'scenario.migrated': 'migrated from version {from} to {to}; save it again to keep the new form',
  'scenario.noAccount': 'at least one account is needed: the first is the default account',
  'scenario.duplicateAccount': 'duplicate account ID {id}',
  'scenario.unknownAccount': 'unknown account {account}: add it to `accounts`',
  'scenario.hostileKey': 'the key {key} is not allowed anywhere in a scenario',
  'scenario.notJsonNumber': '{value} is not a JSON number',
  'scenario.empty': 'must not be empty',
  'scenario.notIsoDate': '{value} is not an ISO 8601 date (`2024-05-01T12:00:00Z`)',
  'scenario.notWholeNumber': '{value} is not a whole number',
  'scenario.groupTwice': 'group {name} is listed twice',
  'scenario.unknownGroupNear': 'unknown group {name} (did you mean {near}?)',
  'scenario.unknownGroupIsUser': "unknown group {name}: that is a user; a user's `groups` lists groups",
  'scenario.groupInGroup': 'IAM groups cannot contain groups: {name} is a group',
  'scenario.attachedTwice': '{ref} is attached twice',
  'scenario.unknownManagedPolicy': 'unknown managed policy {ref}: no policy in `policies` has this ARN',
  'scenario.noVersions': 'a managed policy needs at least one version',
  'scenario.duplicateVersion': 'duplicate version ID {id}',
  'scenario.sessionIssuedLater': 'the session is issued after the environment time',
  'scenario.sessionExpired': 'the session has expired by the environment time',
  // Managed policy references and groups (refs.ts).
  'scenario.tooManyManagedPolicies': 'at most {max} managed policies can be attached',
  'scenario.managedPolicyQuota': "{count} managed policies: AWS's default quota is {quota} (it can be raised to {max})",
  'scenario.unknownAwsManagedNear': 'unknown AWS managed policy {ref} (did you mean {near}?)',
  'scenario.unknownAwsManaged':
    'unknown AWS managed policy {ref}: the playground bundles a selection of AWS managed policies, and this one is not among them (a copy in `policies` with `"account": "aws"` can add it)',
  'scenario.policyOfOtherAccount':
    'the policy {ref} belongs to account {owner}; only policies of account {account} can be attached here',
  'scenario.unknownPolicyRef':
    'unknown managed policy {ref}: neither a customer managed policy of account {account} nor a bundled AWS managed policy',
  'scenario.unknownPolicyRefNear':
    'unknown managed policy {ref} (did you mean {near}?): neither a customer managed policy of account {account} nor a bundled AWS managed policy',
  'scenario.unknownGroup': 'unknown group {name}',
  'scenario.unknownGroupElsewhere':
    'unknown group {name}: it is in account {other}, and a user can only join groups of its own account ({account})',
  'scenario.secondDefault': 'only one version can be the default, and {first} already is',
  'scenario.noDefaultVersion': 'no default version: set `"isDefault": true` on exactly one version of {name}',
  // Kinds of entity, put into the sentences below.
  'scenario.kind.user': 'user',
  'scenario.kind.group': 'group',
  'scenario.kind.role': 'role',
  'scenario.kind.policy': 'policy',
  'scenario.kind.instanceProfile': 'instance profile',
  // Names and IDs (names.ts).
  'scenario.duplicateName': 'duplicate {kind} name {name} in account {account}: {other} has it',
  'scenario.duplicateNameCase':
    'duplicate {kind} name {name} in account {account}: {other} has it (as {as}; IAM names ignore case)',
  'scenario.duplicateAwsName': 'duplicate {kind} name {name} among the AWS managed policies: {other} has it',
  'scenario.duplicateAwsNameCase':
    'duplicate {kind} name {name} among the AWS managed policies: {other} has it (as {as}; IAM names ignore case)',
  'scenario.instanceProfileTwice': 'instance profile {name} is listed twice',
  'scenario.instanceProfileTaken':
    'instance profile {name} already holds the role at {other}; an instance profile holds one role',
  'scenario.duplicateUniqueId': 'duplicate unique ID {id}: {other} has it',
  'scenario.duplicateInlineName': 'duplicate inline policy name {name}',
  'scenario.duplicateAccessKey': 'duplicate access key ID {id}: {other} has it',
  'scenario.duplicateMfaSerial': 'duplicate MFA serial {serial}: {other} has it',
  // ARNs, resources, sessions and requests (resources.ts).
  'scenario.arn.notArn': '{text} is not an ARN (`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.partition': '{text} has an unknown partition {partition}',
  'scenario.arn.service': '{text} has no valid service name (`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.region': '{text} has an invalid region {region}',
  'scenario.arn.account': '{text} has an invalid account {account} (12 digits)',
  'scenario.arn.noResource': '{text} names no resource (`arn:aws:<service>:<region>:<account>:<resource>`)',
  'scenario.arn.wildcard': '{text} holds a wildcard: a resource ARN names one resource',
  'scenario.notArn': '{text} is not an ARN',
  'scenario.duplicateResource': 'duplicate resource {arn}: {other} has it',
  'scenario.arnAccountDiffers': 'the ARN says account {arnAccount}, but `account` says {account}',
  'scenario.accountNotSimulated': 'account {account} is not in `accounts`: its policies are not simulated',
  'scenario.unknownAccountPlain': 'unknown account {account}',
  'scenario.instanceProfileNotEc2': 'only EC2 instances (`arn:aws:ec2:…:instance/…`) have an instance profile',
  'scenario.unknownInstanceProfile': "unknown instance profile {name}: list it in a role's `instanceProfiles`",
  'scenario.executionRoleNotLambda': 'only Lambda functions (`arn:aws:lambda:…:function:…`) have an execution role',
  'scenario.executionRoleAccount': "the execution role must be in the function's account ({owner}), not {account}",
  'scenario.unknownEntity': 'unknown {kind} {name}',
  'scenario.unknownEntityNear': 'unknown {kind} {name} (did you mean {near}?)',
  'scenario.pathDiffers': 'the {kind} {name} is at {arn}: the path differs',
  'scenario.duplicateSession': 'duplicate session {name} of this role: {other} has it',
  'scenario.chainedTooLong': '{duration} seconds is too long: role chaining limits a session to 3600 seconds',
  'scenario.sessionTooLong': "{duration} seconds is too long: the role's `maxSessionDuration` is {max}",
  'scenario.sessionPolicyNotArn': 'session policies are given by ARN; found {ref}',
  'scenario.duplicateRequest': 'duplicate request ID {id}: {other} has it',
  'scenario.requestResource': "{problem}; a request's resource is an ARN or `*`",
  // The organization (org.ts).
  'scenario.duplicateOrgPolicy': 'duplicate organization policy name {name}: {other} has it',
  'scenario.rootIdPrefix': "the root's ID starts with `r-`; found {id}",
  'scenario.ouIdPrefix': "an OU's ID starts with `ou-`; found {id}",
  'scenario.duplicateNodeId': 'duplicate node ID {id}: {other} has it',
  'scenario.ouTooDeep': 'OUs nest at most {max} levels below the root',
  'scenario.accountPlacedTwice': 'account {account} is already in {other}: an account is in one node only',
  'scenario.unknownScp': 'unknown SCP {name}: add it to `organization.policies` with `"type": "scp"`',
  'scenario.unknownRcp': 'unknown RCP {name}: add it to `organization.policies` with `"type": "rcp"`',
  'scenario.scpNotRcp': '{name} is an SCP, not an RCP: list it under `scps`',
  'scenario.rcpNotScp': '{name} is an RCP, not an SCP: list it under `rcps`',
  // Policy documents (policies.ts): the policy parser's message, placed in the document's JSON text.
  'scenario.policyAt': 'line {line}, column {column}: {message}',
} as const satisfies Record<string, string>

/** A key of the scenario messages. */
export type ScenarioMessageKey = keyof typeof SCENARIO_EN

/** A problem in a scenario document, as a message. */
export type ScenarioMessage = EngineMessage<ScenarioMessageKey>

/** Makes a scenario message (a key the table lacks is a type error). */
export function scenarioMessage(
  key: ScenarioMessageKey,
  params?: Readonly<Record<string, MessageParam>>,
): ScenarioMessage {
  return message(key, params)
}

/** The word for a kind of entity (`user`, `instance profile`), to put into a scenario message. */
export const SCENARIO_KIND = {
  user: scenarioMessage('scenario.kind.user'),
  group: scenarioMessage('scenario.kind.group'),
  role: scenarioMessage('scenario.kind.role'),
  policy: scenarioMessage('scenario.kind.policy'),
  'instance profile': scenarioMessage('scenario.kind.instanceProfile'),
} as const
