// whoCan keeps what does not depend on the question per scenario version (the trust index, each principal's
// policies and screen, resolved resources): a second question about the same version, and each edited version,
// must answer exactly as a first question about a fresh copy would.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { whoCan, type WhoCanEntry, type WhoCanQuery } from '../../../../src/engine/index'
import type { Role, Scenario, User } from '../../../../src/engine/scenario/model'
import { policy } from '../../../helpers/policy'
import { A, inline, scenario, trust } from '../../../helpers/scenario'

const OBJ = 'arn:aws:s3:::vault/gold.bar'
const roleArn = (name: string) => `arn:aws:iam::${A}:role/${name}`
const paths = (entries: WhoCanEntry[]) => entries.map((e) => e.path.join(' → ')).sort()

const base = scenario({
  users: [
    { name: 'alice', inlinePolicies: [inline('Hop', 'sts:AssumeRole', roleArn('Dev'))] },
    { name: 'bob' },
    { name: 'carol', inlinePolicies: [inline('Read', 's3:GetObject')] },
  ],
  roles: [
    { name: 'Dev', trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }), inlinePolicies: [inline('S3', 's3:*')] },
    {
      name: 'Ops',
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/alice` }),
      inlinePolicies: [inline('Put', 's3:Put*')],
    },
  ],
})

/** The scenario with one role replaced (an edit copies the list it changes, as the app's edits do). */
const withRole = (s: Scenario, name: string, change: (r: Role) => Role): Scenario => ({
  ...s,
  roles: s.roles!.map((r) => (r.name === name ? change(r) : r)),
})
const withUser = (s: Scenario, name: string, change: (u: User) => User): Scenario => ({
  ...s,
  users: s.users!.map((u) => (u.name === name ? change(u) : u)),
})

/** The answer about `s`, and the answer about a fresh deep copy of it (which shares no cache with it). */
function both(s: Scenario, query: WhoCanQuery) {
  return { kept: paths(whoCan(s, query)), fresh: paths(whoCan(structuredClone(s), query)) }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('whoCan over versions of a scenario', () => {
  it('answers a second question about the same version as a fresh copy would', () => {
    const put = { action: 's3:PutObject', resource: OBJ }
    const get = { action: 's3:GetObject', resource: OBJ }
    expect(paths(whoCan(base, put))).toEqual([
      'role/Dev',
      'role/Ops',
      'root',
      'user/alice → role/Dev',
      'user/alice → role/Ops',
    ])
    const { kept, fresh } = both(base, get)
    expect(kept).toEqual(fresh)
    expect(kept).toEqual(['role/Dev', 'root', 'user/alice → role/Dev', 'user/carol'])
  })

  it('follows an edited trust policy that names someone else', () => {
    const put = { action: 's3:PutObject', resource: OBJ }
    whoCan(base, put)
    const edited = withRole(base, 'Ops', (r) => ({ ...r, trustPolicy: trust({ AWS: `arn:aws:iam::${A}:user/bob` }) }))
    const { kept, fresh } = both(edited, put)
    expect(kept).toEqual(fresh)
    expect(kept).toContain('user/bob → role/Ops')
    expect(kept).not.toContain('user/alice → role/Ops')
    // The version asked before still answers as it did.
    expect(paths(whoCan(base, put))).toContain('user/alice → role/Ops')
  })

  it('follows an edited trust policy that names only the account: the caller’s own policies decide again', () => {
    const put = { action: 's3:PutObject', resource: OBJ }
    whoCan(base, put)
    const edited = withRole(base, 'Ops', (r) => ({ ...r, trustPolicy: trust({ AWS: A }) }))
    const { kept, fresh } = both(edited, put)
    expect(kept).toEqual(fresh)
    expect(kept.filter((p) => p.includes('role/Ops'))).toEqual(['role/Ops'])
  })

  it('follows an edited identity policy: a caller that could assume nothing now can (its screen is per version)', () => {
    const get = { action: 's3:GetObject', resource: OBJ }
    expect(paths(whoCan(base, get)).filter((p) => p.startsWith('user/bob'))).toEqual([])
    const edited = withUser(base, 'bob', (u) => ({ ...u, inlinePolicies: [inline('Hop', 'sts:AssumeRole', '*')] }))
    const { kept, fresh } = both(edited, get)
    expect(kept).toEqual(fresh)
    expect(kept.filter((p) => p.startsWith('user/bob'))).toEqual(['user/bob → role/Dev'])
  })

  it('keeps the trust index of roles an edit did not touch, and still answers exactly', () => {
    const get = { action: 's3:GetObject', resource: OBJ }
    whoCan(base, get)
    const edited = withUser(base, 'alice', (u) => ({ ...u, inlinePolicies: [] }))
    expect(edited.roles).toBe(base.roles)
    const { kept, fresh } = both(edited, get)
    expect(kept).toEqual(fresh)
    expect(kept).toEqual(['role/Dev', 'root', 'user/carol'])
  })

  it('builds the request context per question: a time-bound trust policy follows the clock on the same version', () => {
    const s: Scenario = {
      ...withRole(base, 'Dev', (r) => ({
        ...r,
        trustPolicy: policy({
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${A}:root` },
          Action: 'sts:AssumeRole',
          Condition: { DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } },
        }),
      })),
      environment: {},
    }
    const get = { action: 's3:GetObject', resource: OBJ }
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2029-12-31T23:59:00Z'))
    expect(paths(whoCan(s, get))).toContain('user/alice → role/Dev')
    vi.setSystemTime(new Date('2030-01-01T00:01:00Z'))
    expect(paths(whoCan(s, get))).not.toContain('user/alice → role/Dev')
  })

  it('builds the request context per question: the environment of each question decides the hops', () => {
    const s = withRole(base, 'Dev', (r) => ({
      ...r,
      trustPolicy: trust({ AWS: `arn:aws:iam::${A}:root` }, 'sts:AssumeRole', {
        Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
      }),
    }))
    const ask = (sourceIp: string) =>
      paths(whoCan(s, { action: 's3:GetObject', resource: OBJ, environment: { sourceIp } })).filter((p) =>
        p.startsWith('user/alice'),
      )
    expect(ask('198.51.100.7')).toEqual([])
    expect(ask('203.0.113.7')).toEqual(['user/alice → role/Dev'])
    expect(ask('198.51.100.7')).toEqual([])
  })
})
