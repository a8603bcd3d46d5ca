// Terraform and CloudFormation imported from the workspace menu: a summary with the values to fill in, then a new
// workspace that answers requests.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp } from './support/app.ts'

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import-iac/${name}`, import.meta.url))

/** Opens the workspace menu and picks one of its import buttons; returns the dialog. */
async function openImport(page: Page, button: string) {
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  const menu = page.getByRole('group', { name: 'Workspaces' })
  await menu.getByRole('button', { name: button }).click()
  const dialog = page.getByRole('dialog', { name: button })
  await expect(dialog).toBeVisible()
  return dialog
}

test('a CloudFormation template opens as a workspace after a summary of what to fill in', async ({ page }) => {
  await openApp(page)
  const dialog = await openImport(page, 'Import CloudFormation')
  await dialog.getByLabel('Or choose a file').setInputFiles(fixture('template.yaml'))
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText('Users: 2 · Groups: 1 · Roles: 1 · Managed policies: 1')
  await expect(dialog).toContainText('Values to fill in: 2')
  await dialog.getByText('Values to fill in: 2', { exact: true }).click()
  await expect(dialog).toContainText('parameter "AuditAccount" has no `Default`; fill in a value')
  // A value filled in for a parameter is used on the next import: one value is left.
  await dialog.getByRole('group', { name: 'Values to fill in' }).getByLabel('AuditAccount').fill('777788889999')
  await dialog.getByRole('button', { name: 'Import again with these values' }).click()
  await expect(dialog).toContainText('Values to fill in: 1')
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText(
    'Workspace: CloudFormation import',
  )
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  for (const name of ['alice', 'Bob']) await expect(users.getByRole('button', { name, exact: true })).toBeVisible()
  await ask(page, { principal: 'role/app', action: 's3:GetObject', resource: 'arn:aws:s3:::assets/report.csv' })
  await expect(decision(page)).toHaveText(/^Allowed/)
})

test('a syntax error in a template is shown at its line and column', async ({ page }) => {
  await openApp(page)
  const dialog = await openImport(page, 'Import CloudFormation')
  await dialog
    .getByLabel('Template (JSON or YAML)')
    .fill('Resources:\n  A:\n    Type: AWS::IAM::User\n   Properties: {}\n')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('This is not a CloudFormation template:')
  await expect(dialog).toContainText('4:1: the template is not valid YAML')
  await expect(dialog.getByRole('button', { name: 'Open', exact: true })).toHaveCount(0)
})

test('terraform show -json state opens as a workspace', async ({ page }) => {
  await openApp(page)
  const dialog = await openImport(page, 'Import Terraform')
  await expect(dialog).toContainText('terraform show -json')
  await dialog.getByLabel('Or choose a file').setInputFiles(fixture('state.json'))
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText('Users: 1 · Groups: 1 · Roles: 1 · Managed policies: 1 · Resource policies: 2')
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()

  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Workspace: Terraform import')
  await ask(page, {
    principal: 'arn:aws:iam::111122223333:user/eng/alice',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::data/report.csv',
  })
  await expect(decision(page)).toHaveText(/^Allowed/)
})

test('a .tf file is parsed in the browser and opens as a workspace', async ({ page }) => {
  const wasm: string[] = []
  page.on('request', (request) => {
    if (/\.wasm/.test(request.url())) wasm.push(request.url())
  })
  await openApp(page)
  const dialog = await openImport(page, 'Import Terraform')
  await dialog.getByLabel('Or choose a file').setInputFiles(fixture('state.json'))
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText('Users: 1 · Groups: 1')
  // JSON needs no parser: the WebAssembly loads on the first .tf import only, from this origin.
  expect(wasm).toEqual([])

  await dialog.getByLabel('Or choose a file').setInputFiles(fixture('main.tf'))
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText('Users: 1 · Groups: 1 · Roles: 1 · Managed policies: 1', { timeout: 30_000 })
  await expect(dialog).toContainText('Values to fill in: 2')
  expect(wasm).toHaveLength(1)
  expect(new URL(wasm[0]!).origin).toBe(new URL(page.url()).origin)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()

  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Workspace: Terraform import')
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  await expect(users.getByRole('button', { name: 'alice', exact: true })).toBeVisible()
  await ask(page, { principal: 'role/app', action: 's3:GetObject', resource: 'arn:aws:s3:::data/report.csv' })
  await expect(decision(page)).toHaveText(/^Allowed/)
})

test('a syntax error in pasted .tf text is shown at its line and column', async ({ page }) => {
  await openApp(page)
  const dialog = await openImport(page, 'Import Terraform')
  await dialog.getByLabel('Terraform configuration (.tf) or JSON').fill('resource "a" "b" {\n  name = \n}\n')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText('This is not Terraform configuration', { timeout: 30_000 })
  await expect(dialog).toContainText('main.tf 2:10: the file is not valid HCL (Invalid expression')
  await expect(dialog.getByRole('button', { name: 'Open', exact: true })).toHaveCount(0)
})

test('the scenario exported as Terraform imports back with the same users', async ({ page }) => {
  await openApp(page)
  const account = page.getByRole('navigation', { name: 'Account' })
  const users = account.getByRole('region', { name: 'Users' }).getByRole('button')
  await expect(users.first()).toBeVisible()
  // The region's buttons: one per user, plus the region's own (the same before and after).
  const before = (await users.allInnerTexts()).map((name) => name.trim()).sort()
  expect(before).toEqual(expect.arrayContaining(['developer-a', 'jiwoo', 'minho']))

  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  const download = page.waitForEvent('download')
  await page.getByRole('group', { name: 'Workspaces' }).getByRole('button', { name: 'Export as Terraform' }).click()
  const tf = await (await download).path()

  const dialog = await openImport(page, 'Import Terraform')
  await dialog
    .getByLabel('Or choose a file')
    .setInputFiles({ name: 'main.tf', mimeType: 'text/plain', buffer: await readFile(tf) })
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog).toContainText(/Users: [1-9]\d* · /, { timeout: 30_000 })
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Workspace: Terraform import')
  await expect.poll(async () => (await users.allInnerTexts()).map((name) => name.trim()).sort()).toEqual(before)
})
