// The policy shows at once (a preview of the text) and the editor with its features loads a moment later: the text
// must not move when they arrive, or a click aimed at a word right after the page opens lands on another one.
import { expect, test } from '@playwright/test'
import { openApp, policyEditor } from './support/app.ts'

test('the policy text stays where it is when the editor features load', async ({ page }) => {
  // Hold the features back, so the text is seen without them first.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/policy-features-*.js', async (route) => {
    await held
    await route.continue()
  })
  await openApp(page)
  const preview = page.getByRole('textbox', { name: 'Policy text (the editor is loading)' })
  const line = preview.locator('.line', { hasText: '"Effect": "Allow"' })
  await expect(line).toBeVisible()
  const before = await line.boundingBox()

  release()
  // The fold markers of the lines that fold (CodeMirror's own `⌄`, titled "Fold line").
  const editor = policyEditor(page)
  await expect(page.locator('.cm-foldGutter span[title="Fold line"]').first()).toBeVisible()
  const after = await editor.locator('.cm-line', { hasText: '"Effect": "Allow"' }).boundingBox()
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1.5)
  expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1.5)

  // And a double-click on a word right after is on that word.
  await editor.getByText('"Allow"').first().dblclick()
  await page.keyboard.type('Deny')
  await expect(editor).toContainText('"Effect": "Deny"')
})
