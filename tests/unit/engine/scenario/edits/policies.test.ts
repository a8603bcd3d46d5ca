import { describe, expect, it } from 'vitest'
import { ok, runner } from '../../../../helpers/edits'
import { english } from '../../../../../src/engine/messages/english'
import type { EngineMessage } from '../../../../../src/engine/messages/message'
import type { Scenario } from '../../../../../src/engine/scenario/model'
import {
  attachPolicy,
  createPolicy,
  createPolicyVersion,
  deleteInlinePolicy,
  deletePolicy,
  deletePolicyVersion,
  detachPolicy,
  policyAttachments,
  putInlinePolicy,
  removePermissionsBoundary,
  renameInlinePolicy,
  renamePolicy,
  setDefaultPolicyVersion,
  setPermissionsBoundary,
  setPolicyVersionDocument,
} from '../../../../../src/engine/scenario/edits/index'

/** The places a policy is attached, in English (a refusal is returned as it is). */
function places(found: EngineMessage[] | { ok: false }) {
  return Array.isArray(found) ? found.map(english) : found
}
const A = '111122223333'
const B = '444455556666'
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const S3_ARN = `arn:aws:iam::${A}:policy/S3Read`

function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'policies',
    accounts: [{ id: A }, { id: B }],
    users: [
      { name: 'alice', managedPolicies: ['S3Read'], inlinePolicies: [{ name: 'Extra', document: '{}' }] },
      { name: 'bob', account: B },
    ],
    groups: [{ name: 'dev', managedPolicies: [S3_ARN, READ_ONLY] }],
    roles: [{ name: 'Admin', trustPolicy: '{}', permissionsBoundary: 'S3Read' }],
    policies: [
      { name: 'S3Read', versions: [{ id: 'v1', document: '{"v":1}', isDefault: true }] },
      { name: 'Spare', versions: [{ id: 'v1', document: '{}', isDefault: true }] },
      { name: 'Other', account: B, versions: [{ id: 'v1', document: '{}', isDefault: true }] },
    ],
    sessions: [{ role: 'Admin', sessionName: 's', issuedAt: '2025-01-01T00:00:00Z', policyArns: [S3_ARN] }],
  }
}

const run = runner(fixture)

const versionsOf = (s: Scenario, i = 0) => s.policies?.[i]?.versions.map((v) => `${v.id}${v.isDefault ? '*' : ''}`)

