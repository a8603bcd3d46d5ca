// sts:AssumeRole into a more powerful role: reported for review (assume-more-powerful-role), not as an escalation.
import { describe, expect, it } from 'vitest'
import { auditScenario, type Scenario, type User } from '../../../../../src/engine/index'
import { deny, may, role, roleArn, userArn, ways, world } from './world'

const review = (s: Scenario, name = 'eve') =>
  auditScenario(s)
    .filter((f) => f.check === 'assume-more-powerful-role' && f.params.name === name)
    .flatMap((f) => f.details ?? [])
const boss = role('Boss', userArn('eve'), { managedPolicies: ['AdministratorAccess'] })

describe('assumeRole', () => {
  it('applies to a more powerful role whose trust policy names it', () => {
    const s = world({ users: [{ name: 'eve' }], roles: [boss] })
    expect(review(s)).toMatchObject([{ key: 'assumeRole', params: { target: 'Boss', gained: '*' } }])
    expect(ways(s)).toEqual([])
  })

  it('applies through an identity allow when the trust policy names the account', () => {
    const open = role('Boss', 'arn:aws:iam::111122223333:root', { managedPolicies: ['AdministratorAccess'] })
    const eve: User = { name: 'eve', inlinePolicies: [may('Assume', 'sts:AssumeRole', roleArn('Boss'))] }
    expect(review(world({ users: [eve], roles: [open] })).map((d) => d.key)).toEqual(['assumeRole'])
    expect(review(world({ users: [{ name: 'eve' }], roles: [open] }))).toEqual([])
  })

  it('does not apply under an explicit deny, or to a role that can do no more', () => {
    const denied: User = { name: 'eve', inlinePolicies: [deny('No', 'sts:AssumeRole')] }
    expect(review(world({ users: [denied], roles: [boss] }))).toEqual([])
    const weak = role('Boss', userArn('eve'))
    expect(review(world({ users: [{ name: 'eve' }], roles: [weak] }))).toEqual([])
  })
})
