// Journey: a blog post embeds the playground in <iframe sandbox="allow-scripts"> (no same origin, no storage).
import { createServer, type Server } from 'node:http'
import { expect, test } from '@playwright/test'
import { ANY_DECISION } from './support/app.ts'

const HOST_PORT = 4180
let host: Server

test.beforeAll(async ({ baseURL }) => {
  // A real page on another origin of this machine, like a blog that embeds the playground.
  const page = `<!doctype html><meta charset="utf-8"><title>A post</title>
<script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'iam-playground:height') heights.push(e.data.height) })</script>
<iframe id="example" title="IAM example" sandbox="allow-scripts" src="${baseURL}/?embed" width="1000" height="600"></iframe>`
  host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page))
  await new Promise<void>((done) => host.listen(HOST_PORT, done))
})

test.afterAll(async () => {
  await new Promise((done) => host.close(done))
})

test('works inside a sandboxed iframe: answers, stays read-only, reports its height, links to the playground', async ({
  page,
  baseURL,
}) => {
  await page.goto(`http://localhost:${HOST_PORT}/`)
  const embed = page.frameLocator('#example')
  await expect(embed.getByRole('status', { name: 'Decision' })).toHaveText(ANY_DECISION)
  await expect(embed.getByRole('textbox', { name: 'Policy editor' })).toHaveAttribute('aria-readonly', 'true')
  const open = embed.getByRole('link', { name: /Open in playground/ })
  await expect(open).toHaveAttribute('href', new RegExp(`^${baseURL}/(\\?|#|$)`))
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
    .toBeGreaterThan(0)
  const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights)
  expect(heights.every((h) => Number.isInteger(h) && h > 0)).toBe(true)
})
