// Passwords against the account password policy, per the IAM User Guide ("Setting an account password policy for
// IAM users"): the default policy without a custom one, and each custom option.
import { describe, expect, it } from 'vitest'
import type { PasswordPolicy } from '../../../src/engine/scenario/model'
import {
  checkPassword,
  minimumLength,
  nextHistory,
  PASSWORD_SYMBOLS,
  passwordFingerprint,
} from '../../../src/engine/credentials/password-policy'

const failed = (password: string, policy?: PasswordPolicy, history?: string[]) =>
  checkPassword(password, policy, history ? { history } : {}).problems.map((p) => p.rule)

describe('the default password policy (no custom policy)', () => {
  it('needs at least 8 characters', () => {
    expect(failed('Ab1!xyz')).toEqual(['minLength'])
    expect(failed('Ab1!xyzw')).toEqual([])
    expect(minimumLength(undefined)).toBe(8)
  })

  it('needs at least three of uppercase, lowercase, numbers and symbols', () => {
    expect(failed('abcdefgh1')).toEqual(['threeKinds'])
    expect(failed('abcdefgh1A')).toEqual([])
    expect(failed('abcdefgh1!')).toEqual([])
    expect(failed('ABCDEFGH!a')).toEqual([])
  })

  it('allows at most 128 characters', () => {
    expect(failed('Aa1' + 'x'.repeat(125))).toEqual([])
    expect(failed('Aa1' + 'x'.repeat(126))).toEqual(['maxLength'])
  })

  it('lists its rules even when they are met, for the ✓/✗ list', () => {
    const check = checkPassword('Passw0rd', undefined)
    expect(check.ok).toBe(true)
    expect(check.rules.map((r) => [r.rule, r.met])).toEqual([
      ['minLength', true],
      ['maxLength', true],
      ['threeKinds', true],
    ])
  })
})

describe('a custom password policy', () => {
  it('uses its minimum length, and 6 when it leaves it out', () => {
    expect(failed('Abcdefghijklm', { minimumLength: 14 })).toEqual(['minLength'])
    expect(failed('Abcdefghijklmn', { minimumLength: 14 })).toEqual([])
    expect(minimumLength({})).toBe(6)
    expect(failed('abcde', {})).toEqual(['minLength'])
    // The default policy's three kinds of characters do not apply once a custom policy exists.
    expect(failed('abcdef', {})).toEqual([])
  })

  it('requires each kind of character it names', () => {
    const all: PasswordPolicy = {
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
    }
    expect(failed('abcdefgh', all)).toEqual(['uppercase', 'numbers', 'symbols'])
    expect(failed('ABCDEFGH', all)).toEqual(['lowercase', 'numbers', 'symbols'])
    expect(failed('Abcdefg1', all)).toEqual(['symbols'])
    expect(failed('Abcdef1!', all)).toEqual([])
  })

  it('counts only Latin A–Z and a–z as letters', () => {
    expect(failed('ÄÖÜÉabc1', { requireUppercase: true })).toEqual(['uppercase'])
    expect(failed('ÄÖÜÉABC1', { requireLowercase: true })).toEqual(['lowercase'])
  })

  it.each([...PASSWORD_SYMBOLS])('counts %s as a symbol', (symbol) => {
    expect(failed(`abcdefg${symbol}`, { requireSymbols: true })).toEqual([])
  })

  it.each(['.', ',', '~', '`', '"', ':', ';', '<', '>', '?', '/', '\\', ' '])('does not count %j as a symbol', (c) => {
    expect(failed(`abcdefg${c}`, { requireSymbols: true })).toEqual(['symbols'])
  })

  it('refuses characters IAM does not accept in a password', () => {
    expect(failed('비밀번호비밀번호', {})).toEqual(['characters'])
    expect(failed('password🙂', {})).toEqual(['characters'])
    expect(failed('pässwörd', {})).toEqual([])
  })
})

describe('password reuse prevention', () => {
  const history = ['Third-pass-3', 'Second-pass-2', 'First-pass-1'].map(passwordFingerprint)

  it('refuses any of the last N passwords, the current one included', () => {
    expect(failed('Third-pass-3', { reusePrevention: 1 }, history)).toEqual(['reuse'])
    expect(failed('Second-pass-2', { reusePrevention: 1 }, history)).toEqual([])
    expect(failed('Second-pass-2', { reusePrevention: 2 }, history)).toEqual(['reuse'])
    expect(failed('First-pass-1', { reusePrevention: 2 }, history)).toEqual([])
    expect(failed('First-pass-1', { reusePrevention: 24 }, history)).toEqual(['reuse'])
  })

  it('does not check history without reuse prevention', () => {
    const check = checkPassword('Third-pass-3', { minimumLength: 8 }, { history })
    expect(check.ok).toBe(true)
    expect(check.rules.some((r) => r.rule === 'reuse')).toBe(false)
  })

  it('says how many passwords it remembers', () => {
    const rule = checkPassword('New-pass-4', { reusePrevention: 5 }, { history }).rules.find((r) => r.rule === 'reuse')
    expect(rule).toMatchObject({ met: true, value: 5, message: 'not one of the last 5 passwords' })
  })
})

describe(passwordFingerprint, () => {
  it('is 64 hex digits, the same for the same password and different for another', () => {
    const a = passwordFingerprint('Correct-Horse-1')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(passwordFingerprint('Correct-Horse-1')).toBe(a)
    expect(passwordFingerprint('Correct-Horse-2')).not.toBe(a)
    expect(a).not.toContain('Correct')
  })
})

describe(nextHistory, () => {
  it('puts the new fingerprint first and keeps at most 24', () => {
    let history: string[] | undefined
    for (let i = 0; i < 30; i++) history = nextHistory(history, `Password-${i}`)
    expect(history).toHaveLength(24)
    expect(history![0]).toBe(passwordFingerprint('Password-29'))
    expect(history![23]).toBe(passwordFingerprint('Password-6'))
  })
})
