// Edits of credentials and the clock: console passwords, MFA devices and access keys of users and root users, the
// account password policy, and the scenario's "now" (`environment.time`) that credentials age by.
import { accountOf } from '../arns'
import type { AccessKey, MfaDevice, PasswordPolicy, RootState, Scenario, User } from '../model'
import { accessKeyIds, MAX_ACCESS_KEYS, newAccessKeyId } from '../../credentials/access-keys'
import { isoSeconds, scenarioNow } from '../clock'
import {
  MAX_MFA_DEVICES,
  MFA_SERIAL,
  ROOT_MFA_DEVICE_NAME,
  rootMfaDevices,
  VIRTUAL_MFA_NAME,
  virtualMfaSerial,
} from '../../credentials/mfa'
import { checkPassword, nextHistory, PASSWORD_POLICY_LIMITS } from '../../credentials/password-policy'
import { done, type EditResult, isRefusal, refuse, type Refusal, replaceAccount, replaceAt, withField } from './core'
import { updateIdentity } from './identities'

/** Whose credentials: a user (name or ARN) or an account's root user. */
export type CredentialOwner = { user: string } | { root: string }

/** The clock's now as the scenario writes dates: ISO 8601 to the second (`2025-05-19T01:30:00Z`). */
function nowText(scenario: Scenario, realNow: Date | undefined): string {
  return isoSeconds(scenarioNow(scenario, realNow).getTime())
}

function accountIndex(scenario: Scenario, id: string, field = 'account'): number | Refusal {
  const index = scenario.accounts.findIndex((a) => a.id === id)
  return index < 0 ? refuse(`There is no account ${id} in this scenario`, field) : index
}

/** Applies `change` to the credentials (keys and MFA devices) of a user or a root user. */
function updateOwner(
  scenario: Scenario,
  owner: CredentialOwner,
  change: (holder: User | RootState, account: string) => User | RootState | Refusal,
): { scenario: Scenario; name: string } | Refusal {
  if ('user' in owner) {
    let account = ''
    const r = updateIdentity(scenario, 'user', owner.user, 'user', (u) => {
      account = accountOf(scenario, u)
      return change(u, account) as User | Refusal
    })
    return isRefusal(r) ? r : { scenario: r.scenario, name: `user ${r.before.name}` }
  }
  const index = accountIndex(scenario, owner.root)
  if (isRefusal(index)) return index
  const account = scenario.accounts[index]!
  const root = change(account.root ?? {}, account.id)
  if (isRefusal(root)) return root
  return { scenario: replaceAccount(scenario, index, withField(account, 'root', root as RootState)), name: 'root user' }
}

// --- Console passwords ---

/**
 * Sets a user's console password (`CreateLoginProfile`/`UpdateLoginProfile` as an administrator): it must meet the
 * account's password policy, reuse prevention included; its fingerprint joins the history and `lastChanged` is the
 * clock's now. The password itself is not kept.
 */
export function setPassword(
  scenario: Scenario,
  args: { user: string; password: string; requireReset?: boolean; realNow?: Date },
): EditResult {
  const now = nowText(scenario, args.realNow)
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) => {
    const account = scenario.accounts.find((a) => a.id === accountOf(scenario, u))
    const check = checkPassword(args.password, account?.passwordPolicy, { history: u.password?.history })
    if (!check.ok)
      return refuse(
        `The password does not meet the password policy: ${check.problems.map((p) => p.message).join('; ')}`,
        'password',
      )
    const password: NonNullable<User['password']> = {
      lastChanged: now,
      history: nextHistory(u.password?.history, args.password),
    }
    if (u.password?.lastUsed !== undefined) password.lastUsed = u.password.lastUsed
    if (args.requireReset) password.resetRequired = true
    return { ...u, password }
  })
  return isRefusal(r) ? r : done(r.scenario, `Set password of user ${r.before.name}`)
}

/** Removes a user's console password (`DeleteLoginProfile`): no more console sign-in. */
export function removePassword(scenario: Scenario, args: { user: string }): EditResult {
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) =>
    u.password ? withField(u, 'password', undefined) : refuse(`User ${u.name} has no console password`, 'password'),
  )
  return isRefusal(r) ? r : done(r.scenario, `Remove console password of user ${r.before.name}`)
}

/** Requires (or stops requiring) a new password at the user's next sign-in. */
export function setPasswordResetRequired(scenario: Scenario, args: { user: string; required: boolean }): EditResult {
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) => {
    if (!u.password) return refuse(`User ${u.name} has no console password`, 'password')
    return { ...u, password: withField(u.password, 'resetRequired', args.required ? true : undefined) }
  })
  if (isRefusal(r)) return r
  const what = args.required ? 'Require a password reset of' : 'Stop requiring a password reset of'
  return done(r.scenario, `${what} user ${r.before.name}`)
}

// --- MFA devices ---

/**
 * Adds an MFA device: a virtual device by name (its serial is `arn:aws:iam::ACCOUNT:mfa/NAME`; the root user's
 * default name is `root-account-mfa-device`), or a hardware device by its serial number. At most eight per owner;
 * serials are unique in the account.
 */
