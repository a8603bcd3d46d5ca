// Credential and clock edits: each is pure, refuses with a located error, and records what IAM records.
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import { parseScenario } from '../../../../../src/engine/scenario/parse'
import { passwordFingerprint } from '../../../../../src/engine/credentials/password-policy'
import {
  addMfaDevice,
  createAccessKey,
  deleteAccessKey,
  deletePasswordPolicy,
  moveClock,
  removeMfaDevice,
  removePassword,
  resetClock,
  setAccessKeyStatus,
  setClock,
  setPassword,
  setPasswordPolicy,
  setPasswordResetRequired,
} from '../../../../../src/engine/scenario/edits/credentials'
import type { EditResult } from '../../../../../src/engine/scenario/edits/core'
import { inEnglish } from '../../../../helpers/edits'

const base = (): Scenario => ({
  format: 'iam-playground/scenario',
  version: 1,
  title: 'credentials',
  accounts: [
    {
      id: '111122223333',
      passwordPolicy: { minimumLength: 12, requireSymbols: true, reusePrevention: 2 },
      root: { mfa: true },
    },
    { id: '444455556666' },
  ],
  users: [
    { name: 'jiwoo', password: { lastChanged: '2025-01-01T00:00:00Z', lastUsed: '2025-05-01T00:00:00Z' } },
    { name: 'minho' },
    { name: 'other', account: '444455556666' },
  ],
  environment: { time: '2025-05-19T01:30:00Z', region: 'ap-northeast-2' },
})

/** The new scenario of an accepted edit, checked to still be a valid scenario. */
function ok(result: EditResult): Scenario {
  if (!result.ok) throw new Error(`refused: ${result.error}`)
  const parsed = parseScenario(JSON.parse(JSON.stringify(result.scenario)))
  if (!parsed.ok) throw new Error(`invalid: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`)
  return result.scenario
}

function refused(result: EditResult): { error: string; field?: string } {
  if (result.ok) throw new Error('accepted')
  return inEnglish(result) as { error: string; field?: string }
}

const REAL = new Date('2030-01-01T00:00:00Z')

describe('console passwords', () => {
  it('sets a password that meets the policy: fingerprint first in the history, changed at the clock’s now', () => {
    const s = base()
    const frozen = JSON.stringify(s)
    const next = ok(setPassword(s, { user: 'jiwoo', password: 'Correct-horse-1' }))
    const pw = next.users![0]!.password!
    expect(pw).toEqual({
      lastChanged: '2025-05-19T01:30:00Z',
      lastUsed: '2025-05-01T00:00:00Z',
      history: [passwordFingerprint('Correct-horse-1')],
    })
    expect(JSON.stringify(pw)).not.toContain('Correct-horse-1')
    expect(JSON.stringify(s)).toBe(frozen)
  })

  it('refuses a password the policy rejects, naming every rule missed, on the password field', () => {
    const r = refused(setPassword(base(), { user: 'jiwoo', password: 'short' }))
    expect(r.field).toBe('password')
    expect(r.error).toContain('at least 12 characters')
    expect(r.error).toContain('at least one symbol')
  })

  it('applies the default policy when the account has none', () => {
    const s = base()
    expect(refused(setPassword(s, { user: 'other', password: 'alllowercase' })).error).toContain('at least three')
    expect(ok(setPassword(s, { user: 'other', password: 'Mixed-case' })).users![2]!.password!.lastChanged).toBe(
      '2025-05-19T01:30:00Z',
    )
  })

  it('refuses one of the last N passwords and allows an older one', () => {
    let s = base()
    s = ok(setPassword(s, { user: 'minho', password: 'First-password' }))
    s = ok(setPassword(s, { user: 'minho', password: 'Second-password' }))
    expect(refused(setPassword(s, { user: 'minho', password: 'Second-password' })).field).toBe('password')
    expect(refused(setPassword(s, { user: 'minho', password: 'First-password' })).error).toContain('last 2 passwords')
    s = ok(setPassword(s, { user: 'minho', password: 'Third-password' }))
    expect(ok(setPassword(s, { user: 'minho', password: 'First-password' })).users![1]!.password!.history).toHaveLength(
      4,
    )
  })

  it('uses the real time when the scenario has no clock', () => {
    const s = { ...base(), environment: {} }
    const next = ok(setPassword(s, { user: 'minho', password: 'Real-time-pass', realNow: REAL }))
    expect(next.users![1]!.password!.lastChanged).toBe('2030-01-01T00:00:00Z')
  })

  it('can require a reset when setting, and require or stop requiring it later', () => {
    let s = ok(setPassword(base(), { user: 'minho', password: 'Temporary-pass1', requireReset: true }))
    expect(s.users![1]!.password!.resetRequired).toBe(true)
    s = ok(setPasswordResetRequired(s, { user: 'minho', required: false }))
    expect(s.users![1]!.password!.resetRequired).toBeUndefined()
    s = ok(setPasswordResetRequired(s, { user: 'minho', required: true }))
    expect(s.users![1]!.password!.resetRequired).toBe(true)
    expect(refused(setPasswordResetRequired(base(), { user: 'minho', required: true })).field).toBe('password')
  })

  it('removes the password (no console access), refusing when there is none', () => {
    const s = ok(removePassword(base(), { user: 'jiwoo' }))
    expect(s.users![0]!.password).toBeUndefined()
    expect(refused(removePassword(s, { user: 'jiwoo' })).error).toMatch(/no console password/)
    expect(refused(removePassword(s, { user: 'nobody' })).field).toBe('user')
  })
})

