// The audit's checks in one list, and `auditScenario`, which runs them all.
import type { Scenario } from '../scenario/model'
import { scenarioNow } from '../scenario/clock'
import { USER_ATTACHED_POLICIES, INLINE_POLICIES, inlinePolicies, userAttachedPolicies } from './attachments'
import type { AuditContext } from './context'
import {
  ACCESS_KEY_AGE,
  accessKeyAge,
  CONSOLE_USER_MFA,
  consoleUserMfa,
  TWO_ACTIVE_KEYS,
  twoActiveKeys,
  UNUSED_CREDENTIALS,
  unusedCredentials,
} from './credentials'
import { ASSUME_MORE_POWERFUL_ROLE, ESCALATION_LIMITED, escalation, PRIVILEGE_ESCALATION } from './escalation/index'
import { ADMIN_ACCESS, adminAccess, PASSROLE_ANY, passRoleAny } from './grants'
import { HARDCODED_SECRET, hardcodedSecrets } from './hardcoded'
import { lastUses } from '../credentials/last-use'
import { TRUST_OIDC_SUBJECT, trustOidcSubject } from './oidc'
import { PASSWORD_POLICY, passwordPolicy } from './password-policy'
import { ROOT_ACCESS_KEY, ROOT_MFA, rootAccessKeys, rootMfa } from './root'
import {
  TRUST_CROSS_ACCOUNT,
  TRUST_OPEN,
  TRUST_SERVICE_SOURCE,
  trustCrossAccount,
  trustOpen,
  trustServiceSource,
} from './trust'
import { FINDING_SEVERITIES, type AuditOptions, type CheckId, type CheckInfo, type Finding } from './types'

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
  ASSUME_MORE_POWERFUL_ROLE,
  ESCALATION_LIMITED,
  ADMIN_ACCESS,
  PASSROLE_ANY,
  USER_ATTACHED_POLICIES,
  INLINE_POLICIES,
  HARDCODED_SECRET,
]

/** The functions that run the checks (one function may report several checks). */
const RUNS: ((ctx: AuditContext) => Finding[])[] = [
  rootAccessKeys,
  rootMfa,
  consoleUserMfa,
  passwordPolicy,
  accessKeyAge,
  unusedCredentials,
  twoActiveKeys,
  trustOpen,
  trustCrossAccount,
  trustOidcSubject,
  trustServiceSource,
  escalation,
  adminAccess,
  passRoleAny,
  userAttachedPolicies,
  inlinePolicies,
  hardcodedSecrets,
]

const DEFAULT_MAX_SIMULATIONS = 10_000

/**
 * Audits a scenario against well-known practices (AWS Config's managed rules for IAM, CIS-style credential hygiene,
 * trust policies, privilege escalation, hard-coded secrets): every finding, most severe first, then in check order.
 * Pure and deterministic for a given `now` (default: the scenario's clock).
 */
export function auditScenario(scenario: Scenario, options: AuditOptions = {}): Finding[] {
  const now = options.now ?? scenarioNow(scenario)
  const ctx: AuditContext = {
    scenario,
    now,
    lastUse: lastUses(scenario, now),
    maxSimulations: options.maxSimulations ?? DEFAULT_MAX_SIMULATIONS,
  }
  const order = new Map<CheckId, number>(AUDIT_CHECKS.map((c, i) => [c.id, i]))
  const findings = RUNS.flatMap((run) => run(ctx))
  const rank = (f: Finding) => FINDING_SEVERITIES.indexOf(f.severity) * 100 + (order.get(f.check) ?? 99)
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f)
}
