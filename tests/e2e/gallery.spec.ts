// The scenario gallery: "Scenarios" opens it, the search narrows it, and opening a scenario loads it as a new
// workspace with its first saved request answered.
import { expect, test } from '@playwright/test'
import { decision, openApp, requestForm } from './support/app.ts'

test('the gallery filters scenarios and opens one as a new workspace', async ({ page }) => {
  await openApp(page)
  const scenarios = page.getByRole('button', { name: 'Scenarios' })
  await scenarios.click()

  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await expect(gallery).toBeVisible()
  const cards = gallery.getByRole('article')
  const total = await cards.count()
  expect(total).toBeGreaterThanOrEqual(10)
  await expect(gallery.getByText(`Scenarios shown: ${total}`)).toBeVisible()

  // Every word must match, in the title, description or tags, case-insensitively.
  const search = gallery.getByRole('searchbox', { name: 'Search scenarios' })
  await search.fill('MFA')
  await expect(
    cards.filter({ has: page.getByRole('heading', { name: 'MFA required for sensitive actions' }) }),
  ).toHaveCount(1)
  expect(await cards.count()).toBeLessThan(total)
  await search.fill('mfa zzz-no-such-word')
  await expect(cards).toHaveCount(0)
  await expect(gallery.getByText('No scenario matches “mfa zzz-no-such-word”.')).toBeVisible()
  await search.fill('if-exists')
  await expect(cards).toHaveCount(1)

  const mfa = gallery.getByRole('article', { name: 'MFA required for sensitive actions' })
  await mfa.getByRole('button', { name: 'Open' }).click()

  // The dialog closes, focus returns to the button that opened it, and the scenario is the open workspace.
  await expect(gallery).toBeHidden()
  await expect(scenarios).toBeFocused()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText(
    'Workspace: MFA required for sensitive actions',
  )
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  for (const name of ['dana', 'eli', 'sam'])
    await expect(users.getByRole('button', { name, exact: true })).toBeVisible()
  await expect(users.getByRole('button', { name: 'jiwoo' })).toHaveCount(0)

  // Its first saved request is in the form and answered.
  const form = requestForm(page)
  await expect(form.principal).toHaveValue('user/dana')
  await expect(form.action).toHaveValue('ec2:DescribeInstances')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByText('Evaluated as arn:aws:iam::', { exact: false })).toContainText('user/dana')
})

test('Escape and the Close button dismiss the gallery without changing the workspace', async ({ page }) => {
  await openApp(page)
  const scenarios = page.getByRole('button', { name: 'Scenarios' })
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })

  await scenarios.click()
  await gallery.getByRole('searchbox', { name: 'Search scenarios' }).fill('organization')
  await page.keyboard.press('Escape')
  await expect(gallery).toBeHidden()
  await expect(scenarios).toBeFocused()

  await scenarios.click()
  await gallery.getByRole('button', { name: 'Close' }).click()
  await expect(gallery).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('One company account')
})
