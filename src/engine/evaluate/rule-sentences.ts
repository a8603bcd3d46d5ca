// The English sentence of each decision rule, from the rule's code and parameters. The engine's Node API reads
// these; the app words the same codes and parameters through its catalogs (in English and Korean).
import type { DecisionRule, PolicyType, RuleCode, RuleParams } from '../trace/types'

const TYPE_LABEL: Record<PolicyType, string> = {
  scp: 'service control policies',
  rcp: 'resource control policies',
  resource: 'resource-based policy',
  identity: 'identity-based policies',
  boundary: 'permissions boundary',
  session: 'session policies',
}

/** "SCPs at level 1", "role trust policy", "identity-based policies", … */
export function policyGroupLabel(type: PolicyType, level: number | undefined, trust: boolean): string {
  if (level !== undefined) return `${type === 'scp' ? 'SCPs' : 'RCPs'} at level ${level}`
  if (type === 'resource' && trust) return 'role trust policy'
  return TYPE_LABEL[type]
}

const OWNED: Record<NonNullable<RuleParams['owned']>, string> = {
  policy: 'AWS managed policies cannot be changed: only AWS updates them',
  role: 'roles under `/aws-reserved/` are protected: only AWS can change them',
  alias: 'KMS aliases under `alias/aws/` belong to AWS managed keys: nobody can create, change or delete them',
}

type Sentence = (p: RuleParams) => string

const SENTENCES: Record<RuleCode, Sentence> = {
  'get-caller-identity': () => '`sts:GetCallerIdentity` needs no permission: it is always allowed',
  'credentials-expired': (p) =>
    `the credentials of session \`${p.principal}\` expired at ${p.expiresAt ?? '?'}: every request made with them is denied`,
  'explicit-deny': (p) =>
    `explicit deny in the ${policyGroupLabel(p.type ?? 'identity', p.level, !!p.trust)}: an explicit deny overrides every allow`,
  'scp-no-allow': (p) => `no SCP at organization level ${p.level ?? 0} allows \`${p.action}\``,
  'aws-owned-resource': (p) => `${OWNED[p.owned ?? 'policy']}, whatever the policies allow`,
  'root-cannot-assume-role': () => 'the account root user cannot assume a role',
  'kms-key-policy-no-allow': () =>
    'the KMS key policy does not allow this; identity-based policies alone never reach a KMS key',
  'root-user': () => 'the account root user has full access to its own account',
  'anonymous-no-allow': () =>
    'an anonymous request is allowed only by a resource-based policy that allows everyone',
  'service-allow': (p) =>
    `the ${policyGroupLabel('resource', undefined, !!p.trust)} allows the ${callerWord(p)} \`${p.principal}\``,
  'service-no-allow': (p) =>
    `no ${policyGroupLabel('resource', undefined, !!p.trust)} allows the ${callerWord(p)} \`${p.principal}\``,
  'trust-no-allow': (p) => `the role's trust policy does not allow \`${p.principal}\` to \`${p.action}\``,
  'cross-account-resource-no-allow': (p) =>
    `cross-account: the resource in account ${p.resourceAccount ?? '?'} has no resource-based policy that allows \`${p.principal}\``,
  'cross-account-identity-no-allow': () =>
    'cross-account: the resource-based policy allows, but no identity-based policy does',
  'cross-account-allow': (p) =>
    p.principalKind === 'root'
      ? 'cross-account: the resource-based policy allows the other account'
      : 'cross-account: both the resource-based policy and the identity side allow',
  'boundary-no-allow': (p) => `the permissions boundary does not allow \`${p.action}\``,
  'session-no-allow': (p) => `no session policy allows \`${p.action}\``,
  'resource-policy-direct': (p) => {
    if (p.via === 'anonymous') return 'the resource-based policy allows anonymous access (`Principal: "*"`)'
    const kind = p.trust ? 'trust policy' : 'resource-based policy'
    return p.via === 'wildcard'
      ? `the ${kind} allows everyone (\`Principal: "*"\`)`
      : `the ${kind} names \`${p.principal}\` and allows it`
  },
  'trust-allow': (p) =>
    p.via === 'wildcard'
      ? 'the trust policy allows everyone (`Principal: "*"`)'
      : `the trust policy names \`${p.principal}\` and allows it`,
  'identity-allow': () => 'an identity-based policy allows, and nothing denies',
  'resource-policy-role': () => 'the resource-based policy names the role and allows it',
  'no-allow': (p) =>
    p.delegated
      ? 'the resource-based policy delegates to the account, but no identity-based policy allows'
      : `no policy allows \`${p.action}\` on \`${p.resource}\`: implicit deny`,
}

/** Why a step found no allow, where it says more than the rule's own sentence (the flowchart's implicit denies). */
const NO_ALLOW: Partial<Record<RuleCode, Sentence>> = {
  'credentials-expired': () => 'the session’s credentials had expired, so no policy was evaluated',
  'trust-no-allow': (p) => `the role’s trust policy does not allow \`${p.principal}\` to \`${p.action}\``,
  'kms-key-policy-no-allow': () =>
    'the KMS key policy does not allow the request, and identity-based policies alone never reach a KMS key',
  'anonymous-no-allow': () => 'no resource-based policy allows anonymous access',
  'service-no-allow': (p) => `no resource-based policy allows \`${p.principal}\``,
  'cross-account-resource-no-allow': () =>
    'the request crosses accounts, and no resource-based policy of the resource’s account allows the caller',
  'root-cannot-assume-role': () => 'the account root user cannot assume a role, whatever the trust policy says',
  'no-allow': (p) =>
    `no identity-based policy allows \`${p.action}\`, and no resource-based policy allows it on its own`,
  'cross-account-identity-no-allow': () =>
    'the resource-based policy allows, but across accounts an identity-based policy must allow too, and none does',
}

/** The English sentence of why a step found no allow, for an implicit deny. */
export function noAllowSentence(code: RuleCode, params: RuleParams): string {
  return (NO_ALLOW[code] ?? SENTENCES[code])(params)
}

function callerWord(p: RuleParams): string {
  return p.principalKind === 'service' ? 'service principal' : 'identity provider'
}

/** The English sentence of a decision rule. */
export function ruleSentence(code: RuleCode, params: RuleParams): string {
  return SENTENCES[code](params)
}

/** The rule of a request made with expired credentials, from the rule the policies would have given. */
export function expiredRule(rule: DecisionRule, expiresAt: string): DecisionRule {
  const { action, principal, principalKind, resource, resourceAccount, trust } = rule.params
  const params: RuleParams = { action, principal, principalKind, resource, expiresAt }
  if (resourceAccount !== undefined) params.resourceAccount = resourceAccount
  if (trust) params.trust = true
  return { code: 'credentials-expired', params, message: ruleSentence('credentials-expired', params) }
}
