// The policy shows at once and its editing features load a moment later: the text must not move when they arrive, or
// a click aimed at a word right after the page opens lands on another one.
import { expect, test } from '@playwright/test'
import { openApp, policyEditor } from './support/app.ts'

test('the policy text stays where it is when the editor features load', async ({ page }) => {
  // Hold the features back, so the editor is seen without them first.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/policy-features-*.js', async (route) => {
    await held
    await route.continue()
  })
  await openApp(page)
  const editor = policyEditor(page)
  await expect(editor).toContainText('"Effect": "Allow"')
  // The fold markers of the lines that fold (CodeMirror's own `⌄`, titled "Fold line").
  const foldMarkers = page.locator('.cm-foldGutter span[title="Fold line"]')
  await expect(foldMarkers).toHaveCount(0)
  const before = await editor.boundingBox()

  release()
  await expect(foldMarkers.first()).toBeVisible()
  const after = await editor.boundingBox()
  expect(after?.x).toBe(before?.x)
  expect(after?.y).toBe(before?.y)

  // And a double-click on a word right after is on that word.
  await editor.getByText('"Allow"').first().dblclick()
  await page.keyboard.type('Deny')
  await expect(editor).toContainText('"Effect": "Deny"')
})
