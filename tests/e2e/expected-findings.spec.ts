// The findings view checks a scenario's expected findings (`expectFindings`) once the audit is complete: the
// privilege-escalation gallery scenario gets all 23 as expected; a one-click fix that closes an expected path makes
// that line fail, naming what is missing, and Undo brings it back.
import { expect, test } from '@playwright/test'
import { openApp } from './support/app.ts'

const TITLE = 'Privilege escalation: 14 paths and 8 look-alikes'

test('the findings view shows how many expected findings hold and why one fails', async ({ page }) => {
  test.setTimeout(120_000) // two audits of 50 principals' escalation paths on a shared machine
  await openApp(page)
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await gallery.getByRole('searchbox', { name: 'Search scenarios' }).fill('privilege escalation')
  await gallery.getByRole('article', { name: TITLE }).getByRole('button', { name: 'Open' }).click()
  await expect(gallery).toBeHidden()

  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Findings' }).click()
  const view = page.getByRole('tabpanel', { name: 'Findings' })
  await expect(view.locator('section[aria-busy="false"]')).toHaveCount(1, { timeout: 60_000 })
  const summary = view.getByText(/^Expected findings: \d+ of \d+ as expected$/)
  await expect(summary).toHaveText('Expected findings: 23 of 23 as expected')
  await summary.click()
  const lines = view.getByRole('list', { name: 'Expected findings' }).getByRole('listitem')
  await expect(lines).toHaveCount(23)
  const first = lines.filter({ hasText: 'A new default version of its own policy' })
  await expect(first).toContainText('As expected:')

  // The smallest fix of esc-create-policy-version's path: its expected finding is gone.
  const finding = view.getByRole('article', { name: 'User esc-create-policy-version can escalate its privileges' })
  await finding.getByRole('button', { name: /^Fix: / }).click()
  await expect(view.locator('section[aria-busy="false"]')).toHaveCount(1, { timeout: 60_000 })
  await expect(summary).toHaveText('Expected findings: 22 of 23 as expected')
  await expect(first).toContainText('Not as expected:')
  await expect(first).toContainText(
    'No such finding: the audit reports no privilege-escalation finding for user/esc-create-policy-version.',
  )
  await expect(lines.filter({ hasText: 'Not as expected:' })).toHaveCount(1)
  await view.locator('details.expected').screenshot({ path: 'test-results/expected-findings.png' })

  await page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ }).click()
  await expect(summary).toHaveText('Expected findings: 23 of 23 as expected', { timeout: 60_000 })
})
