// The findings view's helpers: which findings name the selected entity, where an entity link leads, fixes as
// undoable edits, and the messages a finding is shown with.
import { describe, expect, it } from 'vitest'
import { auditScenario, type Finding } from '../../../src/engine/index'
import { namesSelection, selectionOf } from '../../../src/lib/findings/entities'
import { fixEdit } from '../../../src/lib/findings/fix'
import { detailText, entityText, findingExplanation, findingTitle, fixLabel } from '../../../src/lib/findings/text'
import { A, B, scenario } from '../../helpers/scenario'

const s = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'alice', password: {} },
    { name: 'alice', account: B, password: {} },
  ],
})
const byUser = (findings: Finding[], account: string) =>
  findings.filter((f) => f.check === 'console-user-mfa' && f.entities[0]!.account === account)

describe('findings beside entities', () => {
  const findings = auditScenario(s)

  it('names a selected user only in its own account', () => {
    const mine = findings.filter((f) => namesSelection(f, { kind: 'user', name: 'alice' }, s))
    expect(mine.map((f) => f.entities[0]!.account)).toEqual([A])
    const theirs = findings.filter((f) => namesSelection(f, { kind: 'user', name: 'alice', account: B }, s))
    expect(theirs.map((f) => f.id)).toEqual(byUser(findings, B).map((f) => f.id))
    expect(findings.filter((f) => namesSelection(f, { kind: 'organization' }, s))).toEqual([])
    expect(findings.filter((f) => namesSelection(f, undefined, s))).toEqual([])
  })

  it('links users, roles and resources to the explorer, accounts and root users to nothing', () => {
    expect(selectionOf({ kind: 'user', name: 'alice', account: B })).toEqual({
      kind: 'user',
      name: 'alice',
      account: B,
    })
    expect(selectionOf({ kind: 'resource', name: 'arn:aws:s3:::b', account: A })).toEqual({
      kind: 'resource',
      name: 'arn:aws:s3:::b',
    })
    expect(selectionOf({ kind: 'root', name: 'root', account: A })).toBeUndefined()
    expect(selectionOf({ kind: 'account', name: A, account: A })).toBeUndefined()
  })

  it('shows an entity with its account when it is not the first one', () => {
    expect(entityText({ kind: 'user', name: 'alice', account: A }, A)).toBe('User alice')
    expect(entityText({ kind: 'user', name: 'alice', account: B }, A)).toBe(`User alice (${B})`)
    expect(entityText({ kind: 'root', name: 'root', account: B }, A)).toBe(`Root user (${B})`)
    expect(entityText({ kind: 'account', name: A, account: A }, A)).toBe(`Account ${A}`)
  })
})

describe('finding texts and fixes', () => {
  const [mfa] = byUser(auditScenario(s), B)

  it('shows the engine text through the message catalog', () => {
    expect(findingTitle(mfa!)).toBe(mfa!.title)
    expect(findingExplanation(mfa!)).toBe(mfa!.explanation)
    expect(fixLabel(mfa!.fix!)).toBe('Assign a virtual MFA device')
    // A key the catalog lacks is worded from the message (shown as its key), never taken from the English field,
    // which holds only a key in the worker's answers.
    const unknown = { key: 'no-such-detail', params: {}, text: 'the English field' }
    expect(detailText({ ...unknown, message: { key: 'findings.detail.no-such-detail' } })).toBe(
      'findings.detail.no-such-detail',
    )
    expect(findingTitle({ ...mfa!, check: 'no-such-check' as never, title: 'unread' })).toBe(mfa!.title)
  })

  it('turns a fix into an undoable edit, refused once it no longer applies', () => {
    const edit = fixEdit(s, mfa!.fix!)
    expect(edit).toMatchObject({ ok: true, label: 'Assign a virtual MFA device' })
    if (!edit.ok) return
    expect(byUser(auditScenario(edit.scenario), B)).toEqual([])
    const gone = { ...s, users: s.users!.filter((u) => u.account !== B) }
    expect(fixEdit(gone, mfa!.fix!)).toEqual({
      ok: false,
      error: 'This fix no longer applies: the account changed.',
      errorText: { key: 'findings.fixStale' },
    })
  })
})
