// Checks of IAM users' credentials, after AWS Config's `mfa-enabled-for-iam-console-access`, `access-keys-rotated`
// and `iam-user-unused-credentials-check` (90 days each), plus users holding two active access keys.
import { accountOf, userArn } from '../scenario/arns'
import type { AccessKey, User } from '../scenario/model'
import { userMfaActive } from '../credentials/mfa'
import { ageInDays, type AuditContext, identityEntity, makeFinding } from './context'
import type { Finding, FixAction } from './types'
import { CONSOLE_USER_MFA, ACCESS_KEY_AGE, UNUSED_CREDENTIALS, TWO_ACTIVE_KEYS } from './checks'

/** Days after which a key is due for rotation and a credential counts as unused. */
export const CREDENTIAL_DAYS = 90

/** The fix that deactivates one access key. */
function deactivate(user: string, account: string, keyId: string): FixAction {
  return { kind: 'deactivate-key', user, account, keyId, params: { key: keyId } }
}

const activeKeys = (user: User): AccessKey[] => (user.accessKeys ?? []).filter((k) => k.status === 'Active')

/** `console-user-mfa`: a user with a console password and no MFA device. */
export function consoleUserMfa(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  return (scenario.users ?? [])
    .filter((user) => user.password && !userMfaActive(user))
    .map((user) => {
      const account = accountOf(scenario, user)
      return makeFinding(
        CONSOLE_USER_MFA,
        {
          params: { user: user.name, account },
        },
        [identityEntity(scenario, 'user', user)],
        { fix: { kind: 'add-user-mfa', user: user.name, account } },
      )
    })
}

/** `access-key-age`: an active access key created more than 90 days ago. */
export function accessKeyAge(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  const out: Finding[] = []
  for (const user of scenario.users ?? []) {
    const account = accountOf(scenario, user)
    for (const key of activeKeys(user)) {
      const days = ageInDays(ctx, key.created)
      if (days === undefined || days <= CREDENTIAL_DAYS) continue
      out.push(
        makeFinding(
          ACCESS_KEY_AGE,
          {
            params: { user: user.name, account, key: key.id, days, limit: CREDENTIAL_DAYS },
          },
          [identityEntity(scenario, 'user', user)],
          {
            suffix: key.id,
            fix: deactivate(user.name, account, key.id),
          },
        ),
      )
    }
  }
  return out
}

/**
 * `unused-credentials`: a console password or active access key unused for more than 90 days. Last use is the later
 * of the model's `lastUsed` and the activity log's records up to the audit's now; a credential never used counts from
 * when it was created (the password's `lastChanged`, else the user's `createdAt`); with no date nothing can be said.
 */
export function unusedCredentials(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  const out: Finding[] = []
  for (const user of scenario.users ?? []) {
    const account = accountOf(scenario, user)
    const entity = identityEntity(scenario, 'user', user)
    if (user.password) {
      const used = ctx.lastUse.password(userArn(scenario, user), user.password.lastUsed)
      const days = ageInDays(ctx, used ?? user.password.lastChanged ?? user.createdAt)
      if (days !== undefined && days > CREDENTIAL_DAYS) {
        out.push(
          makeFinding(
            UNUSED_CREDENTIALS,
            {
              params: { user: user.name, account, days },
              ...(used === undefined ? { variant: 'never' } : {}),
            },
            [entity],
            {
              suffix: 'password',
              fix: { kind: 'remove-password', user: user.name, account },
            },
          ),
        )
      }
    }
    for (const key of activeKeys(user)) {
      const used = ctx.lastUse.key(key)?.time
      const days = ageInDays(ctx, used ?? key.created)
      if (days === undefined || days <= CREDENTIAL_DAYS) continue
      out.push(
        makeFinding(
          UNUSED_CREDENTIALS,
          {
            params: { user: user.name, account, key: key.id, days },
            variant: used === undefined ? 'keyNever' : 'key',
          },
          [entity],
          {
            suffix: `unused/${key.id}`,
            fix: deactivate(user.name, account, key.id),
          },
        ),
      )
    }
  }
  return out
}

/** `two-active-keys`: a user with two active access keys (fine for a rotation in progress, not as a habit). */
export function twoActiveKeys(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  const out: Finding[] = []
  for (const user of scenario.users ?? []) {
    const keys = activeKeys(user)
    if (keys.length < 2) continue
    const account = accountOf(scenario, user)
    // The older key is the one to retire (the newer one is where a rotation is heading).
    const older = keys.reduce((a, b) => (Date.parse(b.created) < Date.parse(a.created) ? b : a))
    out.push(
      makeFinding(
        TWO_ACTIVE_KEYS,
        {
          params: { user: user.name, account, count: keys.length, key: older.id },
        },
        [identityEntity(scenario, 'user', user)],
        { fix: deactivate(user.name, account, older.id) },
      ),
    )
  }
  return out
}
