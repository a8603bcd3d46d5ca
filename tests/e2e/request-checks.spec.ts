// Journey: the request form checks the question, not only the answer. An unknown action is flagged with the closest
// real ones (and still answered), a resource of a type the action does not act on is flagged with the action's
// types, a principal that is not one is a field error with its fix (and nothing is answered); whatever is pasted,
// no engine failure shows. The access matrix says which resource each action column asked about.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { decision, openApp, requestForm } from './support/app.ts'

const LOGO = 'arn:aws:s3:::company-a-app-assets/images/logo.png'
const INSTANCE = 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0a1b2c3d4e5f60001'

/** The element a field's `aria-describedby` names last (its message). */
async function messageOf(page: Page, field: Locator): Promise<Locator> {
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? []
  expect(ids.length, 'aria-describedby').toBeGreaterThan(0)
  return page.locator(`[id="${ids.at(-1)}"]`)
}

const engineFailed = (page: Page) => page.getByText(/The engine failed|엔진이 실패했습니다/)

test('an unknown action is flagged with the closest real action, one click fixes it, and the answer is still given', async ({
  page,
}) => {
  await openApp(page)
  const f = requestForm(page)
  await f.principal.fill('user/jiwoo')
  await f.resource.fill(LOGO)
  await f.action.fill('s3:GetObjekt')
  await expect(f.action).toHaveAttribute('aria-invalid', 'true')
  await expect(f.action).toHaveAccessibleDescription(/Unknown action s3:GetObjekt: Amazon S3 has no action GetObjekt/)
  // Flagged, yet asked: the answer is there beside the flag.
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  const message = await messageOf(page, f.action)
  const fix = message.getByRole('button', { name: 'Use s3:GetObject', exact: true })
  await expect(fix).toBeVisible()
  await fix.click()
  await expect(f.action).toHaveValue('s3:GetObject')
  await expect(f.action).toHaveAttribute('aria-invalid', 'false')
  await expect(message).toHaveText('')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
})

test('a resource whose type the action does not act on is flagged with the action’s resource types', async ({
  page,
}) => {
  await openApp(page)
  const f = requestForm(page)
  await f.principal.fill('user/taeyang')
  await f.action.fill('ec2:StopInstances')
  await f.resource.fill(LOGO)
  await expect(f.resource).toHaveAttribute('aria-invalid', 'true')
  await expect(f.resource).toHaveAccessibleDescription(
    /ec2:StopInstances acts on instance \(arn:aws:ec2:\$\{Region\}:\$\{Account\}:instance\/\$\{InstanceId\}\); .*logo\.png is a resource of type object \(Amazon S3\)/,
  )
  await expect(decision(page)).toHaveText(/^(Allowed|Implicitly denied)/)
  await f.form.screenshot({ path: '/tmp/i14/form-resource-type.png' })
  // The scenario's instance is offered in its place.
  await (await messageOf(page, f.resource)).getByRole('button', { name: `Use ${INSTANCE}` }).click()
  await expect(f.resource).toHaveValue(INSTANCE)
  await expect(f.resource).toHaveAttribute('aria-invalid', 'false')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(f.principal).toHaveAttribute('aria-invalid', 'false')
})

test('a principal that is not one is a field error with its fix, and nothing else is said', async ({ page }) => {
  await openApp(page)
  const f = requestForm(page)
  await f.action.fill('s3:GetObject')
  await f.resource.fill(LOGO)
  await f.principal.fill('jiwoo')
  await expect(f.principal).toHaveAttribute('aria-invalid', 'true')
  await expect(f.principal).toHaveAccessibleDescription(
    /jiwoo is not a principal ARN or a short form such as user\/NAME: did you mean user\/jiwoo\?/,
  )
  // No answer for input the engine cannot read: the field error is the only message.
  await expect(decision(page)).toHaveCount(0)
  await expect(engineFailed(page)).toHaveCount(0)
  await page.screenshot({ path: '/tmp/i14/form-errors-en.png', fullPage: false })
  await (await messageOf(page, f.principal)).getByRole('button', { name: 'Use user/jiwoo' }).click()
  await expect(f.principal).toHaveValue('user/jiwoo')
  await expect(f.principal).toHaveAttribute('aria-invalid', 'false')
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
})

