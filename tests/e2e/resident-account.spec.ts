// The account stays in the engine's worker between questions (sent once, then only what changed): answers follow an
// edit and its undo, and when the worker dies a fresh one is sent the account again and answers the same.
import { expect, test, type Worker } from '@playwright/test'
import { ask, decision, openApp, policyEditor } from './support/app.ts'

const LIST_DISTRIBUTIONS = { principal: 'user/jiwoo', action: 'cloudfront:ListDistributions', resource: '*' }

test('answers after the engine worker crashed and a fresh one took over', async ({ page }) => {
  const engines: Worker[] = []
  page.on('worker', (w) => {
    if (/engine\.worker/.test(w.url())) engines.push(w)
  })
  await openApp(page)
  await ask(page, { ...LIST_DISTRIBUTIONS, expected: 'Allowed' })
  expect(engines).toHaveLength(1)

  // An uncaught error in the worker: the page drops it (terminates it) and starts another on the next question.
  const first = engines[0]!
  const closed = new Promise<void>((resolve) => first.once('close', () => resolve()))
  await first.evaluate(() => {
    setTimeout(() => {
      throw new Error('the engine crashed (on purpose, for this test)')
    })
  })
  await closed

  // An edit after the crash: the fresh worker holds nothing, so it must be sent the whole edited account.
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'FrontendReadOnly' }).click()
  await page.getByRole('button', { name: 'Edit default version v1' }).click()
  const editor = policyEditor(page)
  await editor.getByText('"Allow"').dblclick()
  await page.keyboard.type('Deny')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('ReadCloudFrontAndLogs')
  expect(engines).toHaveLength(2)
  await expect(page.getByRole('alert')).toHaveCount(0)

  // The editor's undo: another version, sent as what changed from the one the fresh worker holds.
  await page.keyboard.press('ControlOrMeta+z')
  await expect(editor).toContainText('"Effect": "Allow"')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('FrontendReadOnly')
  expect(engines).toHaveLength(2)
})
