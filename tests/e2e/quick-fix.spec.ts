// A lint error with a quick fix: a lower-case Effect is flagged in the editor; applying the fix (from the lint panel
// or the hover tooltip) writes "Allow", and the decision follows the fixed text.
import { expect, test } from '@playwright/test'
import { ask, decision, openApp, policyEditor } from './support/app.ts'

test('the quick fix turns "allow" into "Allow" and the decision follows', async ({ page }) => {
  await openApp(page)
  await ask(page, { principal: 'user/jiwoo', action: 'cloudfront:ListDistributions', resource: '*' })
  await expect(decision(page)).toHaveText(/^Allowed/)
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'FrontendReadOnly' }).click()
  await page.getByRole('button', { name: 'Edit default version v1' }).click()
  const editor = policyEditor(page)
  await expect(editor).toContainText('"Effect": "Allow"')

  await editor.getByText('"Allow"').dblclick()
  await page.keyboard.type('allow')
  await expect(editor).toContainText('"Effect": "allow"')
  // AWS rejects the whole policy, so it no longer allows anything.
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  // The linter (300 ms after typing stops) marks the value as an error.
  await expect(page.locator('.cm-lintRange-error')).toHaveText('"allow"')

  // The lint panel (Ctrl+Shift+M) lists the diagnostic with its fix as a button.
  await page.keyboard.press('ControlOrMeta+Shift+M')
  const diagnostics = page.getByRole('listbox', { name: 'Diagnostics' })
  await expect(diagnostics).toBeVisible()
  const problem = diagnostics.getByRole('option').filter({ hasText: 'invalid-effect' })
  await expect(problem).toContainText('allow')
  await problem.getByRole('button', { name: /Change to Allow/ }).click()

  await expect(editor).toContainText('"Effect": "Allow"')
  await expect(editor).not.toContainText('"allow"')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0)
})

test('the quick fix is offered in the tooltip over the flagged value', async ({ page }) => {
  await openApp(page)
  await ask(page, { principal: 'user/jiwoo', action: 'cloudfront:ListDistributions', resource: '*' })
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'FrontendReadOnly' }).click()
  await page.getByRole('button', { name: 'Edit default version v1' }).click()
  const editor = policyEditor(page)
  await editor.getByText('"Allow"').dblclick()
  await page.keyboard.type('allow')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  const flagged = page.locator('.cm-lintRange-error')
  await expect(flagged).toHaveText('"allow"')
  await flagged.hover()
  const tooltip = page.locator('.cm-tooltip-lint')
  await expect(tooltip).toContainText('allow')
  await tooltip.getByRole('button', { name: /Change to Allow/ }).click()

  await expect(editor).toContainText('"Effect": "Allow"')
  await expect(decision(page)).toHaveText(/^Allowed/)
})
