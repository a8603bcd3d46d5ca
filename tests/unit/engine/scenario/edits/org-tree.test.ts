// The organization tree's editing: moving OUs, adding, naming and removing accounts, the management account, and
// SCPs and RCPs attached to an account.
import { describe, expect, it } from 'vitest'
import { ok, runner } from '../../../../helpers/edits'
import type { OrgNode, Scenario } from '../../../../../src/engine/scenario/model'
import {
  accountParent,
  addOrganizationAccount,
  attachOrganizationPolicy,
  createOrganization,
  createOrganizationalUnit,
  deleteOrganizationPolicy,
  detachOrganizationPolicy,
  moveAccount,
  moveOrganizationalUnit,
  removeOrganizationAccount,
  renameOrganizationPolicy,
  setAccountAlias,
  setManagementAccount,
} from '../../../../../src/engine/scenario/edits/index'
import { parseScenario, simulate } from '../../../../../src/engine/index'
import { placeAccount, scpLevels, rcpLevels } from '../../../../../src/engine/account/resolve-org'

const MGMT = '111111111111'
const DEV = '222222222222'
const PROD = '333333333333'

const DENY = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }] }

function fixture(): Scenario {
  return {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'org',
    accounts: [{ id: MGMT, alias: 'mgmt' }, { id: DEV }, { id: PROD }],
    users: [{ name: 'alice', account: PROD }],
    organization: {
      id: 'o-exampleorg1',
      managementAccount: MGMT,
      policies: [
        { name: 'DenyRegions', type: 'scp', document: DENY },
        { name: 'OnlyOrg', type: 'rcp', document: { ...DENY, Statement: [{ ...DENY.Statement[0], Principal: '*' }] } },
      ],
      root: {
        id: 'r-ab12',
        name: 'Root',
        accounts: [MGMT],
        children: [
          {
            id: 'ou-ab12-dev00001',
            name: 'Dev',
            accounts: [DEV],
            children: [{ id: 'ou-ab12-team0001', name: 'Team', children: [{ id: 'ou-ab12-sub00001', name: 'Sub' }] }],
          },
          { id: 'ou-ab12-prod0001', name: 'Prod', accounts: [PROD] },
        ],
      },
    },
  }
}

const run = runner(fixture)
/** The errors the scenario checks find (none when it parses). */
const errorsOf = (s: Scenario) => {
  const parsed = parseScenario(s)
  return parsed.ok ? [] : parsed.errors.map((e) => e.path)
}
const find = (node: OrgNode, name: string): OrgNode | undefined =>
  node.name === name ? node : (node.children ?? []).map((c) => find(c, name)).find((n) => n !== undefined)

describe('moving an OU', () => {
  it('moves an OU with everything in it, sharing the untouched branches', () => {
    const before = fixture()
    const s = ok(run(moveOrganizationalUnit, { unit: 'Team', to: 'Prod' }, before))
    const root = s.organization!.root
    expect(find(root, 'Dev')!.children).toBeUndefined()
    expect(find(root, 'Prod')!.children!.map((c) => c.name)).toEqual(['Team'])
    expect(find(root, 'Team')!.children!.map((c) => c.name)).toEqual(['Sub'])
    expect(run(moveOrganizationalUnit, { unit: 'Team', to: 'Prod' })).toMatchObject({
      label: 'Move OU Team to OU Prod',
    })
  })

  it('refuses a cycle: into itself or one of its own OUs', () => {
    expect(run(moveOrganizationalUnit, { unit: 'Dev', to: 'Sub' })).toEqual({
      ok: false,
      error: 'OU Dev cannot move into OU Sub: that is the OU itself or one of its own OUs',
      field: 'to',
    })
    expect(run(moveOrganizationalUnit, { unit: 'Dev', to: 'Dev' })).toMatchObject({ ok: false, field: 'to' })
  })

  it('refuses the root, where it already is, and a name taken at the destination', () => {
    expect(run(moveOrganizationalUnit, { unit: 'Root', to: 'Dev' })).toMatchObject({
      ok: false,
      error: 'The root cannot be moved',
    })
    expect(run(moveOrganizationalUnit, { unit: 'Team', to: 'Dev' })).toMatchObject({
      ok: false,
      error: 'OU Team is already in OU Dev',
    })
    const clash = fixture()
    clash.organization!.root.children![1]!.children = [{ id: 'ou-ab12-team0002', name: 'Team' }]
    expect(run(moveOrganizationalUnit, { unit: 'ou-ab12-team0001', to: 'Prod' }, clash)).toEqual({
      ok: false,
      error: 'An OU named "Team" already exists here',
      field: 'to',
    })
  })

  it('refuses a move that would nest OUs deeper than five levels', () => {
    // Prod (level 1) → P2 → P3 → P4 (level 4); Team holds Sub, so Team at level 5 puts Sub at 6.
    const deep = fixture()
    deep.organization!.root.children![1]!.children = [
      {
        id: 'ou-ab12-p2000001',
        name: 'P2',
        children: [{ id: 'ou-ab12-p3000001', name: 'P3', children: [{ id: 'ou-ab12-p4000001', name: 'P4' }] }],
      },
    ]
    expect(run(moveOrganizationalUnit, { unit: 'Team', to: 'P4' }, deep)).toEqual({
      ok: false,
      error: 'OUs nest at most 5 levels below the root',
      field: 'to',
    })
    expect(run(moveOrganizationalUnit, { unit: 'Sub', to: 'P4' }, deep).ok).toBe(true)
  })
})