test('pasting hostile text into any field never makes the engine fail; errors are marked on their fields', async ({
  page,
}) => {
  // Five texts (one of 120,000 characters) in seven fields each: slow on a loaded machine, not a hang.
  test.setTimeout(120_000)
  await openApp(page)
  const f = requestForm(page)
  const form = f.form
  const hostile = [
    'x'.repeat(120_000),
    '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    'arn:aws:iam::123:user/',
    '사용자 😀 \u202e ﷽',
    'user/jiwoo\nrole/Admin\n\n*',
  ]
  const sourceIp = form.getByLabel('Source IP')
  const region = form.getByLabel('Region')
  await form.getByRole('button', { name: 'Add a context key' }).click()
  const contextKey = form.getByRole('textbox', { name: 'Context key 1', exact: true })
  for (const [i, text] of hostile.entries()) {
    for (const field of [f.principal, f.action, f.resource, sourceIp, region]) await field.fill(text)
    await contextKey.fill(text.slice(0, 200))
    await form.getByRole('textbox', { name: /^Value of / }).fill(text)
    await page.waitForTimeout(400)
    await expect(engineFailed(page)).toHaveCount(0)
    // Long text and JSON are neither principal, action nor resource: each field says so on itself.
    if (i < 2) {
      for (const field of [f.principal, f.action, f.resource]) {
        await expect(field).toHaveAttribute('aria-invalid', 'true')
        await expect(await messageOf(page, field)).not.toHaveText('')
      }
    }
    // Whatever the text, a field marked invalid has its message, tied to it.
    for (const field of [f.principal, f.action, f.resource, sourceIp, region]) {
      if ((await field.getAttribute('aria-invalid')) === 'true') {
        await expect(await messageOf(page, field)).not.toHaveText('')
      }
    }
  }
  // A value too long to send is an error on its own row and setting.
  await expect(form.getByRole('textbox', { name: /^Value of / })).toHaveAttribute('aria-invalid', 'false')
  await form.getByRole('textbox', { name: /^Value of / }).fill('x'.repeat(100_001))
  await expect(form.getByRole('textbox', { name: /^Value of / })).toHaveAttribute('aria-invalid', 'true')
  await sourceIp.fill('x'.repeat(100_001))
  await expect(sourceIp).toHaveAttribute('aria-invalid', 'true')
  await expect(sourceIp).toHaveAccessibleDescription(/Longer than 100,000 characters/)
  await sourceIp.fill('not-an-ip')
  await expect(sourceIp).toHaveAccessibleDescription(/not-an-ip is not an IP address/)
  await expect(engineFailed(page)).toHaveCount(0)
})

test('the form’s errors in Korean', async ({ page }) => {
  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
  const form = page.getByRole('form', { name: '요청' })
  const principal = form.getByLabel('보안 주체 (Principal)', { exact: true })
  const action = form.getByLabel('작업 (Action)', { exact: true })
  const resource = form.getByLabel('리소스 (Resource)', { exact: true })
  await action.fill('ec2:StopInstancez')
  await resource.fill(LOGO)
  await principal.fill('jiwoo')
  await expect(principal).toHaveAttribute('aria-invalid', 'true')
  await expect(principal).toHaveAccessibleDescription(/`?user\/jiwoo`?을\(를\) 뜻했나요\?/)
  await expect(action).toHaveAccessibleDescription(/알 수 없는 작업/)
  await expect(engineFailed(page)).toHaveCount(0)
  await page.screenshot({ path: '/tmp/i14/form-errors-ko.png', fullPage: false })
})

test('the access matrix asks each action about a resource of a type it acts on, and says which', async ({ page }) => {
  await openApp(page)
  await page.getByRole('tab', { name: 'Access matrix' }).click()
  const view = page.getByRole('tabpanel', { name: 'Access matrix' })
  const form = view.getByRole('form', { name: 'Matrix question' })
  await form.getByLabel('Resource', { exact: true }).fill(LOGO)
  await form.getByLabel('Actions, one per line').fill('s3:GetObject\nec2:StopInstances\ncloudfront:ListDistributions')
  await form.getByRole('button', { name: 'Run' }).click()
  const list = view.getByRole('list', { name: 'Resource of each column' })
  await expect(list.getByRole('listitem')).toHaveText([
    `s3:GetObject: asked on ${LOGO}, the resource chosen`,
    `ec2:StopInstances: asked on ${INSTANCE}: the chosen resource is not of a type this action acts on`,
    'cloudfront:ListDistributions: asked on *: this action acts on no resource type',
  ])
  const grid = view.getByRole('grid')
  await expect(grid.getByRole('columnheader', { name: 'ec2:StopInstances' })).toHaveAttribute(
    'title',
    `ec2:StopInstances\nasked on ${INSTANCE}: the chosen resource is not of a type this action acts on`,
  )
  // taeyang (AmazonEC2FullAccess) may stop the instance the column asked about; the trace names it.
  const row = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'user/taeyang', exact: true }) })
  const stop = row.locator('[aria-colindex="3"]')
  await expect(stop).toHaveAccessibleName('Allowed')
  await stop.click()
  const panel = view.getByRole('complementary', { name: 'Selected cell' })
  await expect(panel).toContainText(INSTANCE)
  await expect(panel.getByRole('status', { name: 'Decision' })).toHaveText('Allowed')
  await page.screenshot({ path: '/tmp/i14/form-matrix.png', fullPage: true })
})
