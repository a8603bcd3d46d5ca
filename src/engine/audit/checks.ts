// What each check of the audit is (its id, severity, description and AWS page), in the order findings are listed:
// apart from the checks themselves, so the page and the lesson files read the list without the simulator. Each
// `about` is a getter: worded when read, so the English installed after these constants were made still applies.
import { aboutOf } from './context'
import type { CheckInfo } from './types'

export const ROOT_ACCESS_KEY: CheckInfo = {
  id: 'root-access-key',
  severity: 'critical',
  get about() {
    return aboutOf('root-access-key')
  },
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/iam-root-access-key-check.html',
}

export const ROOT_MFA: CheckInfo = {
  id: 'root-mfa',
  severity: 'critical',
  get about() {
    return aboutOf('root-mfa')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
}

export const CONSOLE_USER_MFA: CheckInfo = {
  id: 'console-user-mfa',
  severity: 'high',
  get about() {
    return aboutOf('console-user-mfa')
  },
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/mfa-enabled-for-iam-console-access.html',
}

export const PASSWORD_POLICY: CheckInfo = {
  id: 'password-policy',
  severity: 'medium',
  get about() {
    return aboutOf('password-policy')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
}

export const ACCESS_KEY_AGE: CheckInfo = {
  id: 'access-key-age',
  severity: 'medium',
  get about() {
    return aboutOf('access-key-age')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
}

export const UNUSED_CREDENTIALS: CheckInfo = {
  id: 'unused-credentials',
  severity: 'medium',
  get about() {
    return aboutOf('unused-credentials')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
}

export const TWO_ACTIVE_KEYS: CheckInfo = {
  id: 'two-active-keys',
  severity: 'low',
  get about() {
    return aboutOf('two-active-keys')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
}

export const TRUST_OPEN: CheckInfo = {
  id: 'trust-open',
  severity: 'critical',
  get about() {
    return aboutOf('trust-open')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
}

export const TRUST_CROSS_ACCOUNT: CheckInfo = {
  id: 'trust-cross-account',
  severity: 'high',
  get about() {
    return aboutOf('trust-cross-account')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
}

export const TRUST_OIDC_SUBJECT: CheckInfo = {
  id: 'trust-oidc-subject',
  severity: 'high',
  get about() {
    return aboutOf('trust-oidc-subject')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
}

export const TRUST_SERVICE_SOURCE: CheckInfo = {
  id: 'trust-service-source',
  severity: 'low',
  get about() {
    return aboutOf('trust-service-source')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
}

export const PRIVILEGE_ESCALATION: CheckInfo = {
  id: 'privilege-escalation',
  severity: 'high',
  get about() {
    return aboutOf('privilege-escalation')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
}

export const POSSIBLE_PRIVILEGE_ESCALATION: CheckInfo = {
  id: 'possible-privilege-escalation',
  severity: 'medium',
  get about() {
    return aboutOf('possible-privilege-escalation')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
}

export const ASSUME_MORE_POWERFUL_ROLE: CheckInfo = {
  id: 'assume-more-powerful-role',
  severity: 'low',
  get about() {
    return aboutOf('assume-more-powerful-role')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage-assume.html',
}

export const ESCALATION_LIMITED: CheckInfo = {
  id: 'escalation-limited',
  severity: 'low',
  get about() {
    return aboutOf('escalation-limited')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
}

export const ADMIN_ACCESS: CheckInfo = {
  id: 'admin-access',
  severity: 'high',
  get about() {
    return aboutOf('admin-access')
  },
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/iam-policy-no-statements-with-admin-access.html',
}

export const PASSROLE_ANY: CheckInfo = {
  id: 'passrole-any',
  severity: 'high',
  get about() {
    return aboutOf('passrole-any')
  },
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
}

export const USER_ATTACHED_POLICIES: CheckInfo = {
  id: 'user-attached-policies',
  severity: 'low',
  get about() {
    return aboutOf('user-attached-policies')
  },
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/iam-user-no-policies-check.html',
}

export const INLINE_POLICIES: CheckInfo = {
  id: 'inline-policies',
  severity: 'low',
  get about() {
    return aboutOf('inline-policies')
  },
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/iam-no-inline-policy-check.html',
}

export const HARDCODED_SECRET: CheckInfo = {
  id: 'hardcoded-secret',
  severity: 'high',
  get about() {
    return aboutOf('hardcoded-secret')
  },
  learnMore: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
}

/** Every check, in the order findings of equal severity are listed. */
export const AUDIT_CHECKS: readonly CheckInfo[] = [
  ROOT_ACCESS_KEY,
  ROOT_MFA,
  CONSOLE_USER_MFA,
  PASSWORD_POLICY,
  ACCESS_KEY_AGE,
  UNUSED_CREDENTIALS,
  TWO_ACTIVE_KEYS,
  TRUST_OPEN,
  TRUST_CROSS_ACCOUNT,
  TRUST_OIDC_SUBJECT,
  TRUST_SERVICE_SOURCE,
  PRIVILEGE_ESCALATION,
  POSSIBLE_PRIVILEGE_ESCALATION,
  ASSUME_MORE_POWERFUL_ROLE,
  ESCALATION_LIMITED,
  ADMIN_ACCESS,
  PASSROLE_ANY,
  USER_ATTACHED_POLICIES,
  INLINE_POLICIES,
  HARDCODED_SECRET,
]
