// Session policies in Assume role: a session can do at most what both the role's policies and its session policies
// allow, and the session-policy step decides when it does not; and one answer per question: a request that fails
// before evaluation (an AssumeRole parameter, an expired or never issued session) answers with that failure alone.
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp, requestForm } from './support/app.ts'

const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'
const SESSION = 'arn:aws:sts::111122223333:assumed-role/EC2FullAccessRole/narrow'
/** Allows stopping and describing instances only: less than the role's AmazonEC2FullAccess. */
const STOP_ONLY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['ec2:StopInstances', 'ec2:DescribeInstances'], Resource: '*' }],
  },
  null,
  2,
)

/** The evaluation flow chart's step named `name`. */
function step(page: Page, name: string) {
  return page
    .getByRole('group', { name: /^Evaluation flow chart/ })
    .getByRole('button', { name: new RegExp(`^${name}:`) })
}

/** developer-a assumes EC2FullAccessRole as session `narrow`, with the given inline session policy. */
async function assumeNarrow(page: Page, inline: string) {
  await ask(page, { principal: 'user/developer-a', action: 'ec2:TerminateInstances', resource: INSTANCE })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  const assume = page.getByRole('form', { name: 'Assume role' })
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'EC2FullAccessRole' })
  await assume.getByRole('textbox', { name: 'Session name' }).fill('narrow')
  await assume.getByLabel('Inline session policy (JSON)').fill(inline)
  return assume
}

test('a session policy that allows less than the role: the session-policy step decides', async ({ page }) => {
  // A long journey (two languages) on a shared machine.
  test.slow()
  await openApp(page)
  const assume = await assumeNarrow(page, '{\n  "Version": "2012-10-17",\n  "Statement": [\n}')
  // A JSON error is located at its field while typing.
  const inline = assume.getByLabel('Inline session policy (JSON)')
  await expect(inline).toHaveAttribute('aria-invalid', 'true')
  await expect(inline).toHaveAccessibleDescription(/not a valid policy document: .*\(line 4, column 1\)/)

  await inline.fill(STOP_ONLY)
  await expect(inline).not.toHaveAttribute('aria-invalid', 'true')
  // Suggestions: the AWS managed policies are offered for managed session policies.
  await expect(assume.locator('datalist option[value="arn:aws:iam::aws:policy/ReadOnlyAccess"]')).toHaveCount(1)
  await assume.getByRole('button', { name: 'Assume role' }).click()

  const status = assume.getByRole('status')
  await expect(status).toContainText(`Acting as ${SESSION}`)
  await expect(status).toContainText(
    'This session can do at most what both the role’s policies and the session policies allow.',
  )
  await expect(status.getByRole('list', { name: `Session policies of ${SESSION}` })).toContainText(
    'Inline session policy 1',
  )
  await expect(requestForm(page).principal).toHaveValue(SESSION)

  // The role allows ec2:TerminateInstances; the session policy does not: implicit deny at the session-policy step.
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  const answer = page.getByRole('region', { name: 'Result' })
  await expect(answer.getByText('No session policy allows ec2:TerminateInstances', { exact: true })).toBeVisible()
  await expect(answer.getByText('Session policies found no allow')).toBeVisible()
  await expect(step(page, 'Session policies')).toHaveAttribute('data-verdict', 'no-allow')
  await expect(step(page, 'Identity-based policies')).toHaveAttribute('data-verdict', 'allow')
  // Where the session is shown, its session policies are too.
  await expect(answer.getByRole('list', { name: `Session policies of ${SESSION}` })).toContainText(
    'Inline session policy 1',
  )

  // Both allow ec2:StopInstances.
  await requestForm(page).action.fill('ec2:StopInstances')
  await expect(decision(page)).toHaveText(/^Allowed/)

  // The same answer in Korean names the session-policy step too.
  await requestForm(page).action.fill('ec2:TerminateInstances')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await expect(page.getByRole('status', { name: '결정' })).toHaveText('Implicitly denied · 암시적으로 거부됨')
  await expect(page.getByText('세션 정책에서 허용을 찾지 못했습니다')).toBeVisible()
  await expect(
    page.getByText('이 세션은 역할의 정책과 세션 정책이 모두 허용하는 범위 안에서만 동작합니다.').first(),
  ).toBeVisible()
})

