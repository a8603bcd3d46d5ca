import { describe, expect, it } from 'vitest'
import { ok, runner } from '../../../../helpers/edits'
import type { OrgNode, Scenario } from '../../../../../src/engine/scenario/model'
import {
  attachOrganizationPolicy,
  createOrganization,
  createOrganizationalUnit,
  createOrganizationPolicy,
  deleteOrganization,
  deleteOrganizationalUnit,
  deleteOrganizationPolicy,
  detachOrganizationPolicy,
  moveAccount,
  renameOrganizationalUnit,
  renameOrganizationPolicy,
  setOrganizationPolicyDocument,
} from '../../../../../src/engine/scenario/edits/index'

const MGMT = '111111111111'
const DEV = '222222222222'
const PROD = '333333333333'

function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'org',
    accounts: [{ id: MGMT }, { id: DEV }, { id: PROD }],
    organization: {
      id: 'o-exampleorg1',
      managementAccount: MGMT,
      policies: [
        { name: 'DenyRegions', type: 'scp', document: '{}' },
        { name: 'OnlyOrg', type: 'rcp', document: '{}' },
      ],
      root: {
        id: 'r-ab12',
        name: 'Root',
        scps: ['FullAWSAccess'],
        accounts: [MGMT],
        children: [
          { id: 'ou-ab12-dev00001', name: 'Dev', scps: ['FullAWSAccess', 'DenyRegions'], accounts: [DEV] },
          { id: 'ou-ab12-prod0001', name: 'Prod', rcps: ['OnlyOrg'], accounts: [PROD] },
          { id: 'ou-ab12-empty001', name: 'Empty' },
        ],
      },
    },
  }
}

const run = runner(fixture)

const ous = (s: Scenario) => s.organization!.root.children ?? []
const ou = (s: Scenario, name: string): OrgNode | undefined => ous(s).find((n) => n.name === name)

describe('organization', () => {
  it('creates one whose root holds every account, then deletes it', () => {
    const bare = { ...fixture(), organization: undefined }
    const s = ok(run(createOrganization, {}, bare))
    expect(s.organization).toEqual({
      id: `o-a${MGMT}`,
      managementAccount: MGMT,
      root: { id: 'r-1111', name: 'Root', scps: ['FullAWSAccess'], accounts: [MGMT, DEV, PROD] },
    })
    expect(ok(run(deleteOrganization, undefined, s))).not.toHaveProperty('organization')
    expect(run(createOrganization, {})).toMatchObject({ ok: false })
    expect(run(createOrganization, { managementAccount: '999999999999' }, bare)).toMatchObject({
      ok: false,
      field: 'managementAccount',
    })
  })

  it('refuses OU edits without an organization', () => {
    const bare = { ...fixture(), organization: undefined }
    expect(run(createOrganizationalUnit, { parent: 'Root', name: 'X' }, bare)).toEqual({
      ok: false,
      error: 'This scenario has no organization: create one first',
    })
  })
})

describe('OUs', () => {
  it('creates an OU with FullAWSAccess and a deterministic id', () => {
    const r = run(createOrganizationalUnit, { parent: 'Dev', name: 'Sandbox' })
    expect(r).toMatchObject({ ok: true, label: 'Create OU Sandbox' })
    const child = ou(ok(r), 'Dev')?.children?.[0]
    expect(child).toMatchObject({ name: 'Sandbox', scps: ['FullAWSAccess'] })
    expect(child?.id).toMatch(/^ou-ab12-[a-z0-9]{8}$/)
    const again = ou(ok(run(createOrganizationalUnit, { parent: 'Dev', name: 'Sandbox' })), 'Dev')?.children?.[0]
    expect(again?.id).toBe(child?.id)
  })

  it('refuses a sibling with the same name, an unknown parent and a bad id', () => {
    expect(run(createOrganizationalUnit, { parent: 'r-ab12', name: 'Dev' })).toMatchObject({ ok: false, field: 'name' })
    expect(run(createOrganizationalUnit, { parent: 'Nowhere', name: 'X' })).toMatchObject({
      ok: false,
      field: 'parent',
    })
    expect(run(createOrganizationalUnit, { parent: 'Root', name: 'X', id: 'ou-1' })).toMatchObject({
      ok: false,
      field: 'id',
    })
  })

  it('stops five levels below the root', () => {
    let s = fixture()
    let parent = 'Empty'
    for (let i = 1; i <= 4; i++) {
      s = ok(createOrganizationalUnit(s, { parent, name: `L${i}` }))
      parent = `L${i}`
    }
    expect(run(createOrganizationalUnit, { parent, name: 'L6' }, s)).toMatchObject({ ok: false, field: 'parent' })
  })

  it('renames an OU but not the root', () => {
    expect(
      ou(ok(run(renameOrganizationalUnit, { unit: 'ou-ab12-dev00001', name: 'Development' })), 'Development'),
    ).toBeDefined()
    expect(run(renameOrganizationalUnit, { unit: 'Root', name: 'Top' })).toMatchObject({ ok: false, field: 'unit' })
    expect(run(renameOrganizationalUnit, { unit: 'Dev', name: 'Prod' })).toMatchObject({ ok: false, field: 'name' })
  })

  it('deletes only an empty OU', () => {
    expect(ous(ok(run(deleteOrganizationalUnit, { unit: 'Empty' }))).map((n) => n.name)).toEqual(['Dev', 'Prod'])
    expect(run(deleteOrganizationalUnit, { unit: 'Dev' })).toEqual({
      ok: false,
      error: 'OU Dev is not empty: move its 1 account out first',
      field: 'unit',
    })
  })
})

