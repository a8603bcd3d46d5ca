// "Paste an error": AWS's AccessDenied text fills in the request, the playground answers it, and AWS's reason stands
// beside the playground's (the same SCP; a different answer said so); unreadable text stays with a located error;
// Korean words the dialog and the comparison.
import { expect, test, type Page } from '@playwright/test'
import { decision, openApp, openScenario, requestForm } from './support/app.ts'

const IRELAND = 'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03'
const SCP_DENY = `An error occurred (UnauthorizedOperation) when calling the StartInstances operation: You are not authorized to perform this operation. User: arn:aws:iam::444455556666:user/deployer is not authorized to perform: ec2:StartInstances on resource: ${IRELAND} with an explicit deny in a service control policy. Encoded authorization failure message: QWxpY2U`

async function paste(page: Page, text: string, names = { open: 'Paste an error', box: 'AWS error message' }) {
  await page.getByRole('button', { name: names.open, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel(names.box).fill(text)
  return dialog
}

test('an SCP deny pasted from the CLI fills the request and the playground agrees, naming the SCP', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'Organization: an SCP that locks accounts to allowed Regions')
  const dialog = await paste(page, SCP_DENY)
  await expect(dialog).toHaveAccessibleName('Paste an AWS error')
  await dialog.getByRole('button', { name: 'Fill in the request' }).click()
  await expect(dialog).toBeHidden()

  const f = requestForm(page)
  await expect(f.principal).toHaveValue('arn:aws:iam::444455556666:user/deployer')
  await expect(f.action).toHaveValue('ec2:StartInstances')
  await expect(f.resource).toHaveValue(IRELAND)
  await expect(f.form.getByLabel('Region')).toHaveValue('eu-west-1')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)

  const compare = page.getByRole('region', { name: /AWS’s error beside the playground/ })
  await expect(compare).toContainText('Same answer')
  await expect(compare).toContainText('AWS said: explicit deny in a service control policy')
  await expect(compare).toContainText('DenyAllOutsideSeoulAndVirginia')
  await expect(compare).toContainText('DenyOutsideAllowedRegions')
  await expect(compare).toContainText('decode-authorization-message')
  await compare.screenshot({ path: 'tests/e2e/screenshots/paste-error-agrees.png' })

  // Asking something else: the comparison is no longer about this question.
  await f.form.getByLabel('Region').fill('ap-northeast-2')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await f.action.fill('ec2:StopInstances')
  await expect(compare).toBeHidden()
})

test('where AWS and the playground differ, the comparison says how; a role session becomes that session', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'Organization: an SCP that locks accounts to allowed Regions')
  const session = 'arn:aws:sts::444455556666:assumed-role/RegionBypassAdmin/oncall'
  const dialog = await paste(
    page,
    `User: ${session} is not authorized to perform: ec2:StartInstances on resource: ${IRELAND} with an explicit deny in a service control policy`,
  )
  await dialog.getByRole('button', { name: 'Fill in the request' }).click()
  await expect(requestForm(page).principal).toHaveValue(session)
  // The bypass role is exempt from the SCP in the scenario: the playground allows what AWS denied.
  await expect(decision(page)).toHaveText(/^Allowed/)
  const compare = page.getByRole('region', { name: /AWS’s error beside the playground/ })
  await expect(compare).toContainText('Different answer')
  await expect(compare).toContainText('The playground allows it')
  await expect(compare).toContainText(`Added the session ${session}`)
  await expect(compare).not.toContainText('which the scenario does not hold')
  await compare.getByRole('button', { name: 'Dismiss' }).click()
  await expect(compare).toBeHidden()
})

test('text it cannot read stays in the box with a located, accessible error; Korean words it all', async ({ page }) => {
  await openApp(page)
  const dialog = await paste(page, '{\n  "errorCode": "AccessDenied",\n  "eventName": oops\n}')
  await dialog.getByRole('button', { name: 'Fill in the request' }).click()
  const box = dialog.getByLabel('AWS error message')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(box).toHaveAccessibleDescription(/^The CloudTrail event is not valid JSON: .*line 3, column 16/)
  await expect(dialog).toBeVisible()
  await box.fill('Access Denied')
  await expect(box).toHaveAttribute('aria-invalid', 'false')
  await dialog.getByRole('button', { name: 'Fill in the request' }).click()
  await expect(box).toHaveAccessibleDescription(/is not authorized to perform/)
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
  const ko = await paste(page, SCP_DENY.replace('444455556666:user/deployer', '111122223333:user/nobody'), {
    open: '오류 붙여넣기',
    box: 'AWS 오류 메시지',
  })
  await expect(ko).toHaveAccessibleName('AWS 오류 붙여넣기')
  await ko.getByRole('button', { name: '요청 채우기' }).click()
  const compare = page.getByRole('region', { name: /AWS 오류와 플레이그라운드 비교/ })
  await expect(compare).toContainText('AWS의 답: 서비스 제어 정책(SCP)의 명시적 거부')
  await expect(compare).toContainText('플레이그라운드')
})
