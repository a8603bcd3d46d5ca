// A user's console password by the scenario's clock: how old it is, when the policy's maximum age makes it expire,
// and who may change it (IAM User Guide, "Setting an account password policy for IAM users").
import type { Account, User } from '../scenario/model'
import { daysBetween, isoSeconds } from '../scenario/clock'

/** The console warns a user this many days before the password expires. */
export const EXPIRY_WARNING_DAYS = 15

const DAY_MS = 86_400_000

/**
 * Who may set a new password: `allowed` (the policy lets every user change their own), `by-policy` (only a user an
 * IAM policy allows `iam:ChangePassword`), `admin-only` (expired under "password expiration requires administrator
 * reset": the user cannot change it themselves).
 */
export type SelfService = 'allowed' | 'by-policy' | 'admin-only'

/** The state of a console password at a moment. */
export interface PasswordStatus {
  /** The user has a console password. */
  enabled: boolean
  lastChanged?: string
  /** Whole days since it was last set. */
  ageDays?: number
  /** When it expires (last change + the policy's maximum age); absent when it never does. */
  expiresAt?: string
  /** Whole days until it expires (negative once it has). */
  daysLeft?: number
  expired: boolean
  /** Not yet expired, but within {@link EXPIRY_WARNING_DAYS} days of it. */
  expiringSoon: boolean
  /** The user must set a new password at next sign-in (reset required, or expired). */
  mustChange: boolean
  selfService: SelfService
}

/**
 * The password's state at `now` under the account's policy. Expiry is enforced at once: a password older than the
 * maximum age has expired even if the policy was set after it. Without a maximum age a password never expires.
 */
export function passwordStatus(user: User, account: Account | undefined, now: Date): PasswordStatus {
  const policy = account?.passwordPolicy
  const password = user.password
  const allowed: SelfService = policy?.allowUsersToChange ? 'allowed' : 'by-policy'
  if (!password) return { enabled: false, expired: false, expiringSoon: false, mustChange: false, selfService: allowed }
  const status: PasswordStatus = {
    enabled: true,
    expired: false,
    expiringSoon: false,
    mustChange: password.resetRequired === true,
    selfService: allowed,
  }
  const changed = password.lastChanged === undefined ? Number.NaN : Date.parse(password.lastChanged)
  if (Number.isNaN(changed)) return status
  status.lastChanged = password.lastChanged!
  status.ageDays = daysBetween(password.lastChanged, now)!
  const maxAge = policy?.maxAgeDays ?? 0
  if (maxAge <= 0) return status
  const expires = changed + maxAge * DAY_MS
  status.expiresAt = isoSeconds(expires)
  // `+ 0` turns the -0 of a part day past expiry into 0.
  status.daysLeft = Math.ceil((expires - now.getTime()) / DAY_MS) + 0
  status.expired = now.getTime() >= expires
  status.expiringSoon = !status.expired && status.daysLeft <= EXPIRY_WARNING_DAYS
  if (status.expired) {
    status.mustChange = true
    if (policy?.hardExpiry) status.selfService = 'admin-only'
  }
  return status
}
