// Files in and out: exporting the scenario, a broken scenario file refused with the place of its problem, and an
// AWS account's authorization details imported as a new workspace.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp } from './support/app.ts'

const SMALL_ACCOUNT = fileURLToPath(new URL('../fixtures/aws/small-account.json', import.meta.url))

/** Opens the workspace menu (a disclosure in the toolbar) and returns its panel. */
async function openWorkspaceMenu(page: Page) {
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  const menu = page.getByRole('group', { name: 'Workspaces' })
  await expect(menu).toBeVisible()
  return menu
}

test('exporting downloads the open scenario as a JSON file', async ({ page }) => {
  await openApp(page)
  const menu = await openWorkspaceMenu(page)
  const download = page.waitForEvent('download')
  await menu.getByRole('button', { name: 'Export scenario file' }).click()

  const file = await download
  expect(file.suggestedFilename()).toMatch(/^One-company-account.*\.json$/)
  const scenario = JSON.parse(await readFile(await file.path(), 'utf8'))
  expect(scenario.format).toBe('iam-playground/scenario')
  expect(scenario.users.map((u: { name: string }) => u.name)).toContain('developer-a')
  await expect(menu).toBeHidden()
})

test('a broken scenario file is refused with the line and column of its problem', async ({ page }) => {
  await openApp(page)
  const menu = await openWorkspaceMenu(page)
  const broken =
    '{\n  "format": "iam-playground/scenario",\n  "version": 1,\n  "accounts": [ { "id": "111122223333" } ]\n  "users": []\n}\n'
  await menu.getByLabel('Import scenario file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(broken),
  })

  const problems = menu.getByRole('alert')
  await expect(problems).toContainText('The file “broken.json” cannot be imported:')
  // The missing comma is before "users", on line 5.
  await expect(problems.getByRole('listitem').first()).toHaveText(/^5:\d+: /)
  // Nothing was opened.
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('One company account')
})

test('an AWS account export opens as a workspace with its users', async ({ page }) => {
  await openApp(page)
  const menu = await openWorkspaceMenu(page)
  await menu.getByRole('button', { name: 'Import from AWS account' }).click()

  const dialog = page.getByRole('dialog', { name: 'Import from AWS account' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Or choose a file').setInputFiles(SMALL_ACCOUNT)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText(/Users: 3 · Groups: \d+ · Roles: \d+/)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText(
    'Workspace: AWS account 123456789012',
  )
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  for (const name of ['alice', 'bob', 'carol'])
    await expect(users.getByRole('button', { name, exact: true })).toBeVisible()
  await expect(users.getByRole('button', { name: 'jiwoo' })).toHaveCount(0)

  // The imported account can be questioned: a request waits to be filled in, and alice's inline policy answers.
  await expect(page.getByText('Fill in a principal, an action and a resource to see the decision.')).toBeVisible()
  await users.getByRole('button', { name: 'alice', exact: true }).click()
  const alice = page.getByRole('region', { name: 'User alice', exact: true })
  await expect(alice.getByRole('region', { name: 'Groups' })).toContainText('Admins')
  await expect(alice.getByRole('button', { name: 'Edit inline policy ManageOwnAccessKeys' })).toBeVisible()
  await ask(page, {
    principal: 'user/alice',
    action: 'iam:CreateAccessKey',
    resource: 'arn:aws:iam::123456789012:user/alice',
  })
  await expect(decision(page)).toHaveText(/^Allowed/)
})
