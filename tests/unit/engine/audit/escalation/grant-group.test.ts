// Attaching a managed policy to, or putting an inline policy on, a group it is in.
import { describe, expect, it } from 'vitest'
import type { Group, User } from '../../../../../src/engine/index'
import { AWS_POLICY, deny, escalations, groupArn, may, ways, world } from './world'

const team = (...inlinePolicies: NonNullable<Group['inlinePolicies']>): Group => ({ name: 'Team', inlinePolicies })
const eve: User = { name: 'eve', groups: ['Team'] }

describe('grantGroup', () => {
  it.each(['iam:AttachGroupPolicy', 'iam:PutGroupPolicy'])('applies with %s on its own group', (action) => {
    expect(escalations(world({ users: [eve], groups: [team(may('G', action, groupArn('Team')))] }))).toMatchObject([
      { key: 'grantGroup', params: { action, target: 'Team', gained: '*' } },
    ])
  })

  it('does not apply to a group it is not in', () => {
    const other: Group = { name: 'Other' }
    const s = world({ users: [eve], groups: [team(may('G', 'iam:PutGroupPolicy', groupArn('Other'))), other] })
    expect(ways(s)).toEqual([])
  })

  it('does not apply under an explicit deny', () => {
    const g = team(may('G', 'iam:PutGroupPolicy', groupArn('Team')), deny('No', 'iam:PutGroupPolicy'))
    expect(ways(world({ users: [eve], groups: [g] }))).toEqual([])
  })

  it('attaches another managed policy when iam:PolicyARN excludes AdministratorAccess, and nothing when it allows only a weak one', () => {
    const attach = (condition: object) =>
      team(may('G', 'iam:AttachGroupPolicy', groupArn('Team'), { Condition: condition }))
    const notAdmin = attach({ ArnNotEquals: { 'iam:PolicyARN': AWS_POLICY('AdministratorAccess') } })
    expect(escalations(world({ users: [eve], groups: [notAdmin] }))).toMatchObject([
      { key: 'grantGroup', params: { policy: 'PowerUserAccess', gained: '*' } },
    ])
    const changePassword = attach({ ArnEquals: { 'iam:PolicyARN': AWS_POLICY('IAMUserChangePassword') } })
    expect(ways(world({ users: [eve], groups: [changePassword] }))).toEqual([])
  })
})
