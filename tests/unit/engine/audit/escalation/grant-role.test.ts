// Attaching or putting a policy on a role of its account it can assume.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { AWS_POLICY, deny, escalations, may, role, roleArn, userArn, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
const ops = role('Ops', userArn('eve'))

describe('grantRole', () => {
  it.each(['iam:AttachRolePolicy', 'iam:PutRolePolicy'])('applies with %s on a role it can assume', (action) => {
    expect(escalations(world({ users: [eve(may('Grant', action, roleArn('Ops')))], roles: [ops] }))).toMatchObject([
      { key: 'grantRole', params: { action, target: 'Ops', gained: '*' } },
    ])
  })

  it('does not apply to a role it cannot assume', () => {
    const closed = role('Ops', userArn('admin'))
    expect(ways(world({ users: [eve(may('Grant', 'iam:PutRolePolicy', roleArn('Ops')))], roles: [closed] }))).toEqual(
      [],
    )
  })

  it('does not apply under an explicit deny on the grant, or on the assume', () => {
    const grant = may('Grant', 'iam:PutRolePolicy', roleArn('Ops'))
    expect(ways(world({ users: [eve(grant, deny('No', 'iam:PutRolePolicy'))], roles: [ops] }))).toEqual([])
    expect(ways(world({ users: [eve(grant, deny('No', 'sts:AssumeRole'))], roles: [ops] }))).toEqual([])
  })

  it('honours iam:PolicyARN: AdministratorAccess excluded still leaves PowerUserAccess', () => {
    const attach = may('Grant', 'iam:AttachRolePolicy', roleArn('Ops'), {
      Condition: { ArnNotEquals: { 'iam:PolicyARN': AWS_POLICY('AdministratorAccess') } },
    })
    expect(escalations(world({ users: [eve(attach)], roles: [ops] }))).toMatchObject([
      { key: 'grantRole', params: { policy: 'PowerUserAccess', gained: '*' } },
    ])
  })
})
