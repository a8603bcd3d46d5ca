// Builders for the audit's tests: an account that passes every check, and helpers to run one check and its fix.
import { expect } from 'vitest'
import {
  applyFix,
  auditScenario,
  type CheckId,
  type Finding,
  type PasswordPolicy,
  type Scenario,
} from '../../../src/engine/index'
import { A, scenario } from '../../helpers/scenario'

export { A, B } from '../../helpers/scenario'

/** The audit's clock in these tests. */
export const NOW = '2026-01-01T00:00:00Z'

/** `days` days before {@link NOW}, as ISO 8601. */
export function daysAgo(days: number): string {
  return new Date(Date.parse(NOW) - days * 86_400_000).toISOString()
}

/** The baseline password policy: 14 characters, all classes, 24 remembered, 90 days. */
export const BASELINE: PasswordPolicy = {
  minimumLength: 14,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  reusePrevention: 24,
  maxAgeDays: 90,
}

/** A scenario whose account passes every check (root MFA, the baseline password policy), with the given parts. */
export function clean(parts: Partial<Scenario> = {}): Scenario {
  return scenario({
    accounts: [{ id: A, root: { mfa: true }, passwordPolicy: BASELINE }],
    environment: { time: NOW },
    ...parts,
  })
}

/** The findings of one check. */
export function findingsOf(s: Scenario, check: CheckId): Finding[] {
  return auditScenario(s).filter((f) => f.check === check)
}

/** The only finding of `check`, asserted to be alone. */
export function only(s: Scenario, check: CheckId): Finding {
  const found = findingsOf(s, check)
  expect(found, found.map((f) => f.title).join('\n')).toHaveLength(1)
  return found[0]!
}

/** Applies the finding's fix (asserting it has one) and returns the fixed scenario. */
export function fixed(s: Scenario, finding: Finding): Scenario {
  expect(finding.fix).toBeDefined()
  const next = applyFix(s, finding.fix!)
  expect(next).not.toBe(s)
  return next
}

/** An identity policy document allowing `action` on `resource`, with extra statement fields. */
export function allowDoc(action: string | string[], resource: string | string[] = '*', extra: object = {}) {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: resource, ...extra }] }
}

/** A trust policy document allowing `principal` `sts:AssumeRole`, with extra statement fields. */
export function trustDoc(principal: unknown, extra: object = {}) {
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
  }
}
