// The size budget (size-budget.json, tools/size-budget.mjs) counts, per entry point, the scripts a hand-kept list of
// dynamic imports says load before the first answer. This journey keeps that list honest: it opens each entry in a
// fresh browser as a first visit, and every script the page requested before its first decision showed must be among
// the files the budget counts for that entry. A chunk that starts loading earlier than the list says fails here.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { entryFiles, type BudgetEntry } from '../../tools/size-budget.mjs'

const DIST = process.env.E2E_DIST || 'dist'
const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'))
const budget = JSON.parse(readFileSync('size-budget.json', 'utf8')) as { entries: Record<string, BudgetEntry> }

/** The address of each budget entry that shows a decision as its first answer. */
const ADDRESSES: Record<string, string> = {
  app: './',
  'app in Korean': './?lang=ko',
  'embed view=result': './?embed&view=result',
  'embed view=trace': './?embed&view=trace',
  'embed lesson, no edit': './?embed&lesson=01-root-user&view=result',
  'embed view=all': './?embed&view=all',
}

for (const [name, address] of Object.entries(ADDRESSES)) {
  test(`${name}: every script loaded before the first answer is counted by the size budget`, async ({ page }) => {
    const entry = budget.entries[name]
    expect(entry, `size-budget.json has an entry "${name}"`).toBeDefined()
    const counted = new Set(entryFiles(manifest, entry!, (file: string) => readFileSync(join(DIST, file), 'utf8')))
    // The page notes when a decision first shows (any language: the badge's class is the decision).
    await page.addInitScript(() => {
      const shown = () =>
        document.querySelector('output.badge.Allow, output.badge.ExplicitDeny, output.badge.ImplicitDeny')
      new MutationObserver((_, observer) => {
        if (!shown()) return
        ;(window as unknown as { answerAt: number }).answerAt = performance.now()
        observer.disconnect()
      }).observe(document, { subtree: true, childList: true, attributes: true })
    })
    await page.goto(address)
    await expect(page.locator('output.badge').first()).toHaveText(/\S/)
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { answerAt?: number }).answerAt))
      .toBeGreaterThan(0)
    const { answerAt, scripts } = await page.evaluate(() => ({
      answerAt: (window as unknown as { answerAt: number }).answerAt,
      scripts: performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname.replace(/^\//, ''), start: e.startTime })),
    }))
    const early = scripts.filter((s) => s.start < answerAt).map((s) => s.path)
    expect(early.length).toBeGreaterThan(0)
    const uncounted = early.filter((path) => !counted.has(path))
    expect(uncounted, `scripts loaded before the first answer that "${name}" does not count`).toEqual([])
  })
}
