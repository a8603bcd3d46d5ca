import { describe, expect, it } from 'vitest'
import {
  addableMembers,
  groupMembers,
  joinableGroups,
  policyChoices,
  policyLabel,
  whereAttached,
} from '../../../src/lib/account/relations'
import { ADMIN, B, fixture } from './fixtures'

describe('group membership', () => {
  it('members come from the users of the group’s own account', () => {
    const s = fixture()
    expect(groupMembers(s, s.groups![0]!)).toEqual(['alice'])
    expect(groupMembers(s, s.groups![2]!)).toEqual(['carol'])
    expect(addableMembers(s, s.groups![0]!)).toEqual(['bob'])
  })

  it('a user can join the groups of its account it is not in', () => {
    const s = fixture()
    expect(joinableGroups(s, s.users![0]!)).toEqual(['ops'])
    expect(joinableGroups(s, s.users![1]!)).toEqual(['DEV1', 'ops'])
    expect(joinableGroups(s, s.users![2]!)).toEqual([])
  })
})

describe(policyChoices, () => {
  it('offers the customer policies of the identity’s account and the AWS managed ones not yet attached', () => {
    const s = fixture()
    const { customer, aws } = policyChoices(s, s.users![0]!, s.users![0]!.managedPolicies)
    expect(customer).toEqual([{ value: 'Writer', label: 'Writer' }])
    expect(aws.some((c) => c.value === ADMIN)).toBe(false)
    expect(aws.length).toBeGreaterThan(10)
  })

  it('treats a name and the ARN of the same policy as one', () => {
    const s = fixture()
    const { aws } = policyChoices(s, {}, ['AdministratorAccess'])
    expect(aws.some((c) => c.value === ADMIN)).toBe(false)
  })

  it('offers another account’s customer policies only to its identities', () => {
    const s = fixture()
    expect(policyChoices(s, { account: B }).customer.map((c) => c.value)).toEqual(['Remote'])
  })
})

describe(policyLabel, () => {
  it('shortens ARNs to the policy name', () => {
    expect(policyLabel(ADMIN)).toBe('AdministratorAccess')
    expect(policyLabel('Reader')).toBe('Reader')
  })
})

describe(whereAttached, () => {
  it('lists attachments and boundaries of a customer policy', () => {
    const places = whereAttached(fixture(), 'Reader')
    expect(places.length).toBe(2)
    expect(places.join(' ')).toContain('alice')
    expect(places.join(' ')).toContain('Admin')
  })

  it('is empty for an unattached or unknown policy', () => {
    expect(whereAttached(fixture(), 'Writer')).toEqual([])
    expect(whereAttached(fixture(), 'Nope')).toEqual([])
  })
})
