// The keyboard alone: Tab reaches the Scenarios button, the account explorer, the policy editor (and leaves it), the
// request form and Evaluate, and wherever focus lands it is visibly outlined.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { decision, openApp, policyEditor, requestForm } from './support/app.ts'

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) {
      return presses
    }
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`)
}

/** The focus indicator drawn on the focused element (or, for the editor, on its frame). */
async function focusRing(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement
    const ringed = (focused.closest('.cm-editor') as HTMLElement | null) ?? focused
    const style = getComputedStyle(ringed)
    return {
      visible: focused.matches(':focus-visible'),
      outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      shadow: style.boxShadow !== 'none',
    }
  })
}

async function expectFocusVisible(page: Page) {
  const ring = await focusRing(page)
  expect(ring.visible, 'the browser treats this focus as keyboard focus').toBe(true)
  expect(ring.outline >= 2 || ring.shadow, `a focus ring is drawn: ${JSON.stringify(ring)}`).toBe(true)
}

test('Tab walks from the toolbar through the explorer, the editor and the form to Evaluate', async ({ page }) => {
  await openApp(page)

  // The first stop on the page is the gallery's button.
  await page.keyboard.press('Tab')
  const scenarios = page.getByRole('button', { name: 'Scenarios' })
  await expect(scenarios).toBeFocused()
  await expectFocusVisible(page)

  // The explorer: its first section's button, then the entities themselves.
  const account = page.getByRole('navigation', { name: 'Account' })
  await tabTo(page, account.getByRole('button', { name: 'New user' }))
  await expectFocusVisible(page)
  await page.keyboard.press('Tab')
  await expect(account.getByRole('button', { name: 'jiwoo', exact: true })).toBeFocused()
  await expectFocusVisible(page)
  // Enter selects the entity, as a click does.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'User jiwoo' })).toBeVisible()

  // The editor takes Tab for indentation; Escape, then Tab, moves on (no keyboard trap).
  const editor = policyEditor(page)
  await tabTo(page, account.getByRole('button', { name: 'FrontendReadOnly' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByRole('button', { name: 'Edit default version v1' }))
  await page.keyboard.press('Enter')
  await tabTo(page, editor)
  await expectFocusVisible(page)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(editor).not.toBeFocused()

  // The request form, then its button: Enter on Evaluate answers.
  const form = requestForm(page)
  await tabTo(page, form.principal)
  await expectFocusVisible(page)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('user/taeyang')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab') // past "Action: Several"
  await expect(form.action).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('ec2:StopInstances')
  await tabTo(page, form.resource)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001')
  await tabTo(page, form.evaluate)
  await expectFocusVisible(page)
  await page.keyboard.press('Enter')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByText('Evaluated as arn:aws:iam::111122223333:user/taeyang')).toBeVisible()

  // And back: Shift+Tab returns to the fields.
  await tabTo(page, form.resource, { back: true })
  await expectFocusVisible(page)
})
