// A principal or resource the scenario does not have: the answer warns above the decision and offers the closest
// existing names; one click puts the suggestion into the request form and the answer follows.
import { expect, test, type Page } from '@playwright/test'
import { decision, openApp, openScenario, requestForm, screenshots } from './support/app.ts'

/** The warning region above the decision. */
const warning = (page: Page) => page.getByRole('status', { name: 'Not in this scenario' })

test('a user ARN without its path: the warning offers the user on its path, and using it answers for that user', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'Delegated administration with a permissions boundary')
  // The scenario's first request: maria (path /team-leads/) may create a user within the boundary.
  const fields = requestForm(page)
  await expect(fields.principal).toHaveValue('user/maria')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(warning(page)).toHaveCount(0)

  await fields.principal.fill('arn:aws:iam::111122223333:user/maria')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(warning(page)).toContainText(
    'Account 111122223333 has no principal arn:aws:iam::111122223333:user/maria: it was evaluated as a principal with no policies.',
  )
  const use = warning(page).getByRole('button', { name: 'Use user/team-leads/maria' })
  await expect(use).toHaveCount(1)
  await screenshots(page, page.getByRole('region', { name: 'Result', exact: true }), 'unknown-principal')

  await use.click()
  await expect(fields.principal).toHaveValue('arn:aws:iam::111122223333:user/team-leads/maria')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(warning(page)).toHaveCount(0)
})

test('an S3 object of a bucket name with a typo: using the suggested bucket keeps the key and the bucket policy decides', async ({
  page,
}) => {
  await openApp(page)
  await openScenario(page, 'Cross-account S3: both sides must allow')
  const fields = requestForm(page)
  await fields.resource.fill('arn:aws:s3:::b-shared-report/2025/05/daily-sales.parquet')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await expect(warning(page)).toContainText(
    'This scenario has no resource arn:aws:s3:::b-shared-report/2025/05/daily-sales.parquet: no resource-based policy took part.',
  )
  await screenshots(page, warning(page), 'unknown-resource')

  await warning(page)
    .getByRole('button', { name: 'Use arn:aws:s3:::b-shared-reports/2025/05/daily-sales.parquet' })
    .click()
  await expect(fields.resource).toHaveValue('arn:aws:s3:::b-shared-reports/2025/05/daily-sales.parquet')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(warning(page)).toHaveCount(0)
})
