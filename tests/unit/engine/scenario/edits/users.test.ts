import { describe, expect, it } from 'vitest'
import { ok, runner } from '../../../../helpers/edits'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import {
  addUserToGroup,
  createGroup,
  createRole,
  createUser,
  deleteGroup,
  deleteRole,
  deleteUser,
  removeUserFromGroup,
  renameGroup,
  renameRole,
  renameUser,
  setRoleDescription,
  setRoleMaxSessionDuration,
  setRoleTags,
  setTrustPolicy,
  setUserTags,
} from '../../../../../src/engine/scenario/edits/index'

const A = '111122223333'
const B = '444455556666'

function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'identities',
    accounts: [{ id: A }, { id: B }],
    users: [
      { name: 'alice', groups: ['DEV1-INFRA'] },
      { name: 'bob', account: B },
    ],
    groups: [{ name: 'DEV1-INFRA' }, { name: 'ops' }, { name: 'remote', account: B }],
    roles: [
      { name: 'Admin', trustPolicy: '{}', maxSessionDuration: 7200 },
      { name: 'Worker', trustPolicy: '{}' },
    ],
    sessions: [
      { role: 'Admin', sessionName: 'first', issuedAt: '2025-01-01T00:00:00Z' },
      {
        role: 'Worker',
        sessionName: 'w',
        issuedAt: '2025-01-01T00:00:00Z',
        sourcePrincipal: `arn:aws:iam::${A}:user/alice`,
      },
    ],
    resources: [{ arn: `arn:aws:lambda:us-east-1:${A}:function:f`, executionRole: 'Admin' }],
    requests: [
      { id: 'r1', principal: `arn:aws:iam::${A}:user/alice`, action: 's3:GetObject', resource: '*' },
      { id: 'r2', principal: 'role/Admin', action: 's3:GetObject', resource: '*' },
      { id: 'r3', principal: `arn:aws:sts::${A}:assumed-role/Admin/first`, action: 's3:GetObject', resource: '*' },
    ],
    expectFindings: [
      { check: 'privilege-escalation', principal: 'user/alice', absent: true },
      { check: 'trust-open', principal: `arn:aws:iam::${A}:role/Admin`, absent: true },
    ],
  }
}

const run = runner(fixture)

describe(createUser, () => {
  it('adds a user with a label', () => {
    const r = run(createUser, { name: 'carol', path: '/eng/', tags: { team: 'a' } })
    expect(r).toMatchObject({ ok: true, label: 'Create user carol' })
    expect(ok(r).users?.at(-1)).toEqual({ name: 'carol', path: '/eng/', tags: { team: 'a' } })
  })

  it('refuses a name that differs only in case, naming the field', () => {
    expect(run(createUser, { name: 'Alice' })).toEqual({
      ok: false,
      error: 'A user named "alice" already exists in account 111122223333 (IAM names are case-insensitive)',
      field: 'name',
    })
  })

  it('allows the same name in another account', () => {
    expect(run(createUser, { name: 'alice', account: B }).ok).toBe(true)
  })

  it.each([
    ['', 'A user name is required'],
    ['a'.repeat(65), 'A user name can have at most 64 characters (this one has 65)'],
    ['al ice/x', 'A user name can contain only letters, digits and _+=,.@- (not " ", "/")'],
  ])('refuses the name %j', (name, error) => {
    expect(run(createUser, { name })).toEqual({ ok: false, error, field: 'name' })
  })

  it('refuses an unknown account, a bad path and reserved tags', () => {
    expect(run(createUser, { name: 'x', account: '999999999999' })).toMatchObject({ ok: false, field: 'account' })
    expect(run(createUser, { name: 'x', path: 'eng' })).toMatchObject({ ok: false, field: 'path' })
    expect(run(createUser, { name: 'x', tags: { 'aws:x': '1' } })).toMatchObject({ ok: false, field: 'tags' })
  })
})

