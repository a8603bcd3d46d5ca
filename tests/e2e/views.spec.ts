// The view tabs under the toolbar: a tab list that mouse and keyboard both drive, and a playground that keeps its
// state (the open policy, the request) while another view is on show.
import { expect, test } from '@playwright/test'
import { decision, openApp, requestForm } from './support/app.ts'

test('the tabs switch views and the playground keeps its request meanwhile', async ({ page }) => {
  await openApp(page)
  const tabs = page.getByRole('tablist', { name: 'Views' })
  await expect(tabs.getByRole('tab')).toHaveText([
    'Playground',
    'Graph',
    'Access matrix',
    'Credentials',
    'Activity',
    'Findings',
  ])
  await expect(tabs.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')

  const fields = requestForm(page)
  await fields.action.fill('s3:ListBucket')
  await tabs.getByRole('tab', { name: 'Findings' }).click()
  await expect(page.getByRole('tabpanel', { name: 'Findings' })).toBeVisible()
  await expect(fields.action).toBeHidden()

  await tabs.getByRole('tab', { name: 'Playground' }).click()
  await expect(fields.action).toHaveValue('s3:ListBucket')
  await expect(decision(page)).toBeVisible()
})

test('arrow keys, Home and End move between the tabs and show their views', async ({ page }) => {
  await openApp(page)
  const tabs = page.getByRole('tablist', { name: 'Views' })
  await tabs.getByRole('tab', { name: 'Playground' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.getByRole('tab', { name: 'Graph' })).toBeFocused()
  await expect(tabs.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('tabpanel', { name: 'Graph' })).toBeVisible()
  await page.keyboard.press('End')
  await expect(tabs.getByRole('tab', { name: 'Findings' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowLeft')
  await expect(tabs.getByRole('tab', { name: 'Findings' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Home')
  await expect(page.getByRole('tabpanel', { name: 'Playground' })).toBeVisible()
  // Only the selected tab is a Tab stop.
  await expect(tabs.locator('[tabindex="0"]')).toHaveCount(1)
})

test('a link can open a view: the graph in the playground, and the graph alone in an embed', async ({ page }) => {
  await openApp(page)
  await page.getByRole('tab', { name: 'Graph' }).click()
  await expect(page.getByRole('group', { name: 'Inheritance graph' })).toBeVisible()
  // The address follows the app (written when the page is idle or loses focus).
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(() => page.url()).toMatch(/#z/)
  const link = page.url()

  const other = await page.context().newPage()
  await other.goto(link)
  await expect(other.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true')
  await expect(other.getByRole('group', { name: 'Inheritance graph' })).toBeVisible()

  const hash = new URL(link).hash
  await other.goto(`./?embed&view=graph${hash}`)
  await expect(other.getByRole('group', { name: 'Inheritance graph' })).toBeVisible()
  await expect(other.getByRole('tablist', { name: 'Views' })).toHaveCount(0)
  await expect(other.getByRole('button', { name: 'Open User jiwoo', exact: true })).toBeVisible()
})
