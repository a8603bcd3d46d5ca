// Opens the built bundle (vite preview) to prove the worker URL resolves and the app works under its CSP.
import { expect, test } from '@playwright/test'

test('the engine worker of the built app answers the sample request', async ({ page, baseURL }, testInfo) => {
  const requests: string[] = []
  const problems: string[] = []
  page.context().on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  const worker = page.waitForEvent('worker')

  await page.goto('./')

  // The decision is rendered only from the worker's answer (Playground.result), so seeing it proves the round trip.
  expect((await worker).url()).toMatch(/\/assets\/engine\.worker-[\w-]+\.js$/)
  const decision = page.getByRole('status', { name: 'Decision' })
  await expect(decision).toHaveText(/^Allowed/)
  await expect(page.getByRole('status').filter({ hasText: 'Evaluating' })).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText('arn:aws:s3:::example-bucket/report.csv')).toBeVisible()
  // The trace crossed the worker boundary too: the rule that decided and the decisive statement.
  await expect(page.getByText('an identity-based policy allows, and nothing denies')).toBeVisible()
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('ReadReports')

  // The validator ran in the worker and loaded the catalog of the one service the policy names, lazily.
  await expect(page.getByRole('list', { name: 'Checks of identity policy 1' })).toContainText('no problems found')
  const actionFiles = requests.filter((url) => url.includes('/catalog/actions/'))
  expect(actionFiles.map((url) => url.slice(url.lastIndexOf('/') + 1))).toEqual(['s3.json'])

  await page.screenshot({ path: testInfo.outputPath('app.png'), fullPage: true })

  expect(problems, 'console errors (a CSP violation shows up here)').toEqual([])
  expect(requests.length).toBeGreaterThan(0)
  for (const url of requests) expect(url.startsWith(`${baseURL}/`), url).toBe(true)
})

test('the AWS catalog is served as static files next to the app', async ({ request }) => {
  const response = await request.get('./catalog/services.json')
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('json')
  expect(await response.json()).toContain('s3')
})
