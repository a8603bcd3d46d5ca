// Assuming a role: the trust policy lets developer-a assume EC2FullAccessRole; the session becomes the request's
// principal, and its requests are answered by the role's policies, not the user's.
import { expect, test } from '@playwright/test'
import { ask, decision, openApp, requestForm } from './support/app.ts'

const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'

test('developer-a assumes EC2FullAccessRole and acts with the role’s permissions', async ({ page }) => {
  await openApp(page)
  // As themselves (INFRA3: S3 only), developer-a may not stop the instance.
  await ask(page, { principal: 'user/developer-a', action: 'ec2:StopInstances', resource: INSTANCE })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  const assume = page.getByRole('form', { name: 'Assume role' })
  await expect(assume).toContainText('Called by the request principal: user/developer-a')
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'EC2FullAccessRole' })
  await assume.getByRole('textbox', { name: 'Session name' }).fill('fix-api-server')
  await assume.getByRole('button', { name: 'Assume role' }).click()

  const session = 'arn:aws:sts::111122223333:assumed-role/EC2FullAccessRole/fix-api-server'
  await expect(assume.getByRole('status')).toHaveText(`Acting as ${session}`)
  const form = requestForm(page)
  await expect(form.principal).toHaveValue(session)

  // The same request as the session: the role's AmazonEC2FullAccess allows it.
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByText(`Evaluated as ${session}`)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('AmazonEC2FullAccess')

  // The session has only the role's permissions: the user's S3 access does not come along.
  await form.action.fill('s3:PutObject')
  await form.resource.fill('arn:aws:s3:::company-a-build-artifacts/releases/app-1.4.2.zip')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(page.getByText(`Evaluated as ${session}`)).toBeVisible()
})

test('another developer is refused: the trust policy names only developer-a', async ({ page }) => {
  await openApp(page)
  await ask(page, { principal: 'user/sora', action: 'ec2:StopInstances', resource: INSTANCE })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  const assume = page.getByRole('form', { name: 'Assume role' })
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'EC2FullAccessRole' })
  await assume.getByRole('button', { name: 'Assume role' }).click()

  await expect(assume.getByRole('status')).toContainText('AssumeRole failed')
  await expect(assume.getByRole('status')).toContainText(/Decision: (Implicitly|Explicitly) denied/)
  await expect(requestForm(page).principal).toHaveValue('user/sora')
})
