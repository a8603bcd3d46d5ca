// A console password by the clock: age, expiry under the policy's maximum age, the 15-day warning, and who may
// change it after expiry (IAM User Guide, "Setting an account password policy for IAM users").
import { describe, expect, it } from 'vitest'
import type { Account, User } from '../../../src/engine/scenario/model'
import { passwordStatus } from '../../../src/engine/credentials/password-status'

const user = (password?: User['password']): User => ({ name: 'jiwoo', ...(password ? { password } : {}) })
const account = (passwordPolicy?: Account['passwordPolicy']): Account => ({
  id: '111122223333',
  ...(passwordPolicy ? { passwordPolicy } : {}),
})
const at = (iso: string) => new Date(iso)

describe(passwordStatus, () => {
  it('a user without a password has no console access', () => {
    expect(passwordStatus(user(), account({ maxAgeDays: 90 }), at('2025-05-19T00:00:00Z'))).toMatchObject({
      enabled: false,
      expired: false,
      mustChange: false,
    })
  })

  it('counts the age in whole days from the last change', () => {
    const s = passwordStatus(user({ lastChanged: '2025-04-01T09:00:00Z' }), account(), at('2025-05-19T01:30:00Z'))
    expect(s).toMatchObject({ enabled: true, ageDays: 47, expired: false })
    expect(s.expiresAt).toBeUndefined()
  })

  it('never expires without a maximum age', () => {
    const s = passwordStatus(user({ lastChanged: '2020-01-01T00:00:00Z' }), account({}), at('2025-05-19T00:00:00Z'))
    expect(s.expired).toBe(false)
    expect(s.daysLeft).toBeUndefined()
  })

  it('expires the maximum age after the last change, and the user must then change it', () => {
    const pw = user({ lastChanged: '2025-03-20T09:00:00Z' })
    const policy = account({ maxAgeDays: 90 })
    const before = passwordStatus(pw, policy, at('2025-06-18T08:59:59Z'))
    expect(before).toMatchObject({ expiresAt: '2025-06-18T09:00:00Z', expired: false, daysLeft: 1, mustChange: false })
    const after = passwordStatus(pw, policy, at('2025-06-18T09:00:00Z'))
    expect(after).toMatchObject({ expired: true, daysLeft: 0, mustChange: true })
    expect(passwordStatus(pw, policy, at('2025-07-18T09:00:00Z')).daysLeft).toBe(-30)
  })

  it('applies a new maximum age at once to passwords already older', () => {
    const old = user({ lastChanged: '2024-01-01T00:00:00Z' })
    expect(passwordStatus(old, account({ maxAgeDays: 90 }), at('2024-06-01T00:00:00Z')).expired).toBe(true)
  })

  it('warns within 15 days of expiry', () => {
    const pw = user({ lastChanged: '2025-01-01T00:00:00Z' })
    const policy = account({ maxAgeDays: 30 })
    expect(passwordStatus(pw, policy, at('2025-01-15T00:00:00Z')).expiringSoon).toBe(false) // 16 days left
    expect(passwordStatus(pw, policy, at('2025-01-16T00:00:00Z')).expiringSoon).toBe(true) // 15 days left
    expect(passwordStatus(pw, policy, at('2025-02-01T00:00:00Z')).expiringSoon).toBe(false) // expired
  })

  it('reports a required reset', () => {
    const s = passwordStatus(
      user({ lastChanged: '2025-01-01T00:00:00Z', resetRequired: true }),
      account(),
      at('2025-01-02T00:00:00Z'),
    )
    expect(s.mustChange).toBe(true)
  })

  it('says who may change the password: everyone, by IAM policy, or only an administrator after a hard expiry', () => {
    const pw = user({ lastChanged: '2025-01-01T00:00:00Z' })
    const live = at('2025-01-10T00:00:00Z')
    const late = at('2025-03-01T00:00:00Z')
    expect(passwordStatus(pw, account({ allowUsersToChange: true }), live).selfService).toBe('allowed')
    expect(passwordStatus(pw, account({}), live).selfService).toBe('by-policy')
    expect(passwordStatus(pw, account(), live).selfService).toBe('by-policy')
    const hard = account({ maxAgeDays: 30, hardExpiry: true, allowUsersToChange: true })
    expect(passwordStatus(pw, hard, live).selfService).toBe('allowed')
    expect(passwordStatus(pw, hard, late).selfService).toBe('admin-only')
    // Without hard expiry the user must set a new password but may still do it.
    const soft = account({ maxAgeDays: 30, allowUsersToChange: true })
    expect(passwordStatus(pw, soft, late)).toMatchObject({ expired: true, selfService: 'allowed' })
  })

  it('cannot tell the age of a password whose last change is unknown', () => {
    const s = passwordStatus(user({}), account({ maxAgeDays: 90 }), at('2025-01-01T00:00:00Z'))
    expect(s).toMatchObject({ enabled: true, expired: false })
    expect(s.ageDays).toBeUndefined()
  })
})