describe(renameUser, () => {
  it('renames and rewrites saved requests and sessions that name the user', () => {
    const s = ok(run(renameUser, { user: 'alice', name: 'alicia' }))
    expect(s.users?.[0]?.name).toBe('alicia')
    expect(s.requests?.[0]?.principal).toBe(`arn:aws:iam::${A}:user/alicia`)
    expect(s.sessions?.[1]?.sourcePrincipal).toBe(`arn:aws:iam::${A}:user/alicia`)
    expect(s.expectFindings?.map((e) => e.principal)).toEqual(['user/alicia', `arn:aws:iam::${A}:role/Admin`])
  })

  it('allows a change of case only', () => {
    expect(run(renameUser, { user: 'alice', name: 'Alice' })).toMatchObject({
      ok: true,
      label: 'Rename user alice to Alice',
    })
  })

  it('refuses the same name, an unknown user and a clash', () => {
    expect(run(renameUser, { user: 'alice', name: 'alice' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(renameUser, { user: 'zed', name: 'z' })).toEqual({
      ok: false,
      error: 'There is no user "zed"',
      field: 'user',
    })
    const s = ok(run(createUser, { name: 'carol' }))
    expect(run(renameUser, { user: 'carol', name: 'ALICE' }, s)).toMatchObject({ ok: false, field: 'name' })
  })
})

describe(deleteUser, () => {
  it('removes the user, and shares the untouched lists', () => {
    const before = fixture()
    const s = ok(run(deleteUser, { user: 'alice' }, before))
    expect(s.users?.map((u) => u.name)).toEqual(['bob'])
    expect(s.groups).toBe(before.groups)
  })

  it('finds a user by ARN and refuses an unknown one', () => {
    expect(run(deleteUser, { user: `arn:aws:iam::${B}:user/bob` })).toMatchObject({
      ok: true,
      label: 'Delete user bob',
    })
    expect(run(deleteUser, { user: 'nobody' })).toMatchObject({ ok: false, field: 'user' })
  })

  it('takes a name that two accounts use to mean the default account, as the engine does', () => {
    const s = ok(run(createUser, { name: 'bob' }))
    const r = run(deleteUser, { user: 'bob' }, s)
    expect(ok(r).users?.map((u) => `${u.name}@${u.account ?? A}`)).toEqual(['alice@' + A, 'bob@' + B])
  })
})

describe(addUserToGroup, () => {
  it('adds a membership with the label the undo menu shows', () => {
    const r = run(addUserToGroup, { user: 'alice', group: 'ops' })
    expect(r).toMatchObject({ ok: true, label: 'Add alice to ops' })
    expect(ok(r).users?.[0]?.groups).toEqual(['DEV1-INFRA', 'ops'])
  })

  it('refuses adding a group to a group', () => {
    expect(run(addUserToGroup, { user: 'ops', group: 'DEV1-INFRA' })).toEqual({
      ok: false,
      error: 'IAM groups cannot contain groups: only users can be members',
      field: 'user',
    })
  })

  it('refuses a role, a repeated membership and a group of another account', () => {
    expect(run(addUserToGroup, { user: 'Admin', group: 'ops' })).toMatchObject({ ok: false, field: 'user' })
    expect(run(addUserToGroup, { user: 'alice', group: 'DEV1-INFRA' })).toEqual({
      ok: false,
      error: 'alice is already in DEV1-INFRA',
      field: 'group',
    })
    expect(run(addUserToGroup, { user: 'alice', group: 'remote' })).toEqual({
      ok: false,
      error:
        'Group remote is in account 444455556666, but alice is in 111122223333: a group holds users of its own account only',
      field: 'group',
    })
    expect(run(addUserToGroup, { user: 'alice', group: `arn:aws:iam::${B}:group/remote` })).toMatchObject({
      ok: false,
      field: 'group',
    })
    expect(run(addUserToGroup, { user: 'alice', group: 'nope' })).toMatchObject({ ok: false, field: 'group' })
  })

  it('stops at 10 groups per user', () => {
    let s = fixture()
    for (let i = 0; i < 9; i++) s = ok(createGroup(s, { name: `g${i}` }))
    for (let i = 0; i < 9; i++) s = ok(addUserToGroup(s, { user: 'alice', group: `g${i}` }))
    expect(s.users?.[0]?.groups).toHaveLength(10)
    expect(run(addUserToGroup, { user: 'alice', group: 'ops' }, s)).toEqual({
      ok: false,
      error: 'alice is already in 10 groups, the most IAM allows',
      field: 'group',
    })
  })
})

describe(removeUserFromGroup, () => {
  it('removes a membership and drops the empty list', () => {
    const r = run(removeUserFromGroup, { user: 'alice', group: 'DEV1-INFRA' })
    expect(r).toMatchObject({ ok: true, label: 'Remove alice from DEV1-INFRA' })
    expect(ok(r).users?.[0]).toEqual({ name: 'alice' })
  })

  it('refuses when the user is not a member', () => {
    expect(run(removeUserFromGroup, { user: 'alice', group: 'ops' })).toMatchObject({ ok: false, field: 'group' })
  })
})

describe('groups', () => {
  it('creates a group and refuses a clash', () => {
    expect(run(createGroup, { name: 'qa' })).toMatchObject({ ok: true, label: 'Create group qa' })
    expect(run(createGroup, { name: 'OPS' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createGroup, { name: 'g'.repeat(129) })).toMatchObject({ ok: false, field: 'name' })
  })

  it('renaming a group updates memberships', () => {
    const s = ok(run(renameGroup, { group: 'DEV1-INFRA', name: 'dev' }))
    expect(s.groups?.[0]?.name).toBe('dev')
    expect(s.users?.[0]?.groups).toEqual(['dev'])
  })

  it('refuses renaming to a name in use', () => {
    expect(run(renameGroup, { group: 'DEV1-INFRA', name: 'Ops' })).toMatchObject({ ok: false, field: 'name' })
  })

  it('deleting a group removes memberships', () => {
    const s = ok(run(deleteGroup, { group: 'DEV1-INFRA' }))
    expect(s.groups?.map((g) => g.name)).toEqual(['ops', 'remote'])
    expect(s.users?.[0]?.groups).toBeUndefined()
    expect(run(deleteGroup, { group: 'nope' })).toMatchObject({ ok: false, field: 'group' })
  })
})

describe('roles', () => {
  it('creates a role whose own account may assume it by default', () => {
    const s = ok(run(createRole, { name: 'Reader' }))
    const role = s.roles?.at(-1)
    expect(typeof role?.trustPolicy).toBe('string')
    expect(JSON.parse(role?.trustPolicy as string).Statement[0].Principal.AWS).toBe(`arn:aws:iam::${A}:root`)
  })

  it('refuses a role name longer than 64 characters or in use', () => {
    expect(run(createRole, { name: 'r'.repeat(65) })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createRole, { name: 'admin' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createRole, { name: 'x', description: '\u2603' })).toMatchObject({ ok: false, field: 'description' })
  })

  it('renaming a role updates sessions, execution roles and saved requests', () => {
    const s = ok(run(renameRole, { role: 'Admin', name: 'Root' }))
    expect(s.sessions?.[0]?.role).toBe('Root')
    expect(s.resources?.[0]?.executionRole).toBe('Root')
    expect(s.requests?.map((r) => r.principal)).toEqual([
      `arn:aws:iam::${A}:user/alice`,
      'role/Root',
      `arn:aws:sts::${A}:assumed-role/Root/first`,
    ])
    expect(s.expectFindings?.map((e) => e.principal)).toEqual(['user/alice', `arn:aws:iam::${A}:role/Root`])
  })

  it('deleting a role drops its sessions and says so', () => {
    const r = run(deleteRole, { role: 'Admin' })
    expect(r).toMatchObject({ ok: true, label: 'Delete role Admin and its session' })
    expect(ok(r).sessions?.map((x) => x.role)).toEqual(['Worker'])
  })

  it('sets the trust policy as given, with a coalescing key', () => {
    const r = run(setTrustPolicy, { role: 'Worker', document: '{"Version":' })
    expect(r).toMatchObject({ ok: true, coalesceKey: `trust:arn:aws:iam::${A}:role/Worker` })
    expect(ok(r).roles?.[1]?.trustPolicy).toBe('{"Version":')
    expect(run(setTrustPolicy, { role: 'alice', document: '{}' })).toMatchObject({ ok: false, field: 'role' })
  })

  it.each([3599, 43201, 3600.5])('refuses a max session duration of %d seconds', (maxSessionDuration) => {
    expect(run(setRoleMaxSessionDuration, { role: 'Admin', maxSessionDuration })).toMatchObject({
      ok: false,
      field: 'maxSessionDuration',
    })
  })

  it('sets a max session duration within 1 to 12 hours', () => {
    const r = run(setRoleMaxSessionDuration, { role: 'Worker', maxSessionDuration: 43200 })
    expect(r).toMatchObject({ ok: true, label: 'Set max session duration of role Worker to 12 h' })
    expect(ok(r).roles?.[1]?.maxSessionDuration).toBe(43200)
  })

  it('sets and clears a description', () => {
    const s = ok(run(setRoleDescription, { role: 'Admin', description: 'Full access' }))
    expect(s.roles?.[0]?.description).toBe('Full access')
    expect(ok(run(setRoleDescription, { role: 'Admin', description: '' }, s)).roles?.[0]).not.toHaveProperty(
      'description',
    )
  })
})

describe('tags', () => {
  it('sets tags on users and roles, and an empty set removes them', () => {
    const s = ok(run(setUserTags, { user: 'alice', tags: { team: 'infra', 'cost center': '42' } }))
    expect(s.users?.[0]?.tags).toEqual({ team: 'infra', 'cost center': '42' })
    expect(ok(run(setUserTags, { user: 'alice', tags: {} }, s)).users?.[0]).not.toHaveProperty('tags')
    expect(run(setRoleTags, { role: 'Admin', tags: { env: 'prod' } })).toMatchObject({
      ok: true,
      label: 'Edit tags of role Admin',
    })
  })

  it('refuses keys that differ only in case, bad characters and too many tags', () => {
    expect(run(setUserTags, { user: 'alice', tags: { Team: 'a', team: 'b' } })).toMatchObject({
      ok: false,
      field: 'tags',
    })
    expect(run(setRoleTags, { role: 'Admin', tags: { 'a#b': '1' } })).toMatchObject({ ok: false, field: 'tags' })
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
    expect(run(setRoleTags, { role: 'Admin', tags: many })).toEqual({
      ok: false,
      error: 'At most 50 tags are allowed (these are 51)',
      field: 'tags',
    })
  })
})
