// The shapes of the account audit: findings, the entities they name, their one-click fixes, and the checks.
import type { EngineMessage } from '../messages/message'
import type { PasswordPolicy } from '../scenario/model'

/** How urgent a finding is. */
export type FindingSeverity = 'critical' | 'high' | 'medium' | 'low'

/** Every severity, most urgent first. */
export const FINDING_SEVERITIES: readonly FindingSeverity[] = ['critical', 'high', 'medium', 'low']

/** The checks, by id. */
export type CheckId =
  | 'root-access-key'
  | 'root-mfa'
  | 'password-policy'
  | 'console-user-mfa'
  | 'access-key-age'
  | 'unused-credentials'
  | 'two-active-keys'
  | 'user-attached-policies'
  | 'inline-policies'
  | 'admin-access'
  | 'passrole-any'
  | 'trust-open'
  | 'trust-cross-account'
  | 'trust-service-source'
  | 'trust-oidc-subject'
  | 'privilege-escalation'
  | 'possible-privilege-escalation'
  | 'assume-more-powerful-role'
  | 'escalation-limited'
  | 'hardcoded-secret'

/** Text parameters of a message (`{name}` placeholders). */
export type MessageParams = Record<string, string | number>

/**
 * A scenario entity a finding names. `root` is an account's root user (`name` is `root`); `account` is the account
 * itself (its password policy; `name` is the account ID). Users, groups, roles and policies carry their `account`;
 * resources are named by ARN; `org-policy` is an SCP or RCP by name.
 */
export interface FindingEntity {
  kind: 'account' | 'root' | 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'
  name: string
  account?: string
}

/** One line of a finding's detail list, in English with the parameters a translation needs. */
export interface FindingDetail {
  /** Message key suffix (`findings.detail.KEY`). */
  key: string
  params: MessageParams
  /** The line in English ({@link message} worded by `english()`). */
  text: string
  /** The line as a message. */
  message: EngineMessage
  /**
   * Privilege-escalation paths: the requests the path is made of, in order, each one the simulator allowed (the app
   * lists them and opens each in the playground, where its trace shows why it is allowed).
   */
  steps?: PathStep[]
}

/** One request of a privilege-escalation path, as the simulator was asked it. */
export interface PathStep {
  /** The caller: a user's ARN, or a role's (the path goes through a fresh session of it). */
  principal: string
  action: string
  resource: string
  /**
   * Condition keys the request was asked with, beyond the scenario's environment: what the technique fixes
   * (`iam:PassedToService`, `iam:PolicyARN`) and the values chosen for keys the caller controls (a request tag, a
   * later `aws:CurrentTime`, another `aws:RequestedRegion`…); a list for a multivalued key (`aws:TagKeys`).
   */
  context?: Record<string, string | string[]>
  /** The user, group, role, policy or resource the step acts on or reaches (an edge of the path in the graph). */
  to?: FindingEntity
}

/** What a one-click fix changes, with the params of its label (`findings.fix.KIND`). */
export type FixAction = { params?: MessageParams } & (
  | { kind: 'delete-root-keys'; account: string }
  | { kind: 'enable-root-mfa'; account: string }
  | { kind: 'set-password-policy'; account: string; policy: PasswordPolicy }
  | { kind: 'add-user-mfa'; user: string; account: string }
  | { kind: 'deactivate-key'; user: string; account: string; keyId: string }
  | { kind: 'remove-password'; user: string; account: string }
  | { kind: 'trust-own-account'; role: string; account: string; statements: number[] }
  | { kind: 'trust-require-mfa'; role: string; account: string; statements: number[] }
  | { kind: 'remove-tag'; entity: FindingEntity; key: string }
  | { kind: 'remove-description'; entity: FindingEntity }
  /** Takes `action` out of the statement's `Action` list; the statement goes when it named nothing else. */
  | { kind: 'remove-action'; policy: FixPolicy; statement: number; action: string }
  /** Adds a statement denying `action` on `resource` to the policy (the allow matched it through a wildcard). */
  | { kind: 'deny-action'; policy: FixPolicy; action: string; resource: string }
  /**
   * Creates the customer managed policy `policy` (allowing every action but `action` on `resource`) in the user's or
   * role's account and sets it as its permissions boundary (it had none).
   */
  | { kind: 'set-boundary'; entity: FindingEntity; policy: string; action: string; resource: string }
)

/**
 * A policy a fix edits: an inline policy of a user, group or role (`entity` and `inline`, its name), or a customer
 * managed policy (`entity.kind` is `policy`; its default version is edited).
 */
export interface FixPolicy {
  entity: FindingEntity
  inline?: string
}

/**
 * A one-click fix as data (it crosses the worker): the app applies it with {@link applyFix}, an undoable edit.
 * Every fix removes the finding it belongs to.
 */
export type FindingFix = FixAction & {
  /** What the button says, in English ({@link labelText} worded by `english()`). */
  label: string
  /** What the button says, as a message (`findings.fix.KIND`). */
  labelText: EngineMessage
}

/** The kinds of fixes. */
export type FixKind = FindingFix['kind']

/** One finding: a check that fired for some entities. */
export interface Finding {
  /** Stable across runs: the check id and the entity (and credential) it is about. */
  id: string
  check: CheckId
  severity: FindingSeverity
  /** One line, in English ({@link titleText} worded by `english()`). */
  title: string
  /** Why it matters and what to do, in English. */
  explanation: string
  /** The title as a message (`findings.check.CHECK[.VARIANT].title`). */
  titleText: EngineMessage
  /** The explanation as a message (`findings.check.CHECK[.VARIANT].explanation`). */
  explanationText: EngineMessage
  /**
   * The parameters of the title and explanation messages (`findings.check.CHECK.title`, `.explanation`, or
   * `.explanation.VARIANT`), so the app can show them in the person's language.
   */
  params: MessageParams
  /** Selects an alternative explanation message. */
  variant?: string
  /** What exactly is wrong, one line each (policy statements, password policy settings, escalation paths). */
  details?: FindingDetail[]
  /** The entities the finding is about; the first is the main one. */
  entities: FindingEntity[]
  /** AWS documentation of the practice (a link for people; never fetched). */
  learnMore: string
  fix?: FindingFix
}

/** Options of {@link auditScenario}. */
export interface AuditOptions {
  /** The audit's "now" (default: the scenario's clock, `environment.time`, else the real time). */
  now?: Date
  /** The most simulations the privilege-escalation checks may run (default 100,000); past it they stop and say so. */
  maxSimulations?: number
  /**
   * A part of the audit, for an app that runs it in steps (progress, Cancel): `'checks'` runs every check but
   * privilege escalation; `{ from, to }` runs only the privilege-escalation checks, for the principals `from` up to
   * `to` (exclusive) of the search's order (see `escalationPrincipalCount`), with `maxSimulations` for that part.
   * The parts together, ordered by `sortFindings`, are the whole audit. Default: the whole audit.
   */
  part?: 'checks' | { from: number; to: number }
}

/** What a check knows about one check: its id, default severity and documentation. */
export interface CheckInfo {
  id: CheckId
  severity: FindingSeverity
  /** What the check looks for, in English (`findings.check.CHECK.about` worded by `english()`). */
  about: string
  learnMore: string
}
