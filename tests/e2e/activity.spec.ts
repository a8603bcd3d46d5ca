// Journeys of the activity log: requests run with Evaluate (not the automatic re-evaluation while typing) become
// CloudTrail records with AWS's access denied messages; the log filters, exports as JSON lines and survives undo;
// last accessed information shows the services used and unused; a least-privilege policy is generated and created.
import { expect, type Page, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { ask, decision, openApp, requestForm } from './support/app.ts'

const ARTIFACT = 'arn:aws:s3:::company-a-build-artifacts/releases/app-1.4.2.zip'
const LOGO = 'arn:aws:s3:::company-a-app-assets/images/logo.png'
const HYUNWOO = 'arn:aws:iam::111122223333:user/hyunwoo'
const MINHO = 'arn:aws:iam::111122223333:user/minho'

function tabs(page: Page) {
  const list = page.getByRole('tablist', { name: 'Views' })
  return {
    activity: () => list.getByRole('tab', { name: 'Activity' }).click(),
    playground: () => list.getByRole('tab', { name: 'Playground' }).click(),
  }
}

function activity(page: Page) {
  const log = page.getByRole('region', { name: 'Activity log' })
  const table = log.getByRole('table', { name: 'Activity log, newest first' })
  return {
    log,
    table,
    count: log.getByRole('status').first(),
    rows: table.locator('tbody > tr:not(.detail)'),
    filters: log.getByRole('group', { name: 'Filter the activity log' }),
    access: page.getByRole('region', { name: 'Last accessed' }),
  }
}

/** Runs three requests with the Evaluate button (and Ctrl+Enter): one allowed, two denied. */
async function runRequests(page: Page) {
  const form = requestForm(page)
  await ask(page, { principal: 'user/hyunwoo', action: 's3:PutObject', resource: ARTIFACT })
  await expect(decision(page)).toHaveText(/^Allowed/)
  await form.evaluate.click()
  await ask(page, { principal: 'user/hyunwoo', action: 'iam:ChangePassword', resource: MINHO })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await form.action.press('Control+Enter')
  await ask(page, { principal: 'user/jiwoo', action: 's3:GetObject', resource: LOGO })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await form.evaluate.click()
}

test('Evaluate records CloudTrail events; the log filters and exports as JSON lines', async ({ page }) => {
  await openApp(page)
  const a = activity(page)
  // Opening the app and typing re-evaluate by themselves: nothing is recorded.
  await ask(page, { principal: 'user/hyunwoo', action: 's3:ListBucket', resource: 'arn:aws:s3:::company-a-app-assets' })
  await expect(decision(page)).toHaveText(/^Allowed/)
  await tabs(page).activity()
  await expect(a.log).toContainText('No requests recorded yet')
  await tabs(page).playground()

  await runRequests(page)
  await tabs(page).activity()
  await expect(a.count).toHaveText('3 of 3 records')
  await expect(a.rows).toHaveCount(3)
  // Newest first, at the scenario's clock (one millisecond apart).
  await expect(a.rows.nth(0).getByRole('cell')).toHaveText([
    '▸',
    '2025-05-19 01:30:00.002',
    'user/jiwoo',
    's3.amazonaws.com',
    'GetObject',
    LOGO,
    '203.0.113.24',
    'ap-northeast-2',
    'AccessDenied',
  ])
  await expect(a.rows.nth(2).getByRole('cell').nth(8)).toHaveText('Allowed')

  // A row opens to its whole record.
  await a.rows
    .nth(1)
    .getByRole('button', { name: /^Show the record of ChangePassword/ })
    .click()
  const detail = a.table.locator('tr.detail pre')
  await expect(detail).toContainText('"eventSource": "iam.amazonaws.com"')
  await expect(detail).toContainText('"errorCode": "AccessDenied"')
  await expect(detail).toContainText(
    `"errorMessage": "User: ${HYUNWOO} is not authorized to perform: iam:ChangePassword on resource: ${MINHO} because no identity-based policy allows the iam:ChangePassword action"`,
  )
  await expect(detail).toContainText('"type": "IAMUser"')
  await expect(detail).toContainText('"mfaAuthenticated": "false"')
  await a.rows
    .nth(1)
    .getByRole('button', { name: /^Hide the record/ })
    .click()
  await expect(detail).toHaveCount(0)

  // Filters: by principal, by result, by text.
  await a.filters.getByLabel('Principal').selectOption(HYUNWOO)
  await expect(a.rows).toHaveCount(2)
  await a.filters.getByLabel('Result').selectOption({ label: 'Denied' })
  await expect(a.rows).toHaveCount(1)
  await expect(a.rows.first()).toContainText('ChangePassword')
  await a.filters.getByRole('button', { name: 'Reset filters' }).click()
  await a.filters.getByLabel('Search').fill('putobject')
  await expect(a.rows).toHaveCount(1)
  await expect(a.count).toHaveText('1 of 3 records')
  await a.filters.getByLabel('Service').selectOption('iam.amazonaws.com')
  await expect(a.log).toContainText('No record matches the filters.')
  await a.filters.getByRole('button', { name: 'Reset filters' }).click()
  await expect(a.rows).toHaveCount(3)

  // Export: JSON lines, oldest first, CloudTrail-shaped.
  const download = page.waitForEvent('download')
  await a.log.getByRole('button', { name: 'Export JSON lines' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/-activity\.jsonl$/)
  const lines = (await readFile((await file.path())!, 'utf8')).trimEnd().split('\n')
  const records = lines.map((line) => JSON.parse(line))
  expect(records.map((r) => r.eventName)).toEqual(['PutObject', 'ChangePassword', 'GetObject'])
  expect(records[0]).toMatchObject({
    eventVersion: '1.08',
    eventTime: '2025-05-19T01:30:00Z',
    eventSource: 's3.amazonaws.com',
    awsRegion: 'ap-northeast-2',
    sourceIPAddress: '203.0.113.24',
    userAgent: 'aws-cli/2.15.30',
    requestParameters: { bucketName: 'company-a-build-artifacts', key: 'releases/app-1.4.2.zip' },
    responseElements: null,
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333',
    userIdentity: { type: 'IAMUser', arn: HYUNWOO, accountId: '111122223333', userName: 'hyunwoo' },
  })
  expect(records[0].errorCode).toBeUndefined()
  expect(records[2]).toMatchObject({
    errorCode: 'AccessDenied',
    errorMessage: `User: arn:aws:iam::111122223333:user/jiwoo is not authorized to perform: s3:GetObject on resource: ${LOGO} because no identity-based policy allows the s3:GetObject action`,
  })
  expect(new Set(records.map((r) => r.eventID)).size).toBe(3)
})

test('last accessed, a least-privilege policy created, and undo keeps the log', async ({ page }) => {
  await openApp(page)
  await runRequests(page)
  await tabs(page).activity()
  const a = activity(page)
  await expect(a.rows).toHaveCount(3)

  // jiwoo made the newest request, so she is shown first; choose hyunwoo.
  await expect(a.access.getByLabel('Principal')).toHaveValue('arn:aws:iam::111122223333:user/jiwoo')
  await a.access.getByLabel('Principal').selectOption({ label: 'user/hyunwoo' })
  const used = a.access.getByRole('table')
  await expect(used.getByRole('row')).toHaveCount(3)
  await expect(used.getByRole('row', { name: /^s3/ }).getByRole('cell')).toHaveText([
    '2025-05-19 01:30:00 UTC',
    'today',
    '1',
    '0',
    'user/hyunwoo',
    'yes',
  ])
  await expect(used.getByRole('row', { name: /^iam/ }).getByRole('cell').nth(3)).toHaveText('1')
  // AmazonS3FullAccess also grants S3 Object Lambda, which hyunwoo never used.
  await expect(a.access.getByRole('list', { name: /^Granted but not used/ })).toHaveText('s3-object-lambda')
  await expect(a.access).toContainText('Not used in the log, which covers less than a day')

  await a.access.getByRole('button', { name: 'Generate least-privilege policy' }).click()
  await expect(a.access.getByText('Requests read: 1. Actions allowed: 1.')).toBeVisible()
  const policy = a.access.getByRole('figure', { name: 'Generated policy' })
  await expect(policy).toContainText('"Action": "s3:PutObject"')
  await expect(policy).toContainText(`"Resource": "${ARTIFACT}"`)
  await expect(a.access.getByLabel('Policy name')).toHaveValue('hyunwoo-least-privilege')
  await page.emulateMedia({ colorScheme: 'light' })
  await page.screenshot({ path: 'tests/e2e/screenshots/activity-light.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await a.rows
    .nth(0)
    .getByRole('button', { name: /^Show the record/ })
    .click()
  await page.screenshot({ path: 'tests/e2e/screenshots/activity-dark.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })
  // A wide screen: the log's table has room for every column.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.screenshot({ path: 'tests/e2e/screenshots/activity-wide.png' })
  await page.setViewportSize({ width: 1280, height: 720 })

  await a.access.getByRole('button', { name: 'Create as customer managed policy' }).click()
  await expect(a.access.getByRole('status').last()).toHaveText(
    'Created the customer managed policy hyunwoo-least-privilege. Attach it in the account explorer.',
  )
  await tabs(page).playground()
  const explorer = page.getByRole('navigation', { name: 'Account' })
  await expect(explorer.getByRole('button', { name: 'hyunwoo-least-privilege', exact: true })).toBeVisible()

  // Undoing the policy edit removes the policy, never the log.
  await requestForm(page).evaluate.click()
  const undo = page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ })
  await undo.click()
  await expect(explorer.getByRole('button', { name: 'hyunwoo-least-privilege', exact: true })).toHaveCount(0)
  await tabs(page).activity()
  await expect(a.count).toHaveText('4 of 4 records')

  // Clearing the log is an edit: undo brings it back.
  await a.log.getByRole('button', { name: 'Clear log' }).click()
  await expect(a.log).toContainText('The log was cleared. Undo brings it back.')
  await expect(a.log).toContainText('No requests recorded yet')
  await undo.click()
  await expect(a.count).toHaveText('4 of 4 records')
})

test('saved requests run together and AssumeRole calls are recorded', async ({ page }) => {
  await openApp(page)
  const saved = page.getByRole('region', { name: 'Saved requests' })
  await saved.getByRole('button', { name: 'Run all expectations' }).click()
  await expect(saved.getByRole('status')).toContainText(/expectations pass/)
  const total = await saved.getByRole('listitem').count()

  await ask(page, {
    principal: 'user/sora',
    action: 'ec2:StopInstances',
    resource: 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001',
  })
  const assume = page.getByRole('form', { name: 'Assume role' })
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'EC2FullAccessRole' })
  await assume.getByRole('button', { name: 'Assume role' }).click()
  await expect(assume.getByRole('status')).toContainText('AssumeRole failed')
  // The run's results stay on show: recording changes nothing they depend on.
  await expect(saved.getByRole('status')).toContainText(/expectations pass/)

  await tabs(page).activity()
  const a = activity(page)
  await expect(a.count).toHaveText(`${total + 1} of ${total + 1} records`)
  // The saved requests were recorded at 01:30:00.000 onwards, one millisecond apart; the AssumeRole call after them.
  await expect(a.rows.first().getByRole('cell')).toHaveText([
    '▸',
    `2025-05-19 01:30:00.${String(total).padStart(3, '0')}`,
    'user/sora',
    'sts.amazonaws.com',
    'AssumeRole',
    'arn:aws:iam::111122223333:role/EC2FullAccessRole',
    '203.0.113.24',
    'ap-northeast-2',
    'AccessDenied',
  ])
})
