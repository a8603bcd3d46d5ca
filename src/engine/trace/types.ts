// The trace: a plain, structured-cloneable tree that records how a decision was reached.
import type { Diagnostic, Span } from '../diagnostics'
import type { RuleMessage } from '../messages/rules.en'
import type { TraceMessage } from '../messages/trace.en'

/** How one node of the trace came out. */
export type Outcome = 'match' | 'no_match' | 'error' | 'not_applicable'

/** Why something did not match: machine-readable, one per node. */
export type ReasonCode =
  | 'action_pattern_mismatch'
  | 'resource_pattern_mismatch'
  | 'principal_mismatch'
  | 'condition_key_missing'
  | 'condition_value_mismatch'
  | 'condition_value_malformed'
  | 'condition_operator_unknown'
  | 'set_operator_on_single_value'
  | 'policy_variable_unresolved'
  | 'statement_invalid'
  | 'policy_invalid'
  | 'effect_invalid'

/** The policy types of AWS's evaluation logic, in the order the trace lists them. */
export type PolicyType = 'scp' | 'rcp' | 'resource' | 'identity' | 'boundary' | 'session'

/** A verdict of one policy or one policy type. */
export type Verdict = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny'

/** Points at one statement of one policy. */
export interface StatementRef {
  /** Stable policy id: `identity[2]`, `scp[1][0]`, `resource`, `boundary`, `session[0]`, `rcp[0][1]`. */
  policyId: string
  type: PolicyType
  /** Organization level for SCPs and RCPs (0 = root). */
  level?: number
  /** Position of the policy within its type (or level). */
  policyIndex: number
  /** Name given with the policy, when the caller named it. */
  policyName?: string
  /** Statement position in the policy. */
  index: number
  sid?: string
  span?: Span
}

/** One element of a statement (`Action`, `NotResource`, `Principal`, ...) and how it compared. */
export interface ElementTrace {
  kind: 'action' | 'not_action' | 'resource' | 'not_resource' | 'principal' | 'not_principal'
  outcome: Outcome
  reason?: ReasonCode
  /** The policy value that matched (or, for the Not forms, that excluded the request). */
  matched?: string
  /** Every value of the element, as written. */
  patterns: string[]
  /** Resource values after policy-variable substitution, where they had variables. */
  resolved?: (string | null)[]
  span?: Span
  /** What happened, e.g. "`s3:GetObject` matched `s3:Get*`", for the app to word. */
  text: TraceMessage
  /** The same sentence in English. */
  message: string
}

/** One policy value of a condition test and how it compared. */
export interface ConditionValueTrace {
  value: string
  resolved?: string
  unresolved?: string
  matched?: boolean
  span?: Span
}

/** One condition test (operator × key). */
export interface ConditionTrace {
  kind: 'condition'
  operator: string
  key: string
  outcome: Outcome
  reason?: ReasonCode
  requestValues: string[]
  missing: boolean
  values: ConditionValueTrace[]
  /** A malformed value or an unknown operator, in English ({@link ConditionTrace.errorText} as a message). */
  error?: string
  errorText?: TraceMessage
  span?: Span
  /** How the condition compared, for the app to word. */
  text: TraceMessage
  /** The same sentence in English. */
  message: string
}

/** One statement and why it did or did not apply. */
export interface StatementTrace {
  ref: StatementRef
  effect?: 'Allow' | 'Deny'
  /** `match` when every element matched and it applies to the request. */
  outcome: Outcome
  reason?: ReasonCode
  /** How the principal matched, for resource-side statements that applied. */
  principalMatch?: string
  elements: ElementTrace[]
  conditions: ConditionTrace[]
  /** Whether it applied, and if not why, for the app to word. */
  text: TraceMessage
  /** The same sentence in English. */
  message: string
}

/** One policy and its statements. */
export interface PolicyTrace {
  id: string
  type: PolicyType
  level?: number
  index: number
  name?: string
  verdict: Verdict
  /** AWS would reject this policy: it is skipped and allows or denies nothing. */
  invalid: boolean
  diagnostics: Diagnostic[]
  /** Every statement, explained element by element (built when first read; JSON and structured clone read it). */
  statements: StatementTrace[]
}

