// The root user: no access keys, MFA on.
import { describe, expect, it } from 'vitest'
import { A, clean, findingsOf, fixed, only } from './fixtures'

const KEY = { id: 'AKIAROOTKEY000000001', created: '2020-01-01T00:00:00Z', status: 'Active' as const }

describe('root-access-key', () => {
  it('fires for an active root access key, as critical', () => {
    const s = clean({ accounts: [{ id: A, root: { mfa: true, accessKeys: [KEY] } }] })
    const f = only(s, 'root-access-key')
    expect(f).toMatchObject({ severity: 'critical', entities: [{ kind: 'root', name: 'root', account: A }] })
    expect(f.id).toBe(`root-access-key:root/${A}/root`)
  })

  it('fires for inactive keys too, as medium', () => {
    const s = clean({ accounts: [{ id: A, root: { mfa: true, accessKeys: [{ ...KEY, status: 'Inactive' }] } }] })
    expect(only(s, 'root-access-key')).toMatchObject({ severity: 'medium', variant: 'inactive' })
  })

  it('does not fire without root keys', () => {
    expect(findingsOf(clean(), 'root-access-key')).toEqual([])
  })

  it('is fixed by deleting the keys', () => {
    const s = clean({ accounts: [{ id: A, root: { mfa: true, accessKeys: [KEY] } }] })
    const next = fixed(s, only(s, 'root-access-key'))
    expect(next.accounts[0]!.root).toEqual({ mfa: true })
    expect(findingsOf(next, 'root-access-key')).toEqual([])
  })
})

describe('root-mfa', () => {
  it('fires when the root user has no MFA', () => {
    expect(only(clean({ accounts: [{ id: A }] }), 'root-mfa')).toMatchObject({ severity: 'critical' })
    expect(findingsOf(clean({ accounts: [{ id: A, root: { mfa: false } }] }), 'root-mfa')).toHaveLength(1)
  })

  it('does not fire with the mfa flag or an MFA device', () => {
    expect(findingsOf(clean(), 'root-mfa')).toEqual([])
    const device = { serial: `arn:aws:iam::${A}:mfa/root-account-mfa-device`, type: 'hardware' as const }
    expect(findingsOf(clean({ accounts: [{ id: A, root: { mfaDevices: [device] } }] }), 'root-mfa')).toEqual([])
  })

  it('is fixed by enabling a virtual MFA device', () => {
    const s = clean({ accounts: [{ id: A }] })
    const next = fixed(s, only(s, 'root-mfa'))
    expect(next.accounts[0]!.root?.mfaDevices?.[0]).toMatchObject({ type: 'virtual' })
    expect(findingsOf(next, 'root-mfa')).toEqual([])
  })
})
