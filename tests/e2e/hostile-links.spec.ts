// Journey: links that are damaged or hostile never break the app, never touch saved work, never become HTML.
import { deflateRawSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { ANY_DECISION, decision } from './support/app.ts'

const b64url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const link = (json: unknown) => 'z' + b64url(deflateRawSync(Buffer.from(JSON.stringify(json))))
const scenario = (extra: Record<string, unknown> = {}) => ({
  format: 'iam-playground/scenario',
  version: 1,
  title: 'Hostile',
  accounts: [{ id: '111122223333' }],
  ...extra,
})

const corpus: [string, string, RegExp][] = [
  ['truncated', link({ v: 1, scenario: scenario() }).slice(0, 20), /damaged|cut off/i],
  ['corrupted', 'z' + 'A'.repeat(40), /damaged|cut off/i],
  ['not base64', 'z%%%%', /damaged|base64/i],
  ['unknown version prefix', 'q' + b64url(Buffer.from('{}')), /newer version/i],
  ['a newer payload version', link({ v: 99, scenario: scenario() }), /newer version/i],
  ['oversized', 'z' + 'A'.repeat(120_000), /too long/i],
  [
    'a decompression bomb',
    'z' + b64url(deflateRawSync(Buffer.alloc(30 * 1024 * 1024))),
    /expands to more than|damaged/i,
  ],
  ['__proto__ keys', link({ v: 1, scenario: { ...scenario(), ['__proto__']: { polluted: true } } }), /./],
  ['not a scenario', link({ v: 1, scenario: { hello: 'world' } }), /./],
]

for (const [name, fragment, message] of corpus) {
  test(`a link with ${name} gives a clear message and the app stays usable`, async ({ page }) => {
    await page.goto(`./#${fragment}`)
    const alert = page.getByRole('alert').filter({ hasText: /share link|link/i })
    await expect(alert).toBeVisible()
    await expect(alert).toHaveText(message)
    await expect(decision(page)).toHaveText(ANY_DECISION)
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted')
  })
}

test('markup inside a shared scenario is shown as text, never as HTML', async ({ page }) => {
  const name = '<img src=x onerror=alert(1)>'
  const fragment = link({
    v: 1,
    engine: '0.1.0',
    catalog: 'test',
    scenario: scenario({ title: name, users: [{ name: 'mallory' }] }),
  })
  let dialogs = 0
  page.on('dialog', (d) => {
    dialogs++
    void d.dismiss()
  })
  await page.goto(`./#${fragment}`)
  await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'mallory' })).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  expect(dialogs).toBe(0)
})
