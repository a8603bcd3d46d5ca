// The trace's English: how each element, condition and statement of a policy compared with the request, and what
// each policy type found. Params in backticks are code (actions, ARNs, keys, values); `{patterns}`, `{values}` and
// `{request}` are lists already written as code spans (`` `a`, `b` ``).
import type { EngineMessage } from './message'

export const TRACE_EN = {
  // Two sentences about the same thing, one after the other.
  'trace.joined': '{first}; {then}',

  'element.action.matched': '`{action}` matched `{pattern}`',
  'element.action.none': '`{action}` matched none of {patterns}',
  'element.notAction.excluded': '`{action}` is excluded by `NotAction` `{pattern}`',
  'element.notAction.covered': '`{action}` is not among `NotAction` {patterns}, so the statement covers it',
  'element.resource.trust': 'a trust policy statement covers the role it belongs to',
  'element.resource.missing': 'the statement has no `Resource`',
  'element.resource.matched': '`{resource}` matched `{pattern}`',
  'element.resource.none': '`{resource}` matched none of {patterns}',
  'element.notResource.excluded': '`{resource}` is excluded by `NotResource` `{pattern}`',
  'element.notResource.covered': '`{resource}` is not among `NotResource` {patterns}, so the statement covers it',
  'element.variableNoValue': '`{entry}` matches nothing: policy variable `{variable}` has no value in the request',
  'element.principal.covered': '`{caller}` is covered by `Principal` `{entry}` ({how})',
  'element.principal.notAmong': '`{caller}` is not among `Principal` {patterns}',
  'element.principal.missing': 'the statement names no `Principal`, so it applies to nobody',
  'element.notPrincipal.excluded': '`{caller}` is excluded by `NotPrincipal` `{entry}`',
  'element.notPrincipal.boundary':
    '`{caller}` has a permissions boundary, and a `Deny` with `NotPrincipal` always denies such principals',
  'element.notPrincipal.covered': '`{caller}` is not listed in `NotPrincipal` {patterns}, so the statement covers it',

  // How a `Principal` entry matched the caller.
  'principal.how.user': 'names the caller',
  'principal.how.session': 'names the role session',
  'principal.how.role': 'names the role',
  'principal.how.account': 'names the account: delegates to its identity-based policies',
  'principal.how.wildcard': 'everyone',
  'principal.how.service': 'names the service',
  'principal.how.federated': 'names the identity provider',

  'condition.held': 'condition `{operator}` on `{key}` held: {request} against {values}',
  'condition.failed': 'condition `{operator}` on `{key}` failed: {request} against {values}',
  'condition.missing.held':
    'condition `{operator}` on `{key}` held: the request has no `{key}`, and this operator holds when the key is absent',
  'condition.missing.failed': 'condition `{operator}` on `{key}` failed: the request has no `{key}`',
  'condition.error.held': 'condition `{operator}` on `{key}` held: {error}',
  'condition.error.failed': 'condition `{operator}` on `{key}` failed: {error}',
  'condition.operator.unknown': 'unknown condition operator `{operator}`',
  'condition.operator.suggest':
    'unknown condition operator `{operator}` (operator names are case-sensitive: did you mean `{suggestion}`?)',
  'condition.policyValue.arn': 'policy value `{value}` has fewer than the six colon-separated parts of an ARN',
  'condition.policyValue.binary': 'policy value `{value}` is not base64',
  'condition.policyValue.bool': 'policy value `{value}` is not `true` or `false`',
  'condition.policyValue.date': 'policy value `{value}` is not a date',
  'condition.policyValue.ip': 'policy value `{value}` is not an IP address or CIDR range',
  'condition.policyValue.null': 'policy value `{value}` of `Null` must be `true` or `false`',
  'condition.policyValue.numeric': 'policy value `{value}` is not a number',
  'condition.policyValue.variable': '{problem} (policy variables cannot be used with `{family}` operators)',
  'condition.requestValue.arn': 'request value `{value}` is not an ARN',
  'condition.requestValue.binary': 'request value `{value}` is not base64',
  'condition.requestValue.bool': 'request value `{value}` is not `true` or `false`',
  'condition.requestValue.date':
    'request value `{value}` is not a date (ISO 8601 such as `2026-01-01T00:00:00Z`, or epoch seconds)',
  'condition.requestValue.ip': 'request value `{value}` is not an IP address',
  'condition.requestValue.numeric': 'request value `{value}` is not a number',

  'statement.policyInvalid': 'skipped: AWS would reject this policy, so none of its statements take effect',
  'statement.invalid': 'skipped: the statement breaks the policy grammar',
  'statement.allows': 'applies: allows the request',
  'statement.denies': 'applies: denies the request',
  'statement.allowsVia': 'applies: allows the request (`Principal` {how})',
  'statement.deniesVia': 'applies: denies the request (`Principal` {how})',
  'statement.doesNotApply': 'does not apply: {reason}',
  'statement.conditionFailed': 'does not apply: a condition failed',

  // The policy types of the evaluation logic, as the trace names them.
  'policyType.scp': 'service control policies',
  'policyType.rcp': 'resource control policies',
  'policyType.resource': 'resource-based policy',
  'policyType.identity': 'identity-based policies',
  'policyType.boundary': 'permissions boundary',
  'policyType.session': 'session policies',
  'policyType.trust': 'role trust policy',
  'policyType.scpLevel': 'SCPs at level {level}',
  'policyType.rcpLevel': 'RCPs at level {level}',
  'policyType.note.scpNotIam': 'SCPs do not apply: the caller is not an IAM principal of an account',
  'policyType.note.scpServiceLinked': 'SCPs do not limit service-linked roles',
  'policyType.note.rcpService': 'RCPs do not apply to service principals',
  'policyType.note.noResourcePolicy': 'no resource-based policy was given',
  'policyType.note.identityRoot': 'identity-based policies do not apply to the root user',
  'policyType.note.identityNone': 'the caller has no identity-based policies',
  'policyType.note.denies': 'a statement in the {type} denies the request',
  'policyType.note.allows': 'the {type} allows the request',
  'policyType.note.allow': 'the {type} allow the request',
  'policyType.note.rcpPass': 'no RCP statement applies; RCPFullAWSAccess leaves the request to the other policies',
  'policyType.note.nothing': 'nothing in the {type} allows the request',
} as const satisfies Record<string, string>

/** A key of the trace's messages. */
export type TraceMessageKey = keyof typeof TRACE_EN

/** A message of the trace. */
export type TraceMessage = EngineMessage<TraceMessageKey>
