// Nothing leaves the page's origin: across a journey through the gallery, the request form and the policy editor
// (linting, completion from the AWS catalog) and every view, every request goes to the app's own server.
import { expect, test } from '@playwright/test'
import { ANY_DECISION, ask, decision, openApp, policyEditor, requestForm } from './support/app.ts'

test('a journey through gallery, evaluation and editor stays on the page’s origin', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin
  const foreign: string[] = []
  const seen: string[] = []
  // Every request from the page and its worker; another origin is refused (as if offline) and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).origin === origin) return route.continue()
    foreign.push(url)
    return route.abort('blockedbyclient')
  })
  context.on('request', (request) => seen.push(request.url()))

  await openApp(page)

  // The gallery: a scenario bundled with the app.
  await page.getByRole('button', { name: 'Scenarios' }).click()
  const gallery = page.getByRole('dialog', { name: 'Scenario gallery' })
  await gallery.getByRole('searchbox', { name: 'Search scenarios' }).fill('cross-account')
  await gallery.getByRole('article').first().getByRole('button', { name: 'Open' }).click()
  await expect(gallery).toBeHidden()
  await expect(decision(page)).toHaveText(ANY_DECISION)

  // Back to the first scenario's users: evaluate a request by hand.
  await page.getByRole('button', { name: 'Scenarios' }).click()
  await gallery.getByRole('searchbox', { name: 'Search scenarios' }).fill('company')
  await gallery
    .getByRole('article', { name: /^One company account/ })
    .getByRole('button', { name: 'Open' })
    .click()
  const queue = 'arn:aws:sqs:ap-northeast-2:111122223333:jobs'
  await ask(page, { principal: 'user/jiwoo', action: 'sqs:SendMessage', resource: queue })
  await requestForm(page).evaluate.click()
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  // The editor: a new inline policy typed with the catalog's completion, linted in the worker.
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  const jiwoo = page.getByRole('region', { name: 'User jiwoo', exact: true })
  await jiwoo.getByRole('button', { name: 'New inline policy' }).click()
  await jiwoo.getByRole('button', { name: 'Create', exact: true }).click()
  const editor = policyEditor(page)
  await expect(editor).toContainText('s3:ListAllMyBuckets')
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Resource": "*",\n      "Action": "sqs:',
  )
  await page.keyboard.type('SendMe')
  const completions = page.getByRole('listbox', { name: 'Completions' })
  const sendMessage = completions.getByRole('option', { name: /^sqs:SendMessage/ }).first()
  await expect(sendMessage).toBeVisible()
  await sendMessage.click()
  await page.keyboard.insertText('"\n    }\n  ]\n}')
  await expect(editor).toContainText('"Action": "sqs:SendMessage"')
  await expect(decision(page)).toHaveText(/^Allowed/)

  // Every view: the graph (laid out in the worker), the matrix, credentials, the activity log (whose last-accessed
  // panel reads the catalog) and the findings (whose "Learn more" links are never fetched).
  const tabs = page.getByRole('tablist', { name: 'Views' })
  await tabs.getByRole('tab', { name: 'Graph' }).click()
  await expect(page.getByRole('group', { name: 'Inheritance graph' })).toBeVisible()
  await tabs.getByRole('tab', { name: 'Access matrix' }).click()
  await page.getByRole('button', { name: 'Run', exact: true }).click()
  await expect(page.getByRole('grid')).toBeVisible()
  await tabs.getByRole('tab', { name: 'Credentials' }).click()
  await expect(page.getByRole('heading', { name: 'Credential report' })).toBeVisible()
  await tabs.getByRole('tab', { name: 'Activity' }).click()
  await expect(page.getByRole('cell', { name: 'SendMessage' }).first()).toBeVisible()
  await tabs.getByRole('tab', { name: 'Findings' }).click()
  await expect(page.getByRole('link', { name: /Learn more/ }).first()).toBeVisible()

  expect(
    seen.some((url) => url.includes('/catalog/actions/sqs.json')),
    'the catalog came from the app',
  ).toBe(true)
  expect(foreign, 'requests to another origin').toEqual([])
  for (const url of seen) expect(new URL(url).origin, url).toBe(origin)
})
