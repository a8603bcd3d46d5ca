// Permissions through groups: adding a user to a group whose policy allows the request allows it; removing the user
// takes it away again; Undo and Redo step through both changes.
import { expect, test } from '@playwright/test'
import { ask, decision, openApp } from './support/app.ts'

test('joining and leaving a group changes the decision, and Undo/Redo restore each step', async ({ page }) => {
  await openApp(page)
  // Front-end developer jiwoo (groups DEV1, FE1) may not read S3 objects: only the INFRA groups may.
  await ask(page, {
    principal: 'user/jiwoo',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::company-a-app-assets/images/logo.png',
    expected: 'Implicitly denied',
  })

  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  const details = page.getByRole('region', { name: 'User jiwoo' })
  const groups = details.getByRole('region', { name: 'Groups' })
  await expect(groups.getByRole('listitem')).toHaveText(['DEV1 Remove', 'FE1 Remove'])

  // INFRA1 has AmazonS3FullAccess.
  await groups.getByRole('combobox', { name: 'Add to group' }).selectOption('INFRA1')
  await groups.getByRole('button', { name: 'Add to group' }).click()
  await expect(groups.getByRole('listitem')).toHaveCount(3)
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('AmazonS3FullAccess')

  await groups.getByRole('button', { name: 'Remove jiwoo from INFRA1' }).click()
  await expect(groups.getByRole('listitem')).toHaveCount(2)
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  const toolbar = page.getByRole('navigation', { name: 'Workspace tools' })
  const undo = toolbar.getByRole('button', { name: /^Undo/ })
  const redo = toolbar.getByRole('button', { name: /^Redo/ })
  await expect(redo).toBeDisabled()

  await undo.click() // the removal
  await expect(groups.getByRole('button', { name: 'Remove jiwoo from INFRA1' })).toBeVisible()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await undo.click() // the addition
  await expect(groups.getByRole('listitem')).toHaveCount(2)
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(undo).toBeDisabled()

  await redo.click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await redo.click()
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(redo).toBeDisabled()
})
