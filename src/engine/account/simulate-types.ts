// The public types of scenario simulation: what `simulate` takes and returns, and where each policy came from.
import type { CallerKind } from '../request/caller'
import type { PolicyType, Trace, Verdict } from '../trace/types'
import type { Environment, Role, Session, User } from '../scenario/model'
import type { SourceMessage } from '../messages/sources.en'
import type { ExclusionMessage } from '../messages/exclusions.en'

/** One request against a scenario. */
export interface SimulationRequest {
  /**
   * Who asks: a user, role, session or root ARN, a service principal (`ec2.amazonaws.com`), `anonymous`, or a short
   * reference: `user/alice`, `role/Admin`, `root` (the first account's root), a bare 12-digit account ID.
   */
  principal: string
  /** `service:Action`. */
  action: string
  /** The resource ARN, or `*`. */
  resource: string
  /** Overrides of the scenario environment for this request. */
  environment?: Environment
  /** Context keys that override (or add to) the ones filled from the scenario. */
  context?: Record<string, string | string[]>
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Sessions to know besides `scenario.sessions` (e.g. the session an `assumeRole` call returned). */
  sessions?: readonly Session[]
  /**
   * Policies to leave out of this one evaluation ("what if"), as the IAM policy simulator's "policies to exclude":
   * the scenario is not changed. The result's `excluded` says what each one took out.
   */
  exclude?: readonly Exclusion[]
}

/**
 * Something to leave out of one simulation:
 * - `policy`: one policy, by its `policyKey` (a managed policy is left out wherever the principal gets it,
 *   directly or through a group; an SCP or RCP at every level it is attached at, and a level left with no SCP then
 *   allows nothing, as the engine's rule for SCP levels says: only that policy is taken away).
 * - `type`: every policy of one policy type. The type then takes no part at all: without SCPs (or RCPs) the
 *   request is evaluated as if the account were outside the organization for that policy type; without the
 *   boundary, as if none were set; without session policies, as if the session had been created with none;
 *   without the resource-based policy, as if the resource had none (for `sts:AssumeRole*`: no trust policy).
 * - `group`: every policy of one of the user's groups (its inline and attached managed policies), as if the user
 *   were not in it.
 */
export type Exclusion =
  { kind: 'policy'; id: string } | { kind: 'type'; type: PolicyType } | { kind: 'group'; name: string }

/** What one exclusion left out of a simulation. */
export interface LeftOut {
  exclusion: Exclusion
  /** The exclusion as a phrase: "SCP `DenyOutsideSeoul`", "group `dev`", "SCPs". */
  text: ExclusionText
  /** The policies it took out (none: nothing of this request matched it). */
  sources: PolicySource[]
}

/** A phrase naming an exclusion. */
export type ExclusionText = ExclusionMessage | SourceMessage

/** The kinds of place a policy of the simulation came from. */
export type PolicySourceKind =
  | 'inline'
  | 'managed'
  | 'group-inline'
  | 'group-managed'
  | 'boundary'
  | 'session'
  | 'scp'
  | 'rcp'
  | 'resource'
  | 'trust'
  /** An account setting that grants like a policy (the password policy's "users may change their own password"). */
  | 'account-setting'

/** The scenario entity a policy belongs to or is attached at. */
export interface SourceEntity {
  /** `root` is the account root user; `org-root` the organization's root node. */
  kind: 'user' | 'group' | 'role' | 'session' | 'root' | 'org-root' | 'ou' | 'account' | 'resource'
  name: string
}

/** Where one policy of the trace came from, for people ("via group INFRA2", "attached to OU Dev"). */
export interface PolicySource {
  kind: PolicySourceKind
  /** A readable phrase, e.g. `inline policy S3Access of user alice` or `AWS managed policy AmazonS3FullAccess (v2)`. */
  label: string
  /** The same phrase as a message, with names as code, for the app to word. */
  text: SourceMessage
  /** The policy's name as a message, when the engine made the name up (`session policy 1`, `bucket policy of x`). */
  nameText?: SourceMessage
  /** The policy's own name (inline policy name, managed policy name, SCP name, ...). */
  policyName: string
  entity?: SourceEntity
  /** Managed policies: the policy ARN. */
  arn?: string
  /** Managed policies: the version used (the default one). */
  versionId?: string
}

/** The principal as the simulation resolved it (plain data). */
export interface ResolvedPrincipal {
  kind: CallerKind
  /** What the engine evaluates: an ARN, a service principal, or `anonymous`. */
  arn: string
  /** The 12-digit account, for IAM principals. */
  account?: string
  /** User name, role name, `root`, the service principal, or `anonymous`. */
  name: string
  /** Whether the scenario defines it (a user, role, or a known session). */
  known: boolean
  user?: User
  role?: Role
  session?: Session
  sessionName?: string
}

/**
 * A name the request gives that the scenario does not have, with the closest names it does have (ARNs, closest
 * first, at most three; possibly none). The simulation still answers, as AWS would for an entity with no policies:
 * the warning says the answer may not be about what was meant. The app words it from `code` and the fields.
 */
export type SimulationWarning =
  | {
      /** A user, role or role session ARN of one of the scenario's accounts that names no user or role there. */
      code: 'unknown-principal'
      /** The principal as evaluated. */
      arn: string
      /** The account that has no such principal. */
      account: string
      suggestions: string[]
    }
  | {
      /**
       * A resource ARN that names no resource of the scenario, of a kind that has resource-based policies in it
       * (an S3 bucket or its objects, a KMS key, a queue, ..., a role for `sts:AssumeRole*`): no such policy took part.
       */
      code: 'unknown-resource'
      /** The resource as asked. */
      arn: string
      suggestions: string[]
    }

/**
 * Why a request fails before any policy is evaluated. AWS answers such a request with an error, not a decision:
 * the result's `decision` is `ImplicitDeny`, its trace lists no policies, and this is the answer to show.
 * - `expired-token`: the session's credentials had expired (AWS: `ExpiredToken`);
 * - `unknown-session`: a session of one of the scenario's accounts that the scenario never issued, so there are no
 *   credentials to sign the request with (AWS: `InvalidClientTokenId`).
 */
export type SimulationFailure =
  | {
      code: 'expired-token'
      awsError: 'ExpiredToken'
      /** The session's ARN. */
      session: string
      /** When the session expired (ISO 8601). */
      expiredAt: string
    }
  | {
      code: 'unknown-session'
      awsError: 'InvalidClientTokenId'
      /** The session's ARN. */
      session: string
    }

/** The answer to a {@link SimulationRequest}. Plain data apart from the lazily built `trace`. */
export interface SimulationResult {
  decision: Verdict
  trace: Trace
  /** Policy id of the trace (`identity[0]`, `scp[1][0]`, `resource`, ...) → where that policy came from. */
  sources: Record<string, PolicySource>
  principal: ResolvedPrincipal
  /** The request context sent to the engine, after overrides. */
  context: Record<string, string | string[]>
  /** Set when the principal's session had expired: every request is then an implicit deny. */
  expired?: boolean
  /** Set when the request fails before evaluation ({@link SimulationFailure}): that failure is the answer. */
  failure?: SimulationFailure
  /** References the scenario names but does not define (managed policies, groups), which therefore took no part. */
  unresolved?: string[]
  /** The same references as messages. */
  unresolvedText?: SourceMessage[]
  /** Principals and resources the request names that the scenario does not have (set by `simulate` only). */
  warnings?: SimulationWarning[]
  /** What `options.exclude` left out of this evaluation, one entry per exclusion (set only when some were asked). */
  excluded?: LeftOut[]
}
