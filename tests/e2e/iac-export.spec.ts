// Exporting the open scenario as infrastructure as code from the workspace menu.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { openApp } from './support/app.ts'

test('the workspace menu exports the scenario as Terraform and as an AWS CLI script', async ({ page }) => {
  await openApp(page)
  const tools = page.getByRole('navigation', { name: 'Workspace tools' })
  const menu = page.getByRole('group', { name: 'Workspaces' })

  await tools.getByText('Workspace:').click()
  let download = page.waitForEvent('download')
  await menu.getByRole('button', { name: 'Export as Terraform' }).click()
  let file = await download
  expect(file.suggestedFilename()).toBe('main.tf')
  const tf = await readFile(await file.path(), 'utf8')
  expect(tf).toContain('resource "aws_iam_user" "developer_a"')
  expect(tf).toContain('policy = jsonencode({')
  await expect(menu).toBeHidden()

  await tools.getByText('Workspace:').click()
  download = page.waitForEvent('download')
  await menu.getByRole('button', { name: 'Export as AWS CLI script' }).click()
  file = await download
  expect(file.suggestedFilename()).toBe('create-iam.sh')
  expect(await readFile(await file.path(), 'utf8')).toContain('aws iam create-user --user-name developer-a')
})

test("a user's panel exports just that user and what it needs", async ({ page }) => {
  await openApp(page)
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('button', { name: 'developer-a', exact: true })
    .click()
  const panel = page.getByRole('region', { name: 'User developer-a' })
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Export developer-a and what it needs as CloudFormation' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('template.yaml')
  const yaml = await readFile(await file.path(), 'utf8')
  expect(yaml).toContain('UserName: developer-a')
  expect(yaml).not.toContain('UserName: developer-b')
})

test('a CloudFormation export imports back with the same users', async ({ page }) => {
  await openApp(page)
  const tools = page.getByRole('navigation', { name: 'Workspace tools' })
  const menu = page.getByRole('group', { name: 'Workspaces' })
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  const before = (await users.getByRole('button').allTextContents()).map((t) => t.trim()).sort()
  expect(before.length).toBeGreaterThan(0)

  await tools.getByText('Workspace:').click()
  const download = page.waitForEvent('download')
  await menu.getByRole('button', { name: 'Export as CloudFormation (YAML)' }).click()
  const path = await (await download).path()

  await tools.getByText('Workspace:').click()
  await menu.getByRole('button', { name: 'Import CloudFormation' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import CloudFormation' })
  await dialog.getByLabel('Or choose a file').setInputFiles(path)
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(tools).toContainText('Workspace: CloudFormation import')
  await expect
    .poll(async () => (await users.getByRole('button').allTextContents()).map((t) => t.trim()).sort())
    .toEqual(before)
})