/** One policy type (or one SCP/RCP level) of the evaluation. */
export interface PolicyTypeTrace {
  type: PolicyType
  level?: number
  /** "SCPs at level 1", "identity-based policies", ... */
  label: string
  /** The label as a message. */
  labelText: TraceMessage
  /** `NotApplicable` when the type does not take part for this caller (e.g. SCPs for a service principal). */
  verdict: Verdict | 'NotApplicable'
  /** Why the verdict is what it is, as a sentence. */
  note: string
  /** The note as a message. */
  noteText: TraceMessage
  policies: PolicyTrace[]
}

/** Machine-readable names of the evaluation-logic rules that decide. */
export type RuleCode =
  | 'get-caller-identity'
  | 'explicit-deny'
  | 'scp-no-allow'
  | 'root-user'
  | 'resource-policy-direct'
  | 'resource-policy-role'
  | 'identity-allow'
  | 'no-allow'
  | 'boundary-no-allow'
  | 'session-no-allow'
  | 'cross-account-resource-no-allow'
  | 'cross-account-identity-no-allow'
  | 'cross-account-allow'
  | 'trust-no-allow'
  | 'trust-allow'
  | 'root-cannot-assume-role'
  | 'kms-key-policy-no-allow'
  | 'anonymous-no-allow'
  | 'service-allow'
  | 'service-no-allow'
  | 'credentials-expired'
  | 'credentials-invalid'
  | 'aws-owned-resource'

/** The boxes of the evaluation flowchart, top to bottom: the request, the seven checks, the final decision. */
export type FlowStepId =
  'request' | 'deny' | 'scp' | 'rcp' | 'resource' | 'identity' | 'boundary' | 'session' | 'decision'

/** The facts a rule's sentence is made from (the app words them; `ruleSentence` gives English). */
export interface RuleParams {
  action: string
  /** The caller as given. */
  principal: string
  principalKind: string
  resource: string
  resourceAccount?: string
  /** `sts:AssumeRole*`: the resource-based policy is the role's trust policy. */
  trust?: boolean
  /** `explicit-deny`: the policy type of the first denying statement. */
  type?: PolicyType
  /** `explicit-deny` in an SCP or RCP, `scp-no-allow`: the organization level (0 = root). */
  level?: number
  /** `resource-policy-direct`, `trust-allow`: how the policy named the caller. */
  via?: 'named' | 'wildcard' | 'anonymous'
  /** `no-allow`: a resource-based policy delegated to the account and no identity-based policy allowed. */
  delegated?: boolean
  /** `aws-owned-resource`: which kind of AWS-owned resource the request would change. */
  owned?: 'policy' | 'role' | 'alias'
  /** `credentials-expired`: when the session expired (ISO 8601). */
  expiresAt?: string
}

/** The rule of the evaluation logic that decided, with a sentence for people. */
export interface DecisionRule {
  code: RuleCode
  /** The facts of the sentence. */
  params: RuleParams
  /** The sentence, for the app to word in the reader's language. */
  text: RuleMessage
  /** The sentence in English. */
  message: string
}

/** Everything that explains a decision. Plain data: survives structured clone and JSON. */
export interface Trace {
  decision: Verdict
  rule: DecisionRule
  /** The statements that decided it (the denying ones for a deny; the allowing ones for an allow). */
  decisive: StatementRef[]
  request: {
    principal: string
    principalKind: string
    principalAccount?: string
    action: string
    resource: string
    resourceAccount?: string
    crossAccount: boolean
    /** `sts:AssumeRole*` (and `sts:TagSession`, `sts:SetSourceIdentity`): the resource policy is the trust policy. */
    trust: boolean
  }
  context: { key: string; value: string | string[]; derived: boolean }[]
  /** Condition keys that statements asked for and the request did not carry. */
  missingKeys: string[]
  policyTypes: PolicyTypeTrace[]
  /** Problems in the policies (grammar errors make a policy invalid) and the request. */
  diagnostics: Diagnostic[]
}
