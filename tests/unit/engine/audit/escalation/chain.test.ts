// Chains: a principal that can act as another user or role gains what that one can gain by its own steps.
import { describe, expect, it } from 'vitest'
import {
  auditScenario,
  escalationPrincipalCount,
  sortFindings,
  type Role,
  type User,
} from '../../../../../src/engine/index'
import { allowDoc, deny, escalations, managed, may, role, roleArn, userArn, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
/** A role trusting `by` (an ARN) that can put a policy on itself. */
const escalator = (name: string, by: string): Role =>
  role(name, by, { inlinePolicies: [may('Self', 'iam:PutRolePolicy', roleArn(name))] })
/** A role trusting `by` that can do nothing but be a hop. */
const hop = (name: string, by: string): Role => role(name, by)
/** Roles R1…Rn, each trusted by the one before (R1 by eve), the last able to escalate. */
const ladder = (n: number): Role[] =>
  Array.from({ length: n }, (_, i) => {
    const by = i === 0 ? userArn('eve') : roleArn(`R${i}`)
    return i === n - 1 ? escalator(`R${i + 1}`, by) : hop(`R${i + 1}`, by)
  })

describe('chains', () => {
  it('sts:AssumeRole into a role that can escalate is one path naming the hop', () => {
    const s = world({ users: [eve()], roles: [escalator('Ops', userArn('eve'))] })
    expect(escalations(s)).toMatchObject([
      {
        key: 'chain',
        params: {
          via: 'Ops (sts:AssumeRole)',
          action: 'iam:PutRolePolicy',
          target: 'Ops',
          step: 'grantSelf',
          gained: '*',
        },
      },
    ])
    expect(escalations(s)[0]?.text).toBe('acting as Ops (sts:AssumeRole): iam:PutRolePolicy on Ops, to gain *')
  })

  it('reports one chain per identity reached: its step that gains the most', () => {
    const objects = managed('Objects', allowDoc('s3:GetObject'))
    const ops = role('Ops', userArn('eve'), {
      inlinePolicies: [
        may('Attach', 'iam:AttachRolePolicy', roleArn('Ops'), {
          Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::111122223333:policy/Objects' } },
        }),
        may('Keys', 'iam:CreateAccessKey', userArn('admin')),
      ],
    })
    const s = world({ users: [eve()], roles: [ops], policies: [objects] })
    expect(ways(s, 'Ops')).toEqual(['createAccessKey', 'grantSelf'])
    expect(escalations(s).map((d) => [d.key, d.params.step, d.params.gained])).toEqual([
      ['chain', 'createAccessKey', '*'],
    ])
  })

  it('keys for a user who can attach a policy to itself', () => {
    const carl: User = { name: 'carl', inlinePolicies: [may('Self', 'iam:AttachUserPolicy', userArn('carl'))] }
    const s = world({ users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('carl'))), carl] })
    expect(escalations(s)).toMatchObject([
      { key: 'chain', params: { via: 'carl (iam:CreateAccessKey)', action: 'iam:AttachUserPolicy', gained: '*' } },
    ])
    const f = auditScenario(s).find((x) => x.check === 'privilege-escalation' && x.params.name === 'eve')
    expect(f?.entities.map((e) => e.name)).toEqual(['eve', 'carl'])
  })

  it("keys for a user who may assume a more powerful role: the role's power, through that user", () => {
    const bob: User = { name: 'bob' }
    const admin = role('Admin', userArn('bob'), { inlinePolicies: [may('All', '*', '*')] })
    const s = world({ users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('bob'))), bob], roles: [admin] })
    expect(escalations(s)).toMatchObject([
      { key: 'chain', params: { via: 'bob (iam:CreateAccessKey)', action: 'sts:AssumeRole', gained: '*' } },
    ])
    // Assuming roles all the way is for review, not an alarm: without the keys there is no chain.
    const direct = world({
      users: [eve(may('Assume', 'sts:AssumeRole', roleArn('Hop')))],
      roles: [
        role('Hop', userArn('eve'), { inlinePolicies: [may('Assume', 'sts:AssumeRole', roleArn('Admin'))] }),
        role('Admin', roleArn('Hop'), { inlinePolicies: [may('All', '*', '*')] }),
      ],
    })
    expect(ways(direct)).toEqual([])
  })

  it("an administrator's keys are one path, not a chain through the administrator to everyone it could reach", () => {
    const boss: User = { name: 'boss', inlinePolicies: [may('All', '*', '*')] }
    const carl: User = { name: 'carl', inlinePolicies: [may('Self', 'iam:AttachUserPolicy', userArn('carl'))] }
    const s = world({ users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('boss'))), boss, carl] })
    expect(ways(s)).toEqual(['createAccessKey'])
  })

  it('goes several hops deep, listing every identity it passes through', () => {
    const s = world({ users: [eve()], roles: ladder(3) })
    expect(escalations(s).map((d) => d.params.via)).toEqual([
      'R1 (sts:AssumeRole) → R2 (sts:AssumeRole) → R3 (sts:AssumeRole)',
    ])
    const f = auditScenario(s).find((x) => x.check === 'privilege-escalation' && x.params.name === 'eve')
    expect(f?.entities.map((e) => e.name)).toEqual(['eve', 'R1', 'R2', 'R3'])
  })

  it('stops at four hops', () => {
    expect(ways(world({ users: [eve()], roles: ladder(4) }))).toEqual(['chain'])
    expect(ways(world({ users: [eve()], roles: ladder(5) }))).toEqual([])
  })

  it('walks a cycle once: each identity is reached by its shortest way, never back through the principal', () => {
    const a = hop('A', userArn('eve'))
    const b = escalator('B', roleArn('A'))
    const cyclic = {
      ...a,
      trustPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { AWS: [userArn('eve'), roleArn('B')] }, Action: 'sts:AssumeRole' }],
      } as never,
    }
    const s = world({ users: [eve()], roles: [cyclic, b] })
    expect(escalations(s).map((d) => d.params.via)).toEqual(['A (sts:AssumeRole) → B (sts:AssumeRole)'])
    expect(ways(s, 'A')).toEqual(['chain'])
    expect(ways(s, 'B')).toEqual(['grantSelf'])
  })

  it('does not chain through a hop an explicit deny stops', () => {
    expect(
      ways(world({ users: [eve(deny('No', 'sts:AssumeRole'))], roles: [escalator('Ops', userArn('eve'))] })),
    ).toEqual([])
  })

  it('does not report a chain whose end gains only what the principal can already do', () => {
    const objects = managed('Objects', allowDoc('s3:GetObject'))
    const ops = role('Ops', userArn('eve'), {
      inlinePolicies: [
        may('Self', 'iam:AttachRolePolicy', roleArn('Ops'), {
          Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::111122223333:policy/Objects' } },
        }),
      ],
    })
    expect(ways(world({ users: [eve()], roles: [ops], policies: [objects] }), 'Ops')).toEqual(['grantSelf'])
    expect(ways(world({ users: [eve()], roles: [ops], policies: [objects] }))).toEqual(['chain'])
    const reader = eve(may('Read', 's3:GetObject'))
    expect(ways(world({ users: [reader], roles: [ops], policies: [objects] }))).toEqual([])
  })

  it('when the budget runs out while chaining, still reports the own paths found, and nothing untrue', () => {
    const s = world({
      users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('admin'))), { name: 'bob' }],
      roles: ladder(4),
    })
    const full = auditScenario(s)
    const lines = new Set(full.flatMap((f) => (f.details ?? []).map((d) => `${f.params.name} ${d.text}`)))
    let ownOnly = 0
    for (let budget = 1; budget < 400; budget += 3) {
      const found = auditScenario(s, { maxSimulations: budget })
      const limited = found.find((f) => f.check === 'escalation-limited')
      if (!limited) break
      for (const f of found) for (const d of f.details ?? []) expect(lines).toContain(`${f.params.name} ${d.text}`)
      const eves = found.filter((f) => f.check === 'privilege-escalation' && f.params.name === 'eve')
      if (eves.length && !eves.some((f) => f.details?.some((d) => d.key === 'chain'))) ownOnly++
    }
    expect(ownOnly).toBeGreaterThan(0)
  })

  it('is the same run in parts as in one go (a part reads the paths of principals outside its range)', () => {
    const s = world({ users: [eve()], roles: ladder(3) })
    const total = escalationPrincipalCount(s)
    const parts = [...auditScenario(s, { part: 'checks' })]
    for (let from = 0; from < total; from += 2) parts.push(...auditScenario(s, { part: { from, to: from + 2 } }))
    expect(sortFindings(parts)).toEqual(auditScenario(s))
  })
})
