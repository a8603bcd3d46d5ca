// The sentence of each decision rule, from the rule's code and parameters: a message the app words in the reader's
// language, and its English for the engine's Node API.
import { englishField } from '../messages/english-fields'
import type { RuleMessage, RuleTextKey } from '../messages/rules.en'
import { ruleMessage } from '../messages/rules'
import type { TraceMessage } from '../messages/trace.en'
import { traceMessage } from '../messages/trace'
import { withMessage } from '../trace/sentences'
import type { DecisionRule, FlowStepId, PolicyType, RuleCode, RuleParams } from '../trace/types'

/** "SCPs at level 1", "role trust policy", "identity-based policies", … as a message. */
export function policyGroupText(type: PolicyType, level: number | undefined, trust: boolean): TraceMessage {
  if (level !== undefined)
    return traceMessage(type === 'scp' ? 'policyType.scpLevel' : 'policyType.rcpLevel', { level })
  if (type === 'resource' && trust) return traceMessage('policyType.trust')
  return traceMessage(`policyType.${type}`)
}

/** "SCPs at level 1", "role trust policy", "identity-based policies", … in English. */
export function policyGroupLabel(type: PolicyType, level: number | undefined, trust: boolean): string {
  return englishField(policyGroupText(type, level, trust))
}

type Sentence = (p: RuleParams) => RuleMessage

/** A rule whose sentence does not vary: its own key with the request's facts. */
const plain =
  (key: RuleTextKey): Sentence =>
  (p) =>
    ruleMessage(key, { action: p.action, principal: p.principal, resource: p.resource })

/** The resource side's policy name: the resource-based policy, or the role's trust policy. */
const resourceSide = (p: RuleParams) => policyGroupText('resource', undefined, !!p.trust)

const SENTENCES: Record<RuleCode, Sentence> = {
  'get-caller-identity': () => ruleMessage('rule.get-caller-identity'),
  'credentials-expired': (p) =>
    ruleMessage('rule.credentials-expired', { principal: p.principal, expiresAt: p.expiresAt ?? '?' }),
  'credentials-invalid': (p) => ruleMessage('rule.credentials-invalid', { principal: p.principal }),
  'explicit-deny': (p) =>
    ruleMessage('rule.explicit-deny', { type: policyGroupText(p.type ?? 'identity', p.level, !!p.trust) }),
  'scp-no-allow': (p) => ruleMessage('rule.scp-no-allow', { level: p.level ?? 0, action: p.action }),
  'aws-owned-resource': (p) =>
    ruleMessage(
      p.owned === 'role'
        ? 'rule.aws-owned-resource.role'
        : p.owned === 'alias'
          ? 'rule.aws-owned-resource.alias'
          : 'rule.aws-owned-resource',
    ),
  'root-cannot-assume-role': () => ruleMessage('rule.root-cannot-assume-role'),
  'kms-key-policy-no-allow': () => ruleMessage('rule.kms-key-policy-no-allow'),
  'root-user': () => ruleMessage('rule.root-user'),
  'anonymous-no-allow': () => ruleMessage('rule.anonymous-no-allow'),
  'service-allow': (p) =>
    ruleMessage(p.principalKind === 'service' ? 'rule.service-allow' : 'rule.service-allow.provider', {
      type: resourceSide(p),
      principal: p.principal,
    }),
  'service-no-allow': (p) =>
    ruleMessage(p.principalKind === 'service' ? 'rule.service-no-allow' : 'rule.service-no-allow.provider', {
      type: resourceSide(p),
      principal: p.principal,
    }),
  'trust-no-allow': plain('rule.trust-no-allow'),
  'cross-account-resource-no-allow': (p) =>
    ruleMessage('rule.cross-account-resource-no-allow', {
      resourceAccount: p.resourceAccount ?? '?',
      principal: p.principal,
    }),
  'cross-account-identity-no-allow': () => ruleMessage('rule.cross-account-identity-no-allow'),
  'cross-account-allow': (p) =>
    ruleMessage(p.principalKind === 'root' ? 'rule.cross-account-allow.root' : 'rule.cross-account-allow'),
  'boundary-no-allow': plain('rule.boundary-no-allow'),
  'session-no-allow': plain('rule.session-no-allow'),
  'resource-policy-direct': (p) => {
    if (p.via === 'anonymous') return ruleMessage('rule.resource-policy-direct.anonymous')
    // A trust policy's sentence is the trust-allow rule's own.
    if (p.trust) return SENTENCES['trust-allow'](p)
    return p.via === 'wildcard'
      ? ruleMessage('rule.resource-policy-direct.wildcard')
      : ruleMessage('rule.resource-policy-direct', { principal: p.principal })
  },
  'trust-allow': (p) =>
    p.via === 'wildcard'
      ? ruleMessage('rule.trust-allow.wildcard')
      : ruleMessage('rule.trust-allow', { principal: p.principal }),
  'identity-allow': () => ruleMessage('rule.identity-allow'),
  'resource-policy-role': () => ruleMessage('rule.resource-policy-role'),
  'no-allow': (p) => (p.delegated ? ruleMessage('rule.no-allow.delegated') : plain('rule.no-allow')(p)),
}