describe('MFA devices', () => {
  it('adds a virtual device by name (its ARN) and a hardware one by serial', () => {
    let s = ok(addMfaDevice(base(), { owner: { user: 'minho' }, type: 'virtual', name: 'minho-phone' }))
    s = ok(addMfaDevice(s, { owner: { user: 'minho' }, type: 'hardware', name: 'GAHT12345678' }))
    expect(s.users![1]!.mfaDevices).toEqual([
      { serial: 'arn:aws:iam::111122223333:mfa/minho-phone', type: 'virtual', enabledAt: '2025-05-19T01:30:00Z' },
      { serial: 'GAHT12345678', type: 'hardware', enabledAt: '2025-05-19T01:30:00Z' },
    ])
    s = ok(removeMfaDevice(s, { owner: { user: 'minho' }, serial: 'GAHT12345678' }))
    expect(s.users![1]!.mfaDevices).toHaveLength(1)
    s = ok(removeMfaDevice(s, { owner: { user: 'minho' }, serial: 'arn:aws:iam::111122223333:mfa/minho-phone' }))
    expect(s.users![1]!.mfaDevices).toBeUndefined()
  })

  it('refuses bad names, a serial in use in the account, a ninth device and an unknown device', () => {
    const s = ok(addMfaDevice(base(), { owner: { user: 'minho' }, type: 'virtual', name: 'shared' }))
    expect(refused(addMfaDevice(s, { owner: { user: 'jiwoo' }, type: 'virtual', name: 'shared' })).error).toContain(
      'already exists',
    )
    // Another account may use the same name.
    ok(addMfaDevice(s, { owner: { user: 'other' }, type: 'virtual', name: 'shared' }))
    expect(refused(addMfaDevice(s, { owner: { user: 'jiwoo' }, type: 'virtual', name: 'bad name' })).field).toBe('name')
    expect(refused(addMfaDevice(s, { owner: { user: 'jiwoo' }, type: 'hardware', name: 'SHORT' })).field).toBe('name')
    let full = base()
    for (let i = 0; i < 8; i++)
      full = ok(addMfaDevice(full, { owner: { user: 'jiwoo' }, type: 'virtual', name: `device-${i}` }))
    expect(refused(addMfaDevice(full, { owner: { user: 'jiwoo' }, type: 'virtual', name: 'ninth' })).error).toContain(
      'At most 8',
    )
    expect(refused(removeMfaDevice(s, { owner: { user: 'jiwoo' }, serial: 'nothing' })).field).toBe('serial')
  })

  it('keeps the root user’s `mfa` flag in step with its devices', () => {
    // `mfa: true` stands for the root virtual device; adding another lists both.
    let s = ok(addMfaDevice(base(), { owner: { root: '111122223333' }, type: 'hardware', name: 'GAHT87654321' }))
    expect(s.accounts[0]!.root).toEqual({
      mfa: true,
      mfaDevices: [
        { serial: 'arn:aws:iam::111122223333:mfa/root-account-mfa-device', type: 'virtual' },
        { serial: 'GAHT87654321', type: 'hardware', enabledAt: '2025-05-19T01:30:00Z' },
      ],
    })
    s = ok(removeMfaDevice(s, { owner: { root: '111122223333' }, serial: 'GAHT87654321' }))
    s = ok(
      removeMfaDevice(s, {
        owner: { root: '111122223333' },
        serial: 'arn:aws:iam::111122223333:mfa/root-account-mfa-device',
      }),
    )
    expect(s.accounts[0]!.root).toBeUndefined()
    // A root virtual device without a name gets the console's name.
    s = ok(addMfaDevice(s, { owner: { root: '444455556666' }, type: 'virtual', name: '' }))
    expect(s.accounts[1]!.root).toEqual({
      mfa: true,
      mfaDevices: [
        {
          serial: 'arn:aws:iam::444455556666:mfa/root-account-mfa-device',
          type: 'virtual',
          enabledAt: '2025-05-19T01:30:00Z',
        },
      ],
    })
    expect(refused(addMfaDevice(s, { owner: { root: '999999999999' }, type: 'virtual', name: 'x' })).field).toBe(
      'account',
    )
  })
})

