// The audit's checks in one list, and `auditScenario`, which runs them all.
import type { Scenario } from '../scenario/model'
import { scenarioNow } from '../scenario/clock'
import { inlinePolicies, userAttachedPolicies } from './attachments'
import type { AuditContext } from './context'
import { accessKeyAge, consoleUserMfa, twoActiveKeys, unusedCredentials } from './credentials'
import { escalation } from './escalation/index'
import { adminAccess, passRoleAny } from './grants'
import { hardcodedSecrets } from './hardcoded'
import { lastUses } from '../credentials/last-use'
import { trustOidcSubject } from './oidc'
import { passwordPolicy } from './password-policy'
import { rootAccessKeys, rootMfa } from './root'
import { trustCrossAccount, trustOpen, trustServiceSource } from './trust'
import { sortFindings } from './order'
import type { AuditOptions, Finding } from './types'

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

/**
 * The escalation search's budget. The search simulates only principals whose policies name the IAM writes a
 * technique needs, so a 3,000-principal account with few such principals needs far fewer; the budget bounds the
 * worst case (every principal allowed `iam:*`-style writes on every other) to seconds in the worker.
 */
const DEFAULT_MAX_SIMULATIONS = 100_000

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
  const { part } = options
  const runs =
    part === undefined
      ? RUNS
      : part === 'checks'
        ? RUNS.filter((run) => run !== escalation)
        : [(c: AuditContext) => escalation(c, part)]
  return sortFindings(runs.flatMap((run) => run(ctx)))
}
