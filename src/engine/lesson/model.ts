// The lesson format: one step of the course, as a versioned JSON document in scenarios/lessons/. A lesson explains
// one idea, hands the learner a starting scenario and a task, checks the learner's scenario against the task, and
// carries hints, a solution (a JSON Patch of the starting scenario) and what the learner should take away.
// Documented in scenarios/lessons/README.md and described by scenarios/lessons/lesson.schema.json.
import type { CheckId, DecisionRule, PasswordPolicy, RuleCode, Scenario, SimulationRequest, Verdict } from '../index'
import type { EngineMessage } from '../messages/message'

/**
 * A lesson id: lower-case words of letters and digits joined by `-`. Defined here rather than in parse.ts, so a page
 * that reads `?lesson=` does not carry the lesson parser.
 */
export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Always `iam-playground/lesson`. */
export const LESSON_FORMAT = 'iam-playground/lesson'

/** The current version of the lesson format. */
export const LESSON_VERSION = 1

/** Text shown to learners, in English and Korean (both required). Plain text: inline code goes in backticks. */
export interface LessonText {
  en: string
  ko: string
}

/** A block of the lesson's body, rendered as text nodes (never HTML). */
export type LessonBlock =
  | { type: 'paragraph'; text: LessonText }
  | { type: 'list'; items: LessonText[] }
  /** Code (a policy, a CLI command): shown as is, in both languages. */
  | { type: 'code'; code: string; language?: CodeLanguage }

/** How a code block is highlighted. */
export type CodeLanguage = 'json' | 'shell' | 'text'

/** What a request check expects: a decision, or `Denied` for either kind of deny. */
export type ExpectedOutcome = Verdict | 'Denied'

/**
 * A user, group or role of the scenario: `user/NAME`, `group/NAME`, `role/NAME`, or the entity's ARN. A name is
 * looked up in any account, the scenario's first account first.
 */
export type EntityRef = string

/** What the checks of a lesson can be: requests through the simulator, and a closed set of structural rules. */
export type LessonCheck =
  | RequestCheck
  | RootHasMfaCheck
  | RootHasNoAccessKeysCheck
  | UserInGroupCheck
  | PolicyAttachedToCheck
  | NoPoliciesOnUsersCheck
  | NoInlinePoliciesOnUsersCheck
  | NoActionWildcardCheck
  | NoResourceWildcardCheck
  | BoundarySetCheck
  | UserHasMfaCheck
  | AccessKeyRotatedCheck
  | PasswordPolicyCheck
  | NoAuditFindingsCheck
  | NoUnusedServicesCheck

/** The kinds of check, in the order the README lists them. */
export const CHECK_KINDS = [
  'request',
  'root-has-mfa',
  'root-has-no-access-keys',
  'user-in-group',
  'policy-attached-to',
  'no-policies-on-users',
  'no-inline-policies-on-users',
  'no-action-wildcard',
  'no-resource-wildcard',
  'boundary-set',
  'user-has-mfa',
  'access-key-rotated',
  'password-policy',
  'no-audit-findings',
  'no-unused-services',
] as const satisfies readonly LessonCheck['kind'][]

/** One kind of check. */
export type CheckKind = (typeof CHECK_KINDS)[number]

interface CheckBase {
  /** What the check says when it passes ("jiwoo can read the assets bucket"), in both languages. */
  label: LessonText
}

/**
 * A request run through the simulator that must get `expect`. `principal` may also be an EC2 instance or a Lambda
 * function of the scenario: the request is then made by the code running there, as the role session its instance
 * profile or execution role gives (the role's trust policy must let the service assume it).
 */
export interface RequestCheck extends CheckBase {
  kind: 'request'
  request: SimulationRequest
  expect: ExpectedOutcome
}

/** The root user of `account` (default: the first account) has MFA. */
export interface RootHasMfaCheck extends CheckBase {
  kind: 'root-has-mfa'
  account?: string
}

/** The root user of `account` (default: the first account) has no access keys, active or not. */
export interface RootHasNoAccessKeysCheck extends CheckBase {
  kind: 'root-has-no-access-keys'
  account?: string
}

/** `user` is a member of `group` (or, with `member: false`, is not). */
export interface UserInGroupCheck extends CheckBase {
  kind: 'user-in-group'
  user: EntityRef
  group: EntityRef
  /** Default true. */
  member?: boolean
}

/** Managed policy `policy` (a name or an ARN) is attached to `entity` (or, with `attached: false`, is not). */
export interface PolicyAttachedToCheck extends CheckBase {
  kind: 'policy-attached-to'
  policy: string
  entity: EntityRef
  /** Default true. */
  attached?: boolean
}

/** The users (default: every user) have no policies of their own, inline or managed: they get them from groups. */
export interface NoPoliciesOnUsersCheck extends CheckBase {
  kind: 'no-policies-on-users'
  users?: EntityRef[]
}

/** The users (default: every user) have no inline policies. */
export interface NoInlinePoliciesOnUsersCheck extends CheckBase {
  kind: 'no-inline-policies-on-users'
  users?: EntityRef[]
}

/**
 * No `Allow` statement of the targets' policies allows every action (`"*"`, `"*:*"`, or `NotAction`); with
 * `services: true`, nor every action of a service (`"s3:*"`). A target is an entity (its inline and attached
 * managed policies) or `policy/NAME` (one managed policy).
 */
export interface NoActionWildcardCheck extends CheckBase {
  kind: 'no-action-wildcard'
  targets: string[]
  services?: boolean
}