describe('access keys', () => {
  it('creates keys at the clock’s now, at most two, with unique IDs', () => {
    let s = ok(createAccessKey(base(), { owner: { user: 'minho' } }))
    s = ok(setClock(s, { time: '2025-06-01T00:00:00Z' }))
    s = ok(createAccessKey(s, { owner: { user: 'minho' } }))
    const keys = s.users![1]!.accessKeys!
    expect(keys.map((k) => [k.created, k.status])).toEqual([
      ['2025-05-19T01:30:00Z', 'Active'],
      ['2025-06-01T00:00:00Z', 'Active'],
    ])
    expect(keys[0]!.id).toMatch(/^AKIA[A-Z2-7]{9}EXAMPLE$/)
    expect(keys[1]!.id).not.toBe(keys[0]!.id)
    const third = refused(createAccessKey(s, { owner: { user: 'minho' } }))
    expect(third).toEqual({ ok: false, error: expect.stringContaining('At most 2 access keys'), field: 'accessKeys' })
  })

  it('rotates: create a second key, deactivate the old one, delete it, and a new one fits again', () => {
    let s = ok(createAccessKey(base(), { owner: { user: 'jiwoo' } }))
    const old = s.users![0]!.accessKeys![0]!.id
    s = ok(moveClock(s, { days: 90 }))
    s = ok(createAccessKey(s, { owner: { user: 'jiwoo' } }))
    s = ok(setAccessKeyStatus(s, { owner: { user: 'jiwoo' }, id: old, status: 'Inactive' }))
    expect(s.users![0]!.accessKeys![0]!.status).toBe('Inactive')
    expect(refused(setAccessKeyStatus(s, { owner: { user: 'jiwoo' }, id: old, status: 'Inactive' })).error).toContain(
      'already Inactive',
    )
    s = ok(deleteAccessKey(s, { owner: { user: 'jiwoo' }, id: old }))
    expect(s.users![0]!.accessKeys!.map((k) => k.created)).toEqual(['2025-08-17T01:30:00Z'])
    ok(createAccessKey(s, { owner: { user: 'jiwoo' } }))
    expect(refused(deleteAccessKey(s, { owner: { user: 'jiwoo' }, id: old })).field).toBe('accessKeys')
  })

  it('manages the root user’s keys the same way', () => {
    let s = ok(createAccessKey(base(), { owner: { root: '111122223333' } }))
    s = ok(createAccessKey(s, { owner: { root: '111122223333' } }))
    expect(s.accounts[0]!.root!.accessKeys).toHaveLength(2)
    expect(refused(createAccessKey(s, { owner: { root: '111122223333' } })).field).toBe('accessKeys')
    const id = s.accounts[0]!.root!.accessKeys![0]!.id
    s = ok(setAccessKeyStatus(s, { owner: { root: '111122223333' }, id, status: 'Inactive' }))
    s = ok(setAccessKeyStatus(s, { owner: { root: '111122223333' }, id, status: 'Active' }))
    s = ok(deleteAccessKey(s, { owner: { root: '111122223333' }, id }))
    expect(s.accounts[0]!.root!.accessKeys).toHaveLength(1)
  })
})

