// Opens the built bundle (vite preview) to prove the worker URL resolves and the app works under its CSP: the engine
// worker answers, nothing leaves the page's origin, and the AWS catalog is fetched lazily, one service at a time.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision, openApp, policyEditor } from './support/app.ts'

const actionFile = (url: string) => /\/catalog\/actions\/([\w-]+)\.json$/.exec(url)?.[1]

test('the engine worker of the built app answers, under the CSP, from the page’s own origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = []
  const problems: string[] = []
  page.context().on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()))
  page.on('pageerror', (error) => problems.push(error.message))
  const worker = page.waitForEvent('worker')

  await openApp(page)

  // The decision is rendered only from the worker's answer, so seeing it proves the round trip.
  expect((await worker).url()).toMatch(/\/assets\/engine\.worker-[\w-]+\.js$/)
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByText(/^Evaluated as arn:aws:/)).toBeVisible()

  // Opening a policy lints it in the worker, which fetches the catalog of exactly the services it names. First let
  // the page settle (the first visit may already lint a policy: the linter waits 300 ms after a change).
  await expect
    .poll(async () => {
      const count = requests.length
      await page.waitForTimeout(400)
      return requests.length - count
    })
    .toBe(0)
  const before = requests.length
  const lambda = page.context().waitForEvent('response', (r) => actionFile(r.url()) === 'lambda')
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'BackendStandard' }).click()
  await page.getByRole('button', { name: 'Edit default version v1' }).click()
  await expect(policyEditor(page)).toContainText('dynamodb:PutItem')
  expect((await lambda).ok()).toBe(true)
  // The two service files may arrive in either order: wait until both have been asked for, and nothing else.
  // (Counted by service: once the service worker controls the page it may revalidate a file it just cached.)
  const services = (urls: string[]) => [...new Set(urls.map(actionFile).filter(Boolean))].sort()
  await expect.poll(() => services(requests.slice(before))).toEqual(['dynamodb', 'lambda'])
  // Only what was looked at so far: a few services of the hundreds in the catalog.
  expect(services(requests).length).toBeLessThanOrEqual(6)

  expect(problems, 'console errors (a CSP violation shows up here)').toEqual([])
  expect(requests.length).toBeGreaterThan(0)
  for (const url of requests) expect(url.startsWith(`${baseURL}/`), url).toBe(true)
})

test('the AWS catalog is served as static files next to the app', async ({ request }) => {
  const services = await request.get('./catalog/services.json')
  expect(services.ok()).toBe(true)
  expect(services.headers()['content-type']).toContain('json')
  expect(await services.json()).toContain('s3')

  const s3 = await request.get('./catalog/actions/s3.json')
  expect(s3.ok()).toBe(true)
  expect(JSON.stringify(await s3.json())).toContain('getobject')
})
