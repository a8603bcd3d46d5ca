// The password policy against the baseline: 14 characters, all classes, 24 remembered, 90 days.
import { describe, expect, it } from 'vitest'
import type { PasswordPolicy } from '../../../src/engine/index'
import { A, BASELINE, clean, findingsOf, fixed, only } from './fixtures'

const withPolicy = (passwordPolicy?: PasswordPolicy) =>
  clean({ accounts: [{ id: A, root: { mfa: true }, ...(passwordPolicy && { passwordPolicy }) }] })

describe('password-policy', () => {
  it('fires when the account has no password policy', () => {
    expect(only(withPolicy(), 'password-policy')).toMatchObject({ variant: 'missing', severity: 'medium' })
  })

  it('lists each setting weaker than the baseline', () => {
    const f = only(
      withPolicy({ ...BASELINE, minimumLength: 8, requireSymbols: false, maxAgeDays: 0 }),
      'password-policy',
    )
    expect(f.details?.map((d) => d.key)).toEqual(['minLength', 'symbols', 'maxAgeNever'])
    expect(f.details?.[0]?.text).toBe('Minimum length is 8 characters (baseline: 14)')
    const g = only(withPolicy({ ...BASELINE, reusePrevention: 5, maxAgeDays: 180 }), 'password-policy')
    expect(g.details?.map((d) => d.key)).toEqual(['reuse', 'maxAge'])
  })

  it('does not fire for the baseline or stronger', () => {
    expect(findingsOf(withPolicy(BASELINE), 'password-policy')).toEqual([])
    const stronger = { ...BASELINE, minimumLength: 20, maxAgeDays: 30, hardExpiry: true }
    expect(findingsOf(withPolicy(stronger), 'password-policy')).toEqual([])
  })

  it('is fixed by raising the policy to the baseline, keeping stronger settings', () => {
    const s = withPolicy({ minimumLength: 20, requireUppercase: true, maxAgeDays: 30, allowUsersToChange: true })
    const next = fixed(s, only(s, 'password-policy'))
    expect(next.accounts[0]!.passwordPolicy).toEqual({
      ...BASELINE,
      minimumLength: 20,
      maxAgeDays: 30,
      allowUsersToChange: true,
    })
    expect(findingsOf(next, 'password-policy')).toEqual([])
    const none = withPolicy()
    expect(findingsOf(fixed(none, only(none, 'password-policy')), 'password-policy')).toEqual([])
  })
})
