// Editing the policy that decides a request: the answer follows the editor's text by itself; the Evaluate button and
// Ctrl+Enter answer at once; a statement opened from the answer stays marked while the policy is typed in.
import { expect, test } from '@playwright/test'
import { ask, decision, openApp, policyEditor, requestForm } from './support/app.ts'

const LIST_DISTRIBUTIONS = { principal: 'user/jiwoo', action: 'cloudfront:ListDistributions', resource: '*' }

test('turning the deciding Allow into a Deny changes the decision without pressing Evaluate', async ({ page }) => {
  await openApp(page)
  await ask(page, LIST_DISTRIBUTIONS)
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('FrontendReadOnly')

  // The customer managed policy that decides it (attached to jiwoo's group FE1), opened from the account pane.
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'FrontendReadOnly' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Policy FrontendReadOnly', exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Edit default version v1' }).click()
  const editor = policyEditor(page)
  await expect(editor).toContainText('"Effect": "Allow"')

  // Double-click selects the word; typing replaces it.
  await editor.getByText('"Allow"').dblclick()
  await page.keyboard.type('Deny')
  await expect(editor).toContainText('"Effect": "Deny"')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('ReadCloudFrontAndLogs')

  // The editor's own undo brings the Allow, and the decision, back.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(editor).toContainText('"Effect": "Allow"')
  await expect(decision(page)).toHaveText(/^Allowed/)

  // Removing the action that matched leaves nothing that allows it.
  await editor.getByText('"cloudfront:List*",').dblclick()
  await page.keyboard.press('Home')
  await page.keyboard.press('Shift+End')
  await page.keyboard.press('Backspace')
  await expect(editor).not.toContainText('cloudfront:List*')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
})

test('the Evaluate button and Ctrl+Enter answer at once, without waiting for the automatic refresh', async ({
  page,
}) => {
  await page.clock.install()
  await openApp(page)
  await ask(page, LIST_DISTRIBUTIONS)
  await expect(decision(page)).toHaveText(/^Allowed/)
  // From here on the form's debounced refresh never fires by itself: only an explicit evaluation answers.
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'))

  const form = requestForm(page)
  await form.action.fill('s3:GetObject')
  await form.resource.fill('arn:aws:s3:::company-a-app-assets/images/logo.png')
  await page.clock.runFor(100) // less than the 150 ms debounce
  await expect(decision(page)).toHaveText(/^Allowed/)
  await form.evaluate.click()
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  await form.action.fill(LIST_DISTRIBUTIONS.action)
  await form.resource.fill(LIST_DISTRIBUTIONS.resource)
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  await form.resource.press('ControlOrMeta+Enter')
  await expect(decision(page)).toHaveText(/^Allowed/)

  // An incomplete form is not evaluated: the empty field says what it needs (it was never left, so only the
  // shortcut's submit can have marked it).
  await form.action.fill('')
  await form.action.press('ControlOrMeta+Enter')
  await expect(form.form.getByText('Enter an action, e.g. s3:GetObject.')).toBeVisible()
  await expect(form.action).toHaveAttribute('aria-invalid', 'true')
})

test('the statement opened from the answer stays marked while the text before it is typed', async ({ page }) => {
  await openApp(page)
  await ask(page, LIST_DISTRIBUTIONS)
  await expect(decision(page)).toHaveText(/^Allowed/)
  await page
    .getByRole('list', { name: 'Decisive statements' })
    .getByRole('button', { name: /FrontendReadOnly/ })
    .click()
  const editor = policyEditor(page)
  const marked = editor.locator('.cm-traceHighlight')
  await expect(marked.first()).toBeVisible()
  const before = (await marked.allTextContents()).join('')
  expect(before).toContain('"Effect": "Allow"')

  // Typing at the very start moves the statement along; the mark moves with it (it is not put back where it was).
  await editor.press('ControlOrMeta+Home')
  await page.keyboard.type('  ')
  await expect(editor).toContainText('  {')
  await expect(decision(page)).toHaveText(/^Allowed/)
  expect((await marked.allTextContents()).join('')).toBe(before)
})
