// The password policy's "Allow users to change their own password" grants every IAM user of the account
// iam:ChangePassword on their own user and iam:GetAccountPasswordPolicy, with no policy attached to anyone
// (IAM API reference: UpdateAccountPasswordPolicy, AllowUsersToChangePassword). Denies, boundaries and SCPs still apply.
import { describe, expect, it } from 'vitest'
import { whoCan } from '../../../../src/engine/index'
import { deny, policy } from '../../../helpers/policy'
import { A, B, decision, inline, MGMT, org, scenario, sim } from '../../../helpers/scenario'
import type { Scenario } from '../../../../src/engine/index'

const ALICE = `arn:aws:iam::${A}:user/alice`
const BOB = `arn:aws:iam::${A}:user/staff/bob`

function account(allowUsersToChange: boolean | undefined, extra: Partial<Scenario> = {}): Scenario {
  return scenario({
    accounts: [{ id: A, passwordPolicy: { minimumLength: 12, allowUsersToChange } }, { id: B }],
    users: [{ name: 'alice' }, { name: 'bob', path: '/staff/' }],
    ...extra,
  })
}

const change = (principal: string, resource: string) => ({ principal, action: 'iam:ChangePassword', resource })

describe('allow users to change their own password', () => {
  it('lets each user change their own password (path included) and read the password policy', () => {
    const s = account(true)
    expect(decision(s, change('user/alice', ALICE))).toBe('Allow')
    expect(decision(s, change('user/bob', BOB))).toBe('Allow')
    expect(decision(s, { principal: 'user/alice', action: 'iam:GetAccountPasswordPolicy', resource: '*' })).toBe(
      'Allow',
    )
    const result = sim(s, change('user/alice', ALICE))
    expect(Object.values(result.sources).map((source) => source.kind)).toContain('account-setting')
  })

  it('never another user’s password, nor other IAM actions', () => {
    const s = account(true)
    expect(decision(s, change('user/alice', BOB))).toBe('ImplicitDeny')
    expect(decision(s, { principal: 'user/alice', action: 'iam:UpdateLoginProfile', resource: ALICE })).toBe(
      'ImplicitDeny',
    )
  })

  it('grants nothing when the setting is off or absent', () => {
    expect(decision(account(false), change('user/alice', ALICE))).toBe('ImplicitDeny')
    expect(decision(account(undefined), change('user/alice', ALICE))).toBe('ImplicitDeny')
  })

  it('is an identity grant: an explicit deny and a permissions boundary still limit it', () => {
    const denied = account(true, {
      users: [{ name: 'alice', inlinePolicies: [{ name: 'NoPw', document: policy(deny('iam:ChangePassword', '*')) }] }],
    })
    expect(decision(denied, change('user/alice', ALICE))).toBe('ExplicitDeny')
    const bounded = account(true, {
      users: [{ name: 'alice', permissionsBoundary: 'S3Only' }],
      policies: [{ name: 'S3Only', versions: [{ id: 'v1', isDefault: true, document: inline('x', 's3:*').document }] }],
    })
    expect(decision(bounded, change('user/alice', ALICE))).toBe('ImplicitDeny')
  })

  it('applies only to the users of the account that set it', () => {
    const s = account(true, { users: [{ name: 'alice' }, { name: 'carol', account: B }] })
    const carol = `arn:aws:iam::${B}:user/carol`
    expect(decision(s, change(carol, carol))).toBe('ImplicitDeny')
  })

  it('who can change alice’s password: alice, through the account setting', () => {
    const s = account(true)
    const names = whoCan(s, { action: 'iam:ChangePassword', resource: ALICE }).map((e) => e.principal)
    expect(names).toContain(ALICE)
    expect(names).not.toContain(BOB)
  })

  it('an SCP still limits it in a member account', () => {
    const s = account(true, {
      accounts: [{ id: MGMT }, { id: A, passwordPolicy: { allowUsersToChange: true } }],
      users: [{ name: 'alice', account: A }],
      organization: org(
        { dev: { scps: ['NoIam'] } },
        { policies: [{ name: 'NoIam', type: 'scp', document: policy(deny('iam:*', '*')) }] },
      ),
    })
    expect(decision(s, change(ALICE, ALICE))).toBe('ExplicitDeny')
  })
})
