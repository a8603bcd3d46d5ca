// IAM users' credentials: console MFA, key age, unused credentials (with the activity log), two active keys.
import { describe, expect, it } from 'vitest'
import type { AccessKey, ActivityEvent, User } from '../../../src/engine/index'
import { A, clean, daysAgo, findingsOf, fixed, only } from './fixtures'

const key = (id: string, created: number, extra: Partial<AccessKey> = {}): AccessKey => ({
  id,
  created: daysAgo(created),
  status: 'Active',
  ...extra,
})
const withUser = (user: User) => clean({ users: [user] })
const MFA = [{ serial: `arn:aws:iam::${A}:mfa/u`, type: 'virtual' as const }]

describe('console-user-mfa', () => {
  it('fires for a user with a console password and no MFA device', () => {
    const f = only(withUser({ name: 'u', password: { lastUsed: daysAgo(1) } }), 'console-user-mfa')
    expect(f).toMatchObject({ severity: 'high', entities: [{ kind: 'user', name: 'u', account: A }] })
  })

  it('does not fire with an MFA device, or without a console password', () => {
    expect(findingsOf(withUser({ name: 'u', password: {}, mfaDevices: MFA }), 'console-user-mfa')).toEqual([])
    expect(findingsOf(withUser({ name: 'u' }), 'console-user-mfa')).toEqual([])
  })

  it('is fixed by assigning a virtual MFA device', () => {
    const s = withUser({ name: 'u', password: { lastUsed: daysAgo(1) } })
    const next = fixed(s, only(s, 'console-user-mfa'))
    expect(next.users![0]!.mfaDevices).toEqual([
      { serial: `arn:aws:iam::${A}:mfa/u`, type: 'virtual', enabledAt: '2026-01-01T00:00:00Z' },
    ])
    expect(findingsOf(next, 'console-user-mfa')).toEqual([])
  })
})

describe('access-key-age', () => {
  it('fires for an active key older than 90 days', () => {
    const f = only(
      withUser({ name: 'u', accessKeys: [key('AKIAAGEDKEY000000001', 91, { lastUsed: daysAgo(1) })] }),
      'access-key-age',
    )
    expect(f).toMatchObject({ params: { days: 91, key: 'AKIAAGEDKEY000000001' } })
  })

  it('does not fire for a key of 90 days or less, or an inactive one', () => {
    expect(
      findingsOf(
        withUser({ name: 'u', accessKeys: [key('AKIAAGEDKEY000000001', 90, { lastUsed: daysAgo(1) })] }),
        'access-key-age',
      ),
    ).toEqual([])
    const inactive = key('AKIAAGEDKEY000000001', 400, { status: 'Inactive' })
    expect(findingsOf(withUser({ name: 'u', accessKeys: [inactive] }), 'access-key-age')).toEqual([])
  })

  it('is fixed by deactivating the key', () => {
    const s = withUser({ name: 'u', accessKeys: [key('AKIAAGEDKEY000000001', 200, { lastUsed: daysAgo(1) })] })
    const next = fixed(s, only(s, 'access-key-age'))
    expect(next.users![0]!.accessKeys![0]!.status).toBe('Inactive')
    expect(findingsOf(next, 'access-key-age')).toEqual([])
  })
})

