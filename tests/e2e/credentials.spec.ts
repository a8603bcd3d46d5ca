// Journeys of the simulated clock and credentials: moving the clock ages keys and expires sessions (and Undo moves
// it back), rotating an access key, setting a password against the policy, and downloading the credential report.
import { expect, type Page, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { ask, decision, openApp } from './support/app.ts'

const SESSION = 'arn:aws:sts::111122223333:assumed-role/EC2FullAccessRole/developer-a'
const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'

function clock(page: Page) {
  const group = page.getByRole('group', { name: 'Clock' })
  return {
    group,
    now: group.getByRole('status', { name: 'Simulated clock' }),
    plus: (label: string) => group.getByRole('button', { name: label, exact: true }),
    set: group.getByLabel('Set the clock (UTC)'),
    reset: group.getByRole('button', { name: 'Reset to real time' }),
  }
}

/** Opens a user's details from the account explorer. */
async function openUser(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name, exact: true }).click()
  return page.getByRole('region', { name: `User ${name}` })
}

test('the clock ages a key, expires a session and a password, and Undo moves it back', async ({ page }) => {
  await openApp(page)
  // developer-a's role session was issued at 01:00 for an hour; the scenario's clock reads 01:30.
  await ask(page, { principal: SESSION, action: 'ec2:StopInstances', resource: INSTANCE })
  await expect(decision(page)).toHaveText(/^Allowed/)
  const c = clock(page)
  await expect(c.now).toHaveText('2025-05-19 01:30 UTC')

  const user = await openUser(page, 'developer-a')
  const keys = user.getByRole('region', { name: 'Access keys' })
  await keys.getByRole('button', { name: 'Create access key' }).click()
  const key = keys.getByRole('listitem')
  await expect(key).toHaveCount(1)
  await expect(key).toContainText('Created 2025-05-19 01:30 UTC · 0 days old · Never used')
  const password = user.getByRole('region', { name: 'Console password' })
  await expect(password).toContainText('Expires 2025-08-04 09:00 UTC (in 78 days)')

  await c.plus('+90 days').click()
  await expect(c.now).toHaveText('2025-08-17 01:30 UTC')
  await expect(key).toContainText('90 days old')
  await expect(key).not.toContainText('rotate it')
  // The request follows the clock: the session expired long ago, so the request fails before evaluation.
  await expect(decision(page)).toHaveText('Failed before evaluation')
  await expect(page.getByText('The request fails before evaluation: the session')).toContainText(
    'AWS returns ExpiredToken',
  )
  // The password policy's 90-day maximum age has passed too.
  await expect(password).toContainText('Expired 2025-08-04 09:00 UTC')

  await c.plus('+1 day').click()
  await expect(key).toContainText('91 days old')
  await expect(key).toContainText('More than 90 days old: rotate it')

  const undo = page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ })
  await undo.click()
  await expect(c.now).toHaveText('2025-08-17 01:30 UTC')
  await undo.click()
  await expect(c.now).toHaveText('2025-05-19 01:30 UTC')
  await expect(key).toContainText('0 days old')
  await expect(decision(page)).toHaveText(/^Allowed/)

  // An exact time, then back to real time (the session was issued in 2025: long expired by now). Both fold away
  // behind "Set…".
  await c.group.getByText('Set…').click()
  await c.set.fill('2025-05-19T01:59')
  await expect(c.now).toHaveText('2025-05-19 01:59 UTC')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await c.set.fill('2025-05-19T02:00')
  await expect(decision(page)).toHaveText('Failed before evaluation')
  await c.reset.click()
  await expect(c.now).toHaveText('Real time')
  await expect(c.reset).toBeDisabled()
  await expect(decision(page)).toHaveText('Failed before evaluation')
})

