// One answer per question: an applied "What would allow it" opens what it changed, the MFA box starts from the
// principal (a what-if note when ticked anyway), the About panel names the AWS catalog, the credential report has
// creation times, and a link made with an older catalog says so.
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp, policyEditor } from './support/app.ts'

/** Opens the What would allow it panel and waits for its proposals. */
async function proposals(page: Page) {
  const panel = page.locator('details.remedy')
  const summary = panel.locator(':scope > summary')
  await expect(summary).toContainText(/What would allow it · \d+ ways?/)
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click()
  return page.getByRole('list', { name: 'Changes that would allow the request' })
}

const editorHeading = (page: Page) => page.locator('#editor-heading')
const changedLines = (page: Page) => page.locator('.cm-changedLine')

test('applying a proposal opens the policy it wrote with the changed lines marked, until the next edit', async ({
  page,
}) => {
  await openApp(page)
  // A new inline policy: the whole document is new.
  await ask(page, {
    principal: 'user/jiwoo',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::company-a-app-assets/images/logo.png',
    expected: 'Implicitly denied',
  })
  let list = await proposals(page)
  await list.locator(':scope > li').first().getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(editorHeading(page)).toHaveText('user jiwoo · inline policy AllowS3GetObject')
  await expect(policyEditor(page)).toContainText('"Action": "s3:GetObject"')
  await expect(changedLines(page).filter({ hasText: '"Action": "s3:GetObject"' })).toHaveCount(1)

  // A statement added to an existing trust policy: only its lines are marked, not the statement that was there.
  await ask(page, {
    principal: 'user/sora',
    action: 'sts:AssumeRole',
    resource: 'arn:aws:iam::111122223333:role/EC2FullAccessRole',
    expected: 'Implicitly denied',
  })
  list = await proposals(page)
  const trust = list.locator(':scope > li').filter({ hasText: 'to the trust policy of role EC2FullAccessRole' })
  await trust.getByRole('button', { name: 'Apply' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(editorHeading(page)).toHaveText('role EC2FullAccessRole · trust policy')
  const marked = changedLines(page)
  await expect(marked.filter({ hasText: 'arn:aws:iam::111122223333:user/sora' })).toHaveCount(1)
  await expect(marked.first()).not.toHaveText('{')
  const before = await marked.count()
  expect(before).toBeGreaterThan(2)
  expect(before).toBeLessThan(await page.locator('.cm-line').count())
  await page.screenshot({ path: 'test-results/one-answer-applied.png' })

  // The next edit ends the mark.
  await policyEditor(page).click()
  await page.keyboard.press('End')
  await page.keyboard.type(' ')
  await expect(changedLines(page)).toHaveCount(0)
})

test('the first visit’s MFA box matches the principal; ticking it anyway says what it pretends', async ({ page }) => {
  await openApp(page)
  const form = page.getByRole('form', { name: 'Request' })
  await expect(form.getByLabel('Principal', { exact: true })).toHaveValue('user/jiwoo')
  const mfa = form.getByRole('checkbox', { name: 'MFA' })
  await expect(mfa).not.toBeChecked()
  await expect(form.getByText('as if jiwoo had an MFA device')).toHaveCount(0)

  await mfa.check()
  const note = form.getByText('as if jiwoo had an MFA device')
  await expect(note).toBeVisible()
  await expect(mfa).toHaveAccessibleDescription('as if jiwoo had an MFA device')
  await form.getByRole('group', { name: 'Environment' }).screenshot({ path: '/tmp/i14/misc-mfa-en.png' })

  // The Findings view says the same thing about jiwoo: no MFA device.
  await page.getByRole('tab', { name: 'Findings' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Findings' })).toContainText(
    'User jiwoo signs in to the console without MFA',
  )

  await page.getByRole('tab', { name: 'Playground' }).click()
  await mfa.uncheck()
  await expect(note).toHaveCount(0)
})

test('Korean: the MFA what-if note', async ({ page }) => {
  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
  const form = page.getByRole('form', { name: '요청' })
  const mfa = form.getByRole('checkbox', { name: 'MFA' })
  await expect(mfa).not.toBeChecked()
  await mfa.check()
  await expect(form.getByText('jiwoo에게 MFA 디바이스가 있다고 가정')).toBeVisible()
  await form.getByRole('group', { name: '환경' }).screenshot({ path: '/tmp/i14/misc-mfa-ko.png' })
})

test('the About panel names the app and the AWS catalog’s version and date', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'About' }).click()
  const about = page.getByRole('dialog', { name: 'About IAM Playground' })
  await expect(about).toContainText('iam-playground 0.1.0')
  await expect(about.getByTestId('catalog-version')).toHaveText(/^0\.\d+\.\d{9,}$/)
  await expect(about).toContainText(/data of \d{4}-\d{2}-\d{2}/)
  await expect(about.getByRole('link', { name: 'Service Authorization Reference (AWS)' })).toHaveAttribute(
    'href',
    /^https:\/\/docs\.aws\.amazon\.com\//,
  )
  await about.screenshot({ path: '/tmp/i14/misc-about-en.png' })
  await about.getByRole('button', { name: 'Close' }).click()
  await expect(about).toBeHidden()

  // The editor's hover docs name the catalog they come from (the first visit opens the deciding policy).
  const action = policyEditor(page).getByText('cloudfront:List*').first()
  await action.hover()
  const hover = page.locator('.cm-policyHover')
  await expect(hover.locator('.cm-policyHover-footer')).toHaveText(/^AWS catalog 0\.\d+\.\d+ \(\d{4}-\d{2}-\d{2}\)$/)
  await hover.screenshot({ path: '/tmp/i14/misc-hover-en.png' })

  await page.goto('./?lang=ko')
  await page.getByRole('button', { name: '정보' }).click()
  const ko = page.getByRole('dialog', { name: 'IAM 플레이그라운드 정보' })
  await expect(ko).toContainText('AWS 카탈로그')
  await expect(ko).toContainText(/\d{4}-\d{2}-\d{2} 기준 데이터/)
  await ko.screenshot({ path: '/tmp/i14/misc-about-ko.png' })
})

test('the credential report shows when each user was created', async ({ page }) => {
  await openApp(page)
  await page.getByRole('tab', { name: 'Credentials' }).click()
  const table = page.getByRole('tabpanel', { name: 'Credentials' }).getByRole('table')
  const jiwoo = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'jiwoo' }) })
  // The second column after arn: user_creation_time.
  await expect(jiwoo.getByRole('cell').nth(1)).toHaveText('2025-03-30T09:00:00+00:00')
  const root = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '<root_account>' }) })
  await expect(root.getByRole('cell').nth(1)).toHaveText('2024-06-24T08:00:00+00:00')
})

test('a link made with an older AWS catalog says so when opened', async ({ page }) => {
  const state = {
    v: 1,
    engine: '0.1.0',
    catalog: '0.20.202601051',
    scenario: { format: 'iam-playground/scenario', version: 1, title: 'Old link', accounts: [{ id: '111122223333' }] },
  }
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url')
  await page.goto(`./#j${payload}`)
  const notice = page.getByRole('status').filter({ hasText: 'This link was made with AWS catalog' })
  await expect(notice).toContainText('0.20.202601051 (2026-01-05)')
  await expect(notice).toContainText('actions added since may differ')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
})
