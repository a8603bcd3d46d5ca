// Choosing the language: the toolbar's select switches the whole page live and is remembered; ?lang= in a link or
// an embed wins; the share dialog's link carries the language chosen there; <html lang> follows.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision, openApp } from './support/app.ts'

test('the Language select switches to Korean, is remembered, and ?lang=en overrides it', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')

  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko')
  await expect(page.getByRole('button', { name: '공유' })).toBeVisible()
  const form = page.getByRole('form', { name: '요청' })
  await expect(form.getByLabel('보안 주체 (Principal)', { exact: true })).toBeVisible()
  await expect(page.getByRole('status', { name: '결정' })).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('button', { name: '공유' })).toBeVisible()

  await page.goto('./?lang=en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible()
})

test('?lang=ko opens an English browser in Korean, and the share link carries the language chosen', async ({
  page,
}) => {
  await page.goto('./?lang=ko')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await page.getByRole('button', { name: '공유' }).click()
  const dialog = page.getByRole('dialog', { name: '공유' })
  const link = dialog.getByRole('textbox', { name: '링크' })
  await expect(link).toHaveValue(/\?lang=ko#z[A-Za-z0-9_-]+$/)
  await dialog.getByRole('combobox', { name: '링크의 언어' }).selectOption('en')
  await expect(link).toHaveValue(/\?lang=en#z[A-Za-z0-9_-]+$/)
})