test('managed session policy ARNs: suggested, at most 10, refused with a clear error', async ({ page }) => {
  await openApp(page)
  const assume = await assumeNarrow(page, '')
  const arn = assume.getByLabel('Managed policy ARN')
  await arn.fill('arn:aws:iam::111122223333:role/EC2FullAccessRole')
  await assume.getByRole('button', { name: 'Add', exact: true }).click()
  const list = assume.getByRole('list', { name: 'Managed session policies' })
  await expect(list).toContainText('is not the ARN of a managed policy')
  await list.getByRole('button', { name: 'Remove arn:aws:iam::111122223333:role/EC2FullAccessRole' }).click()
  const names = ['AdministratorAccess', 'PowerUserAccess', 'ReadOnlyAccess', 'job-function/ViewOnlyAccess']
  names.push('SecurityAudit', 'job-function/Billing', 'AWSSupportAccess', 'AWSDenyAll', 'IAMUserChangePassword')
  names.push('IAMFullAccess', 'IAMReadOnlyAccess')
  for (const name of [...names, 'ReadOnlyAccess']) {
    await arn.fill(`arn:aws:iam::aws:policy/${name}`)
    await arn.press('Enter')
  }
  // A repeat is added once: eleven, one over STS's limit.
  await expect(list.getByRole('listitem')).toHaveCount(11)
  await expect(arn).toHaveAttribute('aria-invalid', 'true')
  await expect(arn).toHaveAccessibleDescription(
    /11 managed session policy ARNs were passed: PolicyArns takes at most 10/,
  )
  // Submitted anyway, STS refuses it before evaluation.
  await assume.getByRole('button', { name: 'Assume role' }).click()
  await expect(assume.getByRole('status')).toContainText('AssumeRole fails before evaluation')
  await expect(assume.getByRole('status')).toContainText('AWS returns ValidationError')
  await expect(requestForm(page).principal).toHaveValue('user/developer-a')

  // Ten are fine: the session lists them.
  await list.getByRole('button', { name: 'Remove arn:aws:iam::aws:policy/AdministratorAccess' }).click()
  await expect(arn).not.toHaveAttribute('aria-invalid', 'true')
  await assume.getByRole('button', { name: 'Assume role' }).click()
  await expect(assume.getByRole('status')).toContainText(`Acting as ${SESSION}`)
  await expect(assume.getByRole('status')).toContainText(
    'Managed session policy arn:aws:iam::aws:policy/ReadOnlyAccess',
  )
})

test('one answer: a chained AssumeRole over an hour, an expired session, a session never issued', async ({ page }) => {
  await openApp(page)
  const assume = await assumeNarrow(page, STOP_ONLY)
  await assume.getByRole('button', { name: 'Assume role' }).click()
  await expect(assume.getByRole('status')).toContainText(`Acting as ${SESSION}`)

  // As the session (role chaining), asking for two hours fails before evaluation: that is the whole answer.
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'S3ConfigTempRole' })
  await assume.getByLabel('Inline session policy (JSON)').fill('')
  await assume.getByRole('spinbutton', { name: 'Duration (seconds)' }).fill('7200')
  await assume.getByRole('button', { name: 'Assume role' }).click()
  const status = assume.getByRole('status')
  await expect(status).toContainText('AssumeRole fails before evaluation')
  await expect(status).toContainText('exceeds the 1 hour session limit for roles assumed by role chaining')
  await expect(status).toContainText('AWS returns ValidationError')
  await expect(status).not.toContainText('Decision')
  await expect(requestForm(page).principal).toHaveValue(SESSION)

  // The session lasts an hour: a day later the request fails before evaluation, whatever the policies say.
  await requestForm(page).action.fill('ec2:StopInstances')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await page.getByRole('group', { name: 'Clock' }).getByRole('button', { name: '+1 day', exact: true }).click()
  await expect(decision(page)).toHaveText('Failed before evaluation')
  const answer = page.getByRole('region', { name: 'Result' })
  await expect(answer).toContainText(`The request fails before evaluation: the session ${SESSION} expired at`)
  await expect(answer).toContainText('AWS returns ExpiredToken')
  // One answer: no decision badge beside the failure.
  await expect(answer.getByRole('status', { name: 'Decision' })).toHaveCount(1)
  // …and no evaluation drawn after it (a flowchart would end in a decision).
  await expect(answer.getByRole('group', { name: /^Evaluation flow chart/ })).toHaveCount(0)
  await expect(answer).not.toContainText(/Implicitly denied|Explicitly denied|Allowed/)

  // A session the scenario never issued has no credentials at all.
  await requestForm(page).principal.fill('arn:aws:sts::111122223333:assumed-role/EC2FullAccessRole/ghost')
  await expect(answer).toContainText('this scenario never issued the session')
  await expect(answer).toContainText('AWS returns InvalidClientTokenId')
  await expect(decision(page)).toHaveText('Failed before evaluation')
})