describe('unused-credentials', () => {
  it('fires for a password last used more than 90 days ago, or set long ago and never used', () => {
    expect(only(withUser({ name: 'u', password: { lastUsed: daysAgo(120) } }), 'unused-credentials').params.days).toBe(
      120,
    )
    const never = only(withUser({ name: 'u', password: { lastChanged: daysAgo(100) } }), 'unused-credentials')
    expect(never).toMatchObject({ variant: 'never', params: { days: 100 } })
  })

  it('fires for an active key unused for more than 90 days', () => {
    const f = only(withUser({ name: 'u', accessKeys: [key('AKIAUNUSED0000000001', 95)] }), 'unused-credentials')
    expect(f).toMatchObject({ variant: 'keyNever', id: `unused-credentials:user/${A}/u:unused/AKIAUNUSED0000000001` })
  })

  it('does not fire for recent use, inactive keys, or when no date says anything', () => {
    expect(findingsOf(withUser({ name: 'u', password: { lastUsed: daysAgo(10) } }), 'unused-credentials')).toEqual([])
    const inactive = key('AKIAUNUSED0000000001', 300, { status: 'Inactive' })
    expect(findingsOf(withUser({ name: 'u', accessKeys: [inactive] }), 'unused-credentials')).toEqual([])
    expect(findingsOf(withUser({ name: 'u', password: {} }), 'unused-credentials')).toEqual([])
  })

  it('counts use recorded in the activity log up to now, the later of it and the model', () => {
    const s = withUser({
      name: 'u',
      password: { lastUsed: daysAgo(200) },
      accessKeys: [key('AKIAUNUSED0000000001', 300, { lastUsed: daysAgo(200) })],
    })
    expect(findingsOf(s, 'unused-credentials')).toHaveLength(2)
    const arn = `arn:aws:iam::${A}:user/u`
    const event = (extra: object) =>
      ({
        eventTime: daysAgo(5),
        eventSource: 's3.amazonaws.com',
        awsRegion: 'us-east-1',
        userIdentity: { type: 'IAMUser', arn, ...extra },
      }) as unknown as ActivityEvent
    const activity = [event({ accessKeyId: 'AKIAUNUSED0000000001' }), event({})]
    expect(findingsOf({ ...s, activity }, 'unused-credentials').map((f) => f.id)).toEqual([
      `unused-credentials:user/${A}/u:password`,
    ])
    const future = { ...event({ accessKeyId: 'AKIAUNUSED0000000001' }), eventTime: '2026-02-01T00:00:00Z' }
    expect(findingsOf({ ...s, activity: [future] }, 'unused-credentials')).toHaveLength(2)
    const signedIn = [{ ...event({}), sessionCredentialFromConsole: 'true' } as ActivityEvent]
    expect(findingsOf({ ...s, activity: signedIn }, 'unused-credentials').map((f) => f.params.key)).toEqual([
      'AKIAUNUSED0000000001',
    ])
  })

  it('is fixed by removing the password, or deactivating the key', () => {
    const s = withUser({
      name: 'u',
      password: { lastUsed: daysAgo(120) },
      accessKeys: [key('AKIAUNUSED0000000001', 95)],
    })
    const [password, access] = findingsOf(s, 'unused-credentials')
    const a = fixed(s, password!)
    expect(a.users![0]!.password).toBeUndefined()
    const b = fixed(a, findingsOf(a, 'unused-credentials')[0]!)
    expect(findingsOf(b, 'unused-credentials')).toEqual([])
    expect(access!.fix).toMatchObject({ kind: 'deactivate-key', keyId: 'AKIAUNUSED0000000001' })
  })
})

describe('two-active-keys', () => {
  const both = [
    key('AKIAKEYNUMBER0000002', 10, { lastUsed: daysAgo(1) }),
    key('AKIAKEYNUMBER0000001', 30, { lastUsed: daysAgo(1) }),
  ]

  it('fires for a user with two active keys, naming the older', () => {
    expect(only(withUser({ name: 'u', accessKeys: both }), 'two-active-keys').params.key).toBe('AKIAKEYNUMBER0000001')
  })

  it('does not fire when one of them is inactive', () => {
    const one = [both[0]!, { ...both[1]!, status: 'Inactive' as const }]
    expect(findingsOf(withUser({ name: 'u', accessKeys: one }), 'two-active-keys')).toEqual([])
  })

  it('is fixed by deactivating the older key', () => {
    const s = withUser({ name: 'u', accessKeys: both })
    const next = fixed(s, only(s, 'two-active-keys'))
    expect(next.users![0]!.accessKeys!.map((k) => k.status)).toEqual(['Active', 'Inactive'])
    expect(findingsOf(next, 'two-active-keys')).toEqual([])
  })
})