test('rotating an access key: a second key, the old one deactivated and deleted; a third is refused', async ({
  page,
}) => {
  await openApp(page)
  const user = await openUser(page, 'sora')
  const keys = user.getByRole('region', { name: 'Access keys' })
  const create = keys.getByRole('button', { name: 'Create access key' })
  await expect(keys).toContainText('No access keys')

  await create.click()
  const list = keys.getByRole('list', { name: 'Access keys of sora' }).getByRole('listitem')
  await expect(list).toHaveCount(1)
  const oldId = (await list.first().locator('code').textContent())!
  expect(oldId).toMatch(/^AKIA[A-Z2-7]{9}EXAMPLE$/)

  await clock(page).plus('+30 days').click()
  await create.click()
  await expect(list).toHaveCount(2)
  const newId = (await list.nth(1).locator('code').textContent())!
  expect(newId).not.toBe(oldId)
  await expect(list.nth(0)).toContainText('30 days old')
  await expect(list.nth(1)).toContainText('0 days old')

  // Two keys: a third is refused, and the page says why.
  await expect(create).toBeDisabled()
  await expect(keys).toContainText('At most 2 access keys: deactivate and delete one to create another.')

  // An active key has no Delete: it is deactivated first, as in the console.
  await expect(keys.getByRole('button', { name: `Delete access key ${oldId}` })).toHaveCount(0)
  await keys.getByRole('button', { name: `Deactivate access key ${oldId}` }).click()
  await expect(list.nth(0)).toContainText('Inactive')
  await keys.getByRole('button', { name: `Delete access key ${oldId}` }).click()
  await expect(list).toHaveCount(1)
  await expect(list.first().locator('code')).toHaveText(newId)
  await expect(list.first()).toContainText('Active')
  await expect(create).toBeEnabled()
})

test('a password the policy rejects is refused, rule by rule; a good one is set, and reuse is refused', async ({
  page,
}) => {
  await openApp(page)
  const user = await openUser(page, 'jiwoo')
  const section = user.getByRole('region', { name: 'Console password' })
  const field = section.getByLabel('New password', { exact: true })
  const rules = section.getByRole('list', { name: 'Password rules' })
  // company-a's policy: 14+ characters, all four kinds, 5 remembered.
  await field.fill('short')
  await expect(rules.getByRole('listitem')).toHaveText([
    /✗ At least 14 characters/,
    /✓ At most 128 characters/,
    /✗ An uppercase letter/,
    /✓ A lowercase letter/,
    /✗ A number/,
    /✗ A symbol/,
    /✓ Not one of the last 5 passwords/,
  ])
  await section.getByRole('button', { name: 'Set password' }).click()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(section).toContainText('The password does not meet the password policy: at least 14 characters;')
  await expect(section).toContainText('Last changed 2025-04-01 09:00 UTC (47 days ago)')

  await field.fill('Correct-Horse-9-Battery')
  await expect(rules.getByRole('listitem').filter({ hasText: '✗' })).toHaveCount(0)
  await section.getByRole('button', { name: 'Set password' }).click()
  await expect(section).toContainText('Last changed 2025-05-19 01:30 UTC (0 days ago)')
  await expect(field).toHaveValue('')

  await field.fill('Correct-Horse-9-Battery')
  await expect(rules.getByRole('listitem').last()).toHaveText(/✗ Not one of the last 5 passwords/)
  await section.getByRole('button', { name: 'Set password' }).click()
  await expect(section).toContainText('not one of the last 5 passwords')
})

