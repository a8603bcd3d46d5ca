// The decision rules of the evaluation logic, one row each: where the flowchart path ends, the User Guide page
// that states the rule, the key of its sentence, how AWS words the error it gives, and which policy a change would
// have to touch to flip it. The evaluator, the flowchart, the activity log and the remedies all read this table.
import type { FlowStepId, PolicyType, RuleCode } from '../trace/types'

const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/'
const LOGIC = `${GUIDE}reference_policies_evaluation-logic.html`
const DENY_ALLOW = `${GUIDE}reference_policies_evaluation-logic_policy-eval-denyallow.html`
const CROSS = `${GUIDE}reference_policies_evaluation-logic-cross-account.html`
const BASICS = `${GUIDE}reference_policies_evaluation-logic_policy-eval-basics.html`
const ROLES = `${GUIDE}id_roles_manage-assume.html`

/**
 * How AWS words a denial (IAM User Guide, "Troubleshoot access denied error messages"):
 * - `explicit`: "… with an explicit deny in a TYPE" (the type of the deciding statement, or `type`);
 * - `implicit`: "… because no TYPE allows the ACTION action";
 * - `plain`: "User: … is not authorized to perform: ACTION on resource: …", nothing after;
 * - `root-assume`: STS's own sentence for the root user; `anonymous`: S3's "Access Denied";
 * - `expired`: the expired-token error; `invalid`: the invalid-token error (credentials that were never issued);
 *   `protected`: IAM's `UnmodifiableEntity` for AWS-owned resources;
 * - `none`: the rule allows.
 */
export type Denial =
  | { kind: 'explicit'; type?: PolicyType }
  | { kind: 'implicit'; type: PolicyType }
  | { kind: 'plain' | 'root-assume' | 'anonymous' | 'expired' | 'invalid' | 'protected' | 'none' }

/**
 * The policy a change must touch to flip a denial (what "What would allow it" proposes): `scp`, `boundary`,
 * `session`, `identity` (identity policies, then resource policies that can name the caller), `identity-only`,
 * `resource`; `session-renewal` for expired credentials; `none` where no policy change helps (root assuming a role,
 * AWS-owned resources) or the rule allows.
 */
export type RuleRemedy =
  'scp' | 'boundary' | 'session' | 'identity' | 'identity-only' | 'resource' | 'session-renewal' | 'explicit' | 'none'

/** The key of a rule's sentence, rendered by {@link ruleSentence} (English) or the app's catalog. */
export type RuleMessageKey = `rule.${RuleCode}`

/** One decision rule. */
export interface RuleInfo {
  /** The flowchart step where the request's path leaves the chart. */
  step: FlowStepId
  /** The AWS documentation page that states the rule. */
  docs: string
  /** The key of its sentence. */
  message: RuleMessageKey
  denial: Denial
  remedy: RuleRemedy
}

const rule = (step: FlowStepId, docs: string, denial: Denial, remedy: RuleRemedy): Omit<RuleInfo, 'message'> => ({
  step,
  docs,
  denial,
  remedy,
})

// Every rule code has exactly one row (a missing or unknown code is a type error).
const ROWS: Record<RuleCode, Omit<RuleInfo, 'message'>> = {
  'get-caller-identity': rule(
    'request',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html',
    { kind: 'none' },
    'none',
  ),
  'credentials-expired': rule(
    'request',
    `${GUIDE}id_credentials_temp_control-access_disable-perms.html`,
    { kind: 'expired' },
    'session-renewal',
  ),
  // Requests are signed with the session's credentials; a session never issued has none, so AWS refuses the request
  // before authorization ("The security token included in the request is invalid").
  'credentials-invalid': rule('request', `${GUIDE}id_credentials_temp_use-resources.html`, { kind: 'invalid' }, 'none'),
  'explicit-deny': rule('deny', DENY_ALLOW, { kind: 'explicit' }, 'explicit'),
  'scp-no-allow': rule(
    'scp',
    `${LOGIC}#policy-eval-basics-scps`,
    // "When an SCP denies access, the error message can include the phrase `due to an explicit deny in a Service
    // Control Policy`, even if the denial is implicit" (IAM User Guide).
    { kind: 'explicit', type: 'scp' },
    'scp',
  ),
  'aws-owned-resource': rule(
    'resource',
    `${GUIDE}access_policies_managed-vs-inline.html#aws-managed-policies`,
    { kind: 'protected' },
    'none',
  ),
  'resource-policy-direct': rule('resource', BASICS, { kind: 'none' }, 'none'),
  'trust-allow': rule('resource', ROLES, { kind: 'none' }, 'none'),
  'service-allow': rule('resource', BASICS, { kind: 'none' }, 'none'),
  'trust-no-allow': rule('resource', `${GUIDE}id_roles_terms-and-concepts.html`, { kind: 'plain' }, 'resource'),
  'kms-key-policy-no-allow': rule(
    'resource',
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    { kind: 'implicit', type: 'resource' },
    'resource',
  ),
  'anonymous-no-allow': rule('resource', BASICS, { kind: 'anonymous' }, 'resource'),
  'service-no-allow': rule('resource', BASICS, { kind: 'anonymous' }, 'resource'),
  'cross-account-resource-no-allow': rule('resource', CROSS, { kind: 'implicit', type: 'resource' }, 'resource'),
  'root-cannot-assume-role': rule(
    'resource',
    'https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html',
    { kind: 'root-assume' },
    'none',
  ),
  'no-allow': rule('identity', DENY_ALLOW, { kind: 'implicit', type: 'identity' }, 'identity'),
  'cross-account-identity-no-allow': rule('identity', CROSS, { kind: 'implicit', type: 'identity' }, 'identity-only'),
  'boundary-no-allow': rule(
    'boundary',
    `${GUIDE}access_policies_boundaries.html`,
    { kind: 'implicit', type: 'boundary' },
    'boundary',
  ),
  'session-no-allow': rule(
    'session',
    `${LOGIC}#policy-eval-basics-session-policies`,
    { kind: 'implicit', type: 'session' },
    'session',
  ),
  'root-user': rule('decision', `${GUIDE}id_root-user.html`, { kind: 'none' }, 'none'),
  'identity-allow': rule('decision', DENY_ALLOW, { kind: 'none' }, 'none'),
  'resource-policy-role': rule('decision', BASICS, { kind: 'none' }, 'none'),
  'cross-account-allow': rule('decision', CROSS, { kind: 'none' }, 'none'),
}

/** Every decision rule of the evaluation logic. */
export const RULES: Readonly<Record<RuleCode, RuleInfo>> = Object.fromEntries(
  Object.entries(ROWS).map(([code, row]) => [code, { ...row, message: `rule.${code}` }]),
) as Record<RuleCode, RuleInfo>
