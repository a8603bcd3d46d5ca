// The parameter rules of STS `AssumeRole*` that fail a call before (or regardless of) authorization: session name,
// duration (900 s up to the role's maximum; one hour when chaining), session tags and source identity.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html
import { englishField } from '../messages/english-fields'
import type { StsMessage } from '../messages/sts.en'
import { stsMessage } from '../messages/sts'
import type { Role, Session, Tags } from '../scenario/model'
import type { SessionPolicyErrorCode } from './sts-session-policies'

/** Why an `assumeRole` call failed, machine-readable. */
export type AssumeRoleErrorCode =
  | 'access-denied'
  | 'tag-session-denied'
  | 'set-source-identity-denied'
  | 'caller-expired'
  | 'caller-unknown'
  | 'invalid-session-name'
  | 'invalid-duration'
  | 'duration-exceeds-max'
  | 'chaining-duration'
  | 'invalid-tags'
  | 'transitive-tag-conflict'
  | 'invalid-source-identity'
  | 'source-identity-change'
  | 'no-role'
  | 'no-provider'
  | 'wrong-audience'
  | 'not-a-provider'
  | SessionPolicyErrorCode

/** The error STS answers with when a call fails before authorization: a parameter, a document, the caller's token. */
export type StsErrorCode =
  'ValidationError' | 'MalformedPolicyDocument' | 'ExpiredToken' | 'InvalidClientTokenId' | 'InvalidIdentityToken'

const AUTHORIZATION_FAILURES: ReadonlySet<AssumeRoleErrorCode> = new Set([
  'access-denied',
  'tag-session-denied',
  'set-source-identity-denied',
  'no-role',
])

/**
 * The STS error of a failure that happens before the request is evaluated (so the failure, not a decision, is the
 * answer): `ExpiredToken` for an expired caller, `InvalidClientTokenId` for a caller session never issued,
 * `MalformedPolicyDocument` for an inline session policy that is not a policy, `InvalidIdentityToken` for a federated
 * token STS does not accept (no provider, wrong audience), `ValidationError` for the other
 * parameter checks. Undefined for an authorization failure (access denied), which the decision explains.
 */
export function stsErrorOf(code: AssumeRoleErrorCode): StsErrorCode | undefined {
  if (AUTHORIZATION_FAILURES.has(code)) return undefined
  if (code === 'caller-expired') return 'ExpiredToken'
  if (code === 'caller-unknown') return 'InvalidClientTokenId'
  if (code === 'malformed-session-policy') return 'MalformedPolicyDocument'
  // A SAML assertion or OIDC token STS does not accept: no such provider in the role's account, or a wrong audience.
  if (code === 'no-provider' || code === 'wrong-audience') return 'InvalidIdentityToken'
  return 'ValidationError'
}

/** A failed parameter check. */
export interface StsProblem {
  code: AssumeRoleErrorCode
  /** Why, in English. */
  reason: string
  /** Why, as a message. */
  reasonText: StsMessage
}

function problem(code: AssumeRoleErrorCode, reasonText: StsMessage): StsProblem {
  return { code, reason: englishField(reasonText), reasonText }
}

/** The STS default session duration: one hour. */
export const DEFAULT_DURATION = 3600
/** The shortest session STS issues: 15 minutes. */
export const MIN_DURATION = 900
/** A chained role session lasts at most one hour. */
export const CHAINING_MAX = 3600
/** The largest `MaxSessionDuration` a role can have: 12 hours. */
export const ROLE_MAX = 43200

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** The parameters {@link checkParameters} looks at. */
export interface StsParameters {
  sessionName: string
  durationSeconds?: number | undefined
  tags?: Tags | undefined
  transitiveTagKeys?: string[] | undefined
  sourceIdentity?: string | undefined
}

/** The duration a call asks for: its own, else the STS default of one hour. */
export function requestedDuration(p: StsParameters): number {
  return p.durationSeconds ?? DEFAULT_DURATION
}

/** Tags of the caller's session that pass on through role chaining (its transitive tags). */
export function inheritedTags(session: Session | undefined): Tags {
  const out: Tags = {}
  if (!session?.tags) return out
  const keys = new Set((session.transitiveTagKeys ?? []).map((k) => k.toLowerCase()))
  for (const [k, v] of Object.entries(session.tags)) if (keys.has(k.toLowerCase())) out[k] = v
  return out
}

/**
 * The first parameter problem of a call, or undefined. `role` is the role assumed (undefined when the scenario does
 * not define it: its maximum is then the default); `chained` when the caller is itself a role session.
 */
export function checkParameters(
  p: StsParameters,
  role: Role | undefined,
  chained: boolean,
  callerSession: Session | undefined,
): StsProblem | undefined {
  if (!SESSION_NAME.test(p.sessionName)) {
    return problem('invalid-session-name', stsMessage('sts.invalidSessionName', { name: p.sessionName }))
  }
  const duration = requestedDuration(p)
  if (!Number.isInteger(duration) || duration < MIN_DURATION) {
    return problem(
      'invalid-duration',
      stsMessage('sts.invalidDuration', { duration: String(duration), min: String(MIN_DURATION) }),
    )
  }
  // "If you assume a role using role chaining and provide a DurationSeconds parameter value greater than one hour,
  // the operation fails." (STS API Reference, AssumeRole)
  if (chained && duration > CHAINING_MAX) {
    return problem('chaining-duration', stsMessage('sts.chainingDuration', { duration: String(duration) }))
  }
  const max = Math.min(role?.maxSessionDuration ?? DEFAULT_DURATION, ROLE_MAX)
  if (duration > max) {
    return problem(
      'duration-exceeds-max',
      stsMessage('sts.durationExceedsMax', {
        duration: String(duration),
        max: String(max),
        role: role?.name ?? '(unknown)',
      }),
    )
  }
  const tags = p.tags ?? {}
  const keys = Object.keys(tags)
  if (keys.length > 50) return problem('invalid-tags', stsMessage('sts.tooManyTags', { count: String(keys.length) }))
  for (const k of keys) {
    if (k.length < 1 || k.length > 128 || (tags[k] ?? '').length > 256 || k.toLowerCase().startsWith('aws:')) {
      return problem('invalid-tags', stsMessage('sts.invalidTag', { key: k }))
    }
  }
  const lower = new Set(keys.map((k) => k.toLowerCase()))
  for (const k of p.transitiveTagKeys ?? []) {
    if (!lower.has(k.toLowerCase())) {
      return problem('invalid-tags', stsMessage('sts.transitiveTagUnknown', { key: k }))
    }
  }
  // "If you pass a session tag with the same key as an inherited tag, the operation fails."
  for (const k of Object.keys(inheritedTags(callerSession))) {
    if (lower.has(k.toLowerCase())) {
      return problem('transitive-tag-conflict', stsMessage('sts.transitiveTagConflict', { key: k }))
    }
  }
  if (p.sourceIdentity !== undefined) {
    if (!SESSION_NAME.test(p.sourceIdentity) || p.sourceIdentity.toLowerCase().startsWith('aws:')) {
      return problem('invalid-source-identity', stsMessage('sts.invalidSourceIdentity', { value: p.sourceIdentity }))
    }
    const set = callerSession?.sourceIdentity
    // "After you set the source identity, it can't be changed" for the rest of the role chain.
    if (set !== undefined && set !== p.sourceIdentity) {
      return problem('source-identity-change', stsMessage('sts.sourceIdentityChange', { set, value: p.sourceIdentity }))
    }
  }
  return undefined
}
