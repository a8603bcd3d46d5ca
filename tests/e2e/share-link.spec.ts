// Sharing: a link made in the Share dialog opens the same scenario and request in a fresh browser, and a bad link
// gives a clear message while the app stays usable.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision, openApp, requestForm } from './support/app.ts'

test('a shared link opens the same scenario and request in a new browser context', async ({ page, browser }) => {
  await openApp(page)
  const form = requestForm(page)
  await form.principal.fill('user/minho')
  await form.action.fill('s3:ListAllMyBuckets')
  await form.resource.fill('*')

  await page.getByRole('button', { name: 'Share' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share' })
  const field = dialog.getByRole('textbox', { name: 'Link' })
  await expect(field).toHaveValue(/#z[A-Za-z0-9_-]+$/)
  const link = await field.inputValue()
  await expect(dialog.getByText(`The link is ${link.length.toLocaleString('en')} characters long.`)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy Markdown link' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Copy iframe snippet' })).toBeVisible()

  const fresh = await browser.newContext()
  try {
    const other = await fresh.newPage()
    await other.goto(link)
    const otherForm = requestForm(other)
    await expect(otherForm.principal).toHaveValue('user/minho')
    await expect(otherForm.action).toHaveValue('s3:ListAllMyBuckets')
    await expect(otherForm.resource).toHaveValue('*')
    await expect(decision(other)).toHaveText(ANY_DECISION)
    const users = other.getByRole('navigation', { name: 'Account' }).getByRole('region', { name: 'Users' })
    await expect(users.getByRole('button', { name: 'minho', exact: true })).toBeVisible()
  } finally {
    await fresh.close()
  }
})

test('a damaged link shows a clear message and the app stays usable', async ({ page }) => {
  await page.goto('./#zgarbage')
  await expect(page.getByText(/share link is damaged/i)).toBeVisible()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await requestForm(page).action.fill('s3:GetObject')
  await expect(decision(page)).toHaveText(ANY_DECISION)
})