describe('the password policy', () => {
  it('sets a policy, dropping options that are off', () => {
    const s = ok(
      setPasswordPolicy(base(), {
        account: '444455556666',
        policy: { minimumLength: 14, requireNumbers: true, requireSymbols: false, maxAgeDays: 90, reusePrevention: 24 },
      }),
    )
    expect(s.accounts[1]!.passwordPolicy).toEqual({
      minimumLength: 14,
      requireNumbers: true,
      maxAgeDays: 90,
      reusePrevention: 24,
    })
  })

  it.each([
    ['minimumLength', 5],
    ['minimumLength', 129],
    ['minimumLength', 8.5],
    ['maxAgeDays', 0],
    ['maxAgeDays', 1096],
    ['reusePrevention', 0],
    ['reusePrevention', 25],
  ] as const)('refuses %s = %s, on that field', (field, value) => {
    const r = refused(setPasswordPolicy(base(), { account: '111122223333', policy: { [field]: value } }))
    expect(r.field).toBe(field)
    expect(r.error).toMatch(/whole number from \d+ to \d+/)
  })

  it('accepts the limits themselves', () => {
    for (const policy of [
      { minimumLength: 6, maxAgeDays: 1, reusePrevention: 1 },
      { minimumLength: 128, maxAgeDays: 1095, reusePrevention: 24 },
    ])
      expect(ok(setPasswordPolicy(base(), { account: '111122223333', policy })).accounts[0]!.passwordPolicy).toEqual(
        policy,
      )
  })

  it('deletes a policy (back to the default), refusing when there is none, or no such account', () => {
    const s = ok(deletePasswordPolicy(base(), { account: '111122223333' }))
    expect(s.accounts[0]!.passwordPolicy).toBeUndefined()
    expect(refused(deletePasswordPolicy(s, { account: '111122223333' })).field).toBe('account')
    expect(refused(setPasswordPolicy(s, { account: '000000000000', policy: {} })).field).toBe('account')
  })
})

describe('the clock', () => {
  it('moves forward from the scenario’s time, keeping the rest of the environment', () => {
    const s = ok(moveClock(base(), { days: 90 }))
    expect(s.environment).toEqual({ time: '2025-08-17T01:30:00Z', region: 'ap-northeast-2' })
    expect(ok(moveClock(s, { days: -1 })).environment!.time).toBe('2025-08-16T01:30:00Z')
  })

  it('moves forward from the real time when the scenario has no clock', () => {
    const s = { ...base(), environment: undefined }
    expect(ok(moveClock(s, { days: 1, realNow: REAL })).environment).toEqual({ time: '2030-01-02T00:00:00Z' })
  })

  it('refuses a move of nothing', () => {
    expect(refused(moveClock(base(), { days: 0 })).field).toBe('days')
    expect(refused(moveClock(base(), { days: Number.NaN })).field).toBe('days')
  })

  it('sets an exact time, normalised to the second in UTC', () => {
    expect(ok(setClock(base(), { time: '2025-12-25T18:00:00+09:00' })).environment!.time).toBe('2025-12-25T09:00:00Z')
    expect(refused(setClock(base(), { time: 'next tuesday' })).field).toBe('time')
    expect(refused(setClock(base(), { time: '2025-05-19T01:30:00Z' })).error).toContain('already')
  })

  it('goes back to real time by removing the clock', () => {
    const s = ok(resetClock(base()))
    expect(s.environment).toEqual({ region: 'ap-northeast-2' })
    expect(refused(resetClock(s)).field).toBe('time')
    const only = ok(resetClock({ ...base(), environment: { time: '2025-01-01T00:00:00Z' } }))
    expect(only.environment).toBeUndefined()
  })
})
