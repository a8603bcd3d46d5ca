// Entities of the same name in two accounts: selection, lookup, edit references and the marked row.
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import type { Scenario } from '../../../src/engine/scenario/model'
import { deleteEntity } from '../../../src/lib/account/actions'
import { entityRef, explorerItems, isSelected, itemSelection, selectedEntity } from '../../../src/lib/account/entities'
import { AppState, type Selection } from '../../../src/lib/state/app.svelte'
import AppHost from './AppHost.svelte'
import { A, B, fixture } from './fixtures'

function twoAdmins(): Scenario {
  const s = fixture()
  return { ...s, roles: [...(s.roles ?? []), { name: 'Admin', account: B, trustPolicy: '{}', tags: { side: 'b' } }] }
}

function html(selection: Selection): string {
  const app = new AppState(twoAdmins(), { simulate: () => Promise.reject(new Error('not in this test')) })
  app.navigation.select(selection)
  return render(AppHost, { props: { app } }).body.replace(/<!--[^>]*-->/g, '')
}

describe('two entities of the same name in two accounts', () => {
  it('select each row with its account', () => {
    const rows = explorerItems(twoAdmins()).role
    expect(rows.map((r) => itemSelection('role', r))).toEqual([
      { kind: 'role', name: 'Admin', account: A },
      { kind: 'role', name: 'Admin', account: B },
    ])
    expect(itemSelection('resource', explorerItems(twoAdmins()).resource[0]!)).toEqual({
      kind: 'resource',
      name: 'arn:aws:s3:::bucket-a',
    })
  })

  it('look the entity up in the selection account, else the first account', () => {
    const s = twoAdmins()
    expect(selectedEntity(s, { kind: 'role', name: 'Admin', account: B })?.entity).toBe(s.roles![1])
    expect(selectedEntity(s, { kind: 'role', name: 'Admin', account: A })?.entity).toBe(s.roles![0])
    expect(selectedEntity(s, { kind: 'role', name: 'Admin' })?.entity).toBe(s.roles![0])
    expect(selectedEntity(s, { kind: 'group', name: 'DEV1', account: B })?.entity).toBe(s.groups![2])
    expect(selectedEntity(s, { kind: 'user', name: 'carol' })).toBeUndefined()
    expect(selectedEntity(s, { kind: 'user', name: 'carol', account: B })?.entity).toBe(s.users![2])
  })

  it('match a row only in its account', () => {
    expect(isSelected({ kind: 'role', name: 'Admin', account: B }, 'role', 'Admin', B, A)).toBe(true)
    expect(isSelected({ kind: 'role', name: 'Admin', account: B }, 'role', 'Admin', A, A)).toBe(false)
    expect(isSelected({ kind: 'role', name: 'Admin' }, 'role', 'Admin', A, A)).toBe(true)
    expect(isSelected({ kind: 'role', name: 'Admin' }, 'role', 'Admin', B, A)).toBe(false)
  })

  it('name entities outside the first account by ARN for the edits', () => {
    const s = twoAdmins()
    expect(entityRef(s, 'role', s.roles![0]!)).toBe('Admin')
    expect(entityRef(s, 'role', s.roles![1]!)).toBe(`arn:aws:iam::${B}:role/Admin`)
    expect(entityRef(s, 'group', s.groups![2]!)).toBe(`arn:aws:iam::${B}:group/DEV1`)
  })

  it('delete the entity of the selected account only', () => {
    const app = new AppState(twoAdmins(), { simulate: () => Promise.reject(new Error('not in this test')) })
    app.navigation.select({ kind: 'role', name: 'Admin', account: B })
    expect(deleteEntity(app, 'role', 'Admin', B)).toBeUndefined()
    expect(app.document.scenario.roles).toEqual([expect.objectContaining({ name: 'Admin' })])
    expect(app.document.scenario.roles![0]!.account).toBeUndefined()
  })

  it('mark only the row of the selected account', () => {
    const body = html({ kind: 'role', name: 'Admin', account: B })
    expect(body.match(/aria-current="true"/g)).toHaveLength(1)
    expect(body).toMatch(new RegExp(`aria-current="true"[^>]*>Admin \\(${B}\\)<`))
    expect(body).toContain('side')
    const home = html({ kind: 'role', name: 'Admin' })
    expect(home.match(/aria-current="true"/g)).toHaveLength(1)
    expect(home).toMatch(/aria-current="true"[^>]*>Admin</)
    expect(home).toContain('Edit inline policy p1')
  })
})
