// "What would allow it": a denied request lists the smallest changes that would allow it; applying one allows it;
// the app's Undo brings a policy change back, and the panel's own Undo brings back a request change.
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp, openScenario, screenshots } from './support/app.ts'

/** Opens the panel and waits for its proposals. */
async function proposals(page: Page) {
  const panel = page.locator('details.remedy')
  const summary = panel.locator(':scope > summary')
  await expect(summary).toContainText(/What would allow it · \d+ ways?/)
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click()
  return page.getByRole('list', { name: 'Changes that would allow the request' })
}

const undoTool = (page: Page) =>
  page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ })

test('a missing identity allow: adding the statement allows it, and the app’s Undo takes it back', async ({ page }) => {
  await openApp(page)
  await ask(page, {
    principal: 'user/jiwoo',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::company-a-app-assets/images/logo.png',
    expected: 'Implicitly denied',
  })
  const list = await proposals(page)
  const item = list
    .locator(':scope > li')
    .filter({ hasText: 'Add an inline policy AllowS3GetObject to user jiwoo that allows s3:GetObject' })
  await expect(item).toHaveCount(1)

  // The preview shows the statement that would be added, as text.
  await item.getByText('Show the change').click()
  await expect(item.locator('pre')).toContainText('"Action": "s3:GetObject"')
  await expect(item.locator('pre')).toContainText('"Resource": "arn:aws:s3:::company-a-app-assets/images/logo.png"')

  await item.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByRole('status').filter({ hasText: 'Applied:' })).toContainText('AllowS3GetObject')
  await expect(undoTool(page)).toHaveAccessibleName(
    'Undo Add an inline policy AllowS3GetObject to user jiwoo that allows s3:GetObject',
  )

  await undoTool(page).click()
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(page.getByRole('status').filter({ hasText: 'Applied:' })).toHaveCount(0)
})

test('MFA: a request change (context key, then environment) allows it, and the panel’s Undo restores the request', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'MFA required for sensitive actions')
  // The scenario's first saved request is a console sign-in without MFA: aws:MultiFactorAuthPresent is "false".
  await ask(page, {
    principal: 'user/dana',
    action: 's3:DeleteObject',
    resource: 'arn:aws:s3:::ops-prod-audit-logs/2025/05/18/trail.json.gz',
    expected: 'Explicitly denied',
  })
  const value = page.getByRole('textbox', { name: 'Value of aws:MultiFactorAuthPresent' })
  await expect(value).toHaveValue('false')

  let list = await proposals(page)
  let first = list.locator(':scope > li').first()
  await expect(first).toContainText('Send the request with the context key aws:MultiFactorAuthPresent set to true')
  await expect(first.locator('.kind')).toHaveText('Request')
  await first.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(value).toHaveValue('true')
  // A request change is not in the scenario's history: the panel offers its own Undo.
  await expect(undoTool(page)).toBeDisabled()
  const applied = page.getByRole('status').filter({ hasText: 'Applied:' })
  await applied.getByRole('button', { name: 'Undo' }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(value).toHaveValue('false')
  await expect(applied).toHaveCount(0)

  // Without the key (long-term access keys), BoolIfExists still denies: signing in with MFA is the change.
  await page.getByRole('button', { name: 'Remove context key aws:MultiFactorAuthPresent' }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  const mfa = page.getByRole('checkbox', { name: 'MFA', exact: true })
  await expect(mfa).not.toBeChecked()
  list = await proposals(page)
  first = list.locator(':scope > li').first()
  await expect(first).toContainText('Make the request with mfa = true in its environment')
  await first.getByText('Show the change').click()
  await expect(first.locator('pre')).toHaveText('+ mfa: true')
  await screenshots(page, page.locator('section.answer'), 'remedy')

  await first.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(mfa).toBeChecked()
  await expect(applied).toBeVisible()
  await page.locator('section.answer').screenshot({ path: 'tests/e2e/screenshots/remedy-applied.png' })
  await applied.getByRole('button', { name: 'Undo' }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(mfa).not.toBeChecked()
})

test('an SCP deny: exempting the action from the region lock allows it; Undo brings the denial back', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'Organization: an SCP that locks accounts to allowed Regions')
  await ask(page, {
    principal: 'arn:aws:iam::444455556666:user/deployer',
    action: 'ec2:StartInstances',
    resource: 'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03',
  })
  await page.getByRole('textbox', { name: 'Region', exact: true }).fill('eu-west-1')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  const list = await proposals(page)
  await expect(list.locator(':scope > li').first().locator('.kind')).toHaveText('Request')
  const exempt = list.locator(':scope > li').filter({ hasText: 'Add ec2:StartInstances to the NotAction list' })
  await exempt.getByText('Show the change').click()
  await expect(exempt.locator('pre')).toContainText('+         "ec2:StartInstances"')
  await screenshots(page, page.locator('details.remedy'), 'remedy-scp')
  await exempt.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await undoTool(page).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
})

test('a permissions boundary: adding the action to it allows it; Undo brings the denial back', async ({ page }) => {
  await openApp(page)
  await openScenario(page, 'Delegated administration with a permissions boundary')
  await ask(page, {
    principal: 'user/app-dev',
    action: 'iam:CreateUser',
    resource: 'arn:aws:iam::111122223333:user/shadow-admin',
    expected: 'Implicitly denied',
  })
  const list = await proposals(page)
  const item = list.locator(':scope > li').filter({ hasText: 'to the permissions boundary' })
  await expect(item.locator('.kind')).toHaveText('Boundary')
  await expect(list.locator(':scope > li').filter({ hasText: 'Remove the permissions boundary' })).toHaveCount(1)
  await item.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await undoTool(page).click()
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  // maria is denied explicitly and has no allow either: no single change is enough, so changes come combined.
  await ask(page, {
    principal: 'user/maria',
    action: 'iam:DeleteUserPermissionsBoundary',
    resource: 'arn:aws:iam::111122223333:user/app-dev',
    expected: 'Explicitly denied',
  })
  const combined = (await proposals(page)).locator(':scope > li').first()
  await expect(combined.locator('.kind')).toHaveText('Combined')
  await expect(combined.getByRole('listitem')).toHaveCount(2)
  await combined.getByText('Show the change').click()
  await screenshots(page, page.locator('details.remedy'), 'remedy-combined')
  await combined.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await undoTool(page).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
})
