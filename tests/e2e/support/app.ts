// What every journey needs: opening the app and reading its decision, by the names the product promises.
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

/** Fills the request form; the answer refreshes by itself (debounced). */
export async function ask(page: Page, request: { principal: string; action: string; resource: string }) {
  const fields = requestForm(page)
  await fields.principal.fill(request.principal)
  await fields.action.fill(request.action)
  await fields.resource.fill(request.resource)
}
