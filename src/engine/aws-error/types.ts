// An AWS error message read back into the request it refused: who, what, on which resource, and AWS's reason.
import type { EngineMessage } from '../messages/message'

/** Where AWS says the refusal came from, as its access denied messages name it. */
export type AwsDenyPlace = 'scp' | 'rcp' | 'boundary' | 'identity' | 'resource' | 'session' | 'vpce'

/**
 * AWS's reason: "with an explicit deny in a service control policy" (`explicit`) or "because no identity-based policy
 * allows the s3:GetObject action" (`no-allow`). See the IAM User Guide, "Access denied error messages".
 */
export interface AwsDenyReason {
  kind: 'explicit' | 'no-allow'
  place: AwsDenyPlace
  /** The ARN of the denying policy, which newer messages name after the place. */
  policyArn?: string
}

/** Which form the pasted text had. */
export type AwsErrorForm =
  /** `User: … is not authorized to perform: …`, alone or inside a CLI/SDK error line (`AccessDenied`…). */
  | 'message'
  /** EC2's `UnauthorizedOperation`, whose reason is in an encoded authorization failure message. */
  | 'ec2-unauthorized'
  /** A CloudTrail event (or `{ "Records": [...] }`) with an `errorCode` of access denied. */
  | 'cloudtrail'

/** The role session a message names (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION`). */
export interface AwsErrorSession {
  /** The role's name, or its ARN when a CloudTrail event gave it (with its path). */
  role: string
  sessionName: string
  /** When AWS issued it (CloudTrail's `sessionContext.attributes.creationDate`). */
  issuedAt?: string
  /** Whether it was issued with MFA (CloudTrail's `mfaAuthenticated`). */
  mfa?: boolean
}

/** The request an AWS error refused, as far as the text tells. */
export interface AwsErrorReport {
  form: AwsErrorForm
  /** AWS's error code: `AccessDenied`, `AccessDeniedException`, `UnauthorizedOperation`, … */
  code?: string
  /** The API operation the CLI or CloudTrail names (`GetObject`). */
  operation?: string
  /** The caller's ARN as AWS printed it. */
  principal?: string
  /** The IAM action (`s3:GetObject`). */
  action?: string
  /** The resource ARN; absent when AWS named none (the action takes `*`). */
  resource?: string
  /** The caller's account. */
  account?: string
  reason?: AwsDenyReason
  /** The place phrase when it is one the playground does not know (kept as AWS wrote it). */
  unknownPlace?: string
  session?: AwsErrorSession
  /** EC2's encoded authorization failure message (decode it with `aws sts decode-authorization-message`). */
  encodedMessage?: string
  /** What a CloudTrail event adds about the request. */
  environment?: { region?: string; sourceIp?: string; time?: string; mfa?: boolean }
}

/** Why the text could not be read, located when it is JSON. */
export interface AwsErrorProblem {
  text: EngineMessage
  /** 1-based line and column in the pasted text. */
  line?: number
  column?: number
}

/** The pasted text, read. */
export type AwsErrorParse = { ok: true; report: AwsErrorReport } | { ok: false; problem: AwsErrorProblem }
