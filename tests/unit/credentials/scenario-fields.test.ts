// The scenario format's credential fields: password history fingerprints, the root user's MFA devices and creation
// time, and MFA serials unique per account across users and the root user.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../../src/engine/scenario/parse'

const FP = 'a'.repeat(64)

function parse(patch: { accounts?: unknown[]; users?: unknown[] }) {
  return parseScenario({
    format: 'iam-playground/scenario',
    version: 1,
    title: 'fields',
    accounts: patch.accounts ?? [{ id: '111122223333' }],
    ...(patch.users ? { users: patch.users } : {}),
  })
}

const errors = (r: ReturnType<typeof parse>) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`))

describe('credential fields of a scenario', () => {
  it('reads a password history of fingerprints, root MFA devices and the root creation time', () => {
    const r = parse({
      accounts: [
        {
          id: '111122223333',
          root: {
            createdAt: '2020-01-01T00:00:00Z',
            mfaDevices: [{ serial: 'arn:aws:iam::111122223333:mfa/root-account-mfa-device', type: 'virtual' }],
          },
        },
      ],
      users: [{ name: 'a', password: { lastChanged: '2025-01-01', history: [FP] } }],
    })
    expect(errors(r)).toEqual([])
  })

  it('refuses a history entry that is not a fingerprint, and more than 24', () => {
    expect(errors(parse({ users: [{ name: 'a', password: { history: ['hunter2'] } }] }))).toEqual([
      expect.stringMatching(/^\/users\/0\/password\/history\/0: .*SHA-256 fingerprint/),
    ])
    expect(errors(parse({ users: [{ name: 'a', password: { history: Array(25).fill(FP) } }] }))).toHaveLength(1)
  })

  it('refuses a ninth root MFA device and a serial the root user shares with a user', () => {
    const device = (i: number) => ({ serial: `GAHT0000000${i}`, type: 'hardware' })
    const nine = parse({
      accounts: [{ id: '111122223333', root: { mfaDevices: [0, 1, 2, 3, 4, 5, 6, 7, 8].map(device) } }],
    })
    expect(errors(nine).join()).toContain('at most 8 MFA devices')
    const shared = parse({
      accounts: [{ id: '111122223333', root: { mfaDevices: [device(1)] } }],
      users: [{ name: 'a', mfaDevices: [device(1)] }],
    })
    expect(errors(shared)).toEqual([expect.stringMatching(/^\/users\/0\/mfaDevices\/0\/serial: duplicate MFA serial/)])
  })
})
