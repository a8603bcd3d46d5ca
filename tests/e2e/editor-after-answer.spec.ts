// The policy editor's code (CodeMirror) loads after the first answer is on screen; until then the pane shows the text
// in a preview laid out as the editor lays it out. The swap must move nothing under the pointer, and a click or keys
// given to the preview end up in the editor.
import { expect, test, type Page, type Route } from '@playwright/test'
import { ANY_DECISION, decision, policyEditor } from './support/app.ts'

test.use({ viewport: { width: 1440, height: 900 } })

const preview = (page: Page) => page.getByRole('textbox', { name: 'Policy text (the editor is loading)' })

/** Holds the editor's chunk back until `release()`, so the preview is seen on its own first. */
async function holdEditor(page: Page): Promise<() => void> {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/LiveEditor-*.js', async (route: Route) => {
    await held
    await route.continue()
  })
  return release
}

/** When the decision's text first shows in the page (performance.now() time), recorded by the page itself. */
async function recordAnswerTime(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => {
      const outputs = [...document.querySelectorAll('output')]
      if (outputs.some((o) => /^(Allowed|Explicitly denied|Implicitly denied)/.test(o.textContent?.trim() ?? ''))) {
        ;(window as unknown as { answerAt: number }).answerAt = performance.now()
        return true
      }
      return false
    }
    new MutationObserver((_, observer) => {
      if (seen()) observer.disconnect()
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
}

test('no CodeMirror code is requested before the first answer shows', async ({ page, request }) => {
  await recordAnswerTime(page)
  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(policyEditor(page)).toBeVisible()
  const { answerAt, scripts } = await page.evaluate(() => ({
    answerAt: (window as unknown as { answerAt: number }).answerAt,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ url: e.name, start: e.startTime })),
  }))
  expect(answerAt).toBeGreaterThan(0)
  // CodeMirror's view carries its base theme's class names; no other chunk does.
  const codeMirror = []
  for (const script of scripts) {
    if ((await (await request.get(script.url)).text()).includes('cm-scroller')) codeMirror.push(script)
  }
  expect(codeMirror.length).toBeGreaterThan(0)
  for (const script of codeMirror) expect(script.start, script.url).toBeGreaterThan(answerAt)
})

test('the text stays where it is when the editor replaces the preview', async ({ page }) => {
  const release = await holdEditor(page)
  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  // A first visit opens the deciding statement, highlighted and scrolled to.
  const marked = preview(page).locator('mark').first()
  await expect(marked).toBeVisible()
  await expect(policyEditor(page)).toHaveCount(0)
  const before = await marked.boundingBox()
  const boxBefore = await preview(page).boundingBox()
  await page.screenshot({ path: 'test-results/editor-swap-before.png' })

  release()
  const highlighted = policyEditor(page).locator('.cm-traceHighlight').first()
  await expect(highlighted).toBeVisible()
  await expect(preview(page)).toHaveCount(0)
  await page.screenshot({ path: 'test-results/editor-swap-after.png' })
  const after = await highlighted.boundingBox()
  const boxAfter = await policyEditor(page).boundingBox()
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1.5)
  expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1.5)
  expect(Math.abs(after!.width - before!.width)).toBeLessThanOrEqual(1.5)
  expect(Math.abs(boxAfter!.x - boxBefore!.x)).toBeLessThanOrEqual(1.5)
  // Nothing scrolls after the editor's first paint either (the highlight is in its first state).
  await page.waitForTimeout(300)
  const later = await highlighted.boundingBox()
  expect(Math.abs(later!.y - before!.y)).toBeLessThanOrEqual(1.5)
})

test('a preview the person scrolled hands its scroll to the editor', async ({ page }) => {
  // 420 px high: the box (70% of the window) is shorter than the policy, so it scrolls.
  await page.setViewportSize({ width: 1440, height: 420 })
  const release = await holdEditor(page)
  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  const line = preview(page).locator('.line', { hasText: '"Effect": "Allow"' })
  await expect(line).toBeVisible()
  await preview(page).hover()
  await page.mouse.wheel(0, 57)
  await expect.poll(() => preview(page).evaluate((c) => c.parentElement!.scrollTop)).toBeGreaterThan(0)
  const before = await line.boundingBox()

  release()
  const editorLine = policyEditor(page).locator('.cm-line', { hasText: '"Effect": "Allow"' })
  await expect(editorLine).toBeVisible()
  const after = await editorLine.boundingBox()
  expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1.5)
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1.5)
})

test('a click on the preview and keys typed then go to the editor at that point', async ({ page }) => {
  const release = await holdEditor(page)
  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  const text = preview(page)
  await expect(text).toContainText('"Effect": "Allow"')
  // Just inside `"Allow"`, before its `A`.
  const point = await text.evaluate((content) => {
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('"Allow"')
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at + 1)
      range.setEnd(node, at + 2)
      const rect = range.getBoundingClientRect()
      return { x: rect.left + 1, y: rect.top + rect.height / 2 }
    }
    return undefined
  })
  expect(point).toBeDefined()
  await page.mouse.click(point!.x, point!.y)
  await page.keyboard.type('Deny')
  release()
  const editor = policyEditor(page)
  await expect(editor).toContainText('"DenyAllow"')
  await expect(editor).toBeFocused()
  // And the editor has the cursor there: the next key goes on.
  await page.keyboard.type('!')
  await expect(editor).toContainText('"Deny!Allow"')
})

test('an embed that shows no editor never loads CodeMirror', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url())
  })
  await page.goto('./?embed&view=result')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await page.waitForTimeout(500)
  expect(scripts.some((url) => /\/(LiveEditor|EditorPane)-/.test(url))).toBe(false)
})

test('an embed with the editor shows the answer, then the editor', async ({ page }) => {
  await page.goto('./?embed&view=all')
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(policyEditor(page)).toBeVisible()
})
