// The findings view: the credential-hygiene scenario from the gallery is audited in the worker; the view counts
// findings by severity, filters them, links their entities, and a one-click fix removes a finding (Undo brings it
// back). The entity panel lists the findings that name the selected entity.
import { expect, type Page, test } from '@playwright/test'
import { openApp } from './support/app.ts'

const TITLE = 'Credential hygiene: an account that fails the audit'

/** Opens the credential-hygiene scenario from the gallery. */
async function openHygiene(page: Page) {
  await openApp(page)
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await gallery.getByRole('searchbox', { name: 'Search scenarios' }).fill('credential hygiene')
  await gallery.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Open' }).click()
  await expect(gallery).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText(`Workspace: ${TITLE}`)
}

/** Shows the findings view and waits for the audit. */
async function showFindings(page: Page) {
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Findings' }).click()
  const view = page.getByRole('tabpanel', { name: 'Findings' })
  await expect(view.getByRole('list', { name: 'Findings by severity' })).toBeVisible()
  await expect(view.locator('section[aria-busy="false"]')).toHaveCount(1)
  return view
}

const counts = (view: ReturnType<Page['getByRole']>) => view.getByRole('list', { name: 'Findings by severity' })
const finding = (view: ReturnType<Page['getByRole']>, title: string) =>
  view.getByRole('article', { name: title, exact: true })

test('the findings view counts by severity, filters, and shows what each finding names', async ({ page }) => {
  await openHygiene(page)
  const view = await showFindings(page)

  const bySeverity = counts(view)
  for (const [severity, n] of [
    ['Critical', 5],
    ['High', 5],
    ['Medium', 6],
    ['Low', 5],
  ] as const) {
    await expect(bySeverity.getByRole('listitem', { name: `${severity}: ${n}` })).toBeVisible()
  }
  await expect(bySeverity).toContainText('21 findings')

  // The escalation paths the scenario is built around, with their details and entities.
  const carol = finding(view, 'User dev-carol can escalate its privileges')
  await expect(carol).toContainText('Critical')
  await expect(carol).toContainText('iam:CreateAccessKey on user admin-alice, who can do *')
  await expect(carol.getByRole('group', { name: 'Affected' }).getByRole('button')).toHaveText([
    'User dev-carol',
    'User admin-alice',
    'User ci-deployer',
    // Through ci-deployer's keys, the role it can pass to Lambda: another way to everything, listed to be closed too.
    'Role LambdaAdminRole',
  ])
  await expect(carol).toContainText('acting as ci-deployer (iam:CreateAccessKey): iam:PassRole')
  const deployer = finding(view, 'User ci-deployer can escalate its privileges')
  await expect(deployer).toContainText(
    'iam:PassRole on role LambdaAdminRole with lambda:CreateFunction and lambda:InvokeFunction, to run code that can do *',
  )
  // The scenario lists no Lambda function: updating one that runs as LambdaAdminRole is possible, not certain.
  await expect(
    finding(view, 'User ci-deployer may escalate its privileges through resources the scenario does not list'),
  ).toContainText(
    'lambda:UpdateFunctionCode + lambda:InvokeFunction on a Lambda function, if one runs as role LambdaAdminRole, to run code that can do *',
  )
  await expect(finding(view, 'Tag ci-access-key holds what looks like a credential')).toContainText(
    'An access key ID (AKIA…LE)',
  )
  const policy = finding(view, 'The password policy of account 111122223333 is weaker than the baseline')
  await expect(policy).toContainText('Minimum length is 8 characters (baseline: 14)')

  // "Learn more" leaves for the AWS documentation in a new tab (never fetched by the app).
  const learn = finding(view, 'Anyone can assume role OpenDebugRole').getByRole('link', { name: /Learn more/ })
  await expect(learn).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//)
  await expect(learn).toHaveAttribute('target', '_blank')
  await expect(learn).toHaveAttribute('rel', /noopener/)

  // Filters: by severity, then by check.
  const list = view.getByRole('list', { name: 'Findings' })
  await view.getByRole('combobox', { name: 'Severity' }).selectOption('Critical')
  await expect(list.getByRole('article')).toHaveCount(5)
  await expect(view.getByText('Showing 5 of 21')).toBeVisible()
  await view.getByRole('combobox', { name: 'Severity' }).selectOption('All')
  await view
    .getByRole('combobox', { name: 'Check' })
    .selectOption({ label: 'An active access key is older than 90 days.' })
  await expect(list.getByRole('article')).toHaveCount(2)
  await expect(list.getByRole('article').first()).toContainText('of user legacy-bob is 823 days old')
  await view.getByRole('combobox', { name: 'Check' }).selectOption('All checks')
  await expect(list.getByRole('article')).toHaveCount(21)

  await page.emulateMedia({ colorScheme: 'light' })
  await page.screenshot({ path: 'tests/e2e/screenshots/findings-light.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'tests/e2e/screenshots/findings-dark.png', fullPage: true })
})

test('a one-click fix removes its finding, and Undo brings it back', async ({ page }) => {
  await openHygiene(page)
  const view = await showFindings(page)
  const open = finding(view, 'Anyone can assume role OpenDebugRole')
  await expect(open).toBeVisible()

  await open.getByRole('button', { name: 'Fix: Trust only this account' }).click()
  await expect(view.getByRole('status')).toContainText('Fixed: Trust only this account. Undo brings it back.')
  await expect(open).toHaveCount(0)
  await expect(counts(view).getByRole('listitem', { name: 'Critical: 4' })).toBeVisible()

  const undo = page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ })
  await undo.click()
  await expect(open).toBeVisible()
  await expect(counts(view).getByRole('listitem', { name: 'Critical: 5' })).toBeVisible()

  // Another fix: the old key is deactivated, so both its age and its disuse go away.
  const bob = finding(view, 'Access key AKIABOBOLD23EXAMPLE1 of user legacy-bob is 823 days old')
  await bob.getByRole('button', { name: 'Fix: Deactivate key AKIABOBOLD23EXAMPLE1' }).click()
  await expect(bob).toHaveCount(0)
  await expect(finding(view, 'Access key AKIABOBOLD23EXAMPLE1 of user legacy-bob is unused for 823 days')).toHaveCount(
    0,
  )
  await expect(counts(view)).toContainText('19 findings')
})

