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
import {
  done,
  type EditResult,
  isRefusal,
  type Refusal,
  refuse,
  replaceAccount,
  replaceAt,
  say,
  withField,
} from './core'
import { updateIdentity } from './identities'
import type { EngineMessage, MessageParam } from '../../messages/message'

/** Whose credentials: a user (name or ARN) or an account's root user. */
export type CredentialOwner = { user: string } | { root: string }

/** The clock's now as the scenario writes dates: ISO 8601 to the second (`2025-05-19T01:30:00Z`). */
function nowText(scenario: Scenario, realNow: Date | undefined): string {
  return isoSeconds(scenarioNow(scenario, realNow).getTime())
}

function accountIndex(scenario: Scenario, id: string, field = 'account'): number | Refusal {
  const index = scenario.accounts.findIndex((a) => a.id === id)
  return index < 0 ? refuse(say('edit.refused.no-account', { account: id }), field) : index
}

/** Applies `change` to the credentials (keys and MFA devices) of a user or a root user. */
function updateOwner(
  scenario: Scenario,
  owner: CredentialOwner,
  change: (holder: User | RootState, account: string) => User | RootState | Refusal,
): { scenario: Scenario; name: EngineMessage } | Refusal {
  if ('user' in owner) {
    let account = ''
    const r = updateIdentity(scenario, 'user', owner.user, 'user', (u) => {
      account = accountOf(scenario, u)
      return change(u, account) as User | Refusal
    })
    return isRefusal(r) ? r : { scenario: r.scenario, name: say('edit.owner.user', { name: r.before.name }) }
  }
  const index = accountIndex(scenario, owner.root)
  if (isRefusal(index)) return index
  const account = scenario.accounts[index]!
  const root = change(account.root ?? {}, account.id)
  if (isRefusal(root)) return root
  const next = replaceAccount(scenario, index, withField(account, 'root', root as RootState))
  return { scenario: next, name: say('edit.owner.root') }
}

/** `a; b; c` as nested messages. */
function semicolons(items: readonly EngineMessage[]): MessageParam {
  if (items.length <= 1) return items[0] ?? ''
  return say('edit.list.semicolon', { first: items[0]!, rest: semicolons(items.slice(1)) })
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
        say('edit.refused.password-policy', { rules: semicolons(check.problems.map((p) => p.text)) }),
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
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.set-password', { name: r.before.name }))
}

/** Removes a user's console password (`DeleteLoginProfile`): no more console sign-in. */
export function removePassword(scenario: Scenario, args: { user: string }): EditResult {
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) =>
    u.password
      ? withField(u, 'password', undefined)
      : refuse(say('edit.refused.no-password', { name: u.name }), 'password'),
  )
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.remove-password', { name: r.before.name }))
}

/** Requires (or stops requiring) a new password at the user's next sign-in. */
export function setPasswordResetRequired(scenario: Scenario, args: { user: string; required: boolean }): EditResult {
  const r = updateIdentity(scenario, 'user', args.user, 'user', (u) => {
    if (!u.password) return refuse(say('edit.refused.no-password', { name: u.name }), 'password')
    return { ...u, password: withField(u.password, 'resetRequired', args.required ? true : undefined) }
  })
  if (isRefusal(r)) return r
  const what = args.required ? 'edit.done.require-reset' : 'edit.done.stop-requiring-reset'
  return done(r.scenario, say(what, { name: r.before.name }))
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
      return refuse(say('edit.refused.virtual-mfa-name'), 'name')
    if (args.type === 'hardware' && !MFA_SERIAL.test(name))
      return refuse(say('edit.refused.hardware-mfa-serial'), 'name')
    serial = args.type === 'virtual' ? virtualMfaSerial(account, name) : name
    const devices = devicesOf(holder, account)
    if (devices.length >= MAX_MFA_DEVICES)
      return refuse(say('edit.refused.too-many-mfa', { max: MAX_MFA_DEVICES }), 'name')
    if (serialsIn(scenario, account).has(serial))
      return refuse(say('edit.refused.mfa-taken', { serial, account }), 'name')
    return withDevices(holder, [...devices, { serial, type: args.type, enabledAt }])
  })
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.add-mfa', { serial, owner: r.name }))
}

/** Removes (deactivates) an MFA device by serial. */
export function removeMfaDevice(scenario: Scenario, args: { owner: CredentialOwner; serial: string }): EditResult {
  const r = updateOwner(scenario, args.owner, (holder, account) => {
    const devices = devicesOf(holder, account)
    if (!devices.some((d) => d.serial === args.serial))
      return refuse(say('edit.refused.no-mfa', { serial: args.serial }), 'serial')
    return withDevices(
      holder,
      devices.filter((d) => d.serial !== args.serial),
    )
  })
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.remove-mfa', { serial: args.serial, owner: r.name }))
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
      return refuse(say('edit.refused.too-many-keys', { max: MAX_ACCESS_KEYS }), 'accessKeys')
    const who = isUser(holder) ? `user/${holder.name}` : 'root'
    id = newAccessKeyId(accessKeyIds(scenario), `${account}:${who}:${created}`)
    const key: AccessKey = { id, created, status: 'Active' }
    return { ...holder, accessKeys: [...keys, key] }
  })
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.create-key', { id, owner: r.name }))
}

