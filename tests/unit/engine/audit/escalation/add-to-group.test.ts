// iam:AddUserToGroup on a group of its account that can do more.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { deny, escalations, groupArn, may, role, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
const join = (group = 'Admins') => may('Join', 'iam:AddUserToGroup', groupArn(group))

describe('addToGroup', () => {
  it('applies to a more powerful group', () => {
    expect(escalations(world({ users: [eve(join())] }))).toMatchObject([
      { key: 'addToGroup', params: { target: 'Admins', gained: '*' } },
    ])
  })

  it('does not apply under an explicit deny, or when its statement names another group', () => {
    expect(ways(world({ users: [eve(join(), deny('No', 'iam:AddUserToGroup', groupArn('Admins')))] }))).toEqual([])
    expect(ways(world({ users: [eve(join('Readers'))], groups: [{ name: 'Readers' }] }))).toEqual([])
  })

  it('does not apply to a role: only users join groups', () => {
    const bot = role('Bot', { Service: 'lambda.amazonaws.com' }, { inlinePolicies: [join()] })
    expect(ways(world({ roles: [bot] }), 'Bot')).toEqual([])
  })
})
