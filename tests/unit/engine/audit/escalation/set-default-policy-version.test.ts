// iam:SetDefaultPolicyVersion on a customer managed policy with a non-default version that allows more.
import { describe, expect, it } from 'vitest'
import type { User } from '../../../../../src/engine/index'
import { allowDoc, deny, escalations, managed, may, policyArn, role, userArn, ways, world } from './world'

const setDefault = may('Default', 'iam:SetDefaultPolicyVersion', policyArn('Reads'))
const eve = (parts: Partial<User> = {}): User => ({ name: 'eve', inlinePolicies: [setDefault], ...parts })
/** v1 (the default) lists buckets; v2 reads objects; v3 allows everything. */
const reads = managed('Reads', allowDoc('s3:ListBucket'), allowDoc('s3:GetObject'), allowDoc('*'))

describe('setDefaultPolicyVersion', () => {
  it('applies to its own policy, and names the version that gains the most', () => {
    const s = world({ users: [eve({ managedPolicies: ['Reads'] })], policies: [reads] })
    expect(escalations(s)).toMatchObject([
      { key: 'setDefaultPolicyVersion', params: { target: 'Reads', version: 'v3', holder: 'eve', gained: '*' } },
    ])
    expect(escalations(s)[0]?.text).toBe(
      'iam:SetDefaultPolicyVersion to v3 on policy Reads, attached to eve, to gain *',
    )
  })

  it('measures each version: an older one that reads objects is a way up too', () => {
    const two = managed('Reads', allowDoc('s3:ListBucket'), allowDoc('s3:GetObject'))
    expect(escalations(world({ users: [eve({ managedPolicies: ['Reads'] })], policies: [two] }))).toMatchObject([
      { params: { version: 'v2', gained: 's3:GetObject' } },
    ])
  })

  it('applies to the policy of a role it can assume', () => {
    const ops = role('Ops', userArn('eve'), { managedPolicies: ['Reads'] })
    expect(escalations(world({ users: [eve()], roles: [ops], policies: [reads] }))).toMatchObject([
      { key: 'setDefaultPolicyVersion', params: { holder: 'Ops', version: 'v3' } },
    ])
  })

  it('does not apply when no other version allows more, or there is no other version', () => {
    const same = managed('Reads', allowDoc('s3:*'), allowDoc('s3:GetObject'))
    expect(ways(world({ users: [eve({ managedPolicies: ['Reads'] })], policies: [same] }))).toEqual([])
    const one = managed('Reads', allowDoc('s3:ListBucket'))
    expect(ways(world({ users: [eve({ managedPolicies: ['Reads'] })], policies: [one] }))).toEqual([])
  })

  it('does not apply under an explicit deny, nor to a policy of a role it cannot assume', () => {
    const denied = eve({
      managedPolicies: ['Reads'],
      inlinePolicies: [setDefault, deny('No', 'iam:SetDefaultPolicyVersion')],
    })
    expect(ways(world({ users: [denied], policies: [reads] }))).toEqual([])
    const ops = role('Ops', userArn('admin'), { managedPolicies: ['Reads'] })
    expect(ways(world({ users: [eve()], roles: [ops], policies: [reads] }))).toEqual([])
  })
})
