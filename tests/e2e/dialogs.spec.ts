// Every modal dialog behaves the same way: its button opens it, it is a dialog named by its title, focus moves into
// it, Escape closes it and focus goes back to the button that opened it.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { openApp } from './support/app.ts'

interface Case {
  /** The dialog's accessible name (its title). */
  name: string
  /** Opens the dialog from its button and returns the control focus must return to. */
  open: (page: Page) => Promise<Locator>
  /** Whether a click on the backdrop closes it. */
  backdropCloses: boolean
}

const toolbar = (page: Page) => page.getByRole('navigation', { name: 'Workspace tools' })

const cases: Case[] = [
  {
    name: 'Scenario gallery',
    open: async (page) => {
      const button = page.getByRole('button', { name: 'Scenarios' })
      await button.click()
      return button
    },
    backdropCloses: true,
  },
  {
    name: 'Share',
    open: async (page) => {
      const button = toolbar(page).getByRole('button', { name: 'Share' })
      await button.click()
      return button
    },
    backdropCloses: false,
  },
  {
    // Opened from the workspace menu, which closes on the way: focus returns to the menu's own button.
    name: 'Import from AWS account',
    open: async (page) => {
      const menuButton = toolbar(page).locator('summary')
      await menuButton.click()
      await page
        .getByRole('group', { name: 'Workspaces' })
        .getByRole('button', { name: 'Import from AWS account' })
        .click()
      return menuButton
    },
    backdropCloses: false,
  },
]

/** Whether focus is on the dialog or inside it. */
function hasFocusInside(dialog: Locator): Promise<boolean> {
  return dialog.evaluate((el) => el.contains(document.activeElement))
}

for (const { name, open, backdropCloses } of cases) {
  test(`${name}: opens with focus inside, Escape closes it and focus returns to its opener`, async ({ page }) => {
    await openApp(page)
    const opener = await open(page)

    const dialog = page.getByRole('dialog', { name, exact: true })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('heading', { name, exact: true })).toBeVisible()
    await expect.poll(() => hasFocusInside(dialog)).toBe(true)

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(opener).toBeFocused()
  })

  test(`${name}: a click on the backdrop ${backdropCloses ? 'closes it' : 'leaves it open'}`, async ({ page }) => {
    await openApp(page)
    const opener = await open(page)
    const dialog = page.getByRole('dialog', { name, exact: true })
    await expect(dialog).toBeVisible()

    // The top-left corner of the viewport is backdrop for every dialog.
    await page.mouse.click(4, 4)
    if (backdropCloses) {
      await expect(dialog).toBeHidden()
      await expect(opener).toBeFocused()
    } else {
      await expect(dialog).toBeVisible()
    }
  })
}
