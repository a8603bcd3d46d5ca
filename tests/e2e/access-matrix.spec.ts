// Journey: the access matrix. Principals × actions (or services) on one resource, computed in the engine worker
// with progress; cells match the scenario's own expectations and the playground; a cell opens its trace and the
// playground; CSV, SVG and PNG exports; a 1,000 × 200 matrix completes with the page staying responsive.
import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { ask, decision, openApp } from './support/app.ts'

const A = '111122223333'
const INSTANCE = `arn:aws:ec2:ap-northeast-2:${A}:instance/i-0a1b2c3d4e5f60001`
const LOGO = 'arn:aws:s3:::company-a-app-assets/images/logo.png'

/** Opens the matrix tab and returns its parts. */
async function openMatrix(page: Page) {
  await page.getByRole('tab', { name: 'Access matrix' }).click()
  const view = page.getByRole('tabpanel', { name: 'Access matrix' })
  const form = view.getByRole('form', { name: 'Matrix question' })
  return {
    view,
    form,
    resource: form.getByLabel('Resource', { exact: true }),
    actions: form.getByLabel('Actions, one per line'),
    run: form.getByRole('button', { name: 'Run' }),
    grid: view.getByRole('grid'),
  }
}

/** The cell of the row whose header is `principal`, in the column headed `column`. */
async function cell(grid: Locator, principal: string, column: string): Promise<Locator> {
  const headers = grid.getByRole('columnheader')
  const index = await headers.evaluateAll(
    (ths, name) => ths.find((th) => th.textContent?.trim() === name)?.getAttribute('aria-colindex'),
    column,
  )
  expect(index, `column ${column}`).toBeTruthy()
  const row = grid
    .getByRole('row')
    .filter({ has: grid.page().getByRole('rowheader', { name: principal, exact: true }) })
  return row.locator(`[aria-colindex="${index}"]`)
}

