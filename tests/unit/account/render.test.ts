// Server-renders the explorer and the panel for each kind of selection: markup, headings and accessible names.
import { render } from 'svelte/server'
import { describe, expect, it } from 'vitest'
import { AppState, type Selection } from '../../../src/lib/state/app.svelte'
import AppHost from './AppHost.svelte'
import { fixture } from './fixtures'

function html(selection: Selection): string {
  const app = new AppState(fixture(), { simulate: () => Promise.reject(new Error('not in this test')) })
  app.navigation.select(selection)
  return render(AppHost, { props: { app } }).body.replace(/<!--[^>]*-->/g, '')
}

describe('AccountExplorer and EntityPanel', () => {
  it('list every section and mark the selected row', () => {
    const body = html({ kind: 'user', name: 'bob' })
    expect(body).toMatch(/<nav [^>]*aria-label="Account">/)
    for (const text of ['Users', 'Groups', 'Roles', 'Policies', 'Resources', 'Organization', 'New SCP', 'Root'])
      expect(body).toContain(text)
    expect(body).toMatch(/aria-current="true"[^>]*>bob</)
    expect(body.match(/aria-current="true"/g)).toHaveLength(1)
  })

  it.each([
    [{ kind: 'user', name: 'alice' }, ['Remove alice from DEV1', 'Detach AdministratorAccess from alice', 'Add tag']],
    [{ kind: 'group', name: 'DEV1' }, ['Remove alice from DEV1', 'Add member', 'Inline policies']],
    [{ kind: 'role', name: 'Admin' }, ['Edit trust policy', 'Edit inline policy p1', 'Maximum session duration']],
    [{ kind: 'policy', name: 'Reader' }, ['Edit default version v1', 'Attached to', 'New version']],
    [{ kind: 'resource', name: 'arn:aws:s3:::bucket-a' }, ['Edit resource policy', 'No resource policy yet']],
    [{ kind: 'org-policy', name: 'DenyDelete' }, ['Edit DenyDelete', 'Dev']],
  ] as const)('show the panel of %j', (selection, texts) => {
    const body = html(selection)
    expect(body).toContain(`Delete ${selection.name}`)
    for (const text of texts) expect(body).toContain(text)
  })

  it('show the root, an OU and an account of the organization, the management account marked', () => {
    const root = html({ kind: 'organization', node: 'r-ab12' })
    expect(root).toMatch(/<h2[^>]*>.*Root.*<\/h2>/s)
    for (const text of ['New OU', 'Add account', 'Service control policies (SCPs)', 'FullAWSAccess (AWS managed)'])
      expect(root).toContain(text)
    expect(root).toContain('RCPFullAWSAccess (AWS managed)')
    expect(root).not.toContain('Delete Root')
    const ou = html({ kind: 'organization', node: 'ou-ab12-11111111' })
    expect(ou).toContain('Organizational unit (OU)')
    expect(ou).toContain('Delete Dev')
    expect(ou).toContain('Detach DenyDelete from OU Dev')
    const management = html({ kind: 'organization', account: '111122223333' })
    expect(management).toContain('This is the management account')
    expect(management).not.toContain('Make management account')
    const member = html({ kind: 'organization', account: '444455556666' })
    expect(member).toContain('Make management account')
    expect(member).toContain('Move to')
    // The tree marks the management account.
    expect(member).toMatch(/main \(111122223333\)<span[^>]*> · Management account<\/span>/)
  })

  it('say what to do when nothing is selected', () => {
    expect(html(undefined)).toContain('Select a user, group, role, policy or resource')
  })
})
