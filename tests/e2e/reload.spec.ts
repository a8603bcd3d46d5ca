// Nothing on screen is lost to a quick reload: the first visit's request and open policy, a policy edit and a
// request-form change all come back when the page is reloaded 100 ms later; "Saved" shows only once it is written.
import { expect, test, type Page } from '@playwright/test'
import { ANY_DECISION, decision, openApp, policyEditor, requestForm } from './support/app.ts'

test.use({ viewport: { width: 1440, height: 900 } })

/** What the person sees: the request form, the decision, the open policy's heading and its text. */
async function onScreen(page: Page) {
  const form = requestForm(page)
  await expect(decision(page)).toHaveText(ANY_DECISION)
  return {
    principal: await form.principal.inputValue(),
    action: await form.action.inputValue(),
    resource: await form.resource.inputValue(),
    decision: (await decision(page).textContent())?.trim(),
    editor: (await policyEditor(page).textContent())?.trim(),
  }
}

function saveStatus(page: Page) {
  return page.getByRole('banner').getByText(/^(Saved|Saving…|Unsaved changes)$/)
}

test('a reload 100 ms after the first answer shows the same request, policy and answer', async ({ page }) => {
  await openApp(page)
  const before = await onScreen(page)
  // The first visit opens an allowed request with its deciding policy in the editor.
  expect(before.decision).toMatch(/^Allowed/)
  expect(before.editor).toContain('"Sid"')

  await page.waitForTimeout(100)
  await page.reload()
  await expect(decision(page)).toHaveText(ANY_DECISION)
  await expect(policyEditor(page)).toContainText('"Sid"')
  expect(await onScreen(page)).toEqual(before)
  await expect(saveStatus(page)).toHaveText('Saved')
})

test('a policy edit and a request change are both there after a reload 100 ms later', async ({ page }) => {
  await openApp(page)
  const editor = policyEditor(page)
  await expect(editor).toContainText('"Effect": "Allow"')

  // A policy edit: the deciding Allow becomes a Deny.
  await editor.getByText('"Allow"').first().dblclick()
  await page.keyboard.type('Deny')
  await expect(editor).toContainText('"Effect": "Deny"')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await page.waitForTimeout(100)
  await page.reload()
  await expect(policyEditor(page)).toContainText('"Effect": "Deny"')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  const edited = await onScreen(page)

  // The address follows the page: after one request change it is written (here on losing focus)...
  const form = requestForm(page)
  const address = page.url()
  await form.action.fill('cloudfront:GetDistribution')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(() => page.url()).not.toBe(address)
  // ...and a second change, reloaded before the address or IndexedDB has it, still comes back.
  await form.resource.fill('arn:aws:s3:::reload-check/*')
  await page.waitForTimeout(100)
  await page.reload()
  await expect(policyEditor(page)).toContainText('"Effect": "Deny"')
  await expect(form.resource).toHaveValue('arn:aws:s3:::reload-check/*')
  await expect(form.action).toHaveValue('cloudfront:GetDistribution')
  const after = await onScreen(page)
  expect(after.principal).toBe(edited.principal)
  expect(after.editor).toBe(edited.editor)

  // And again with nothing changed: the same state, the same answer.
  await page.waitForTimeout(100)
  await page.reload()
  await expect(form.resource).toHaveValue('arn:aws:s3:::reload-check/*')
  expect(await onScreen(page)).toEqual(after)
})

test('"Saved" shows only once a request change is written', async ({ page }) => {
  await page.clock.install()
  await openApp(page)
  await expect(saveStatus(page)).toHaveText('Saved')
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00Z'))

  const form = requestForm(page)
  await form.action.fill('s3:PutObject')
  // The clock stands still: the write waits, and the status says so.
  await expect(saveStatus(page)).toHaveText('Unsaved changes')
  expect(await storedView(page)).not.toContain('s3:PutObject')

  await page.clock.runFor(1000)
  await expect(saveStatus(page)).toHaveText('Saved')
  expect(await storedView(page)).toContain('s3:PutObject')
  await page.clock.resume()
})

/** The page view IndexedDB holds, as JSON. */
function storedView(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('iam-playground')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('lastView')
          get.onsuccess = () => {
            resolve(JSON.stringify(get.result ?? null))
            open.result.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
  )
}