test('cells match the scenario, a cell opens its trace and the playground', async ({ page }) => {
  await openApp(page)
  const m = await openMatrix(page)
  await m.resource.fill(INSTANCE)
  await m.actions.fill('ec2:StopInstances\ns3:GetObject\niam:ChangePassword')
  await m.run.click()
  await expect(m.view.getByText(/^11 principals × 3 actions on/)).toBeVisible()

  // The scenario's saved expectations: taeyang (INFRA2, AmazonEC2FullAccess) may stop the instance; hyunwoo and
  // developer-a may not.
  await expect(await cell(m.grid, 'user/taeyang', 'ec2:StopInstances')).toHaveAccessibleName('Allowed')
  await expect(await cell(m.grid, 'user/hyunwoo', 'ec2:StopInstances')).toHaveAccessibleName('Implicitly denied')
  await expect(await cell(m.grid, 'user/developer-a', 'ec2:StopInstances')).toHaveAccessibleName('Implicitly denied')
  await expect(await cell(m.grid, 'role/EC2FullAccessRole', 'ec2:StopInstances')).toHaveAccessibleName('Allowed')
  await expect(await cell(m.grid, 'root', 'ec2:StopInstances')).toHaveAccessibleName('Allowed')
  // Each cell shows a symbol as well as its colour.
  await expect(await cell(m.grid, 'user/taeyang', 'ec2:StopInstances')).toHaveText('✓')
  await expect(await cell(m.grid, 'user/hyunwoo', 'ec2:StopInstances')).toHaveText('–')

  // The trace of one cell, then the same request in the playground.
  await (await cell(m.grid, 'user/taeyang', 'ec2:StopInstances')).click()
  const panel = m.view.getByRole('complementary', { name: 'Selected cell' })
  await expect(panel.getByRole('status', { name: 'Decision' })).toHaveText('Allowed')
  await expect(panel.getByRole('list', { name: 'Evaluation trace' })).toContainText('AmazonEC2FullAccess')
  await page.screenshot({ path: 'tests/e2e/screenshots/matrix-light.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'tests/e2e/screenshots/matrix-dark.png', fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })
  await panel.getByRole('button', { name: 'Open in playground' }).click()
  await expect(page.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByRole('form', { name: 'Request' }).getByLabel('Principal', { exact: true })).toHaveValue(
    `arn:aws:iam::${A}:user/taeyang`,
  )

  // A cell checked independently in the playground: the role (as a session of itself) on the S3 object.
  await ask(page, { principal: 'role/EC2FullAccessRole', action: 's3:GetObject', resource: LOGO })
  await expect(decision(page)).toHaveText(/^Implicitly denied/)
  const again = await openMatrix(page)
  await again.resource.fill(LOGO)
  await again.run.click()
  await expect(again.view.getByText(/^11 principals × 3 actions on arn:aws:s3:::company-a-app-assets/)).toBeVisible()
  await expect(await cell(again.grid, 'role/EC2FullAccessRole', 's3:GetObject')).toHaveAccessibleName(
    'Implicitly denied',
  )
  await expect(await cell(again.grid, 'user/jiwoo', 's3:GetObject')).toHaveAccessibleName('Implicitly denied')
  await expect(await cell(again.grid, 'user/hyunwoo', 's3:GetObject')).toHaveAccessibleName('Allowed')
})

test('the CSV, SVG and PNG exports hold the matrix', async ({ page }) => {
  await openApp(page)
  const m = await openMatrix(page)
  await m.resource.fill(INSTANCE)
  await m.actions.fill('ec2:StopInstances\ns3:GetObject')
  await m.run.click()
  await expect(m.grid).toBeVisible()

  const csvDownload = page.waitForEvent('download')
  await m.view.getByRole('button', { name: 'Export CSV' }).click()
  const csv = await csvDownload
  expect(csv.suggestedFilename()).toBe('access-matrix.csv')
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n')
  expect(lines[0]).toBe(`Principal \\ action on ${INSTANCE},ec2:StopInstances,s3:GetObject`)
  expect(lines).toContain('user/taeyang,Allowed,Allowed')
  expect(lines).toContain('user/jiwoo,Implicitly denied,Implicitly denied')
  expect(lines).toContain('role/EC2FullAccessRole,Allowed,Implicitly denied')
  expect(lines).toHaveLength(12)

  // The filter narrows the grid and the export alike.
  await m.view.getByRole('searchbox', { name: 'Filter principals' }).fill('role/')
  await expect(m.view.getByText('Showing 2 of 11 principals.')).toBeVisible()
  await expect(m.grid.getByRole('rowheader')).toHaveText(['role/EC2FullAccessRole', 'role/S3ConfigTempRole'])

  const svgDownload = page.waitForEvent('download')
  await m.view.getByRole('button', { name: 'Export SVG' }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toBe('access-matrix.svg')
  const svg = await readFile(await svgFile.path(), 'utf8')
  expect(svg).toMatch(/^<svg[^>]*role="img"/)
  expect(svg).toMatch(new RegExp(`<title[^>]*>Access matrix heatmap on ${INSTANCE}</title>`))
  expect(svg).toContain('role/EC2FullAccessRole')
  expect(svg).not.toContain('user/taeyang')
  expect(svg).toContain('ec2:StopInstances')
  expect(svg).toContain('Showing 2 of 11 principals.')

  const pngDownload = page.waitForEvent('download')
  await m.view.getByRole('button', { name: 'Export PNG' }).click()
  const pngFile = await pngDownload
  expect(pngFile.suggestedFilename()).toBe('access-matrix.png')
  const png = await readFile(await pngFile.path())
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(png.readUInt32BE(16)).toBeGreaterThan(400) // width in pixels, from the IHDR chunk
  await pngFile.saveAs('tests/e2e/screenshots/matrix-export-light.png')

  // In dark mode the picture takes the dark theme's colours.
  await page.emulateMedia({ colorScheme: 'dark' })
  const darkDownload = page.waitForEvent('download')
  await m.view.getByRole('button', { name: 'Export SVG' }).click()
  const dark = await readFile(await (await darkDownload).path(), 'utf8')
  expect(dark).toContain('fill="rgb(13, 17, 23)"') // the dark background, --bg
  expect(svg).toContain('fill="rgb(246, 247, 249)"') // the light one
  const darkPng = page.waitForEvent('download')
  await m.view.getByRole('button', { name: 'Export PNG' }).click()
  await (await darkPng).saveAs('tests/e2e/screenshots/matrix-export-dark.png')
  await expect(page.locator('.matrix-picture-host')).toHaveCount(0)
})

test('services columns count each service’s actions, and a cell lists them with their decisions', async ({ page }) => {
  await openApp(page)
  const m = await openMatrix(page)
  await m.resource.fill(INSTANCE)
  // Actions can be filled from a service of the catalog; an unknown service is refused.
  await m.actions.fill('ec2:StopInstances')
  const service = m.form.getByLabel('Service to add')
  await service.fill('nosuch')
  await m.form.getByRole('button', { name: 'Add all its actions' }).click()
  await expect(m.form.getByRole('alert')).toHaveText('The AWS catalog has no service “nosuch”.')
  await service.fill('sts')
  await m.form.getByRole('button', { name: 'Add all its actions' }).click()
  await expect(m.actions).toHaveValue(/^ec2:StopInstances\n(sts:\w+\n)*sts:AssumeRole\n/)
  await expect(m.form.getByRole('alert')).toBeHidden()

  await m.form.getByRole('radio', { name: 'Services' }).check()
  await m.form.getByLabel('Services, one per line (s3, ec2, …)').fill('ec2\ns3')
  await m.run.click()
  await expect(m.view.getByText(/^11 principals × 2 services \([\d,]+ actions\) on/)).toBeVisible({ timeout: 20_000 })

  // taeyang has AmazonEC2FullAccess (ec2:*): every EC2 action; jiwoo none.
  const taeyang = await cell(m.grid, 'user/taeyang', 'ec2')
  await expect(taeyang).toHaveText(/^✓ (\d+)\/\1$/)
  await expect(taeyang).toHaveAccessibleName(/^(\d+) of \1 allowed$/)
  await expect(await cell(m.grid, 'user/jiwoo', 'ec2')).toHaveText(/^– 0\/\d+$/)
  await expect(await cell(m.grid, 'user/hyunwoo', 's3')).toHaveText(/^✓ (\d+)\/\1$/)
  await expect(await cell(m.grid, 'user/taeyang', 's3')).toHaveText(/^✓ (\d+)\/\1$/)

  await taeyang.click()
  const panel = m.view.getByRole('complementary', { name: 'Selected cell' })
  const list = panel.getByRole('list', { name: 'Actions of ec2 and their decisions' })
  await expect(list.getByRole('button', { name: /ec2:StopInstances/ })).toContainText('Allowed')
  await list.getByRole('button', { name: 'ec2:StopInstances Allowed', exact: true }).click()
  await expect(panel.getByRole('status', { name: 'Decision' })).toHaveText('Allowed')
  await expect(panel.getByRole('list', { name: 'Evaluation trace' })).toContainText('AmazonEC2FullAccess')
  await panel.getByRole('button', { name: 'Back to ec2' }).click()
  await expect(list).toBeVisible()
  await page.screenshot({ path: 'tests/e2e/screenshots/matrix-services.png', fullPage: true })
})

test('the keyboard moves between cells, Enter opens a trace, bad lines are refused, a changed account is flagged', async ({
  page,
}) => {
  await openApp(page)
  const m = await openMatrix(page)
  await m.resource.fill(LOGO)
  await m.actions.fill('s3:GetObject\ns3:Get*')
  await m.run.click()
  await expect(m.view.getByRole('alert')).toHaveText(
    'Actions, line 2: “s3:Get*” is not one action such as s3:GetObject (a request names one action: no wildcards).',
  )
  await m.actions.fill('s3:GetObject\ns3:PutObject')
  await m.run.click()
  await expect(m.grid).toBeVisible()

  const first = await cell(m.grid, 'user/jiwoo', 's3:GetObject')
  await first.focus()
  await page.keyboard.press('ArrowDown') // user/minho
  await page.keyboard.press('ArrowRight') // s3:PutObject
  await expect(await cell(m.grid, 'user/minho', 's3:PutObject')).toBeFocused()
  await page.keyboard.press('Control+End') // the last row and column: root, s3:PutObject
  await expect(await cell(m.grid, 'root', 's3:PutObject')).toBeFocused()
  await page.keyboard.press('Enter')
  const panel = m.view.getByRole('complementary', { name: 'Selected cell' })
  await expect(panel).toContainText('root · s3:PutObject')
  await expect(panel.getByRole('status', { name: 'Decision' })).toHaveText('Allowed')
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(panel).toBeHidden()

  // The account changes in the playground (jiwoo joins INFRA1, which has AmazonS3FullAccess): the matrix says it is
  // out of date until it runs again.
  await expect(await cell(m.grid, 'user/jiwoo', 's3:GetObject')).toHaveAccessibleName('Implicitly denied')
  await page.getByRole('tab', { name: 'Playground' }).click()
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  const groups = page.getByRole('region', { name: 'User jiwoo' }).getByRole('region', { name: 'Groups' })
  await groups.getByRole('combobox', { name: 'Add to group' }).selectOption('INFRA1')
  await groups.getByRole('button', { name: 'Add to group' }).click()
  await expect(groups.getByRole('listitem')).toHaveCount(3)
  const back = await openMatrix(page)
  const outdated = back.view.getByText(/^The account has changed since this matrix was computed/)
  await expect(outdated).toBeVisible()
  await back.run.click()
  await expect(outdated).toBeHidden()
  await expect(await cell(back.grid, 'user/jiwoo', 's3:GetObject')).toHaveAccessibleName('Allowed')
})

/** A scenario of 1,000 principals (700 users in 20 groups, 299 roles, the root) and 200 actions to ask about. */
function bigScenario() {
  const services = ['s3', 'ec2', 'dynamodb', 'sqs', 'sns', 'lambda', 'kms', 'logs', 'iam', 'sts']
  const verbs = ['Get', 'List', 'Put', 'Delete', 'Describe', 'Create', 'Update', 'Tag', 'Untag', 'Invoke']
  const actions = services.flatMap((s) => verbs.flatMap((v) => [`${s}:${v}Object`, `${s}:${v}Bucket`]))
  const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement })
  const scenario = {
    format: 'iam-playground/scenario',
    version: 1,
    title: 'Big matrix',
    accounts: [{ id: A }],
    groups: Array.from({ length: 20 }, (_, g) => ({
      name: `group${g}`,
      inlinePolicies: [
        {
          name: 'read',
          document: doc(
            { Effect: 'Allow', Action: [`${services[g % 10]}:Get*`, `${services[(g + 3) % 10]}:List*`], Resource: '*' },
            { Effect: 'Deny', Action: `${services[(g + 5) % 10]}:Delete*`, Resource: '*' },
          ),
        },
      ],
    })),
    users: Array.from({ length: 700 }, (_, u) => ({ name: `user${u}`, groups: [`group${u % 20}`] })),
    roles: Array.from({ length: 299 }, (_, r) => ({
      name: `role${r}`,
      trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'sts:AssumeRole' }),
      inlinePolicies: [
        { name: 'work', document: doc({ Effect: 'Allow', Action: `${services[r % 10]}:*`, Resource: '*' }) },
      ],
    })),
    environment: { time: '2026-01-01T00:00:00Z' },
  }
  return { scenario, actions }
}

