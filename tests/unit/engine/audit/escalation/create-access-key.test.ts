// iam:CreateAccessKey for a more powerful user of its account.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { deny, escalations, may, userArn, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })

describe('createAccessKey', () => {
  it('applies to a more powerful user', () => {
    expect(escalations(world({ users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('*')))] }))).toMatchObject([
      { key: 'createAccessKey', params: { action: 'iam:CreateAccessKey', target: 'admin', gained: '*' } },
    ])
  })

  it('does not apply under an explicit deny, or when keys may be made only for itself', () => {
    const keys = may('Keys', 'iam:CreateAccessKey', userArn('*'))
    expect(ways(world({ users: [eve(keys, deny('No', 'iam:CreateAccessKey', userArn('admin')))] }))).toEqual([])
    expect(ways(world({ users: [eve(may('Keys', 'iam:CreateAccessKey', userArn('eve')))] }))).toEqual([])
  })

  it('does not apply when its allow holds only at a time that has passed', () => {
    const past = may('Keys', 'iam:CreateAccessKey', userArn('*'), {
      Condition: { DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
    })
    expect(ways(world({ users: [eve(past)] }))).toEqual([])
  })
})
