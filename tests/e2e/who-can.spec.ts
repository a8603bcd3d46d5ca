// Journey: ask who in the account may do the current request, including through role assumption.
import { expect, test } from '@playwright/test'

test('lists every principal that can do the request, with role-assumption paths', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('status', { name: 'Decision' })).toHaveText(
    /^(Allowed|Explicitly denied|Implicitly denied)/,
  )
  const form = page.getByRole('form', { name: 'Request' })
  await form.getByLabel('Action', { exact: true }).fill('ec2:StopInstances')
  await form
    .getByLabel('Resource', { exact: true })
    .fill('arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0abc1234def567890')
  await page.getByRole('button', { name: 'Find who can' }).click()
  const list = page.getByRole('list', { name: 'Principals that can do it' })
  await expect(list).toBeVisible()
  // The company's root can; developer-a reaches EC2FullAccessRole by assuming it.
  await expect(list).toContainText('root')
  await expect(list).toContainText('developer-a → role/EC2FullAccessRole')
})
