// A first visit: the library's first scenario is open, one of its saved requests is in the form and answered, and
// the statement that decided it is open in the editor. Also takes the README's screenshot.
import { copyFile, mkdir } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision, policyEditor, requestForm } from './support/app.ts'

const SCREENSHOTS = new URL('./screenshots/', import.meta.url)

test.use({ viewport: { width: 1440, height: 900 } })

test('a first visit opens a ready scenario with a request answered and its deciding statement', async ({
  page,
}, testInfo) => {
  await page.goto('./')

  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(page.getByRole('alert')).toHaveCount(0)
  // The company-teams scenario is the open workspace; its users are in the account pane.
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText(
    'Workspace: One company account',
  )
  const users = page.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
  for (const name of ['jiwoo', 'minho', 'developer-a']) {
    await expect(users.getByRole('button', { name, exact: true })).toBeVisible()
  }

  // The form holds one of the scenario's saved requests, and the answer names who asked.
  const form = requestForm(page)
  const [principal, action, resource] = await Promise.all([
    form.principal.inputValue(),
    form.action.inputValue(),
    form.resource.inputValue(),
  ])
  const saved = page.getByRole('region', { name: 'Saved requests' }).getByRole('listitem')
  await expect(saved.filter({ hasText: `${principal} · ${action} · ${resource}` }).first()).toBeVisible()
  await expect(page.getByText(/^Evaluated as arn:aws:(iam|sts)::111122223333:/)).toContainText(
    principal.replace(/^user\//, ''),
  )

  // An allowed request, so there is a statement to look at: it is open in the editor.
  await expect(decision(page)).toHaveText(/^Allowed/)
  const decisive = page.getByRole('list', { name: 'Decisive statements' }).getByRole('listitem').first()
  const sid = /\(([^)]+)\)$/.exec((await decisive.textContent())?.trim() ?? '')?.[1]
  expect(sid, 'the deciding statement has a Sid').toBeTruthy()
  await expect(policyEditor(page)).toContainText(`"Sid": "${sid}"`)

  const shot = testInfo.outputPath('playground.png')
  await page.screenshot({ path: shot })
  // The README shows this screenshot.
  await mkdir(SCREENSHOTS, { recursive: true })
  await copyFile(shot, new URL('playground.png', SCREENSHOTS))
})
