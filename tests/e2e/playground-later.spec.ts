// What the playground's first screen does not show loads later, in one chunk (the tools below the answer, the selected
// entity's forms, the workspace menu's contents, the edits its buttons make). When that chunk cannot load, each place
// that needed it says so where it is, and the first screen keeps working.
import { expect, test } from '@playwright/test'
import { openApp } from './support/app.ts'

const LATER = /\/assets\/playground-later-[^/]*\.js$/

test('the first screen answers without the later chunk, and each part that needs it says it could not load', async ({
  page,
}) => {
  await page.context().route(LATER, (route) => route.abort())
  await openApp(page)
  const failed = /^This part of the page could not be loaded/

  // Below the answer.
  const request = page.locator('.column.request')
  await expect(request.getByRole('alert').filter({ hasText: failed })).toBeVisible()

  // The workspace menu's contents.
  await page.getByRole('navigation', { name: 'Workspace tools' }).locator('summary').first().click()
  await expect(page.getByRole('group', { name: 'Workspaces' }).getByRole('alert')).toHaveText(failed)
  await page.keyboard.press('Escape')

  // An edit from the explorer: the refusal shows under its field.
  const explorer = page.getByRole('navigation', { name: 'Account' })
  await explorer.getByRole('button', { name: 'New user' }).click()
  await explorer.getByLabel('Name', { exact: true }).fill('later-check')
  await explorer.getByRole('button', { name: 'Create', exact: true }).click()
  await expect(explorer.getByText(failed)).toBeVisible()

  // The clock.
  const clock = page.getByRole('group', { name: 'Clock' })
  await clock.getByRole('button', { name: '+1 day', exact: true }).click()
  await expect(clock.getByRole('alert')).toHaveText(failed)
})
