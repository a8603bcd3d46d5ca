// The built app works offline once its service worker (dist/sw.js) has installed.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision } from './support/app.ts'

test('the app opens and answers offline after the first visit', async ({ page, context }) => {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))

  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
  expect(scope).toMatch(/\/$/)
  // The first visit stays uncontrolled (no clients.claim()); reload online so the page is controlled and the catalog
  // the first answer needs passes through the worker's runtime cache.
  await page.reload()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
  await page.waitForLoadState('networkidle')

  await context.setOffline(true)
  // Really offline: what the worker does not serve fails.
  expect(
    await page.evaluate(() =>
      fetch('./robots.txt').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline')
  await page.reload()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(page.getByRole('status').filter({ hasText: 'Evaluating' })).toHaveCount(0)
  await expect(page.getByText('A newer version of the playground is available.')).toHaveCount(0)
  await context.setOffline(false)

  expect(problems).toEqual([])
})

test('an embedded page does not register the service worker', async ({ page }) => {
  await page.goto('./?embed')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  // The full app registers on load; give an embed the same chance, then check nothing was registered.
  await page.waitForLoadState('load')
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
})