describe(createPolicy, () => {
  it('creates a policy with v1 as its default version, storing the text as given', () => {
    const r = run(createPolicy, { name: 'Logs', document: '{ "Version": "2012-10-17" ', createdAt: '2025-01-01' })
    expect(r).toMatchObject({ ok: true, label: 'Create policy Logs' })
    expect(ok(r).policies?.at(-1)).toEqual({
      name: 'Logs',
      versions: [{ id: 'v1', document: '{ "Version": "2012-10-17" ', isDefault: true, createdAt: '2025-01-01' }],
    })
  })

  it('refuses a clash ignoring case, and bad names', () => {
    expect(run(createPolicy, { name: 's3read', document: '{}' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createPolicy, { name: 'a b', document: '{}' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createPolicy, { name: 'S3Read', account: B, document: '{}' }).ok).toBe(true)
  })
})

describe(renamePolicy, () => {
  it('renames and rewrites attachments by name and by ARN, boundaries and session policy ARNs', () => {
    const s = ok(run(renamePolicy, { policy: 'S3Read', name: 'S3ReadOnly' }))
    const arn = `arn:aws:iam::${A}:policy/S3ReadOnly`
    expect(s.users?.[0]?.managedPolicies).toEqual(['S3ReadOnly'])
    expect(s.groups?.[0]?.managedPolicies).toEqual([arn, READ_ONLY])
    expect(s.roles?.[0]?.permissionsBoundary).toBe('S3ReadOnly')
    expect(s.sessions?.[0]?.policyArns).toEqual([arn])
  })

  it('refuses an AWS managed policy and a name in use', () => {
    expect(run(renamePolicy, { policy: READ_ONLY, name: 'Mine' })).toMatchObject({ ok: false, field: 'policy' })
    expect(run(renamePolicy, { policy: 'S3Read', name: 'SPARE' })).toMatchObject({ ok: false, field: 'name' })
  })
})

describe(deletePolicy, () => {
  it('refuses while attached, listing where', () => {
    expect(run(deletePolicy, { policy: 'S3Read' })).toEqual({
      ok: false,
      error:
        'S3Read is attached to user alice, group dev, role Admin (as permissions boundary) and session Admin/s: ' +
        'detach it first, or delete it with force',
      field: 'policy',
    })
  })

  it('with force, detaches it everywhere', () => {
    const r = run(deletePolicy, { policy: S3_ARN, force: true })
    expect(r).toMatchObject({ ok: true, label: 'Delete policy S3Read (detached from 4 places)' })
    const s = ok(r)
    expect(s.policies?.map((p) => p.name)).toEqual(['Spare', 'Other'])
    expect(s.users?.[0]).not.toHaveProperty('managedPolicies')
    expect(s.groups?.[0]?.managedPolicies).toEqual([READ_ONLY])
    expect(s.roles?.[0]).not.toHaveProperty('permissionsBoundary')
    expect(s.sessions?.[0]).not.toHaveProperty('policyArns')
  })

  it('deletes an unattached policy', () => {
    expect(run(deletePolicy, { policy: 'Spare' })).toMatchObject({ ok: true, label: 'Delete policy Spare' })
    expect(run(deletePolicy, { policy: 'Nope' })).toMatchObject({ ok: false, field: 'policy' })
  })
})

describe(attachPolicy, () => {
  it('attaches a customer policy by name and an AWS managed one by ARN', () => {
    let s = ok(run(attachPolicy, { kind: 'user', identity: 'alice', policy: READ_ONLY }))
    expect(s.users?.[0]?.managedPolicies).toEqual(['S3Read', READ_ONLY])
    const r = run(attachPolicy, { kind: 'role', identity: 'Admin', policy: `arn:aws:iam::${A}:policy/Spare` }, s)
    expect(r).toMatchObject({ ok: true, label: 'Attach Spare to role Admin' })
    s = ok(r)
    expect(s.roles?.[0]?.managedPolicies).toEqual(['Spare'])
  })

  it('refuses a repeat, whether named or given by ARN', () => {
    expect(run(attachPolicy, { kind: 'user', identity: 'alice', policy: S3_ARN })).toEqual({
      ok: false,
      error: 'S3Read is already attached to user alice',
      field: 'policy',
    })
  })

  it('accepts an AWS managed policy by bare name and stores its ARN', () => {
    const s = ok(run(attachPolicy, { kind: 'group', identity: 'dev', policy: 'AdministratorAccess' }))
    expect(s.groups?.[0]?.managedPolicies).toEqual([S3_ARN, READ_ONLY, 'arn:aws:iam::aws:policy/AdministratorAccess'])
  })

  it('refuses an AWS managed ARN the playground does not bundle, suggesting a near one', () => {
    expect(
      run(attachPolicy, { kind: 'user', identity: 'alice', policy: 'arn:aws:iam::aws:policy/ViewOnlyAccess' }),
    ).toEqual({
      ok: false,
      error:
        'There is no AWS managed policy arn:aws:iam::aws:policy/ViewOnlyAccess ' +
        '(did you mean arn:aws:iam::aws:policy/job-function/ViewOnlyAccess?)',
      field: 'policy',
    })
    expect(run(attachPolicy, { kind: 'user', identity: 'alice', policy: 'NoSuchPolicy' })).toEqual({
      ok: false,
      error:
        'There is no customer managed policy "NoSuchPolicy" in account 111122223333 and no AWS managed policy of that name',
      field: 'policy',
    })
  })

  it('refuses a policy of another account and an unknown identity', () => {
    expect(run(attachPolicy, { kind: 'user', identity: 'alice', policy: 'Other' })).toMatchObject({
      ok: false,
      field: 'policy',
    })
    expect(run(attachPolicy, { kind: 'user', identity: 'alice', policy: `arn:aws:iam::${B}:policy/Other` })).toEqual({
      ok: false,
      error: 'Policy Other is in account 444455556666 and user alice in 111122223333',
      field: 'policy',
    })
    expect(run(attachPolicy, { kind: 'user', identity: 'bob', policy: 'Other' })).toMatchObject({ ok: true })
    expect(run(attachPolicy, { kind: 'role', identity: 'ghost', policy: READ_ONLY })).toMatchObject({
      ok: false,
      field: 'identity',
    })
  })
})

describe('copies of AWS managed policies (`account: "aws"`)', () => {
  const MQ = 'arn:aws:iam::aws:policy/AmazonMQFullAccess'
  const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
  const withCopies = (): Scenario => {
    const s = fixture()
    return {
      ...s,
      policies: [
        ...s.policies!,
        { name: 'AmazonMQFullAccess', account: 'aws', versions: [{ id: 'v4', document: '{}', isDefault: true }] },
        { name: 'AdministratorAccess', account: 'aws', versions: [{ id: 'v2', document: '{}', isDefault: true }] },
      ],
    }
  }

  it('attaches a copy outside the bundle by ARN or name, from any account, storing its ARN', () => {
    const r = run(attachPolicy, { kind: 'user', identity: 'alice', policy: MQ }, withCopies())
    expect(r).toMatchObject({ ok: true, label: 'Attach AmazonMQFullAccess to user alice' })
    expect(ok(r).users?.[0]?.managedPolicies).toEqual(['S3Read', MQ])
    const s = ok(run(attachPolicy, { kind: 'user', identity: 'bob', policy: 'AmazonMQFullAccess' }, withCopies()))
    expect(s.users?.[1]?.managedPolicies).toEqual([MQ])
    expect(run(attachPolicy, { kind: 'user', identity: 'alice', policy: MQ })).toMatchObject({ ok: false })
  })

  it('sets a copy as permissions boundary, refuses a repeat, and detaches it whichever way it is named', () => {
    let s = ok(run(setPermissionsBoundary, { kind: 'user', identity: 'bob', policy: MQ }, withCopies()))
    expect(s.users?.[1]?.permissionsBoundary).toBe(MQ)
    s = ok(run(attachPolicy, { kind: 'role', identity: 'Admin', policy: MQ }, withCopies()))
    expect(run(attachPolicy, { kind: 'role', identity: 'Admin', policy: 'AmazonMQFullAccess' }, s)).toEqual({
      ok: false,
      error: 'AmazonMQFullAccess is already attached to role Admin',
      field: 'policy',
    })
    expect(
      ok(run(detachPolicy, { kind: 'role', identity: 'Admin', policy: 'AmazonMQFullAccess' }, s)).roles?.[0],
    ).not.toHaveProperty('managedPolicies')
  })

  it('a copy of a bundled policy stands for its ARN: the attachment is the same', () => {
    const s = withCopies()
    const attached = ok(run(attachPolicy, { kind: 'user', identity: 'alice', policy: 'AdministratorAccess' }, s))
    expect(attached.users?.[0]?.managedPolicies).toEqual(['S3Read', ADMIN])
    expect(places(policyAttachments(attached, ADMIN))).toEqual(['user alice'])
  })

  it('a customer policy of the account still wins a bare name', () => {
    const s = withCopies()
    s.policies!.push({ name: 'AmazonMQFullAccess', versions: [{ id: 'v1', document: '{}', isDefault: true }] })
    const r = ok(run(attachPolicy, { kind: 'user', identity: 'alice', policy: 'AmazonMQFullAccess' }, s))
    expect(r.users?.[0]?.managedPolicies).toEqual(['S3Read', 'AmazonMQFullAccess'])
    expect(
      ok(run(attachPolicy, { kind: 'user', identity: 'bob', policy: 'AmazonMQFullAccess' }, s)).users?.[1]
        ?.managedPolicies,
    ).toEqual([MQ])
  })

  it('suggests a copy for a wrong path, and lists where a copy is attached', () => {
    expect(
      run(
        attachPolicy,
        { kind: 'user', identity: 'alice', policy: 'arn:aws:iam::aws:policy/x/AmazonMQFullAccess' },
        withCopies(),
      ),
    ).toEqual({
      ok: false,
      error: `There is no AWS managed policy arn:aws:iam::aws:policy/x/AmazonMQFullAccess (did you mean ${MQ}?)`,
      field: 'policy',
    })
    const s = withCopies()
    s.groups![0]!.managedPolicies!.push('AmazonMQFullAccess')
    s.sessions![0]!.policyArns!.push(MQ)
    expect(places(policyAttachments(s, MQ))).toEqual(['group dev', 'session Admin/s'])
  })

  it('the edits of customer managed policies leave a copy alone', () => {
    const refused = {
      ok: false,
      error: 'AmazonMQFullAccess is an AWS managed policy, which cannot be changed',
      field: 'policy',
    }
    expect(run(renamePolicy, { policy: MQ, name: 'Renamed' }, withCopies())).toEqual(refused)
    expect(run(deletePolicy, { policy: 'AmazonMQFullAccess' }, withCopies())).toEqual(refused)
    expect(run(createPolicyVersion, { policy: MQ, document: '{}' }, withCopies())).toEqual(refused)
  })
})

describe(detachPolicy, () => {
  it('detaches whichever form the reference was stored in', () => {
    const s = ok(run(detachPolicy, { kind: 'group', identity: 'dev', policy: 'S3Read' }))
    expect(s.groups?.[0]?.managedPolicies).toEqual([READ_ONLY])
  })

  it('detaches an AWS managed policy attached by bare name when given its ARN', () => {
    const s: Scenario = { ...fixture(), roles: [{ name: 'R', trustPolicy: '{}', managedPolicies: ['ReadOnlyAccess'] }] }
    expect(ok(run(detachPolicy, { kind: 'role', identity: 'R', policy: READ_ONLY }, s)).roles?.[0]).not.toHaveProperty(
      'managedPolicies',
    )
  })

  it('refuses a policy that is only the boundary, with a hint', () => {
    expect(run(detachPolicy, { kind: 'role', identity: 'Admin', policy: 'S3Read' })).toEqual({
      ok: false,
      error: 'S3Read is not attached to role Admin (it is the permissions boundary: remove the boundary instead)',
      field: 'policy',
    })
  })
})

describe('permissions boundaries', () => {
  it('sets and removes a boundary', () => {
    const r = run(setPermissionsBoundary, { kind: 'user', identity: 'alice', policy: READ_ONLY })
    expect(r).toMatchObject({ ok: true, label: 'Set permissions boundary of user alice to ReadOnlyAccess' })
    const s = ok(r)
    expect(s.users?.[0]?.permissionsBoundary).toBe(READ_ONLY)
    expect(ok(run(removePermissionsBoundary, { kind: 'user', identity: 'alice' }, s)).users?.[0]).not.toHaveProperty(
      'permissionsBoundary',
    )
  })

  it('refuses a group, a repeat and removing a missing boundary', () => {
    expect(run(setPermissionsBoundary, { kind: 'group', identity: 'dev', policy: READ_ONLY })).toMatchObject({
      ok: false,
      field: 'kind',
    })
    expect(run(setPermissionsBoundary, { kind: 'role', identity: 'Admin', policy: S3_ARN })).toMatchObject({
      ok: false,
      field: 'policy',
    })
    expect(run(removePermissionsBoundary, { kind: 'user', identity: 'alice' })).toMatchObject({
      ok: false,
      field: 'identity',
    })
  })
})

describe('policy versions', () => {
  it('saves a new default version', () => {
    const r = run(createPolicyVersion, { policy: 'S3Read', document: '{"v":2}' })
    expect(r).toMatchObject({ ok: true, label: 'Save policy S3Read as v2' })
    expect(versionsOf(ok(r))).toEqual(['v1', 'v2*'])
  })

  it('keeps at most 5 versions by dropping the oldest non-default one', () => {
    let s = fixture()
    for (let i = 2; i <= 5; i++)
      s = ok(createPolicyVersion(s, { policy: 'S3Read', document: `${i}`, setAsDefault: false }))
    s = ok(setDefaultPolicyVersion(s, { policy: 'S3Read', version: 'v2' }))
    expect(versionsOf(s)).toEqual(['v1', 'v2*', 'v3', 'v4', 'v5'])
    const r = run(createPolicyVersion, { policy: 'S3Read', document: '6', setAsDefault: false }, s)
    expect(r).toMatchObject({ ok: true, label: 'Save policy S3Read as v6 (not default, v1 dropped)' })
    expect(versionsOf(ok(r))).toEqual(['v2*', 'v3', 'v4', 'v5', 'v6'])
    const again = ok(createPolicyVersion(ok(r), { policy: 'S3Read', document: '7' }))
    expect(versionsOf(again)).toEqual(['v2', 'v4', 'v5', 'v6', 'v7*'])
  })

  it('sets the default version and refuses an unknown or current one', () => {
    const s = ok(createPolicyVersion(fixture(), { policy: 'S3Read', document: '2' }))
    expect(versionsOf(ok(run(setDefaultPolicyVersion, { policy: 'S3Read', version: 'v1' }, s)))).toEqual(['v1*', 'v2'])
    expect(run(setDefaultPolicyVersion, { policy: 'S3Read', version: 'v2' }, s)).toMatchObject({
      ok: false,
      field: 'version',
    })
    expect(run(setDefaultPolicyVersion, { policy: 'S3Read', version: 'v9' }, s)).toMatchObject({
      ok: false,
      field: 'version',
    })
  })

  it('deletes a version but not the default', () => {
    const s = ok(createPolicyVersion(fixture(), { policy: 'S3Read', document: '2' }))
    expect(versionsOf(ok(run(deletePolicyVersion, { policy: 'S3Read', version: 'v1' }, s)))).toEqual(['v2*'])
    expect(run(deletePolicyVersion, { policy: 'S3Read', version: 'v2' }, s)).toEqual({
      ok: false,
      error: 'v2 is the default version: make another version the default first',
      field: 'version',
    })
  })

  it('edits the default version in place while typing, with a coalescing key', () => {
    const r = run(setPolicyVersionDocument, { policy: 'S3Read', document: '{"v":1.5}' })
    expect(r).toMatchObject({ ok: true, label: 'Edit policy S3Read (v1)', coalesceKey: `policy:${S3_ARN}:v1` })
    expect(ok(r).policies?.[0]?.versions[0]?.document).toBe('{"v":1.5}')
    expect(run(setPolicyVersionDocument, { policy: READ_ONLY, document: '{}' })).toMatchObject({
      ok: false,
      field: 'policy',
    })
  })
})

describe('inline policies', () => {
  it('adds, then replaces by exact name with a coalescing key', () => {
    const added = run(putInlinePolicy, { kind: 'role', identity: 'Admin', name: 'Logs', document: '{}' })
    expect(added).toMatchObject({ ok: true, label: 'Add inline policy Logs to role Admin' })
    expect(added).not.toHaveProperty('coalesceKey')
    const edited = run(putInlinePolicy, { kind: 'user', identity: 'alice', name: 'Extra', document: '{"x":1}' })
    expect(edited).toMatchObject({
      ok: true,
      label: 'Edit inline policy Extra of user alice',
      coalesceKey: `inline:arn:aws:iam::${A}:user/alice:Extra`,
    })
    expect(ok(edited).users?.[0]?.inlinePolicies).toEqual([{ name: 'Extra', document: '{"x":1}' }])
  })

  it('keeps names unique per identity, ignoring case', () => {
    expect(run(putInlinePolicy, { kind: 'user', identity: 'alice', name: 'extra', document: '{}' })).toEqual({
      ok: false,
      error: 'user alice already has an inline policy named "Extra"',
      field: 'name',
    })
    expect(run(putInlinePolicy, { kind: 'user', identity: 'bob', name: 'extra', document: '{}' }).ok).toBe(true)
    expect(run(putInlinePolicy, { kind: 'user', identity: 'alice', name: 'a/b', document: '{}' })).toMatchObject({
      ok: false,
      field: 'name',
    })
  })

  it('renames and deletes', () => {
    const s = ok(run(renameInlinePolicy, { kind: 'user', identity: 'alice', policy: 'Extra', name: 'More' }))
    expect(s.users?.[0]?.inlinePolicies?.[0]?.name).toBe('More')
    expect(
      ok(run(deleteInlinePolicy, { kind: 'user', identity: 'alice', name: 'More' }, s)).users?.[0],
    ).not.toHaveProperty('inlinePolicies')
    expect(run(deleteInlinePolicy, { kind: 'user', identity: 'alice', name: 'More' })).toMatchObject({
      ok: false,
      field: 'name',
    })
    expect(run(renameInlinePolicy, { kind: 'user', identity: 'alice', policy: 'Nope', name: 'X' })).toMatchObject({
      ok: false,
      field: 'policy',
    })
  })
})

describe(policyAttachments, () => {
  it('lists where an AWS managed policy is attached', () => {
    expect(places(policyAttachments(fixture(), READ_ONLY))).toEqual(['group dev'])
  })
})
