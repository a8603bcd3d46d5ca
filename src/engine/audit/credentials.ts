// Checks of IAM users' credentials, after AWS Config's `mfa-enabled-for-iam-console-access`, `access-keys-rotated`
// and `iam-user-unused-credentials-check` (90 days each), plus users holding two active access keys.
import { accountOf, userArn } from '../scenario/arns'
import type { AccessKey, User } from '../scenario/model'
import { userMfaActive } from '../credentials/mfa'
import { ageInDays, identityEntity, makeFinding, type AuditContext } from './context'
import type { CheckInfo, Finding, FindingFix } from './types'

/** Days after which a key is due for rotation and a credential counts as unused. */
export const CREDENTIAL_DAYS = 90

export const CONSOLE_USER_MFA: CheckInfo = {
  id: 'console-user-mfa',
  severity: 'high',
  about: 'An IAM user can sign in to the console without MFA.',
  learnMore: 'https://docs.aws.amazon.com/config/latest/developerguide/mfa-enabled-for-iam-console-access.html',
}

export const ACCESS_KEY_AGE: CheckInfo = {
  id: 'access-key-age',
  severity: 'medium',
  about: 'An active access key is older than 90 days.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id-credentials-access-keys-update.html',
}

export const UNUSED_CREDENTIALS: CheckInfo = {
  id: 'unused-credentials',
  severity: 'medium',
  about: 'A password or active access key has not been used for 90 days.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
}

export const TWO_ACTIVE_KEYS: CheckInfo = {
  id: 'two-active-keys',
  severity: 'low',
  about: 'An IAM user has two active access keys.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
}

/** The fix that deactivates one access key. */
function deactivate(user: string, account: string, keyId: string): FindingFix {
  return { kind: 'deactivate-key', user, account, keyId, label: `Deactivate key ${keyId}`, params: { key: keyId } }
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
          title: 'User {user} signs in to the console without MFA',
          explanation:
            'A console password alone is one phishing email away from an attacker. Assign an MFA device to the user, and consider denying actions without aws:MultiFactorAuthPresent.',
          params: { user: user.name, account },
        },
        [identityEntity(scenario, 'user', user)],
        { fix: { kind: 'add-user-mfa', user: user.name, account, label: 'Assign a virtual MFA device' } },
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
            title: 'Access key {key} of user {user} is {days} days old',
            explanation:
              'Long-lived keys end up in scripts, laptops and logs. Rotate keys at least every {limit} days: create a second key, move the applications to it, then deactivate and delete the old one.',
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
              title: 'The console password of user {user} is unused for {days} days',
              explanation:
                used === undefined
                  ? 'The password was set {days} days ago and has never been used. A credential nobody uses is one nobody watches: remove it.'
                  : 'The password was last used {days} days ago. A credential nobody uses is one nobody watches: remove it (the user can be given a new one when needed).',
              params: { user: user.name, account, days },
              ...(used === undefined ? { variant: 'never' } : {}),
            },
            [entity],
            {
              suffix: 'password',
              fix: { kind: 'remove-password', user: user.name, account, label: 'Remove the console password' },
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
            title: 'Access key {key} of user {user} is unused for {days} days',
            explanation:
              used === undefined
                ? 'The key was created {days} days ago and has never been used. A credential nobody uses is one nobody watches: deactivate it, then delete it.'
                : 'The key was last used {days} days ago. A credential nobody uses is one nobody watches: deactivate it, then delete it.',
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
          title: 'User {user} has {count} active access keys',
          explanation:
            'Two active keys are meant for the moment of a rotation. Kept longer, they double what can leak. Finish the rotation: deactivate the older key ({key}).',
          params: { user: user.name, account, count: keys.length, key: older.id },
        },
        [identityEntity(scenario, 'user', user)],
        { fix: deactivate(user.name, account, older.id) },
      ),
    )
  }
  return out
}