describe('creating an OU', () => {
  it('refuses the 2001st OU of an organization', () => {
    // Dev, Team, Sub and Prod are four: `extra` more make 4 + extra.
    const withOus = (extra: number) => {
      const s = fixture()
      s.organization!.root.children!.push(
        ...Array.from({ length: extra }, (_, i) => ({ id: `ou-ab12-x${String(i).padStart(7, '0')}`, name: `X${i}` })),
      )
      return s
    }
    expect(run(createOrganizationalUnit, { parent: 'Root', name: 'One more' }, withOus(1996))).toEqual({
      ok: false,
      error: 'An organization has at most 2000 OUs',
      field: 'parent',
    })
    expect(run(createOrganizationalUnit, { parent: 'Root', name: 'One more' }, withOus(1995)).ok).toBe(true)
  })
})

describe('accounts', () => {
  it('adds an account to the scenario and the OU, with a fresh 12-digit id', () => {
    const s = ok(run(addOrganizationAccount, { parent: 'Prod', alias: 'staging' }))
    const added = s.accounts[3]!
    expect(added.id).toMatch(/^\d{12}$/)
    expect(added.alias).toBe('staging')
    expect(new Set(s.accounts.map((a) => a.id)).size).toBe(4)
    expect(accountParent(s, added.id)).toBe('ou-ab12-prod0001')
    // Adding a second one gets another id.
    const t = ok(addOrganizationAccount(s, { parent: 'Prod', alias: 'staging-2' }))
    expect(t.accounts[4]!.id).not.toBe(added.id)
    expect(errorsOf(t)).toEqual([])
  })

  it('refuses a bad or taken id and a bad or taken alias', () => {
    expect(run(addOrganizationAccount, { parent: 'Root', id: '12345' })).toMatchObject({
      ok: false,
      error: 'An account id has 12 digits',
      field: 'id',
    })
    expect(run(addOrganizationAccount, { parent: 'Root', id: DEV })).toMatchObject({ ok: false, field: 'id' })
    expect(run(addOrganizationAccount, { parent: 'Root', alias: 'Bad_Alias' })).toMatchObject({
      ok: false,
      field: 'alias',
    })
    expect(run(addOrganizationAccount, { parent: 'Root', alias: 'mgmt' })).toEqual({
      ok: false,
      error: 'Account 111111111111 already has the alias "mgmt"',
      field: 'alias',
    })
    expect(run(addOrganizationAccount, { parent: 'Nowhere' })).toMatchObject({ ok: false, field: 'parent' })
  })

  it('names an account with an alias, and removes the alias', () => {
    const s = ok(run(setAccountAlias, { account: DEV, alias: 'dev' }))
    expect(s.accounts[1]).toEqual({ id: DEV, alias: 'dev' })
    expect(ok(setAccountAlias(s, { account: DEV, alias: '' })).accounts[1]).toEqual({ id: DEV })
    expect(run(setAccountAlias, { account: DEV, alias: '-dev' })).toMatchObject({ ok: false, field: 'alias' })
    expect(run(setAccountAlias, { account: DEV, alias: 'a--b' })).toMatchObject({ ok: false, field: 'alias' })
    expect(run(setAccountAlias, { account: MGMT, alias: 'mgmt' })).toMatchObject({ ok: false, field: 'alias' })
  })

  it('removes an empty member account from the tree, the scenario and its attachments', () => {
    let s = ok(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV }))
    s = ok(removeOrganizationAccount(s, { account: DEV }))
    expect(s.accounts.map((a) => a.id)).toEqual([MGMT, PROD])
    expect(find(s.organization!.root, 'Dev')!.accounts).toBeUndefined()
    expect(s.organization!.accountPolicies).toBeUndefined()
  })

  it('refuses to remove the management account, the first account or one that holds things', () => {
    expect(run(removeOrganizationAccount, { account: MGMT })).toMatchObject({
      ok: false,
      error: 'Account 111111111111 is the management account: choose another management account before removing it',
    })
    expect(run(removeOrganizationAccount, { account: PROD })).toEqual({
      ok: false,
      error:
        'Account 333333333333 still holds 1 users, groups, roles, policies or resources: delete or move them first',
      field: 'account',
    })
    const moved = ok(setManagementAccount(fixture(), { account: DEV }))
    expect(run(removeOrganizationAccount, { account: MGMT }, moved)).toMatchObject({ ok: false, field: 'account' })
  })

  it('makes another account the management account; an account outside the tree joins the root', () => {
    const s = ok(run(setManagementAccount, { account: PROD }))
    expect(s.organization!.managementAccount).toBe(PROD)
    expect(placeAccount(s, MGMT)!.management).toBe(false)
    expect(placeAccount(s, PROD)!.management).toBe(true)
    expect(run(setManagementAccount, { account: MGMT })).toMatchObject({
      ok: false,
      error: 'Account 111111111111 is already the management account',
    })
    const outside = fixture()
    outside.accounts.push({ id: '444444444444' })
    const t = ok(run(setManagementAccount, { account: '444444444444' }, outside))
    expect(t.organization!.root.accounts).toEqual([MGMT, '444444444444'])
    expect(run(setManagementAccount, { account: '999999999999' })).toMatchObject({ ok: false, field: 'account' })
  })

  it('creates an organization whose management account is the first one and whose root holds every account', () => {
    const bare = { ...fixture(), organization: undefined }
    const s = ok(run(createOrganization, {}, bare))
    expect(s.organization!.managementAccount).toBe(MGMT)
    expect(s.organization!.root.id).toMatch(/^r-[0-9a-z]{4}$/)
    expect(s.organization!.root.accounts).toEqual([MGMT, DEV, PROD])
    // The management account is not limited by SCPs; a member moved into an OU is.
    expect(scpLevels(placeAccount(s, MGMT))).toEqual([])
    expect(moveAccount(s, { account: MGMT, to: s.organization!.root.id })).toMatchObject({ ok: false })
  })
})

