// Workspaces persist in IndexedDB: an edit is saved by itself, and a reload reopens the last workspace with it.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision, openApp } from './support/app.ts'

test('a new user is saved and still there after a reload, in the workspace that was open', async ({ page }) => {
  await page.clock.install()
  await openApp(page)
  // Another workspace than the first visit's, so the reload must reopen it rather than start afresh.
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await gallery
    .getByRole('article', { name: 'MFA required for sensitive actions' })
    .getByRole('button', { name: 'Open' })
    .click()
  await expect(gallery).toBeHidden()
  const toolbar = page.getByRole('navigation', { name: 'Workspace tools' })
  await expect(toolbar).toContainText('Workspace: MFA required for sensitive actions')

  const saveStatus = page.getByRole('banner').getByText(/^(Saved|Saving…|Unsaved changes)$/)
  await expect(saveStatus).toHaveText('Saved')
  // Time stands still, so the autosave's 500 ms pause is seen: unsaved until the clock moves on.
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'))

  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  await users.getByRole('button', { name: 'New user' }).click()
  await users.getByRole('textbox', { name: 'Name' }).fill('nadia')
  await users.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(users.getByRole('button', { name: 'nadia', exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'User nadia' })).toBeVisible()

  await expect(saveStatus).toHaveText('Unsaved changes')
  await page.clock.runFor(600)
  await expect(saveStatus).toHaveText('Saved')
  await page.clock.resume()

  await page.reload()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(toolbar).toContainText('Workspace: MFA required for sensitive actions')
  await expect(users.getByRole('button', { name: 'nadia', exact: true })).toBeVisible()
  await expect(users.getByRole('button', { name: 'dana', exact: true })).toBeVisible()
  await expect(saveStatus).toHaveText('Saved')
  // A reload starts a fresh undo history.
  await expect(toolbar.getByRole('button', { name: /^Undo/ })).toBeDisabled()

  // Both workspaces are kept; the reopened one is marked open.
  await toolbar.getByText('Workspace:').click()
  const menu = page.getByRole('group', { name: 'Workspaces' })
  await expect(menu.getByRole('listitem')).toHaveCount(2)
  await expect(menu.getByRole('button', { name: /^MFA required for sensitive actions/ })).toHaveAttribute(
    'aria-current',
    'true',
  )
  await expect(menu.getByRole('button', { name: /^One company account/ })).toBeVisible()
})

// Autosave waits 500 ms after the last edit and IndexedDB cannot finish while a page unloads: the page keeps such
// edits in localStorage on its way out and saves them on the next start.
test('an edit made just before a reload is not lost', async ({ page }) => {
  await openApp(page)
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  await users.getByRole('button', { name: 'New user' }).click()
  await users.getByRole('textbox', { name: 'Name' }).fill('omar')
  await users.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(users.getByRole('button', { name: 'omar', exact: true })).toBeVisible()

  await page.reload()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(users.getByRole('button', { name: 'omar', exact: true })).toBeVisible({ timeout: 2000 })
})
