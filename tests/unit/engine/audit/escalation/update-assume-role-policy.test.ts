// iam:UpdateAssumeRolePolicy on a more powerful role, then sts:AssumeRole under the trust policy it wrote.
import { describe, expect, it } from 'vitest'
import { auditScenario, type Role, type User } from '../../../../../src/engine/index'
import { allowDoc, B, deny, escalations, managed, may, role, roleArn, userArn, ways, world } from './world'

const ops: Role = role('Ops', { Service: 'ec2.amazonaws.com' }, { managedPolicies: ['AdministratorAccess'] })
const eve = (...inlinePolicies: User['inlinePolicies'] & object): User => ({ name: 'eve', inlinePolicies })
const update = may('Trust', 'iam:UpdateAssumeRolePolicy', roleArn('Ops'))

describe('updateAssumeRolePolicy', () => {
  it('applies with no sts:AssumeRole of its own: in one account a trust policy naming the user suffices', () => {
    // IAM User Guide, policy evaluation within a single account: a resource-based policy (a role's trust policy is
    // one) that names the caller's ARN allows the request without an identity-based allow.
    const s = world({ users: [eve(update)], roles: [ops] })
    expect(escalations(s)).toMatchObject([{ key: 'updateAssumeRolePolicy', params: { target: 'Ops', gained: '*' } }])
    expect(escalations(s)[0]?.text).toBe(
      'iam:UpdateAssumeRolePolicy on role Ops to let itself in, then sts:AssumeRole, to gain *',
    )
    // Both requests are the path's steps: the rewrite, then the assume under the trust it wrote.
    expect(escalations(s)[0]?.steps?.map((st) => [st.action, st.resource])).toEqual([
      ['iam:UpdateAssumeRolePolicy', roleArn('Ops')],
      ['sts:AssumeRole', roleArn('Ops')],
    ])
  })

  it('applies to a role actor too', () => {
    const ci = role('Ci', { Service: 'codebuild.amazonaws.com' }, { inlinePolicies: [update] })
    expect(ways(world({ roles: [ci, ops] }), 'Ci')).toEqual(['updateAssumeRolePolicy'])
  })

  it('does not apply when an explicit deny on sts:AssumeRole stops the assume', () => {
    const s = world({ users: [eve(update, deny('NoAssume', 'sts:AssumeRole'))], roles: [ops] })
    expect(ways(s)).toEqual([])
  })

  it('does not apply when its permissions boundary does not allow sts:AssumeRole (a trust naming it needs that)', () => {
    // IAM User Guide, "Update a role trust policy": a user's permissions boundary must allow sts:AssumeRole.
    const bounded: User = { ...eve(update), permissionsBoundary: 'Bound' }
    const bound = (...actions: string[]) => managed('Bound', allowDoc(actions))
    expect(ways(world({ users: [bounded], roles: [ops], policies: [bound('iam:UpdateAssumeRolePolicy')] }))).toEqual([])
    const both = bound('iam:UpdateAssumeRolePolicy', 'sts:AssumeRole')
    expect(ways(world({ users: [bounded], roles: [ops], policies: [both] }))).toEqual(['updateAssumeRolePolicy'])
  })

  it('does not apply when the update is allowed only under a condition that can no longer hold', () => {
    const past = may('Trust', 'iam:UpdateAssumeRolePolicy', roleArn('Ops'), {
      Condition: { DateLessThan: { 'aws:CurrentTime': '2020-01-01T00:00:00Z' } },
    })
    expect(ways(world({ users: [eve(past)], roles: [ops] }))).toEqual([])
  })

  it('does not apply to a role its statement does not cover, nor to one of another account', () => {
    const other = may('Trust', 'iam:UpdateAssumeRolePolicy', roleArn('Other'))
    expect(ways(world({ users: [eve(other)], roles: [ops] }))).toEqual([])
    const remote: Role = { ...ops, account: B }
    const anywhere = may('Trust', 'iam:UpdateAssumeRolePolicy', '*')
    expect(ways(world({ users: [eve(anywhere)], roles: [remote], accounts: [{ id: B }] }))).toEqual([])
  })

  it('does not apply to a role that can do no more, nor to one it can already assume (assumeRole says so)', () => {
    const weak = role('Ops', { Service: 'ec2.amazonaws.com' })
    expect(ways(world({ users: [eve(update)], roles: [weak] }))).toEqual([])
    const open = role('Ops', userArn('eve'), { managedPolicies: ['AdministratorAccess'] })
    const s = world({ users: [eve(update)], roles: [open] })
    expect(ways(s)).toEqual([])
    const review = auditScenario(s).filter((f) => f.check === 'assume-more-powerful-role')
    expect(review.flatMap((f) => f.details ?? []).map((d) => d.key)).toEqual(['assumeRole'])
  })
})
