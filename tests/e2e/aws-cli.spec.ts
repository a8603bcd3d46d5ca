// "Copy as AWS CLI": the answer's question as `aws iam simulate-principal-policy` (copied) and
// `simulate-custom-policy` with the scenario's documents, and what AWS's simulator leaves out.
import { expect, test } from '@playwright/test'
import { decision, openApp, openScenario, requestForm } from './support/app.ts'

test('copies the simulate-principal-policy command of the question and shows both commands', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page)
  await openScenario(page, 'Organization: an SCP that locks accounts to allowed Regions')
  const saved = page.getByRole('region', { name: 'Saved requests' })
  await saved.getByRole('button', { name: /^Load request Prod account, Ireland/ }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)

  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click()
  const panel = page.getByRole('region', { name: 'Check it in AWS with the policy simulator' })
  const principal = panel.getByLabel('simulate-principal-policy: the user or role in your AWS account')
  await expect(principal).toContainText('aws iam simulate-principal-policy')
  await expect(principal).toContainText('--policy-source-arn arn:aws:iam::444455556666:user/deployer')
  await expect(principal).toContainText('--action-names ec2:StartInstances')
  // The SCP's key, with the Region asked.
  await expect(principal).toContainText('"ContextKeyName":"aws:RequestedRegion","ContextKeyValues":["eu-west-1"]')
  await expect(panel.getByLabel('simulate-custom-policy: the scenario’s policy documents')).toContainText(
    '--policy-input-list',
  )
  await expect(panel).toContainText('SCPs are simulated only by simulate-principal-policy')
  await expect(page.getByText('Copied to the clipboard.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await principal.textContent())
  await panel.screenshot({ path: 'tests/e2e/screenshots/aws-cli.png' })

  // Another question: the commands of the old one go away.
  await requestForm(page).action.fill('ec2:StopInstances')
  await expect(panel).toBeHidden()
})
