// `userIdentity` of a CloudTrail record: who made the request and with which credentials, from the principal the
// simulation resolved. A user (or root user) signs with their first active access key (`AKIA…`, long-term) when they
// have one; otherwise, or when the request was made with MFA (long-term keys never carry MFA), it is a console
// sign-in with temporary credentials (`ASIA…`, `sessionCredentialFromConsole`). Sessions sign with their own
// temporary key. "accessKeyId: The access key ID that was used to sign the request. If the request was made with
// temporary security credentials, this is the access key ID of the temporary credentials."
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html
// "Access key IDs beginning with AKIA are long-term credentials for an IAM user or the AWS account root user. Access
// key IDs beginning with ASIA are temporary credentials" (STS API Reference, GetAccessKeyInfo).
import { roleArn } from '../scenario/arns'
import type { AccessKey, Environment, Scenario } from '../scenario/model'
import { uniqueId } from '../account/request-context'
import type { ResolvedPrincipal } from '../account/simulate-types'
import { temporaryKeyId } from './ids'
import type { SessionContext, UserIdentity } from '../scenario/activity'

/** The identity, and whether the request came from the console. */
export interface IdentityOfRequest {
  identity: UserIdentity
  console: boolean
}

/**
 * The `userIdentity` of a request by `p` at `time` (ISO), with the request context the simulation built
 * (`aws:userid`, `aws:MultiFactorAuthPresent`).
 */
export function identityOf(
  scenario: Scenario,
  p: ResolvedPrincipal,
  env: Environment,
  context: Record<string, string | string[]>,
  time: string,
): IdentityOfRequest {
  const userid = typeof context['aws:userid'] === 'string' ? context['aws:userid'] : undefined
  const mfa = context['aws:MultiFactorAuthPresent'] === 'true' ? 'true' : 'false'
  switch (p.kind) {
    case 'user':
    case 'root': {
      const identity: UserIdentity =
        p.kind === 'user'
          ? {
              type: 'IAMUser',
              principalId: userid ?? p.user?.id ?? uniqueId('AIDA', `${p.account}:${p.name}`),
              arn: p.arn,
              accountId: p.account!,
            }
          : { type: 'Root', principalId: p.account!, arn: p.arn, accountId: p.account! }
      if (p.kind === 'user') identity.userName = p.name
      const keys =
        p.kind === 'user' ? p.user?.accessKeys : scenario.accounts.find((a) => a.id === p.account)?.root?.accessKeys
      const key = firstActive(keys)
      if (key && env.mfa !== true) {
        identity.accessKeyId = key.id
        return { identity, console: false }
      }
      identity.accessKeyId = temporaryKeyId(`console ${p.arn} ${time}`)
      identity.sessionContext = { attributes: { creationDate: time, mfaAuthenticated: mfa } }
      return { identity, console: true }
    }
    case 'role':
    case 'session': {
      const issuerArn = p.role ? roleArn(scenario, p.role) : `arn:aws:iam::${p.account}:role/${p.name}`
      const roleId = p.role?.id ?? uniqueId('AROA', `${p.account}:${p.name}`)
      const sessionName = p.sessionName ?? p.session?.sessionName
      const context: SessionContext = {
        sessionIssuer: { type: 'Role', principalId: roleId, arn: issuerArn, accountId: p.account!, userName: p.name },
        attributes: { creationDate: p.session?.issuedAt ?? time, mfaAuthenticated: mfa },
      }
      if (p.session?.sourceIdentity !== undefined) context.sourceIdentity = p.session.sourceIdentity
      const identity: UserIdentity = {
        type: 'AssumedRole',
        principalId: userid ?? (sessionName === undefined ? roleId : `${roleId}:${sessionName}`),
        arn: p.arn,
        accountId: p.account!,
        accessKeyId: temporaryKeyId(`session ${p.arn} ${p.session?.issuedAt ?? ''}`),
        sessionContext: context,
      }
      return { identity, console: false }
    }
    case 'federated-user':
      return {
        identity: { type: 'FederatedUser', principalId: `${p.account}:${p.name}`, arn: p.arn, accountId: p.account! },
        console: false,
      }
    case 'service':
      return { identity: { type: 'AWSService', invokedBy: p.arn }, console: false }
    case 'federated':
      return {
        identity: { type: p.arn.includes('saml-provider/') ? 'SAMLUser' : 'WebIdentityUser', principalId: p.arn },
        console: false,
      }
    default:
      // Anonymous and canonical-user callers: CloudTrail names no IAM identity.
      return {
        identity: { type: 'AWSAccount', principalId: p.kind === 'canonical' ? p.arn : '', accountId: 'anonymous' },
        console: false,
      }
  }
}

function firstActive(keys: readonly AccessKey[] | undefined): AccessKey | undefined {
  return keys?.find((k) => k.status === 'Active')
}
