// The activity log's records, as a scenario stores them (`activity`): CloudTrail events (record version 1.08) as the
// playground writes them, plus the playground's own note of how each request was decided.
// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
import type { Verdict } from '../trace/types'

/** The most events the log keeps; recording more drops the oldest. */
export const ACTIVITY_LIMIT = 5000

/** The CloudTrail record version the playground writes. */
export const EVENT_VERSION = '1.08'

/** CloudTrail's `userIdentity.type` values the playground writes (a pasted record may hold others). */
export type IdentityType =
  'IAMUser' | 'AssumedRole' | 'Root' | 'AWSService' | 'AWSAccount' | 'FederatedUser' | 'WebIdentityUser' | 'SAMLUser'

/** The role a session was issued from (`userIdentity.sessionContext.sessionIssuer`). */
export interface SessionIssuer {
  type: 'Role'
  /** The role's unique ID (`AROA…`). */
  principalId: string
  arn: string
  accountId: string
  /** The role's name. */
  userName: string
}

/** Facts about temporary credentials (`userIdentity.sessionContext`). */
export interface SessionContext {
  sessionIssuer?: SessionIssuer
  attributes: {
    /** When the temporary credentials were issued (ISO 8601). */
    creationDate: string
    /** `"true"` or `"false"`, as a string like CloudTrail writes it. */
    mfaAuthenticated: 'true' | 'false'
  }
  sourceIdentity?: string
}

/** Who made the request (`userIdentity`). */
export interface UserIdentity {
  type: IdentityType | string
  /** The user's unique ID, `ROLEID:SESSION` for a session, the account ID for the root user. */
  principalId?: string
  arn?: string
  accountId?: string
  /** The access key that signed the request: `AKIA…` (long-term) or `ASIA…` (temporary). */
  accessKeyId?: string
  userName?: string
  /** The service that made the request for the caller, or the service principal. */
  invokedBy?: string
  sessionContext?: SessionContext
}

/** A resource of the request (`resources[]`). */
export interface EventResource {
  ARN: string
  accountId?: string
  /** The resource type, e.g. `AWS::S3::Object`. */
  type?: string
}

/** How the playground decided the request: kept beside the CloudTrail fields, which only say "denied". */
export interface PlaygroundDecision {
  decision: Verdict
  /** The IAM action asked for (`s3:GetObject`), which the event name alone does not always give. */
  action: string
  /** The resource ARN asked for, or `*`. */
  resource: string
  /** The principal as the simulation resolved it (an ARN, a service principal, or `anonymous`). */
  principal: string
  /** The rule of the evaluation logic that decided (`identity-allow`, `explicit-deny`, …). */
  rule: string
  /** The deciding statements, as `policy name` or `policy name#Sid`. */
  decisive?: string[]
}

/**
 * One record of the activity log: a CloudTrail event. `requestParameters` and `responseElements` are left out when
 * empty (CloudTrail writes `null`; {@link cloudTrailRecord} puts the nulls back for export).
 */
export interface ActivityEvent {
  eventVersion: string
  userIdentity: UserIdentity
  /** ISO 8601, UTC. */
  eventTime: string
  /** The service's endpoint name: `s3.amazonaws.com`, `monitoring.amazonaws.com` for CloudWatch, … */
  eventSource: string
  /** The API operation (`GetObject`). */
  eventName: string
  awsRegion: string
  sourceIPAddress: string
  userAgent?: string
  /** Set when the request failed: `AccessDenied`, `AccessDeniedException`, `Client.UnauthorizedOperation`, … */
  errorCode?: string
  errorMessage?: string
  requestParameters?: Record<string, unknown>
  responseElements?: Record<string, unknown>
  requestID?: string
  eventID: string
  readOnly?: boolean
  resources?: EventResource[]
  /** `AwsApiCall` for the requests the playground records. */
  eventType: string
  managementEvent?: boolean
  /** `Management` or `Data`. */
  eventCategory?: string
  /** The account that received the event (the resource owner's, for cross-account requests). */
  recipientAccountId?: string
  /** `"true"` when the request came from the console (a password sign-in). */
  sessionCredentialFromConsole?: string
  playground?: PlaygroundDecision
}
