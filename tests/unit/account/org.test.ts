// The organization as the explorer edits it: tree rows, the selected item, move targets, attachments, and the
// actions that make the edits and move the selection.
import { describe, expect, it } from 'vitest'
import {
  attachableOrgPolicies,
  attachedOrgPolicies,
  moveChoices,
  orgPolicyTargets,
  orgTargets,
  orgTreeRows,
  selectedOrgItem,
} from '../../../src/lib/account/org'
import {
  addAccount,
  attachOrgPolicy,
  createOrg,
  createOu,
  deleteOu,
  detachOrgPolicy,
  makeManagement,
  moveAccountTo,
  removeAccount,
} from '../../../src/lib/account/org-actions'
import { A, B, fakeApp, fixture } from './fixtures'

const EM = '\u2003'

describe('the organization tree', () => {
  it('lists the root, its accounts (the management one marked) and the OUs, depth-first', () => {
    expect(orgTreeRows(fixture()).map((r) => [r.kind, r.id, r.depth, r.kind === 'account' && r.management])).toEqual([
      ['node', 'r-ab12', 0, false],
      ['account', A, 1, true],
      ['node', 'ou-ab12-11111111', 1, false],
      ['account', B, 2, false],
    ])
    expect(orgTreeRows({ ...fixture(), organization: undefined })).toEqual([])
    // A management account the tree does not list still shows, in the root (as the evaluation places it).
    const unlisted = fixture()
    unlisted.organization!.root.accounts = []
    expect(
      orgTreeRows(unlisted)
        .filter((r) => r.kind === 'account')
        .map((r) => [r.id, r.depth]),
    ).toEqual([
      [A, 1],
      [B, 2],
    ])
  })

  it('finds the selected node or account, and nothing for one that is gone', () => {
    const s = fixture()
    expect(selectedOrgItem(s, { kind: 'organization', node: 'ou-ab12-11111111' })).toMatchObject({
      kind: 'node',
      root: false,
    })
    expect(selectedOrgItem(s, { kind: 'organization', account: A })).toMatchObject({
      kind: 'account',
      label: `main (${A})`,
      management: true,
    })
    expect(selectedOrgItem(s, { kind: 'organization', node: 'ou-gone-00000000' })).toBeUndefined()
    expect(selectedOrgItem(s, { kind: 'organization' })).toBeUndefined()
    expect(selectedOrgItem(s, { kind: 'user', name: 'alice' })).toBeUndefined()
  })

  it('offers moves everywhere but where the item is, and never into an OU’s own subtree', () => {
    const s = fixture()
    const dev = selectedOrgItem(s, { kind: 'organization', node: 'ou-ab12-11111111' })!
    expect(moveChoices(s, dev)).toEqual([])
    const account = selectedOrgItem(s, { kind: 'organization', account: A })!
    expect(moveChoices(s, account)).toEqual([{ value: 'ou-ab12-11111111', label: `${EM}OU Dev` }])
  })
})

describe('attachments', () => {
  it('shows FullAWSAccess as AWS managed, RCPFullAWSAccess always attached, and offers the rest', () => {
    const s = fixture()
    expect(attachedOrgPolicies(s, 'r-ab12', 'scp')).toEqual([
      { value: 'FullAWSAccess', label: 'FullAWSAccess (AWS managed)' },
    ])
    expect(attachedOrgPolicies(s, B, 'rcp')).toEqual([
      { value: 'RCPFullAWSAccess', label: 'RCPFullAWSAccess (AWS managed)', locked: 'Always attached' },
    ])
    expect(attachableOrgPolicies(s, 'r-ab12', 'scp')).toEqual([{ value: 'DenyDelete', label: 'DenyDelete' }])
    expect(attachableOrgPolicies(s, 'ou-ab12-11111111', 'scp')).toEqual([])
    // An account lists nothing: FullAWSAccess is its default.
    expect(attachedOrgPolicies(s, B, 'scp').map((c) => c.value)).toEqual(['FullAWSAccess'])
  })

  it('lists every place, and where a policy is attached', () => {
    const s = fixture()
    expect(orgTargets(s).map((c) => c.label)).toEqual([
      'Root (root)',
      `${EM}Account main (${A})`,
      `${EM}OU Dev`,
      `${EM}${EM}Account ${B}`,
    ])
    expect(orgPolicyTargets(s, { name: 'DenyDelete', type: 'scp' })).toEqual([
      { value: 'ou-ab12-11111111', label: 'OU Dev' },
    ])
  })
})

describe('the organization actions', () => {
  it('creates the organization and selects its root', () => {
    const app = fakeApp({ ...fixture(), organization: undefined })
    expect(createOrg(app)).toBeUndefined()
    expect(app.navigation.selection).toEqual({
      kind: 'organization',
      node: app.document.scenario.organization!.root.id,
    })
    expect(createOrg(app)).toBe('This scenario already has an organization')
  })

  it('creates an OU and selects it; deleting it selects the parent', () => {
    const app = fakeApp()
    expect(createOu(app, 'r-ab12', ' Prod ')).toBeUndefined()
    const selection = app.navigation.selection
    expect(selection).toMatchObject({ kind: 'organization' })
    const id = selection?.kind === 'organization' ? selection.node! : ''
    expect(id).toMatch(/^ou-ab12-[0-9a-z]{8}$/)
    expect(createOu(app, 'r-ab12', 'Prod')).toBe('An OU named "Prod" already exists here')
    expect(deleteOu(app, id, 'r-ab12')).toBeUndefined()
    expect(app.navigation.selection).toEqual({ kind: 'organization', node: 'r-ab12' })
  })

  it('adds an account and selects it; moves, manages and removes it', () => {
    const app = fakeApp()
    expect(addAccount(app, 'r-ab12', 'sandbox')).toBeUndefined()
    const added = app.document.scenario.accounts.at(-1)!
    expect(added.alias).toBe('sandbox')
    expect(app.navigation.selection).toEqual({ kind: 'organization', account: added.id })
    expect(moveAccountTo(app, added.id, 'Dev')).toBeUndefined()
    expect(attachOrgPolicy(app, 'DenyDelete', added.id)).toBeUndefined()
    expect(detachOrgPolicy(app, 'FullAWSAccess', added.id)).toBeUndefined()
    expect(app.document.scenario.organization!.accountPolicies).toEqual([{ account: added.id, scps: ['DenyDelete'] }])
    expect(makeManagement(app, added.id)).toBeUndefined()
    expect(removeAccount(app, added.id, 'ou-ab12-11111111')).toMatch(/is the management account/)
    expect(makeManagement(app, A)).toBeUndefined()
    expect(removeAccount(app, added.id, 'ou-ab12-11111111')).toBeUndefined()
    expect(app.navigation.selection).toEqual({ kind: 'organization', node: 'ou-ab12-11111111' })
  })
})