export function addMfaDevice(
  scenario: Scenario,
  args: { owner: CredentialOwner; type: 'virtual' | 'hardware'; name: string; realNow?: Date },
): EditResult {
  const name = args.name.trim() || ('root' in args.owner && args.type === 'virtual' ? ROOT_MFA_DEVICE_NAME : '')
  const enabledAt = nowText(scenario, args.realNow)
  let serial = ''
  const r = updateOwner(scenario, args.owner, (holder, account) => {
    if (args.type === 'virtual' && !VIRTUAL_MFA_NAME.test(name))
      return refuse('A virtual MFA device name has 1 to 226 letters, digits or + = , . @ _ -', 'name')
    if (args.type === 'hardware' && !MFA_SERIAL.test(name))
      return refuse('A hardware MFA serial number has 9 to 256 letters, digits or + = / : , . @ _ -', 'name')
    serial = args.type === 'virtual' ? virtualMfaSerial(account, name) : name
    const devices = devicesOf(holder, account)
    if (devices.length >= MAX_MFA_DEVICES) return refuse(`At most ${MAX_MFA_DEVICES} MFA devices are allowed`, 'name')
    if (serialsIn(scenario, account).has(serial))
      return refuse(`An MFA device ${serial} already exists in account ${account}`, 'name')
    return withDevices(holder, [...devices, { serial, type: args.type, enabledAt }])
  })
  return isRefusal(r) ? r : done(r.scenario, `Add MFA device ${serial} to ${r.name}`)
}

/** Removes (deactivates) an MFA device by serial. */
export function removeMfaDevice(scenario: Scenario, args: { owner: CredentialOwner; serial: string }): EditResult {
  const r = updateOwner(scenario, args.owner, (holder, account) => {
    const devices = devicesOf(holder, account)
    if (!devices.some((d) => d.serial === args.serial)) return refuse(`There is no MFA device ${args.serial}`, 'serial')
    return withDevices(
      holder,
      devices.filter((d) => d.serial !== args.serial),
    )
  })
  return isRefusal(r) ? r : done(r.scenario, `Remove MFA device ${args.serial} from ${r.name}`)
}

function isUser(holder: User | RootState): holder is User {
  return 'name' in holder
}

function devicesOf(holder: User | RootState, account: string): MfaDevice[] {
  return isUser(holder) ? (holder.mfaDevices ?? []) : rootMfaDevices(account, holder)
}

/** The holder with these devices; a root user's `mfa` flag follows its devices. */
function withDevices(holder: User | RootState, devices: MfaDevice[]): User | RootState {
  if (isUser(holder)) return withField(holder, 'mfaDevices', devices)
  return withField(withField(holder, 'mfaDevices', devices), 'mfa', devices.length > 0 ? true : undefined)
}

/** The MFA serials in use in an account (users' and the root user's). */
function serialsIn(scenario: Scenario, account: string): Set<string> {
  const serials = new Set<string>()
  const root = scenario.accounts.find((a) => a.id === account)?.root
  for (const d of rootMfaDevices(account, root)) serials.add(d.serial)
  for (const u of scenario.users ?? []) {
    if (accountOf(scenario, u) === account) for (const d of u.mfaDevices ?? []) serials.add(d.serial)
  }
  return serials
}

// --- Access keys ---

/** Creates an access key (`CreateAccessKey`), active, created at the clock's now; a third key is refused. */
export function createAccessKey(scenario: Scenario, args: { owner: CredentialOwner; realNow?: Date }): EditResult {
  const created = nowText(scenario, args.realNow)
  let id = ''
  const r = updateOwner(scenario, args.owner, (holder, account) => {
    const keys = holder.accessKeys ?? []
    if (keys.length >= MAX_ACCESS_KEYS)
      return refuse(
        `At most ${MAX_ACCESS_KEYS} access keys are allowed: deactivate and delete one before creating another`,
        'accessKeys',
      )
    const who = isUser(holder) ? `user/${holder.name}` : 'root'
    id = newAccessKeyId(accessKeyIds(scenario), `${account}:${who}:${created}`)
    const key: AccessKey = { id, created, status: 'Active' }
    return { ...holder, accessKeys: [...keys, key] }
  })
  return isRefusal(r) ? r : done(r.scenario, `Create access key ${id} for ${r.name}`)
}

/** Deactivates or reactivates an access key (`UpdateAccessKey`). */
export function setAccessKeyStatus(
  scenario: Scenario,
  args: { owner: CredentialOwner; id: string; status: AccessKey['status'] },
): EditResult {
  const r = updateOwner(scenario, args.owner, (holder) => {
    const keys = holder.accessKeys ?? []
    const index = keys.findIndex((k) => k.id === args.id)
    if (index < 0) return refuse(`There is no access key ${args.id}`, 'accessKeys')
    if (keys[index]!.status === args.status)
      return refuse(`Access key ${args.id} is already ${args.status}`, 'accessKeys')
    return { ...holder, accessKeys: replaceAt(keys, index, { ...keys[index]!, status: args.status }) }
  })
  if (isRefusal(r)) return r
  return done(r.scenario, `${args.status === 'Active' ? 'Activate' : 'Deactivate'} access key ${args.id} of ${r.name}`)
}

