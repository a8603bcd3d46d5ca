// Checks of each account's root user: no access keys (AWS Config `iam-root-access-key-check`) and MFA on
// (`root-account-mfa-enabled`).
import type { Account } from '../scenario/model'
import { rootMfaActive } from '../credentials/mfa'
import { makeFinding, type AuditContext } from './context'
import type { CheckInfo, Finding, FindingEntity } from './types'

export const ROOT_ACCESS_KEY: CheckInfo = {
  id: 'root-access-key',
  severity: 'critical',
  about: 'The root user has access keys.',
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/iam-root-access-key-check.html',
}

export const ROOT_MFA: CheckInfo = {
  id: 'root-mfa',
  severity: 'critical',
  about: 'The root user has no MFA device.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
}

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
          title: 'The root user of account {account} has access keys',
          explanation:
            active > 0
              ? 'The root user has {active} active access key(s). Root credentials can do anything in the account and no policy can limit them; a leaked root key is a full compromise. Delete the keys and use IAM roles or users for programmatic access.'
              : 'The root user has {count} access key(s), all inactive. Anyone who can reactivate them gets unlimited access: delete them.',
          params,
          ...(active > 0 ? {} : { variant: 'inactive' }),
        },
        [rootEntity(account)],
        {
          severity: active > 0 ? 'critical' : 'medium',
          fix: { kind: 'delete-root-keys', account: account.id, label: 'Delete the root access keys' },
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
          title: 'The root user of account {account} has no MFA',
          explanation:
            'Anyone with the root password can sign in and do anything in the account. Enable MFA for the root user (a hardware key is best) and keep it for the few tasks only root can do.',
          params: { account: account.id },
        },
        [rootEntity(account)],
        { fix: { kind: 'enable-root-mfa', account: account.id, label: 'Enable MFA for the root user' } },
      ),
    )
}