test('an entity link opens the entity, whose panel lists the findings that name it', async ({ page }) => {
  await openHygiene(page)
  const view = await showFindings(page)
  await finding(view, 'Anyone can assume role OpenDebugRole')
    .getByRole('group', { name: 'Affected' })
    .getByRole('button', { name: 'Role OpenDebugRole' })
    .click()

  await expect(page.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')
  const panel = page.getByRole('region', { name: 'Role OpenDebugRole' })
  await expect(panel).toBeVisible()
  const beside = panel.getByRole('region', { name: /^Findings \(\d+\)$/ })
  await expect(beside).toHaveAccessibleName('Findings (2)')
  await expect(beside.getByRole('listitem')).toHaveText([
    /Critical\s*Anyone can assume role OpenDebugRole/,
    /Low\s*Role OpenDebugRole has inline policies \(1\)/,
  ])

  // Another entity: dev-carol, chosen in the account explorer.
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('button', { name: 'dev-carol', exact: true })
    .click()
  const carol = page.getByRole('region', { name: 'User dev-carol' }).getByRole('region', { name: /^Findings/ })
  await expect(carol).toContainText('User dev-carol can escalate its privileges')
  await expect(carol).toContainText('User dev-carol signs in to the console without MFA')
  const carolPanel = page.getByRole('region', { name: 'User dev-carol' })
  await page.emulateMedia({ colorScheme: 'light' })
  await carolPanel.screenshot({ path: 'tests/e2e/screenshots/findings-entity-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await carolPanel.screenshot({ path: 'tests/e2e/screenshots/findings-entity-dark.png' })

  // "See all findings" goes back to the view.
  await carol.getByRole('button', { name: 'See all findings' }).click()
  await expect(page.getByRole('tab', { name: 'Findings' })).toHaveAttribute('aria-selected', 'true')
})