/** Deactivates or reactivates an access key (`UpdateAccessKey`). */
export function setAccessKeyStatus(
  scenario: Scenario,
  args: { owner: CredentialOwner; id: string; status: AccessKey['status'] },
): EditResult {
  const r = updateOwner(scenario, args.owner, (holder) => {
    const keys = holder.accessKeys ?? []
    const index = keys.findIndex((k) => k.id === args.id)
    if (index < 0) return refuse(say('edit.refused.no-key', { id: args.id }), 'accessKeys')
    if (keys[index]!.status === args.status) {
      const already = args.status === 'Active' ? 'edit.refused.key-already-active' : 'edit.refused.key-already-inactive'
      return refuse(say(already, { id: args.id }), 'accessKeys')
    }
    return { ...holder, accessKeys: replaceAt(keys, index, { ...keys[index]!, status: args.status }) }
  })
  if (isRefusal(r)) return r
  const what = args.status === 'Active' ? 'edit.done.activate-key' : 'edit.done.deactivate-key'
  return done(r.scenario, say(what, { id: args.id, owner: r.name }))
}

/** Deletes an access key (`DeleteAccessKey`). */
export function deleteAccessKey(scenario: Scenario, args: { owner: CredentialOwner; id: string }): EditResult {
  const r = updateOwner(scenario, args.owner, (holder) => {
    const keys = holder.accessKeys ?? []
    if (!keys.some((k) => k.id === args.id)) return refuse(say('edit.refused.no-key', { id: args.id }), 'accessKeys')
    return withField(
      holder,
      'accessKeys',
      keys.filter((k) => k.id !== args.id),
    )
  })
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.delete-key', { id: args.id, owner: r.name }))
}

// --- The account password policy ---

const POLICY_FIELDS: (keyof typeof PASSWORD_POLICY_LIMITS)[] = ['minimumLength', 'maxAgeDays', 'reusePrevention']

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
      return refuse(say(`edit.refused.${field}`, { min, max }), field)
  }
  const policy: PasswordPolicy = {}
  for (const [key, value] of Object.entries(args.policy) as [keyof PasswordPolicy, number | boolean | undefined][]) {
    if (value !== undefined && value !== false) (policy as Record<string, number | boolean>)[key] = value
  }
  const account = withField(scenario.accounts[index]!, 'passwordPolicy', policy)
  return done(replaceAccount(scenario, index, account), say('edit.done.password-policy', { account: args.account }))
}

/** Deletes an account's custom password policy (`DeleteAccountPasswordPolicy`): the default policy applies. */
export function deletePasswordPolicy(scenario: Scenario, args: { account: string }): EditResult {
  const index = accountIndex(scenario, args.account)
  if (isRefusal(index)) return index
  const account = scenario.accounts[index]!
  if (!account.passwordPolicy)
    return refuse(say('edit.refused.no-password-policy', { account: args.account }), 'account')
  return done(
    replaceAccount(scenario, index, withField(account, 'passwordPolicy', undefined)),
    say('edit.done.delete-password-policy', { account: args.account }),
  )
}

// --- The clock ---

/** Moves the scenario's clock `days` forward (back when negative), from its time or, when it has none, `realNow`. */
export function moveClock(scenario: Scenario, args: { days: number; realNow?: Date }): EditResult {
  if (!Number.isFinite(args.days) || args.days === 0) return refuse(say('edit.refused.clock-days'), 'days')
  const from = scenarioNow(scenario, args.realNow)
  const time = isoSeconds(from.getTime() + args.days * 86_400_000)
  const label =
    args.days > 0
      ? say('edit.done.clock-forward', { days: args.days })
      : say('edit.done.clock-back', { days: -args.days })
  return withClock(scenario, time, label)
}

/** Sets the scenario's clock to a time (ISO 8601). */
export function setClock(scenario: Scenario, args: { time: string }): EditResult {
  const ms = Date.parse(args.time)
  if (!/^\d{4}-\d{2}-\d{2}/.test(args.time) || Number.isNaN(ms)) return refuse(say('edit.refused.clock-time'), 'time')
  const time = isoSeconds(ms)
  if (time === scenario.environment?.time) return refuse(say('edit.refused.clock-same', { time }), 'time')
  return withClock(scenario, time, say('edit.done.set-clock', { time }))
}

/** Back to real time: the scenario's clock is removed, so "now" is the real now. */
export function resetClock(scenario: Scenario): EditResult {
  if (scenario.environment?.time === undefined) return refuse(say('edit.refused.clock-real'), 'time')
  return withClock(scenario, undefined, say('edit.done.real-clock'))
}

function withClock(scenario: Scenario, time: string | undefined, label: EngineMessage): EditResult {
  const environment = withField(scenario.environment ?? {}, 'time', time)
  return done(withField(scenario, 'environment', environment), label)
}