describe('SCPs and RCPs attached to an account', () => {
  it('attaches and detaches at an account; the account level of the evaluation follows', () => {
    const s = ok(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV }))
    expect(s.organization!.accountPolicies).toEqual([{ account: DEV, scps: ['FullAWSAccess', 'DenyRegions'] }])
    const levels = scpLevels(placeAccount(s, DEV))
    expect(levels.at(-1)!.map((p) => p.name)).toEqual(['FullAWSAccess', 'DenyRegions'])
    expect(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV })).toMatchObject({
      label: 'Attach DenyRegions to account 222222222222',
    })
    const back = ok(detachOrganizationPolicy(s, { policy: 'DenyRegions', target: DEV }))
    expect(back.organization!.accountPolicies).toEqual([{ account: DEV, scps: ['FullAWSAccess'] }])
    expect(errorsOf(s)).toEqual([])
  })

  it('an SCP attached to the account denies its users; detaching it, or making it the management account, lifts that', () => {
    const s = fixture()
    s.users = [
      {
        name: 'alice',
        account: PROD,
        inlinePolicies: [
          {
            name: 'all',
            document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
          },
        ],
      },
    ]
    const request = {
      principal: `arn:aws:iam::${PROD}:user/alice`,
      action: 's3:DeleteBucket',
      resource: 'arn:aws:s3:::b',
    }
    expect(simulate(s, request).decision).toBe('Allow')
    const attached = ok(attachOrganizationPolicy(s, { policy: 'DenyRegions', target: PROD }))
    expect(simulate(attached, request).decision).toBe('ExplicitDeny')
    expect(
      simulate(ok(detachOrganizationPolicy(attached, { policy: 'DenyRegions', target: PROD })), request).decision,
    ).toBe('Allow')
    expect(simulate(ok(setManagementAccount(attached, { account: PROD })), request).decision).toBe('Allow')
  })

  it('detaches FullAWSAccess from an account only when another SCP stays', () => {
    expect(run(detachOrganizationPolicy, { policy: 'FullAWSAccess', target: DEV })).toEqual({
      ok: false,
      error: 'Account 222222222222 must keep at least one SCP: attach another before detaching FullAWSAccess',
      field: 'policy',
    })
    const s = ok(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV }))
    const t = ok(detachOrganizationPolicy(s, { policy: 'FullAWSAccess', target: DEV }))
    expect(t.organization!.accountPolicies).toEqual([{ account: DEV, scps: ['DenyRegions'] }])
  })

  it('attaches an RCP at an account, never RCPFullAWSAccess, and at most five per account', () => {
    const s = ok(run(attachOrganizationPolicy, { policy: 'OnlyOrg', target: PROD }))
    expect(
      rcpLevels(placeAccount(s, PROD))
        .at(-1)!
        .map((p) => p.name),
    ).toEqual(['OnlyOrg'])
    expect(run(detachOrganizationPolicy, { policy: 'RCPFullAWSAccess', target: PROD })).toMatchObject({
      ok: false,
      error: 'RCPFullAWSAccess is always attached everywhere and cannot be attached or detached',
    })
    const full = fixture()
    full.organization!.policies!.push(
      ...['A', 'B', 'C', 'D'].map((name) => ({ name, type: 'scp' as const, document: '{}' })),
    )
    let t = full
    for (const name of ['A', 'B', 'C', 'D']) t = ok(attachOrganizationPolicy(t, { policy: name, target: DEV }))
    expect(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV }, t)).toEqual({
      ok: false,
      error: 'Account 222222222222 already has 5 SCPs, the most AWS allows',
      field: 'policy',
    })
  })

  it('refuses an account outside the organization', () => {
    const outside = fixture()
    outside.accounts.push({ id: '444444444444' })
    expect(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: '444444444444' }, outside)).toEqual({
      ok: false,
      error: 'Account 444444444444 is not in the organization: move it into the root or an OU first',
      field: 'target',
    })
  })

  it('renaming or deleting the policy follows its account attachments', () => {
    const s = ok(run(attachOrganizationPolicy, { policy: 'DenyRegions', target: DEV }))
    const renamed = ok(renameOrganizationPolicy(s, { policy: 'DenyRegions', name: 'DenyOtherRegions' }))
    expect(renamed.organization!.accountPolicies).toEqual([
      { account: DEV, scps: ['FullAWSAccess', 'DenyOtherRegions'] },
    ])
    const refused = deleteOrganizationPolicy(renamed, { policy: 'DenyOtherRegions' })
    expect(refused).toMatchObject({
      ok: false,
      error: 'DenyOtherRegions is attached to account 222222222222: detach it first, or delete it with force',
    })
    const deleted = ok(deleteOrganizationPolicy(renamed, { policy: 'DenyOtherRegions', force: true }))
    expect(deleted.organization!.accountPolicies).toEqual([{ account: DEV, scps: ['FullAWSAccess'] }])
  })

  it('the scenario checks report account attachments to unknown policies and accounts outside the tree', () => {
    const s = fixture()
    s.accounts.push({ id: '444444444444' })
    s.organization!.accountPolicies = [
      { account: DEV, scps: ['Nope'] },
      { account: '444444444444', rcps: ['OnlyOrg'] },
    ]
    expect(errorsOf(s)).toEqual(['/organization/accountPolicies/0/scps/0', '/organization/accountPolicies/1/account'])
  })
})
