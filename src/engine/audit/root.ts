// Checks of each account's root user: no access keys (AWS Config `iam-root-access-key-check`) and MFA on
// (`root-account-mfa-enabled`).
import type { Account } from '../scenario/model'
import { rootMfaActive } from '../credentials/mfa'
import { type AuditContext, makeFinding } from './context'
import type { Finding, FindingEntity } from './types'
import { ROOT_ACCESS_KEY, ROOT_MFA } from './checks'

/** The root user of an account, as a finding names it. */
export function rootEntity(account: Account): FindingEntity {
  return { kind: 'root', name: 'root', account: account.id }
}

/**
 * `root-access-key`: the root user has an access key. Active keys are critical (they can do anything, and no
 * policy can limit them); inactive ones are a medium finding: they should be deleted, not kept.
 */
export function rootAccessKeys(ctx: AuditContext): Finding[] {
  const out: Finding[] = []
  for (const account of ctx.scenario.accounts) {
    const keys = account.root?.accessKeys ?? []
    if (keys.length === 0) continue
    const active = keys.filter((k) => k.status === 'Active').length
    const params = { account: account.id, count: keys.length, active }
    out.push(
      makeFinding(
        ROOT_ACCESS_KEY,
        {
          params,
          ...(active > 0 ? {} : { variant: 'inactive' }),
        },
        [rootEntity(account)],
        {
          severity: active > 0 ? 'critical' : 'medium',
          fix: { kind: 'delete-root-keys', account: account.id },
        },
      ),
    )
  }
  return out
}

/** `root-mfa`: the root user has no MFA device. */
export function rootMfa(ctx: AuditContext): Finding[] {
  return ctx.scenario.accounts
    .filter((account) => !rootMfaActive(account.root))
    .map((account) =>
      makeFinding(
        ROOT_MFA,
        {
          params: { account: account.id },
        },
        [rootEntity(account)],
        { fix: { kind: 'enable-root-mfa', account: account.id } },
      ),
    )
}
