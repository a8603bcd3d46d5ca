import { describe, expect, it } from 'vitest'
import { createInlinePolicy, deleteEntity, removeInlinePolicy, renameEntity } from '../../../src/lib/account/actions'
import { STARTER_IDENTITY_POLICY } from '../../../src/lib/account/starters'
import { fakeApp } from './fixtures'

describe(renameEntity, () => {
  it('renames, selects the new name and keeps the editor on the renamed role’s document', () => {
    const app = fakeApp()
    app.navigation.target = { slot: 'inline', owner: 'role', identity: 'Admin', name: 'p1' }
    expect(renameEntity(app, 'role', 'Admin', 'Boss')).toBeUndefined()
    expect(app.document.scenario.roles!.map((r) => r.name)).toEqual(['Boss'])
    expect(app.navigation.selection).toEqual({ kind: 'role', name: 'Boss' })
    expect(app.navigation.target).toEqual({ slot: 'inline', owner: 'role', identity: 'Boss', name: 'p1' })
  })

  it('returns the refusal and changes nothing', () => {
    const app = fakeApp()
    const before = app.document.scenario
    expect(renameEntity(app, 'user', 'alice', 'bob')).toMatch(/bob/)
    expect(app.document.scenario).toBe(before)
    expect(app.navigation.selection).toBeUndefined()
  })

  it('renames resources by ARN', () => {
    const app = fakeApp()
    expect(renameEntity(app, 'resource', 'arn:aws:s3:::bucket-a', 'arn:aws:s3:::bucket-b')).toBeUndefined()
    expect(app.navigation.selection).toEqual({ kind: 'resource', name: 'arn:aws:s3:::bucket-b' })
  })
})

describe(deleteEntity, () => {
  it('deletes and clears the selection', () => {
    const app = fakeApp()
    app.navigation.selection = { kind: 'user', name: 'bob' }
    expect(deleteEntity(app, 'user', 'bob')).toBeUndefined()
    expect(app.document.scenario.users!.map((u) => u.name)).toEqual(['alice', 'carol'])
    expect(app.navigation.selection).toBeUndefined()
  })

  it('deletes an attached managed policy, detaching it everywhere', () => {
    const app = fakeApp()
    expect(deleteEntity(app, 'policy', 'Reader')).toBeUndefined()
    expect(app.document.scenario.users![0]!.managedPolicies).not.toContain('Reader')
    expect(app.document.scenario.roles![0]!.permissionsBoundary).toBeUndefined()
  })

  it('deletes an attached SCP', () => {
    const app = fakeApp()
    expect(deleteEntity(app, 'org-policy', 'DenyDelete')).toBeUndefined()
    expect(app.document.scenario.organization!.policies ?? []).toEqual([])
  })
})

describe(createInlinePolicy, () => {
  it('creates the starter document as text and opens it', () => {
    const app = fakeApp()
    expect(createInlinePolicy(app, 'user', { name: 'bob' }, ' first ')).toBeUndefined()
    expect(app.document.scenario.users![1]!.inlinePolicies).toEqual([
      { name: 'first', document: STARTER_IDENTITY_POLICY },
    ])
    expect(app.navigation.target).toEqual({ slot: 'inline', owner: 'user', identity: 'bob', name: 'first' })
  })

  it('refuses a name the identity already uses (instead of overwriting it)', () => {
    const app = fakeApp()
    const role = app.document.scenario.roles![0]!
    expect(createInlinePolicy(app, 'role', role, 'p1')).toMatch(/already has/)
  })

  it('passes on the refusal of an invalid name', () => {
    expect(createInlinePolicy(fakeApp(), 'user', { name: 'bob' }, 'bad name!')).toBeTypeOf('string')
  })
})

describe(removeInlinePolicy, () => {
  it('deletes an inline policy', () => {
    const app = fakeApp()
    expect(removeInlinePolicy(app, 'role', 'Admin', 'p1')).toBeUndefined()
    expect(app.document.scenario.roles![0]!.inlinePolicies ?? []).toEqual([])
  })
})
