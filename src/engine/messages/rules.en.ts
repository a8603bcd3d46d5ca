// The English of the decision rules: the sentence of each rule (a rule whose sentence varies has a key per variant),
// why the flowchart's step found no allow for an implicit deny, and which step said so. `{type}` is a policy type's
// name (a message of the trace, e.g. "resource-based policy"), `{reason}` the step's sentence.
import type { EngineMessage } from './message'

export const RULES_EN = {
  'rule.get-caller-identity': '`sts:GetCallerIdentity` needs no permission: it is always allowed',
  'rule.credentials-expired':
    'the credentials of session `{principal}` expired at {expiresAt}: every request made with them is denied',
  'rule.credentials-invalid':
    'the scenario never issued session `{principal}`: there are no credentials to sign the request with, so it is refused',
  'rule.explicit-deny': 'explicit deny in the {type}: an explicit deny overrides every allow',
  'rule.scp-no-allow': 'no SCP at organization level {level} allows `{action}`',
  'rule.aws-owned-resource':
    'AWS managed policies cannot be changed: only AWS updates them, whatever the policies allow',
  'rule.aws-owned-resource.role':
    'roles under `/aws-reserved/` are protected: only AWS can change them, whatever the policies allow',
  'rule.aws-owned-resource.alias':
    'KMS aliases under `alias/aws/` belong to AWS managed keys: nobody can create, change or delete them, whatever the policies allow',
  'rule.root-cannot-assume-role': 'the account root user cannot assume a role',
  'rule.kms-key-policy-no-allow':
    'the KMS key policy does not allow this; identity-based policies alone never reach a KMS key',
  'rule.root-user': 'the account root user has full access to its own account',
  'rule.anonymous-no-allow': 'an anonymous request is allowed only by a resource-based policy that allows everyone',
  'rule.service-allow': 'the {type} allows the service principal `{principal}`',
  'rule.service-allow.provider': 'the {type} allows the identity provider `{principal}`',
  'rule.service-no-allow': 'no {type} allows the service principal `{principal}`',
  'rule.service-no-allow.provider': 'no {type} allows the identity provider `{principal}`',
  'rule.trust-no-allow': "the role's trust policy does not allow `{principal}` to `{action}`",
  'rule.cross-account-resource-no-allow':
    'cross-account: the resource in account {resourceAccount} has no resource-based policy that allows `{principal}`',
  'rule.cross-account-identity-no-allow':
    'cross-account: the resource-based policy allows, but no identity-based policy does',
  'rule.cross-account-allow': 'cross-account: both the resource-based policy and the identity side allow',
  'rule.cross-account-allow.root': 'cross-account: the resource-based policy allows the other account',
  'rule.boundary-no-allow': 'the permissions boundary does not allow `{action}`',
  'rule.session-no-allow': 'no session policy allows `{action}`',
  'rule.resource-policy-direct': 'the resource-based policy names `{principal}` and allows it',
  'rule.resource-policy-direct.wildcard': 'the resource-based policy allows everyone (`Principal: "*"`)',
  'rule.resource-policy-direct.anonymous': 'the resource-based policy allows anonymous access (`Principal: "*"`)',
  'rule.trust-allow': 'the trust policy names `{principal}` and allows it',
  'rule.trust-allow.wildcard': 'the trust policy allows everyone (`Principal: "*"`)',
  'rule.identity-allow': 'an identity-based policy allows, and nothing denies',
  'rule.resource-policy-role': 'the resource-based policy names the role and allows it',
  'rule.no-allow': 'no policy allows `{action}` on `{resource}`: implicit deny',
  'rule.no-allow.delegated': 'the resource-based policy delegates to the account, but no identity-based policy allows',

  // Why a step found no allow, where it says more than the rule's own sentence.
  'noAllow.credentials-expired': 'the session’s credentials had expired, so no policy was evaluated',
  'noAllow.credentials-invalid': 'the session was never issued, so no policy was evaluated',
  'noAllow.trust-no-allow': 'the role’s trust policy does not allow `{principal}` to `{action}`',
  'noAllow.kms-key-policy-no-allow':
    'the KMS key policy does not allow the request, and identity-based policies alone never reach a KMS key',
  'noAllow.anonymous-no-allow': 'no resource-based policy allows anonymous access',
  'noAllow.service-no-allow': 'no resource-based policy allows `{principal}`',
  'noAllow.cross-account-resource-no-allow':
    'the request crosses accounts, and no resource-based policy of the resource’s account allows the caller',
  'noAllow.root-cannot-assume-role': 'the account root user cannot assume a role, whatever the trust policy says',
  'noAllow.no-allow': 'no identity-based policy allows `{action}`, and no resource-based policy allows it on its own',
  'noAllow.cross-account-identity-no-allow':
    'the resource-based policy allows, but across accounts an identity-based policy must allow too, and none does',

  // Which step of the flowchart found no allow.
  'noAllow.step.request': 'Authentication found no allow: {reason}',
  'noAllow.step.deny': 'The explicit deny check found no allow: {reason}',
  'noAllow.step.scp': 'Service control policies found no allow: {reason}',
  'noAllow.step.rcp': 'Resource control policies found no allow: {reason}',
  'noAllow.step.resource': 'The resource-based policy found no allow: {reason}',
  'noAllow.step.trust': 'The role trust policy found no allow: {reason}',
  'noAllow.step.identity': 'Identity-based policies found no allow: {reason}',
  'noAllow.step.boundary': 'The permissions boundary found no allow: {reason}',
  'noAllow.step.session': 'Session policies found no allow: {reason}',
  'noAllow.step.decision': 'The decision found no allow: {reason}',
} as const satisfies Record<string, string>

/** A key of the rules' messages. */
export type RuleTextKey = keyof typeof RULES_EN

/** A message about a decision rule. */
export type RuleMessage = EngineMessage<RuleTextKey>