test('a 1,000 × 200 matrix shows progress, keeps the page responsive, and can be cancelled', async ({ page }) => {
  await openApp(page)
  const { scenario, actions } = bigScenario()
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  await page
    .getByRole('group', { name: 'Workspaces' })
    .getByLabel('Import scenario file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Big matrix')

  const m = await openMatrix(page)
  await m.resource.fill('arn:aws:s3:::bucket/key')
  await m.actions.fill(actions.join('\n'))
  // While the worker computes, the page's event loop stays free: a 50 ms timer keeps ticking and sees the
  // progress bar move. (Read with cheap DOM calls: the test's own polling must not be what blocks the page.)
  await page.evaluate(() => {
    const w = window as unknown as { ticks: [number, number][]; said: string }
    w.ticks = []
    const timer = setInterval(() => {
      const bar = document.querySelector('progress')
      w.ticks.push([performance.now(), bar ? bar.value : -1])
      if (bar && bar.value > 0) w.said ??= bar.parentElement?.textContent?.trim() ?? ''
      if (document.querySelector('table[role=grid]') && !bar) clearInterval(timer)
    }, 50)
  })
  const started = Date.now()
  await m.run.click()
  // (The progress bar is seen by the page's own 50 ms timer above: the matrix can be done before a test poll.)
  await page.waitForFunction(() => document.querySelector('table[role=grid]') !== null, undefined, {
    timeout: 30_000,
    polling: 250,
  })
  const seconds = (Date.now() - started) / 1000
  const ticks = await page.evaluate(() => (window as unknown as { ticks: [number, number][] }).ticks)
  const during = ticks.filter(([, value]) => value >= 0)
  const gaps = during.slice(1).map(([time], i) => time - during[i]![0])
  const values = new Set(during.map(([, value]) => value))
  console.log(
    `1,000 × 200 matrix in the built app: ${seconds.toFixed(1)} s; progress seen at ${values.size} values; ` +
      `longest pause of the page while computing: ${Math.round(Math.max(0, ...gaps))} ms`,
  )
  expect(values.size).toBeGreaterThanOrEqual(2)
  expect(await page.evaluate(() => (window as unknown as { said: string }).said)).toMatch(
    /^Computing in the engine worker: [\d,]+ of 200,000 decisions \(\d+%\)$/,
  )
  expect(Math.max(0, ...gaps)).toBeLessThan(1000) // generous: the machine running the tests is shared
  expect(seconds).toBeLessThan(20)
  const summary = m.view.getByText(/^1,000 principals × 200 actions on arn:aws:s3:::bucket\/key/)
  await expect(summary).toBeVisible()
  await expect(m.view.locator('progress')).toBeHidden()

  // Spot checks: group0 reads `s3:Get*`; group15 is denied `s3:Delete*`; role5 has `lambda:*`.
  await expect(await cell(m.grid, 'user/user0', 's3:GetObject')).toHaveAccessibleName('Allowed')
  await expect(await cell(m.grid, 'user/user0', 's3:PutObject')).toHaveAccessibleName('Implicitly denied')
  // Only the rows and columns in view are in the page.
  expect(await m.grid.getByRole('row').count()).toBeLessThan(80)
  expect(await m.grid.getByRole('columnheader').count()).toBeLessThan(80)
  const filter = m.view.getByRole('searchbox', { name: 'Filter principals' })
  await filter.fill('user15')
  await expect(m.view.getByText('Showing 11 of 1,000 principals.')).toBeVisible()
  await expect(await cell(m.grid, 'user/user15', 's3:DeleteObject')).toHaveAccessibleName('Explicitly denied')
  await filter.fill('role5')
  await expect(await cell(m.grid, 'role/role5', 's3:GetObject')).toHaveAccessibleName('Implicitly denied')
  await filter.fill('')
  // The keyboard reaches the far corner: the grid renders it on the way.
  await (await cell(m.grid, 'user/user0', 's3:GetObject')).focus()
  await page.keyboard.press('Control+End')
  await expect(await cell(m.grid, 'root', 'sts:InvokeBucket')).toBeFocused()
  await page.keyboard.press('Enter')
  const panel = m.view.getByRole('complementary', { name: 'Selected cell' })
  await expect(panel.getByRole('status', { name: 'Decision' })).toHaveText('Allowed')
  await page.screenshot({ path: 'tests/e2e/screenshots/matrix-big.png' })

  // Cancel stops a run at the next chunk and keeps the matrix already made. (Pressed within a frame of Run,
  // through the DOM: Playwright's own locators take longer than this run on a page this large.)
  await page.evaluate(async () => {
    const form = document.querySelector('form[aria-label="Matrix question"]')!
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click()
    await new Promise((resolve) => requestAnimationFrame(resolve))
    ;[...form.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')!.click()
  })
  await expect(m.view.getByText('Cancelled: the matrix was not finished.')).toBeVisible()
  await expect(summary).toBeVisible()
})
