// Attaching or putting a policy on another user whose keys or console password it can get.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { deny, escalations, may, userArn, ways, world } from './world'

const bob: User = { name: 'bob' }
const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
const keys = may('Keys', 'iam:CreateAccessKey', userArn('bob'))

describe('grantUser', () => {
  it.each(['iam:AttachUserPolicy', 'iam:PutUserPolicy'])('applies with %s and keys for that user', (action) => {
    const s = world({ users: [eve(keys, may('Grant', action, userArn('bob'))), bob] })
    expect(escalations(s)).toMatchObject([{ key: 'grantUser', params: { action, target: 'bob', gained: '*' } }])
  })

  it('does not apply without a way to act as the user', () => {
    expect(ways(world({ users: [eve(may('Grant', 'iam:PutUserPolicy', userArn('bob'))), bob] }))).toEqual([])
  })

  it('does not apply when an explicit deny or the resource leaves out the user', () => {
    const denied = eve(
      keys,
      may('Grant', 'iam:PutUserPolicy', userArn('b*')),
      deny('No', 'iam:PutUserPolicy', userArn('bob')),
    )
    expect(ways(world({ users: [denied, bob] }))).toEqual([])
    expect(ways(world({ users: [eve(keys, may('Grant', 'iam:PutUserPolicy', userArn('carl'))), bob] }))).toEqual([])
  })
})