/** No `Allow` statement of the targets' policies applies to every resource (`"*"` or `NotResource`). */
export interface NoResourceWildcardCheck extends CheckBase {
  kind: 'no-resource-wildcard'
  targets: string[]
}

/** The user or role has a permissions boundary (with `policy`, that one: a name or an ARN). */
export interface BoundarySetCheck extends CheckBase {
  kind: 'boundary-set'
  entity: EntityRef
  policy?: string
}

/** Each of the users has an MFA device. */
export interface UserHasMfaCheck extends CheckBase {
  kind: 'user-has-mfa'
  users: EntityRef[]
}

/**
 * No active access key of the users (default: every user) was created more than `maxAgeDays` days before the
 * scenario's clock (`environment.time`).
 */
export interface AccessKeyRotatedCheck extends CheckBase {
  kind: 'access-key-rotated'
  maxAgeDays: number
  users?: EntityRef[]
}

/**
 * The password policy of `account` (default: the first account) is at least as strong as each setting given: at
 * least `minimumLength` characters and remembered passwords, each character class required where `true`, passwords
 * expiring after at most `maxAgeDays` (and expiring).
 */
export interface PasswordPolicyCheck
  extends
    CheckBase,
    Pick<
      PasswordPolicy,
      | 'minimumLength'
      | 'requireUppercase'
      | 'requireLowercase'
      | 'requireNumbers'
      | 'requireSymbols'
      | 'maxAgeDays'
      | 'reusePrevention'
    > {
  kind: 'password-policy'
  account?: string
}

/** The account audit (`auditScenario`, AWS Config-style checks) reports nothing for these checks. */
export interface NoAuditFindingsCheck extends CheckBase {
  kind: 'no-audit-findings'
  checks: CheckId[]
}

/**
 * Last accessed information: every service the principal's identity-based policies allow was used (per the
 * activity log) in IAM's tracking period. A grant of every service (`*`) always fails.
 */
export interface NoUnusedServicesCheck extends CheckBase {
  kind: 'no-unused-services'
  principal: EntityRef
}

/** One JSON Patch operation (RFC 6902: `add`, `replace` and `remove`; `path` is a JSON pointer into the scenario). */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'remove'; path: string }

/** A page of AWS documentation. */
export interface LessonLink {
  title: LessonText
  /** `https://docs.aws.amazon.com/…` */
  url: string
}

/** One lesson of the course. */
export interface Lesson {
  format: typeof LESSON_FORMAT
  version: number
  /** Stable id: lower-case words joined by `-` (the file is `NN-ID.json`). */
  id: string
  /** Position in the course, 1…N. */
  order: number
  title: LessonText
  /** One or two sentences for the course overview. */
  summary: LessonText
  body: LessonBlock[]
  /** The starting scenario (the scenario format of scenarios/*.json). */
  scenario: Scenario
  /** What the learner must change. */
  task: LessonText
  /** The lesson is solved when every check passes. */
  check: LessonCheck[]
  /** Revealed one by one. */
  hints: LessonText[]
  /** Applied to the starting scenario, it gives a scenario that passes every check. */
  solution: PatchOperation[]
  learned: {
    /** What the learner should take away. */
    items: LessonText[]
    links: LessonLink[]
  }
}

/** Parameters of a result, for wording it in any language. */
export type ResultParams = Record<string, string | number | boolean | string[]>

/** Why a structural rule failed (or `pass`); request checks use the simulator's rule codes instead. */
export type RuleResultCode =
  | 'pass'
  | 'unknown-account'
  | 'unknown-entity'
  | 'unknown-policy'
  | 'root-mfa-missing'
  | 'root-access-keys'
  | 'not-in-group'
  | 'in-group'
  | 'policy-not-attached'
  | 'policy-attached'
  | 'user-policies'
  | 'user-inline-policies'
  | 'action-wildcard'
  | 'resource-wildcard'
  | 'boundary-missing'
  | 'boundary-other'
  | 'user-mfa-missing'
  | 'access-key-old'
  | 'password-policy-weak'
  | 'audit-findings'
  | 'unused-services'
  /** A request check whose request the simulator rejected (a malformed principal or action). */
  | 'request-invalid'
  /** A request check whose principal is an instance or function that runs as no role it may assume. */
  | 'no-service-session'

/** How one check came out. */
export interface CheckResult {
  kind: CheckKind
  /** The check's label, as the lesson words it. */
  label: LessonText
  ok: boolean
  /**
   * Request checks: the code of the decision rule (`identity-allow`, `explicit-deny`, `no-allow`, …), or
   * `request-invalid` / `no-service-session`. Structural rules: `pass`, or why they failed.
   */
  code: RuleCode | RuleResultCode
  /** The facts of the outcome, for wording it (rule parameters, names, counts). */
  params: ResultParams
  /** A sentence in English about the outcome (the app words `code` and `params` in the learner's language). */
  detail?: string
  /** `no-service-session`: why the workload has no role session, for the app to word (`params.reason` in English). */
  reasonText?: EngineMessage
  /** Request checks that ran: the decision. */
  decision?: Verdict
  /** Request checks that ran: the rule of the evaluation logic that decided, from the trace. */
  rule?: DecisionRule
}

/** The outcome of {@link checkLesson}. */
export interface LessonCheckResult {
  /** Every check passed. */
  solved: boolean
  /** One per check, in the lesson's order. */
  results: CheckResult[]
}