describe(moveAccount, () => {
  it('moves an account between OUs, sharing the untouched branches', () => {
    const before = fixture()
    const r = run(moveAccount, { account: DEV, to: 'Empty' }, before)
    expect(r).toMatchObject({ ok: true, label: `Move account ${DEV} to OU Empty` })
    const s = ok(r)
    expect(ou(s, 'Dev')).not.toHaveProperty('accounts')
    expect(ou(s, 'Empty')?.accounts).toEqual([DEV])
    expect(ou(s, 'Prod')).toBe(ou(before, 'Prod'))
  })

  it('refuses a move to where it is, and an unknown account or OU', () => {
    expect(run(moveAccount, { account: DEV, to: 'Dev' })).toMatchObject({ ok: false, field: 'to' })
    expect(run(moveAccount, { account: '999999999999', to: 'Dev' })).toMatchObject({ ok: false, field: 'account' })
    expect(run(moveAccount, { account: DEV, to: 'Nope' })).toMatchObject({ ok: false, field: 'to' })
  })
})

describe('SCPs and RCPs', () => {
  it('creates, edits and renames a policy, and the nodes follow the rename', () => {
    const created = ok(run(createOrganizationPolicy, { name: 'DenyLeave', type: 'scp', document: '{}' }))
    expect(created.organization?.policies?.at(-1)).toEqual({ name: 'DenyLeave', type: 'scp', document: '{}' })
    expect(run(setOrganizationPolicyDocument, { policy: 'DenyRegions', document: '{"a":1}' })).toMatchObject({
      ok: true,
      coalesceKey: 'org-policy:DenyRegions',
    })
    const s = ok(run(renameOrganizationPolicy, { policy: 'DenyRegions', name: 'DenyOtherRegions' }))
    expect(ou(s, 'Dev')?.scps).toEqual(['FullAWSAccess', 'DenyOtherRegions'])
  })

  it('refuses reserved and duplicate names', () => {
    expect(run(createOrganizationPolicy, { name: 'FullAWSAccess', type: 'scp', document: '{}' })).toMatchObject({
      ok: false,
      field: 'name',
    })
    expect(run(createOrganizationPolicy, { name: 'onlyorg', type: 'scp', document: '{}' })).toEqual({
      ok: false,
      error: 'An RCP named "OnlyOrg" already exists',
      field: 'name',
    })
  })

  it('attaches at a node; a node listing no SCPs keeps the default FullAWSAccess', () => {
    const s = ok(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: 'Prod' }))
    expect(ou(s, 'Prod')?.scps).toEqual(['FullAWSAccess', 'DenyRegions'])
    const rcp = ok(run(attachOrganizationPolicy, { policy: 'OnlyOrg', target: 'Root' }))
    expect(rcp.organization?.root.rcps).toEqual(['OnlyOrg'])
    expect(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: 'Dev' })).toMatchObject({
      ok: false,
      field: 'policy',
    })
    expect(run(attachOrganizationPolicy, { policy: 'RCPFullAWSAccess', target: 'Dev' })).toMatchObject({
      ok: false,
      field: 'policy',
    })
  })

  it('detaches, but never the last SCP of a node', () => {
    expect(ou(ok(run(detachOrganizationPolicy, { policy: 'DenyRegions', target: 'Dev' })), 'Dev')?.scps).toEqual([
      'FullAWSAccess',
    ])
    expect(run(detachOrganizationPolicy, { policy: 'FullAWSAccess', target: 'Root' })).toEqual({
      ok: false,
      error: 'The root must keep at least one SCP: attach another before detaching FullAWSAccess',
      field: 'policy',
    })
    expect(ou(ok(run(detachOrganizationPolicy, { policy: 'OnlyOrg', target: 'Prod' })), 'Prod')).not.toHaveProperty(
      'rcps',
    )
  })

  it('deleting an attached policy lists the nodes unless forced', () => {
    expect(run(deleteOrganizationPolicy, { policy: 'DenyRegions' })).toEqual({
      ok: false,
      error: 'DenyRegions is attached to OU Dev: detach it first, or delete it with force',
      field: 'policy',
    })
    const s = ok(run(deleteOrganizationPolicy, { policy: 'DenyRegions', force: true }))
    expect(ou(s, 'Dev')?.scps).toEqual(['FullAWSAccess'])
    expect(s.organization?.policies?.map((p) => p.name)).toEqual(['OnlyOrg'])
  })
})