/** Why a step found no allow, where it says more than the rule's own sentence (the flowchart's implicit denies). */
const NO_ALLOW: Partial<Record<RuleCode, Sentence>> = {
  'credentials-expired': () => ruleMessage('noAllow.credentials-expired'),
  'credentials-invalid': () => ruleMessage('noAllow.credentials-invalid'),
  'trust-no-allow': plain('noAllow.trust-no-allow'),
  'kms-key-policy-no-allow': () => ruleMessage('noAllow.kms-key-policy-no-allow'),
  'anonymous-no-allow': () => ruleMessage('noAllow.anonymous-no-allow'),
  'service-no-allow': (p) => ruleMessage('noAllow.service-no-allow', { principal: p.principal }),
  'cross-account-resource-no-allow': () => ruleMessage('noAllow.cross-account-resource-no-allow'),
  'root-cannot-assume-role': () => ruleMessage('noAllow.root-cannot-assume-role'),
  'no-allow': plain('noAllow.no-allow'),
  'cross-account-identity-no-allow': () => ruleMessage('noAllow.cross-account-identity-no-allow'),
}

/** Why a step found no allow, for an implicit deny. */
export function noAllowText(code: RuleCode, params: RuleParams): RuleMessage {
  return (NO_ALLOW[code] ?? SENTENCES[code])(params)
}

/** The English sentence of why a step found no allow, for an implicit deny. */
export function noAllowSentence(code: RuleCode, params: RuleParams): string {
  return englishField(noAllowText(code, params))
}

/** Which step found no allow (`trust`: the resource step of `sts:AssumeRole*`, the role's trust policy), and why. */
export function noAllowAt(step: FlowStepId | 'trust', reason: RuleMessage): RuleMessage {
  return ruleMessage(`noAllow.step.${step}`, { reason })
}

/** The sentence of a decision rule. */
export function ruleText(code: RuleCode, params: RuleParams): RuleMessage {
  return SENTENCES[code](params)
}

/** The English sentence of a decision rule. */
export function ruleSentence(code: RuleCode, params: RuleParams): string {
  return englishField(ruleText(code, params))
}

/** A decision rule with its sentence, as a message and in English. */
export function decisionRule(code: RuleCode, params: RuleParams): DecisionRule {
  const text = ruleText(code, params)
  return withMessage({ code, params, text })
}

/** The rule of a request made with expired credentials, from the rule the policies would have given. */
export function expiredRule(rule: DecisionRule, expiresAt: string): DecisionRule {
  return failedRule('credentials-expired', rule, expiresAt)
}

/** The rule of a request made as a session the scenario never issued, from the rule the policies would have given. */
export function invalidRule(rule: DecisionRule): DecisionRule {
  return failedRule('credentials-invalid', rule)
}

function failedRule(
  code: 'credentials-expired' | 'credentials-invalid',
  rule: DecisionRule,
  expiresAt?: string,
): DecisionRule {
  const { action, principal, principalKind, resource, resourceAccount, trust } = rule.params
  const params: RuleParams = { action, principal, principalKind, resource }
  if (expiresAt !== undefined) params.expiresAt = expiresAt
  if (resourceAccount !== undefined) params.resourceAccount = resourceAccount
  if (trust) params.trust = true
  return decisionRule(code, params)
}
