// The English of what the AWS account importer skipped or changed (`ImportProblem.text`): one line each, lower-case
// start, AWS names and JSON keys in backticks, the input's values quoted as params (`"alice"`). Phrases (what a value
// is, why a document is unusable) are messages of their own, put into the sentences that report them.
import type { EngineMessage } from './message'

/** The lists `aws iam get-account-authorization-details` gives (the input must have one of them). */
const EXPECTED =
  'expected the output of `aws iam get-account-authorization-details`: an object with `UserDetailList`, ' +
  '`GroupDetailList`, `RoleDetailList` or `Policies`, or an array of such pages'

export const IMPORT_EN = {
  // What a value is ("found {kind}").
  'import.value.null': 'null',
  'import.value.undefined': 'undefined',
  'import.value.array': 'an array',
  'import.value.date': 'a date object',
  'import.value.object': 'an object',
  'import.value.string': 'a string',
  'import.value.number': 'a number',
  'import.value.bigint': 'a bigint',
  'import.value.boolean': 'a boolean',
  'import.value.symbol': 'a symbol',
  'import.value.function': 'a function',
  // Kinds of policy a document is checked as.
  'import.policyKind.identity': 'identity-based policy',
  'import.policyKind.trust': 'trust policy',
  'import.policyKind.resource': 'resource-based policy',
  'import.policyKind.boundary': 'permissions boundary',
  'import.policyKind.session': 'session policy',
  'import.policyKind.scp': 'SCP',
  'import.policyKind.rcp': 'RCP',
  // Kinds of entity.
  'import.entity.user': 'user',
  'import.entity.group': 'group',
  'import.entity.role': 'role',
  // Why a policy document is unusable: a predicate put after the field that holds it.
  'import.doc.nested': 'is nested more than {depth} levels deep',
  'import.doc.holds': 'holds {value}, which JSON cannot',
  'import.doc.hostileKey': 'holds the key {key}, which scenarios do not allow',
  'import.doc.notDocument': 'is {kind}, not a policy document',
  'import.doc.empty': 'is empty',
  'import.doc.brokenEscape': 'has a broken URL escape (`%` not followed by a UTF-8 byte)',
  'import.doc.urlEncoded': 'is URL-encoded, but the decoded text {problem}',
  'import.doc.badJson': 'is not valid JSON ({error})',
  'import.doc.jsonNotDocument': 'is JSON for {kind}, not a policy document',
  'import.doc.invalid': 'is not a valid {kind}: {problem}{where}{more}',
  'import.doc.at': ' at `{path}`',
  'import.doc.more': ' (and {n} more)',
  // The input as a whole.
  'import.badJson': 'the input is not valid JSON ({error})',
  'import.expectedNoPages': `${EXPECTED}; found an array without pages`,
  'import.expectedFound': `${EXPECTED}; found {kind}`,
  'import.expectedNoLists': `${EXPECTED}; found none of these lists`,
  'import.pageNotObject': 'a page should be an object, found {kind}; skipped',
  'import.truncated': 'the last page is truncated: entities on later pages are missing; import every page',
  'import.truncatedMarker':
    'the last page is truncated (next `Marker`: {marker}): entities on later pages are missing; import every page',
  'import.maxItems':
    'the output stops at `--max-items` (`NextToken` is set): entities after it are missing; import every page',
  // Fields of the wrong type.
  'import.notArray': '`{key}` should be an array, found {kind}; ignored',
  'import.notString': '`{key}` should be a string, found {kind}; ignored',
  'import.notObject': '`{key}` should be an object, found {kind}; ignored',
  'import.badCreateDate': '`CreateDate` {value} is not an ISO 8601 date; ignored',
  // The account.
  'import.accountAsked': "the input's ARNs name account {account}; imported into {asked} as asked",
  'import.badAccountOption': 'the `accountId` option {value} is not a 12-digit account ID; ignored',
  'import.noAccount': 'no ARN in the input names an account; imported into {account} (pass `accountId` to choose)',
  'import.otherAccount':
    'ARNs name another account, {account}; everything is imported into {chosen}, the one most ARNs name',
  // Users, groups and roles.
  'import.entityTwice':
    '{kind} {name} is listed twice (names are unique in an account, whatever their case); the first is kept',
  'import.missingGroup': 'group {name} is not in `GroupDetailList`; added with no policies (its own are unknown)',
  'import.duplicateId': 'unique ID {id} is also at {other}; ignored here',
  'import.profileTaken': 'instance profile {name} already holds the role at {other}; left out here',
  'import.entityNotObject': 'a {kind} should be an object, found {found}; skipped',
  'import.notEntityArn': '{arn} is not an IAM {kind} ARN; ignored',
  'import.entityNoName': '{kind} has neither `{field}` nor `Arn`; skipped',
  'import.entityBadName': 'invalid {kind} name {name}; skipped',
  'import.badPath': 'invalid path {path}; using {fallback}',
  'import.badId': '{id} is not a {kind} ID (`{prefix}…`); ignored',
  'import.maxSessionDuration': '`MaxSessionDuration` should be a whole number of seconds from 3600 to 43200; ignored',
  'import.inlineNotObject': 'an inline policy should be an object, found {kind}; skipped',
  'import.inlineNoName': 'inline policy has no `PolicyName`; skipped',
  'import.inlineBadName': 'invalid inline policy name {name}; skipped',
  'import.inlineTwice': 'inline policy {name} is listed twice (names ignore case); the first is kept',
  'import.inlineBadDocument': '`PolicyDocument` {problem}; inline policy {name} skipped',
  'import.attachedNotObject': 'an attached policy should be an object, found {kind}; skipped',
  'import.attachedNoRef': 'attached policy has neither `PolicyArn` nor `PolicyName`; skipped',
  'import.tooManyAttached': 'at most {max} managed policies can be attached; {ref} left out',
  'import.boundaryNoArn': '`PermissionsBoundary` has no `PermissionsBoundaryArn`; ignored',
  'import.groupNameNotString': 'a group name should be a string, found {kind}; skipped',
  'import.tooManyGroups': 'a user can be in at most {max} groups; group {name} left out',
  'import.tagNotObject': 'a tag should be an object, found {kind}; skipped',
  'import.tagNoKey': 'tag has no `Key`; skipped',
  'import.tagBadKey': 'invalid tag key {key}; skipped',
  'import.tagValueTooLong': 'tag value is longer than 256 characters; tag {key} skipped',
  'import.tagTwice': 'tag {key} is listed twice; the first is kept',
  'import.tooManyTags': 'at most {max} tags; tag {key} left out',
  'import.noTrustPolicy': 'role has no `AssumeRolePolicyDocument`; it gets a trust policy that trusts no one',
  'import.badTrustPolicy': '`AssumeRolePolicyDocument` {problem}; the role gets a trust policy that trusts no one',
  'import.profileNotObject': 'an instance profile should be an object, found {kind}; skipped',
  'import.profileNoName': 'instance profile has no `InstanceProfileName`; skipped',
  'import.profileBadName': 'invalid instance profile name {name}; skipped',
  // Versions of a managed policy.
  'import.noVersionList': 'managed policy has no `PolicyVersionList`, so its document is unknown; skipped',
  'import.versionNotObject': 'a policy version should be an object, found {kind}; skipped',
  'import.versionNoId': 'policy version has no `VersionId`; skipped',
  'import.versionBadId': 'invalid `VersionId` {id}; skipped',
  'import.versionTwice': 'version {id} is listed twice; the first is kept',
  'import.versionBadDocument': '`Document` {problem}; version {id} skipped',
  'import.isDefaultNotBoolean': '`IsDefaultVersion` should be a boolean, found {kind}',
  'import.tooManyVersions': 'a managed policy keeps at most {max} versions; {ids} left out',
  'import.defaultDisagrees': '`DefaultVersionId` is {id} but {flagged} is marked `IsDefaultVersion`; using {id}',
  'import.defaultUnusable': "the default version {id} is unusable, so the policy's effect is unknown; skipped",
  'import.defaultMissing': '`DefaultVersionId` {id} is not in `PolicyVersionList`',
  'import.noUsableMarked': "no usable version is marked as the default, so the policy's effect is unknown; skipped",
  'import.noUsableVersion': 'managed policy has no usable version; skipped',
  'import.newestDefault': 'no version is marked as the default; using the newest, {id}',
  // Managed policies and references to them.
  'import.policyNotObject': 'a managed policy should be an object, found {kind}; skipped',
  'import.notPolicyArn': '{arn} is not a managed policy ARN; ignored',
  'import.policyNoName': 'managed policy has neither `PolicyName` nor `Arn`; skipped',
  'import.pathDisagrees': "`Path` {path} disagrees with `Arn`; using the ARN's {arnPath}",
  'import.awsTwice': 'AWS managed policy {name} is listed twice; the first ({arn}) is kept',
  'import.policyBadName': 'invalid managed policy name {name}; skipped',
  'import.policyTwice': 'managed policy {name} is listed twice (names are unique in an account); the first is kept',
  'import.refNotPolicyArn': '{arn} is not a managed policy ARN; left out',
  'import.partition': 'partition {partition} is imported as `aws` (the playground simulates the `aws` partition)',
  'import.awsCopyUnusable':
    'the default version of {name} is unusable ({problem}); the scenario uses the bundled document ({version})',
  'import.attached.notFound':
    'managed policy {ref} is neither in `Policies` nor a bundled AWS managed policy; left out, which may deny more than in AWS',
  'import.attached.broken':
    'managed policy {ref} has no usable default version in `Policies`; left out, which may deny more than in AWS',
  'import.attached.notInPolicies':
    'managed policy {ref} is not in `Policies`; left out, which may deny more than in AWS',
  'import.attached.awsBroken':
    'managed policy {ref} has no usable default version in `Policies` ({problem}) and is not among the bundled AWS managed policies; left out, which may deny more than in AWS',
  'import.attached.awsMissing':
    'managed policy {ref} is neither in `Policies` nor among the bundled AWS managed policies; left out, which may deny more than in AWS',
  'import.boundary.notFound':
    'permissions boundary {ref} is neither in `Policies` nor a bundled AWS managed policy; imported without a boundary, which may allow more than in AWS',
  'import.boundary.broken':
    'permissions boundary {ref} has no usable default version in `Policies`; imported without a boundary, which may allow more than in AWS',
  'import.boundary.notInPolicies':
    'permissions boundary {ref} is not in `Policies`; imported without a boundary, which may allow more than in AWS',
  'import.boundary.awsBroken':
    'permissions boundary {ref} has no usable default version in `Policies` ({problem}) and is not among the bundled AWS managed policies; imported without a boundary, which may allow more than in AWS',
  'import.boundary.awsMissing':
    'permissions boundary {ref} is neither in `Policies` nor among the bundled AWS managed policies; imported without a boundary, which may allow more than in AWS',
  // Why the input's copy of an AWS managed policy is unusable (a phrase in parentheses).
  'import.copy.badName': '{name} is not a valid policy name',
  'import.copy.defaultMissing': '{id} is not in `PolicyVersionList`',
  'import.copy.noDefault': 'no version in `PolicyVersionList` is marked as the default',
  'import.copy.badVersionId': 'invalid `VersionId` {id}',
  'import.copy.noVersionId': 'no `VersionId`',
  'import.copy.badDocument': '`Document` of {id} {problem}',
  'import.copy.unknown': 'unknown',
} as const satisfies Record<string, string>

/** A key of the import messages. */
export type ImportMessageKey = keyof typeof IMPORT_EN

/** Something the importer says, as a message. */
export type ImportMessage = EngineMessage<ImportMessageKey>
