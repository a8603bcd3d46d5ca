// A console password for a more powerful user: CreateLoginProfile, or UpdateLoginProfile when it has one.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { deny, escalations, may, userArn, ways, world } from './world'

const eve = (...inlinePolicies: NonNullable<User['inlinePolicies']>): User => ({ name: 'eve', inlinePolicies })
const admin2 = (parts: Partial<User> = {}): User => ({
  name: 'boss',
  managedPolicies: ['AdministratorAccess'],
  ...parts,
})

describe('loginProfile', () => {
  it('applies with iam:CreateLoginProfile for a user without a password', () => {
    const s = world({ users: [eve(may('Login', 'iam:CreateLoginProfile', userArn('boss'))), admin2()] })
    expect(escalations(s)).toMatchObject([
      { key: 'loginProfile', params: { action: 'iam:CreateLoginProfile', target: 'boss', gained: '*' } },
    ])
  })

  it('applies with iam:UpdateLoginProfile for a user with a password, and not with CreateLoginProfile', () => {
    const withPassword = admin2({ password: {} })
    const update = world({ users: [eve(may('Login', 'iam:UpdateLoginProfile', userArn('boss'))), withPassword] })
    expect(escalations(update)).toMatchObject([{ key: 'loginProfile', params: { action: 'iam:UpdateLoginProfile' } }])
    const create = world({ users: [eve(may('Login', 'iam:CreateLoginProfile', userArn('boss'))), withPassword] })
    expect(ways(create)).toEqual([])
  })

  it('does not apply under an explicit deny', () => {
    const login = may('Login', 'iam:CreateLoginProfile', userArn('boss'))
    expect(ways(world({ users: [eve(login, deny('No', 'iam:CreateLoginProfile')), admin2()] }))).toEqual([])
  })
})
