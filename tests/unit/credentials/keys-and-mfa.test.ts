// Access key IDs, ages and rotation; MFA serials and whether MFA is on for users and root users.
import { describe, expect, it } from 'vitest'
import type { AccessKey, Scenario } from '../../../src/engine/scenario/model'
import {
  accessKeyAgeDays,
  accessKeyIds,
  keysInOrder,
  needsRotation,
  newAccessKeyId,
} from '../../../src/engine/credentials/access-keys'
import {
  rootMfaActive,
  rootMfaDevices,
  rootMfaSerial,
  userMfaActive,
  virtualMfaSerial,
} from '../../../src/engine/credentials/mfa'

const key = (id: string, created: string, status: AccessKey['status'] = 'Active'): AccessKey => ({
  id,
  created,
  status,
})

describe(newAccessKeyId, () => {
  it('is AKIA, 9 base32 characters and EXAMPLE (clearly not a real key), the same for the same seed', () => {
    const id = newAccessKeyId(new Set(), 'seed')
    expect(id).toMatch(/^AKIA[A-Z2-7]{9}EXAMPLE$/)
    expect(newAccessKeyId(new Set(), 'seed')).toBe(id)
    expect(newAccessKeyId(new Set(), 'other seed')).not.toBe(id)
  })

  it('never returns a taken ID', () => {
    const first = newAccessKeyId(new Set(), 'seed')
    const second = newAccessKeyId(new Set([first]), 'seed')
    expect(second).not.toBe(first)
    expect(second).toMatch(/^AKIA[A-Z2-7]{9}EXAMPLE$/)
  })
})

describe(accessKeyIds, () => {
  it('collects the keys of users and root users', () => {
    const scenario: Scenario = {
      format: 'iam-playground/scenario',
      version: 1,
      title: 't',
      accounts: [{ id: '111122223333', root: { accessKeys: [key('AKIAROOT000000000001', '2024-01-01')] } }],
      users: [{ name: 'a', accessKeys: [key('AKIAUSER000000000001', '2024-01-01')] }, { name: 'b' }],
    }
    expect([...accessKeyIds(scenario)].sort()).toEqual(['AKIAROOT000000000001', 'AKIAUSER000000000001'])
  })
})

describe('access key age and rotation', () => {
  const k = key('AKIAIOSFODNN7EXAMPLE', '2025-05-19T01:30:00Z')

  it('counts whole days by the clock', () => {
    expect(accessKeyAgeDays(k, new Date('2025-05-19T23:00:00Z'))).toBe(0)
    expect(accessKeyAgeDays(k, new Date('2025-08-17T01:30:00Z'))).toBe(90)
  })

  it('asks for rotation once an active key is more than 90 days old', () => {
    expect(needsRotation(k, new Date('2025-08-17T01:30:00Z'))).toBe(false) // 90 days
    expect(needsRotation(k, new Date('2025-08-18T01:30:00Z'))).toBe(true) // 91 days
    expect(needsRotation({ ...k, status: 'Inactive' }, new Date('2026-01-01T00:00:00Z'))).toBe(false)
  })

  it('numbers keys oldest first', () => {
    const newer = key('AKIAB000000000000000', '2025-02-01')
    const older = key('AKIAA000000000000000', '2025-01-01')
    expect(keysInOrder([newer, older]).map((x) => x.id)).toEqual([older.id, newer.id])
    expect(keysInOrder(undefined)).toEqual([])
  })
})

describe('MFA', () => {
  it('spells virtual device serials as ARNs, the root one named root-account-mfa-device', () => {
    expect(virtualMfaSerial('111122223333', 'alice')).toBe('arn:aws:iam::111122223333:mfa/alice')
    expect(rootMfaSerial('111122223333')).toBe('arn:aws:iam::111122223333:mfa/root-account-mfa-device')
  })

  it('is on for a user with a device', () => {
    expect(userMfaActive({})).toBe(false)
    expect(userMfaActive({ mfaDevices: [{ serial: 'GAHT12345678', type: 'hardware' }] })).toBe(true)
  })

  it('is on for a root user with `mfa: true` or a device, and `mfa: true` reads as the root virtual device', () => {
    expect(rootMfaActive(undefined)).toBe(false)
    expect(rootMfaActive({ mfa: true })).toBe(true)
    expect(rootMfaActive({ mfaDevices: [{ serial: 'GAHT12345678', type: 'hardware' }] })).toBe(true)
    expect(rootMfaDevices('111122223333', { mfa: true })).toEqual([
      { serial: 'arn:aws:iam::111122223333:mfa/root-account-mfa-device', type: 'virtual' },
    ])
    expect(rootMfaDevices('111122223333', {})).toEqual([])
  })
})