/** Deletes an access key (`DeleteAccessKey`). */
export function deleteAccessKey(scenario: Scenario, args: { owner: CredentialOwner; id: string }): EditResult {
  const r = updateOwner(scenario, args.owner, (holder) => {
    const keys = holder.accessKeys ?? []
    if (!keys.some((k) => k.id === args.id)) return refuse(`There is no access key ${args.id}`, 'accessKeys')
    return withField(
      holder,
      'accessKeys',
      keys.filter((k) => k.id !== args.id),
    )
  })
  return isRefusal(r) ? r : done(r.scenario, `Delete access key ${args.id} of ${r.name}`)
}

// --- The account password policy ---

const POLICY_FIELDS: (keyof typeof PASSWORD_POLICY_LIMITS)[] = ['minimumLength', 'maxAgeDays', 'reusePrevention']

const POLICY_NAMES: Record<keyof typeof PASSWORD_POLICY_LIMITS, string> = {
  minimumLength: 'The minimum password length',
  maxAgeDays: 'The password expiration period',
  reusePrevention: 'The number of passwords remembered',
}

/**
 * Sets an account's custom password policy (`UpdateAccountPasswordPolicy`): the minimum length is 6–128, the
 * expiration period 1–1095 days and reuse prevention 1–24 passwords (leave them out for none). Expiry applies at
 * once to passwords already older; the other rules apply at the next change.
 */
export function setPasswordPolicy(scenario: Scenario, args: { account: string; policy: PasswordPolicy }): EditResult {
  const index = accountIndex(scenario, args.account)
  if (isRefusal(index)) return index
  for (const field of POLICY_FIELDS) {
    const value = args.policy[field]
    if (value === undefined) continue
    const { min, max } = PASSWORD_POLICY_LIMITS[field]
    if (!Number.isInteger(value) || value < min || value > max)
      return refuse(`${POLICY_NAMES[field]} is a whole number from ${min} to ${max}`, field)
  }
  const policy: PasswordPolicy = {}
  for (const [key, value] of Object.entries(args.policy) as [keyof PasswordPolicy, number | boolean | undefined][]) {
    if (value !== undefined && value !== false) (policy as Record<string, number | boolean>)[key] = value
  }
  const account = withField(scenario.accounts[index]!, 'passwordPolicy', policy)
  return done(replaceAccount(scenario, index, account), `Set the password policy of account ${args.account}`)
}

/** Deletes an account's custom password policy (`DeleteAccountPasswordPolicy`): the default policy applies. */
export function deletePasswordPolicy(scenario: Scenario, args: { account: string }): EditResult {
  const index = accountIndex(scenario, args.account)
  if (isRefusal(index)) return index
  const account = scenario.accounts[index]!
  if (!account.passwordPolicy) return refuse(`Account ${args.account} has no custom password policy`, 'account')
  return done(
    replaceAccount(scenario, index, withField(account, 'passwordPolicy', undefined)),
    `Delete the password policy of account ${args.account}`,
  )
}

// --- The clock ---

/** Moves the scenario's clock `days` forward (back when negative), from its time or, when it has none, `realNow`. */
export function moveClock(scenario: Scenario, args: { days: number; realNow?: Date }): EditResult {
  if (!Number.isFinite(args.days) || args.days === 0) return refuse('Move the clock by a number of days', 'days')
  const from = scenarioNow(scenario, args.realNow)
  const time = isoSeconds(from.getTime() + args.days * 86_400_000)
  const label = args.days > 0 ? `Move the clock ${args.days} days forward` : `Move the clock ${-args.days} days back`
  return withClock(scenario, time, label)
}

/** Sets the scenario's clock to a time (ISO 8601). */
export function setClock(scenario: Scenario, args: { time: string }): EditResult {
  const ms = Date.parse(args.time)
  if (!/^\d{4}-\d{2}-\d{2}/.test(args.time) || Number.isNaN(ms))
    return refuse('The time is an ISO 8601 date and time, e.g. 2025-01-31T12:00:00Z', 'time')
  const time = isoSeconds(ms)
  if (time === scenario.environment?.time) return refuse(`The clock already reads ${time}`, 'time')
  return withClock(scenario, time, `Set the clock to ${time}`)
}

/** Back to real time: the scenario's clock is removed, so "now" is the real now. */
export function resetClock(scenario: Scenario): EditResult {
  if (scenario.environment?.time === undefined) return refuse('The clock already follows real time', 'time')
  return withClock(scenario, undefined, 'Set the clock back to real time')
}

function withClock(scenario: Scenario, time: string | undefined, label: string): EditResult {
  const environment = withField(scenario.environment ?? {}, 'time', time)
  return done(withField(scenario, 'environment', environment), label)
}
