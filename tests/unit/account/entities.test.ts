import { describe, expect, it } from 'vitest'
import type { EditResult, Scenario } from '../../../src/engine/index'
import { renamePolicy, setPolicyVersionDocument } from '../../../src/engine/scenario/edits/index'
import { explorerItems, isSelected, selectedEntity } from '../../../src/lib/account/entities'
import { B, fixture } from './fixtures'

describe(explorerItems, () => {
  it('lists every kind, resources by ARN with a short label and organization policies with their type', () => {
    const items = explorerItems(fixture())
    expect(items.user.map((i) => i.name)).toEqual(['alice', 'bob', 'carol'])
    expect(items.resource.map((i) => i.label)).toEqual(['bucket-a', 'queue'])
    expect(items.resource[1]!.name).toBe('arn:aws:sqs:us-east-1:444455556666:q')
    expect(items['org-policy']).toEqual([{ key: 'DenyDelete', name: 'DenyDelete', label: 'DenyDelete (SCP)' }])
  })

  it('tells apart same-named entities of different accounts', () => {
    const groups = explorerItems(fixture()).group
    expect(groups.map((g) => g.label)).toEqual(['DEV1', 'ops', `DEV1 (${B})`])
    expect(new Set(groups.map((g) => g.key)).size).toBe(3)
  })

  // Each keystroke in the policy editor stores a new scenario; the explorer's rows must stay the same objects.
  it('keeps every section the same list after a policy text edit, as a fresh derivation would list it', () => {
    const before = fixture()
    const items = explorerItems(before)
    const after = applied(setPolicyVersionDocument(before, { policy: 'Reader', document: '{"Statement":[]}' }))
    const next = explorerItems(after)
    for (const kind of Object.keys(items) as (keyof typeof items)[]) expect(next[kind]).toBe(items[kind])
    expect(next).toEqual(explorerItems(structuredClone(after)))
  })

  it('changes only the renamed row of a section', () => {
    const before = fixture()
    const items = explorerItems(before)
    const next = explorerItems(applied(renamePolicy(before, { policy: 'Writer', name: 'Author' })))
    expect(next.policy.map((i) => i.name)).toEqual(['Reader', 'Author', 'Remote'])
    expect(next.policy[0]).toBe(items.policy[0])
    expect(next.policy[2]).toBe(items.policy[2])
    expect(next.user).toBe(items.user)
  })

  it('gives empty lists for a scenario without entities', () => {
    const items = explorerItems({ ...fixture(), users: undefined, organization: undefined })
    expect(items.user).toEqual([])
    expect(items['org-policy']).toEqual([])
  })
})

describe(selectedEntity, () => {
  it('finds the selected entity of each kind', () => {
    const s = fixture()
    expect(selectedEntity(s, { kind: 'user', name: 'bob' })).toEqual({ kind: 'user', entity: { name: 'bob' } })
    expect(selectedEntity(s, { kind: 'resource', name: 'arn:aws:s3:::bucket-a' })?.kind).toBe('resource')
    expect(selectedEntity(s, { kind: 'org-policy', name: 'DenyDelete' })?.kind).toBe('org-policy')
    expect(selectedEntity(s, { kind: 'policy', name: 'Writer' })?.kind).toBe('policy')
  })

  it('is undefined for nothing, the organization, or a deleted entity', () => {
    const s = fixture()
    expect(selectedEntity(s, undefined)).toBeUndefined()
    expect(selectedEntity(s, { kind: 'organization' })).toBeUndefined()
    expect(selectedEntity(s, { kind: 'role', name: 'Gone' })).toBeUndefined()
  })
})

describe(isSelected, () => {
  it('matches kind and name', () => {
    expect(isSelected({ kind: 'user', name: 'alice' }, 'user', 'alice')).toBe(true)
    expect(isSelected({ kind: 'group', name: 'alice' }, 'user', 'alice')).toBe(false)
    expect(isSelected(undefined, 'user', 'alice')).toBe(false)
  })
})

function applied(result: EditResult): Scenario {
  if (!result.ok) throw new Error('the edit was refused')
  return result.scenario
}
