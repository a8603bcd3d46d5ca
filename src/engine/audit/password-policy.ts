// The account password policy against the CIS-style baseline of AWS Config's `iam-password-policy` defaults:
// at least 14 characters, every character class, 24 remembered passwords, expiry within 90 days.
import type { PasswordPolicy } from '../scenario/model'
import { type AuditContext, detail, makeFinding } from './context'
import type { Finding, FindingDetail } from './types'
import { PASSWORD_POLICY } from './checks'

/** The baseline the check compares with. */
export const PASSWORD_BASELINE = { minimumLength: 14, reusePrevention: 24, maxAgeDays: 90 } as const

const CLASSES = [
  ['requireUppercase', 'uppercase'],
  ['requireLowercase', 'lowercase'],
  ['requireNumbers', 'numbers'],
  ['requireSymbols', 'symbols'],
] as const

/** One detail when a setting is below its baseline, none when it meets it. */
function below(key: string, value: number, baseline: number): FindingDetail[] {
  return value < baseline ? [detail(key, { value, baseline })] : []
}

/** What falls short of the baseline, one detail each; empty when the policy meets it. */
export function passwordWeaknesses(policy: PasswordPolicy): FindingDetail[] {
  const { minimumLength, reusePrevention, maxAgeDays } = PASSWORD_BASELINE
  const out: FindingDetail[] = []
  const length = policy.minimumLength ?? 6
  out.push(...below('minLength', length, minimumLength))
  for (const [field, key] of CLASSES) if (policy[field] !== true) out.push(detail(key, {}))
  const reuse = policy.reusePrevention ?? 0
  out.push(...below('reuse', reuse, reusePrevention))
  const age = policy.maxAgeDays ?? 0
  if (age <= 0) {
    out.push(detail('maxAgeNever', { baseline: maxAgeDays }))
  } else if (age > maxAgeDays) {
    out.push(
      detail('maxAge', {
        value: age,
        baseline: maxAgeDays,
      }),
    )
  }
  return out
}

/** The policy raised to the baseline: stronger settings stay, the rest of the policy is kept. */
export function baselinePolicy(policy: PasswordPolicy | undefined): PasswordPolicy {
  const p = policy ?? {}
  const age = p.maxAgeDays ?? 0
  return {
    ...p,
    minimumLength: Math.max(p.minimumLength ?? 0, PASSWORD_BASELINE.minimumLength),
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    reusePrevention: Math.max(p.reusePrevention ?? 0, PASSWORD_BASELINE.reusePrevention),
    maxAgeDays: age > 0 && age <= PASSWORD_BASELINE.maxAgeDays ? age : PASSWORD_BASELINE.maxAgeDays,
  }
}

/**
 * `password-policy`: per account, the password policy is missing (AWS then applies its default: 8 characters, three
 * of four character classes, no reuse prevention, no expiry) or weaker than the baseline on some setting.
 */
export function passwordPolicy(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const account of ctx.scenario.accounts) {
    const policy = account.passwordPolicy
    const details = policy ? passwordWeaknesses(policy) : []
    if (policy && details.length === 0) continue
    const params = { account: account.id, count: details.length }
    out.push(
      makeFinding(
        PASSWORD_POLICY,
        policy
          ? {
              params,
            }
          : {
              params,
              variant: 'missing',
            },
        [{ kind: 'account', name: account.id, account: account.id }],
        {
          details,
          fix: {
            kind: 'set-password-policy',
            account: account.id,
            policy: baselinePolicy(policy),
          },
        },
      ),
    )
  }
  return out
}
