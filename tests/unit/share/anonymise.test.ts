import { describe, expect, it } from 'vitest'
import { anonymiseShared, scanSecrets, type SharedState } from '../../../src/lib/share/index'
import { scenario, sharedState } from './fixtures'

async function anonymised(state: SharedState): Promise<SharedState> {
  const result = await anonymiseShared(state)
  if (!result.ok) throw new Error(result.error)
  return result.state
}

function withRequest(): SharedState {
  return sharedState({
    request: {
      principal: 'arn:aws:iam::111122223333:user/ara',
      actions: ['ec2:StopInstances'],
      resources: ['arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0aaaaaaaaaaaa0001'],
      environment: {},
      context: { 'aws:PrincipalTag/team': 'alpha' },
    },
    open: { slot: 'trust', role: 'AbacDeveloper' },
  })
}

describe(anonymiseShared, () => {
  it('replaces account IDs everywhere, consistently', async () => {
    const text = JSON.stringify(await anonymised(withRequest()))
    expect(text).not.toContain('111122223333')
    expect(text).toContain('111111111111')
  })

  it('renames users, roles and groups, and their references', async () => {
    const out = await anonymised(withRequest())
    expect(out.scenario.users?.map((u) => u.name)).toEqual(['user1', 'user2', 'user3'])
    expect(out.scenario.roles?.map((r) => r.name)).toEqual(['role1'])
    expect(out.scenario.users?.[0]?.groups).toEqual(out.scenario.groups?.slice(0, 1).map((g) => g.name))
    expect(out.scenario.requests?.[0]?.principal).toBe('user/user1')
  })

  it('rewrites the request principal and the open policy', async () => {
    const out = await anonymised(withRequest())
    expect(out.request?.principal).toBe('arn:aws:iam::111111111111:user/user1')
    expect(out.open).toEqual({ slot: 'trust', role: 'role1' })
  })

  it('replaces tag values, also where policies and the request use them', async () => {
    const out = await anonymised(withRequest())
    const text = JSON.stringify(out)
    expect(text).not.toMatch(/"alpha"/)
    expect(out.scenario.users?.[0]?.tags?.team).toBe(out.request?.context['aws:PrincipalTag/team'])
    expect(Object.keys(out.scenario.users?.[0]?.tags ?? {})).toEqual(['team', 'cost-center'])
  })

  it('is stable: the same input gives the same output', async () => {
    expect(await anonymised(withRequest())).toEqual(await anonymised(withRequest()))
  })

  it('keeps the result a valid scenario that decides the same way', async () => {
    const out = await anonymised(withRequest())
    expect(out.scenario.requests?.map((r) => r.expect)).toEqual(scenario().requests?.map((r) => r.expect))
  })

  it('does not map two accounts onto one', async () => {
    const s = scenario()
    const state = sharedState({ scenario: { ...s, accounts: [{ id: '222222222222' }, { id: '111111111111' }] } })
    const result = await anonymiseShared(state)
    const ids = result.ok ? result.state.scenario.accounts.map((a) => a.id) : []
    expect(new Set(ids).size).toBe(2)
  })

  it('replaces access key IDs so the scan finds nothing afterwards', async () => {
    const s = scenario()
    const users = (s.users ?? []).map((u, i) =>
      i === 0
        ? { ...u, accessKeys: [{ id: 'AKIAZ7Q2LMNOPQRS3TUV', created: '2024-01-01', status: 'Active' as const }] }
        : u,
    )
    const state = sharedState({ scenario: { ...s, users } })
    expect(scanSecrets(JSON.stringify(state))).toHaveLength(1)
    expect(scanSecrets(JSON.stringify(await anonymised(state)))).toEqual([])
  })

  it('keeps markup in text as text', async () => {
    const s = scenario()
    const out = await anonymised(sharedState({ scenario: { ...s, title: '<script>alert(1)</script>' } }))
    expect(out.scenario.title).toBe('<script>alert(1)</script>')
  })
})