test('the credentials view: password policy, root MFA, and the credential report downloaded as CSV', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('tab', { name: 'Credentials' }).click()
  const view = page.getByRole('tabpanel', { name: 'Credentials' })
  await expect(view).toContainText('By the clock: 2025-05-19 01:30 UTC')

  // The policy form refuses what IAM refuses.
  const policy = view.getByRole('region', { name: 'Password policy' })
  const minLength = policy.getByLabel('Minimum password length (6–128)')
  await expect(minLength).toHaveValue('14')
  await minLength.fill('200')
  await policy.getByRole('button', { name: 'Save password policy' }).click()
  await expect(policy.getByRole('alert')).toHaveText('The minimum password length is a whole number from 6 to 128')
  await minLength.fill('16')
  await policy.getByRole('button', { name: 'Save password policy' }).click()
  await expect(policy.getByRole('alert')).toHaveCount(0)
  await expect(policy.getByLabel('Minimum password length (6–128)')).toHaveValue('16')

  // Root MFA shows in the report.
  const root = view.getByRole('region', { name: 'Root user' })
  await root.getByRole('button', { name: 'Add MFA device' }).click()
  await expect(root).toContainText('arn:aws:iam::111122223333:mfa/root-account-mfa-device')

  const table = view.getByRole('table')
  await expect(table.getByRole('columnheader')).toHaveCount(22)
  const rootRow = table.getByRole('row').nth(1)
  await expect(rootRow.getByRole('rowheader')).toHaveText('<root_account>')
  await expect(rootRow.getByRole('cell').nth(0)).toHaveText('arn:aws:iam::111122223333:root')

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download credential report (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('status_reports_2025-05-19T01_30_00+00_00.csv')
  const text = await readFile((await download.path())!, 'utf8')
  const [header, ...rows] = text
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','))
  expect(header).toEqual([
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'password_last_changed',
    'password_next_rotation',
    'mfa_active',
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_1_last_used_region',
    'access_key_1_last_used_service',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
    'access_key_2_last_used_region',
    'access_key_2_last_used_service',
    'cert_1_active',
    'cert_1_last_rotated',
    'cert_2_active',
    'cert_2_last_rotated',
  ])
  const byUser = new Map(rows.map((r) => [r[0], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]))
  expect(rows[0]![0]).toBe('<root_account>')
  expect(byUser.get('<root_account>')).toMatchObject({
    arn: 'arn:aws:iam::111122223333:root',
    password_enabled: 'not_supported',
    password_last_changed: 'not_supported',
    password_next_rotation: 'not_supported',
    mfa_active: 'true',
  })
  expect(byUser.get('jiwoo')).toMatchObject({
    arn: 'arn:aws:iam::111122223333:user/jiwoo',
    password_enabled: 'true',
    password_last_used: 'no_information',
    password_last_changed: '2025-04-01T09:00:00+00:00',
    password_next_rotation: '2025-06-30T09:00:00+00:00',
    mfa_active: 'false',
    access_key_1_active: 'false',
    access_key_1_last_rotated: 'N/A',
  })
  for (const row of rows) expect(row).toHaveLength(22)

  // The report follows the clock: 30 days on, hyunwoo's password (changed 2025-02-28, 90-day maximum) has expired.
  await clock(page).plus('+30 days').click()
  await expect(view).toContainText('By the clock: 2025-06-18 01:30 UTC')
  const nextRotation = (user: string) =>
    table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: user, exact: true }) })
      .getByRole('cell')
      .nth(5)
  await expect(nextRotation('hyunwoo')).toHaveText(/^2025-05-29T09:00:00\+00:00\s*expired$/)
  await expect(nextRotation('jiwoo')).toHaveText('2025-06-30T09:00:00+00:00')
})

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots of the clock, a user’s credentials and the credentials view (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 1000 })
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    const user = await openUser(page, 'developer-a')
    const keys = user.getByRole('region', { name: 'Access keys' })
    await keys.getByRole('button', { name: 'Create access key' }).click()
    await clock(page).plus('+90 days').click()
    await clock(page).plus('+1 day').click()
    await keys.getByRole('button', { name: 'Create access key' }).click()
    await user
      .getByRole('region', { name: 'Console password' })
      .getByLabel('New password', { exact: true })
      .fill('Weak-password')
    await page.locator('.view-bar').screenshot({ path: `tests/e2e/screenshots/credentials-clock-${scheme}.png` })
    await user.screenshot({ path: `tests/e2e/screenshots/credentials-panel-${scheme}.png` })
    await page.getByRole('tab', { name: 'Credentials' }).click()
    const root = page.getByRole('region', { name: 'Root user' })
    await root.getByRole('button', { name: 'Add MFA device' }).click()
    await root.getByRole('button', { name: 'Create access key' }).click()
    await expect(page.getByRole('table')).toBeVisible()
    await page.screenshot({ path: `tests/e2e/screenshots/credentials-view-${scheme}.png`, fullPage: true })
  })
}
