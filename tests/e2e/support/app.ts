// What every journey needs: opening the app (and a bundled scenario), asking and reading the decision by the names
// the product promises, and screenshots in the light and the dark scheme.
import { expect, type Locator, type Page } from '@playwright/test'

/** Any of the three decisions, as the badge's text begins. */
export const ANY_DECISION = /^(Allowed|Explicitly denied|Implicitly denied)/

/** The decision badge (an `<output>`: role `status`, named "Decision"). */
export function decision(page: Page): Locator {
  return page.getByRole('status', { name: 'Decision' })
}

/** The editable content of the CodeMirror policy editor. */
export function policyEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Policy editor' })
}

/** The request form's three fields and its button. */
export function requestForm(page: Page) {
  const form = page.getByRole('form', { name: 'Request' })
  return {
    form,
    principal: form.getByLabel('Principal', { exact: true }),
    action: form.getByLabel('Action', { exact: true }),
    resource: form.getByLabel('Resource', { exact: true }),
    evaluate: form.getByRole('button', { name: 'Evaluate' }),
  }
}

/** Opens the app on a fresh profile and waits for the first scenario's first answer. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./')
  await expect(decision(page)).toHaveText(ANY_DECISION)
}

/** A decision as the badge's text begins. */
export type DecisionText = 'Allowed' | 'Explicitly denied' | 'Implicitly denied'

/**
 * Fills the request form; the answer refreshes by itself (debounced). With `expected`, waits until the decision
 * badge shows that decision.
 */
export async function ask(
  page: Page,
  request: { principal: string; action: string; resource: string; expected?: DecisionText },
) {
  const fields = requestForm(page)
  await fields.principal.fill(request.principal)
  await fields.action.fill(request.action)
  await fields.resource.fill(request.resource)
  if (request.expected) await expect(decision(page)).toHaveText(new RegExp(`^${request.expected}`))
}

/** Opens a bundled scenario from the gallery as a new workspace. */
export async function openScenario(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await gallery.getByRole('article', { name: title }).getByRole('button', { name: 'Open' }).click()
  await expect(gallery).toBeHidden()
}

/**
 * Screenshots `target` in the light and then the dark scheme, as `tests/e2e/screenshots/<name>-light.png` and
 * `<name>-dark.png`, and leaves the page light.
 */
export async function screenshots(page: Page, target: Locator, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  await target.screenshot({ path: `tests/e2e/screenshots/${name}-light.png` })
  await page.emulateMedia({ colorScheme: 'dark' })
  await target.screenshot({ path: `tests/e2e/screenshots/${name}-dark.png` })
  await page.emulateMedia({ colorScheme: 'light' })
}
