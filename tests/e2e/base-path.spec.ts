// Journey: the built app is copied into a sub-folder of a static host and still works (relative URLs only).
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { expect, test } from '@playwright/test'
import { ANY_DECISION } from './support/app.ts'

const PORT = 4181
const DIST = join(process.cwd(), 'dist')
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}
let server: Server

test.beforeAll(async () => {
  // A plain static host that serves dist/ under /play/ and nothing at the root.
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith('/play/')) return void res.writeHead(404).end()
    const file = normalize(join(DIST, path.slice('/play/'.length) || 'index.html'))
    if (!file.startsWith(DIST)) return void res.writeHead(403).end()
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(PORT, done))
})

test.afterAll(async () => {
  await new Promise((done) => server.close(done))
})

test('the built app works from a sub-folder of a static host', async ({ page }) => {
  const outside: string[] = []
  page.on('request', (r) => {
    if (!r.url().startsWith(`http://localhost:${PORT}/play/`)) outside.push(r.url())
  })
  await page.goto(`http://localhost:${PORT}/play/`)
  await expect(page.getByRole('status', { name: 'Decision' })).toHaveText(ANY_DECISION)
  await expect(page.getByRole('textbox', { name: 'Policy editor' })).toBeVisible()
  expect(outside).toEqual([])
})
