// The answer's extras (what if, what would allow it, the change impact, the AWS CLI commands) load once the answer
// shows: until they are in, an empty box of each one's closed size holds its place, so nothing below them moves when
// they arrive.
import { expect, test, type Page } from '@playwright/test'
import { ANY_DECISION, ask, decision, openApp } from './support/app.ts'

// The offline service worker would answer the extras' requests itself, out of the test's reach.
test.use({ serviceWorkers: 'block' })

const EXTRAS = /\/assets\/(WhatIf|WhatWouldAllow|ChangeImpact|AwsCliCommands)-[\w-]+\.js$/

/** Opens `address` with the extras' code held back; resolves with the function that lets it through. */
async function openHoldingExtras(page: Page, address: string): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(EXTRAS, async (route) => {
    await released
    await route.continue()
  })
  await page.goto(address)
  await expect(decision(page)).toHaveText(ANY_DECISION)
  return release
}

/** Lets the extras in and checks that the full trace's fold (below all but one of them) did not move. */
async function expectNothingMoves(page: Page, release: () => void): Promise<void> {
  const trace = page.getByText('Full trace', { exact: true })
  await expect(page.getByText('What changed?')).toHaveCount(0)
  const before = await trace.boundingBox()
  release()
  await expect(page.getByText('What changed?')).toBeVisible()
  await expect(page.getByText(/^What if/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Copy as AWS CLI' })).toBeVisible()
  expect(await trace.boundingBox()).toEqual(before)
}

test('the extras of an allowed answer arrive without moving the answer', async ({ page }) => {
  const release = await openHoldingExtras(page, './')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expectNothingMoves(page, release)
})

test('the extras of a denied answer (what would allow it too) arrive without moving the answer', async ({
  page,
  context,
}) => {
  await openApp(page)
  const first = new URL(page.url()).hash
  await ask(page, {
    principal: 'user/jiwoo',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::company-a-app-assets/images/logo.png',
    expected: 'Implicitly denied',
  })
  // The address carries the question once the page is idle: an embed of it opens on the denied answer.
  await expect.poll(() => new URL(page.url()).hash).not.toBe(first)
  const embed = await context.newPage()
  const release = await openHoldingExtras(embed, `./?embed&view=result${new URL(page.url()).hash}`)
  await expect(decision(embed)).toHaveText(/^Implicitly denied/)
  await expectNothingMoves(embed, release)
  await expect(embed.getByText(/^What would allow it/)).toBeVisible()
})
