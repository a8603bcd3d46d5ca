// The English of a failed `sts:AssumeRole*` call, in AWS's words where AWS has them: the parameter checks of the STS
// API and the authorization that denied it. `{why}` is the sentence of the decision rule that denied.
import type { EngineMessage } from './message'

export const STS_EN = {
  'sts.callerExpired': 'the calling session `{caller}` has expired',
  'sts.callerUnknown': 'the scenario never issued the calling session `{caller}`: it has no credentials to call with',
  'sts.noRole': 'the scenario has no role `{role}` (no trust policy to allow `{action}`)',
  'sts.accessDenied': '`{caller}` is not authorized to perform `{action}` on `{role}`: {why}',
  'sts.tagSessionDenied': 'session tags need `sts:TagSession`, and `{caller}` is not allowed it on `{role}`: {why}',
  'sts.setSourceIdentityDenied':
    'setting a source identity needs `sts:SetSourceIdentity`, and `{caller}` is not allowed it on `{role}`: {why}',
  'sts.invalidSessionName': 'invalid `RoleSessionName` `{name}`: 2–64 characters of letters, digits and `_+=,.@-`',
  'sts.invalidDuration':
    '`DurationSeconds` {duration} is invalid: it must be a whole number of at least {min} (15 minutes)',
  'sts.chainingDuration':
    'the requested `DurationSeconds` {duration} exceeds the 1 hour session limit for roles assumed by role chaining',
  'sts.durationExceedsMax':
    'the requested `DurationSeconds` {duration} exceeds the `MaxSessionDuration` {max} set for role {role}',
  'sts.tooManyTags': '{count} session tags: at most 50 can be passed',
  'sts.invalidTag':
    'invalid session tag `{key}`: keys have 1–128 characters and cannot start with `aws:`, values at most 256',
  'sts.transitiveTagUnknown': 'transitive tag key `{key}` is not one of the session tags passed',
  'sts.transitiveTagConflict':
    'session tag `{key}` is already set by a transitive tag of the calling session and cannot be passed again',
  'sts.invalidSourceIdentity':
    'invalid `SourceIdentity` `{value}`: 2–64 characters of letters, digits and `_+=,.@-`, not starting with `aws:`',
  'sts.sourceIdentityChange':
    'the calling session already has source identity `{set}`; it cannot be changed to `{value}`',
  // AssumeRoleWithSAML / AssumeRoleWithWebIdentity: the provider (`InvalidIdentityToken`).
  'sts.notSamlProvider':
    '`AssumeRoleWithSAML` is called by a SAML provider (`arn:aws:iam::ACCOUNT:saml-provider/NAME`), not `{caller}`',
  'sts.notOidcProvider':
    '`AssumeRoleWithWebIdentity` is called by an OIDC provider (`arn:aws:iam::ACCOUNT:oidc-provider/ISSUER`, or a built-in one such as `accounts.google.com`), not `{caller}`',
  'sts.noSamlProvider':
    'InvalidIdentityToken: account {account} has no SAML provider `{provider}`, so STS does not accept its assertion',
  'sts.noOidcProvider':
    'InvalidIdentityToken: No OpenIDConnect provider found in account {account} for `https://{issuer}`',
  'sts.wrongAudience':
    'InvalidIdentityToken: Incorrect token audience: `aud` {aud} is not a client ID of the OIDC provider {issuer} ({clientIds})',
  // Session policies (`Policy`, `PolicyArns`).
  'sts.sessionPolicyCharacter':
    'the inline session policy has the character {char} at line {line}, column {column}: only tab, line feed, carriage return and the characters from space to `U+00FF` are allowed',
  'sts.sessionPolicyMalformedAt':
    'the inline session policy is not a valid policy document: {problem} (line {line}, column {column})',
  'sts.sessionPolicyMalformed': 'the inline session policy is not a valid policy document: {problem}',
  'sts.tooManyPolicyArns': '{count} managed session policy ARNs were passed: `PolicyArns` takes at most {max}',
  'sts.policyArnNotManaged':
    '`{arn}` is not the ARN of a managed policy (`arn:aws:iam::ACCOUNT:policy/NAME`, or `arn:aws:iam::aws:policy/NAME` for an AWS managed policy)',
  'sts.policyArnOtherAccount':
    'managed session policy `{arn}` is not in account {account}: the policies must exist in the same account as the role',
  'sts.policyArnNotFound': 'the scenario has no managed policy `{arn}`',
  'sts.sessionPolicyTooLarge':
    'the session policies come to {size} characters of plain text (the inline policy and the managed policy ARNs together): at most {max} are allowed',
  // Why an EC2 instance or a Lambda function has no role session (`serviceSession`).
  'sts.noResource': 'the scenario has no resource `{arn}`',
  'sts.notWorkload':
    '`{arn}` does not run as a role: it is not an EC2 instance, a Lambda function, a Glue development endpoint, a CloudFormation stack, a SageMaker notebook instance or a CodeBuild project',
  'sts.noInstanceProfileRole': '`{arn}` has no role: its instance profile `{profile}` names no role of the scenario',
  'sts.noExecutionRole': '`{arn}` has no role: its execution role `{role}` names no role of the scenario',
  'sts.serviceTrustDenied': 'the trust policy of role {role} does not allow `{principal}` to assume it: {why}',
} as const satisfies Record<string, string>

/** A key of the STS messages. */
export type StsMessageKey = keyof typeof STS_EN

/** Why an `sts:AssumeRole*` call failed. */
export type StsMessage = EngineMessage<StsMessageKey>
