// iam:CreatePolicyVersion on a customer managed policy attached to the principal, its groups, or a role it can
// assume; never on an AWS managed policy.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { allowDoc, AWS_POLICY, deny, escalations, managed, may, policyArn, role, userArn, ways, world } from './world'

const create = (resource = '*') => may('Versions', 'iam:CreatePolicyVersion', resource)
const eve = (parts: Partial<User> = {}): User => ({ name: 'eve', inlinePolicies: [create()], ...parts })
const reads = managed('Reads', allowDoc('s3:ListBucket'))

describe('policyVersion', () => {
  it('applies to a customer managed policy attached to itself, or to a group it is in', () => {
    expect(escalations(world({ users: [eve({ managedPolicies: ['Reads'] })], policies: [reads] }))).toMatchObject([
      { key: 'policyVersion', params: { target: 'Reads', holder: 'eve', gained: '*' } },
    ])
    const team = { name: 'Team', managedPolicies: ['Reads'] }
    const s = world({ users: [eve({ groups: ['Team'] })], groups: [team], policies: [reads] })
    expect(escalations(s)).toMatchObject([{ key: 'policyVersion', params: { holder: 'Team' } }])
    expect(escalations(s)[0]?.text).toBe('iam:CreatePolicyVersion on policy Reads, attached to Team, to gain *')
  })

  it('applies to a customer managed policy attached to a role it can assume', () => {
    const ops = role('Ops', userArn('eve'), { managedPolicies: ['Reads'] })
    expect(escalations(world({ users: [eve()], roles: [ops], policies: [reads] }))).toMatchObject([
      { key: 'policyVersion', params: { target: 'Reads', holder: 'Ops', gained: '*' } },
    ])
  })

  it('does not apply to the policy of a role it cannot assume', () => {
    const ops = role('Ops', userArn('admin'), { managedPolicies: ['Reads'] })
    expect(ways(world({ users: [eve()], roles: [ops], policies: [reads] }))).toEqual([])
  })

  it('never applies to an AWS managed policy, bundled or a copy in the scenario: they cannot be changed', () => {
    const bundled = world({ users: [eve({ managedPolicies: [AWS_POLICY('ReadOnlyAccess')] })] })
    expect(ways(bundled)).toEqual([])
    const copy = { ...managed('Legacy', allowDoc('s3:ListBucket')), account: 'aws' }
    const copied = world({ users: [eve({ managedPolicies: [AWS_POLICY('Legacy')] })], policies: [copy] })
    expect(ways(copied)).toEqual([])
  })

  it('does not apply under an explicit deny, or when its statement names another policy', () => {
    const denied = eve({
      managedPolicies: ['Reads'],
      inlinePolicies: [create(), deny('No', 'iam:CreatePolicyVersion', policyArn('Reads'))],
    })
    expect(ways(world({ users: [denied], policies: [reads] }))).toEqual([])
    const elsewhere = eve({ managedPolicies: ['Reads'], inlinePolicies: [create(policyArn('Other'))] })
    expect(ways(world({ users: [elsewhere], policies: [reads] }))).toEqual([])
  })
})
