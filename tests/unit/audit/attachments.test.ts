// Where permissions are attached: not directly on users, not inline.
import { describe, expect, it } from 'vitest'
import { allowDoc, clean, findingsOf, only } from './fixtures'

const inline = { name: 'Read', document: allowDoc('s3:GetObject') }

describe('user-attached-policies', () => {
  it('fires for a user with managed or inline policies of its own, listing them', () => {
    const f = only(
      clean({ users: [{ name: 'u', managedPolicies: ['ReadOnlyAccess'], inlinePolicies: [inline] }] }),
      'user-attached-policies',
    )
    expect(f.details?.map((d) => d.text)).toEqual(['Managed policy ReadOnlyAccess', 'Inline policy Read'])
    expect(f.fix).toBeUndefined()
  })

  it('does not fire for a user who gets permissions from groups', () => {
    const s = clean({
      users: [{ name: 'u', groups: ['g'] }],
      groups: [{ name: 'g', managedPolicies: ['ReadOnlyAccess'] }],
    })
    expect(findingsOf(s, 'user-attached-policies')).toEqual([])
  })
})

describe('inline-policies', () => {
  it('fires for users, groups and roles with inline policies', () => {
    const s = clean({
      users: [{ name: 'u', inlinePolicies: [inline] }],
      groups: [{ name: 'g', inlinePolicies: [inline] }],
      roles: [{ name: 'r', trustPolicy: allowDoc('sts:AssumeRole'), inlinePolicies: [inline] }],
    })
    expect(findingsOf(s, 'inline-policies').map((f) => [f.variant, f.title])).toEqual([
      ['user', 'User u has inline policies (1)'],
      ['group', 'Group g has inline policies (1)'],
      ['role', 'Role r has inline policies (1)'],
    ])
  })

  it('does not fire for managed policies, or for service-linked roles', () => {
    const trustPolicy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'autoscaling.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }
    const s = clean({
      groups: [{ name: 'g', managedPolicies: ['ReadOnlyAccess'] }],
      roles: [
        {
          name: 'AWSServiceRoleForAutoScaling',
          path: '/aws-service-role/autoscaling.amazonaws.com/',
          trustPolicy,
          inlinePolicies: [inline],
        },
      ],
    })
    expect(findingsOf(s, 'inline-policies')).toEqual([])
  })
})
