// The inheritance graph: the default scenario drawn with its legend and text description; focus on one user; hide a
// kind; open a node in the playground (by mouse and keyboard); pan and zoom; export SVG and PNG; a 500-node
// organization laid out; dark mode; and a failed worker reported with a way to try again.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { largeGraphScenario } from '../helpers/graph-scenario.ts'
import { openApp } from './support/app.ts'

const A = '111122223333'

/** Opens the Graph tab and waits until the picture is drawn; returns the view's parts. */
async function openGraph(page: Page, timeout = 10_000) {
  await page.getByRole('tab', { name: 'Graph' }).click()
  const view = page.getByRole('region', { name: 'Inheritance graph' })
  const picture = view.getByRole('group', { name: 'Inheritance graph' })
  await expect(picture).toBeVisible({ timeout })
  await expect(view.getByRole('status')).toHaveText(/^(Showing|Everything)/)
  return {
    view,
    picture,
    status: view.getByRole('status'),
    focus: view.getByLabel('Focus on'),
    canvas: view.getByRole('application'),
    node: (kind: string, name: string) => picture.getByRole('button', { name: `Open ${kind} ${name}`, exact: true }),
    lines: picture.locator('path.g-line'),
  }
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `tests/e2e/screenshots/graph-${name}.png` })
}

test('the default scenario’s graph: every node and line, a legend for each mark, and a text description', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await openApp(page)
  const g = await openGraph(page)
  // 8 users, 12 groups, 2 roles, their policies, the account and the resources: every one drawn, none hidden.
  const [, n, all, e, allEdges] = /^Showing (\d+) of (\d+) nodes and (\d+) of (\d+) lines\.$/
    .exec((await g.status.textContent()) ?? '')!
    .map(Number)
  expect(n).toBe(all)
  expect(e).toBe(allEdges)
  expect(n).toBeGreaterThan(30)
  await expect(g.picture.locator('g.node')).toHaveCount(n!)
  await expect(g.lines).toHaveCount(e!)
  await expect(g.node('User', 'minho')).toBeVisible()
  await expect(g.node('Role', 'S3ConfigTempRole')).toBeVisible()
  // The account has nothing of the scenario to open: it is a picture part, not a button.
  await expect(g.picture.getByRole('img', { name: 'Account company-a' })).toBeAttached()
  await expect(g.picture.locator('path.g-line[data-kind="can-assume"]')).toHaveCount(3)

  const legend = g.view.getByRole('region', { name: 'Legend' })
  for (const mark of [
    'User',
    'Group',
    'Role',
    'AWS managed policy',
    'Member of',
    'Can assume',
    'Named in trust policy',
  ])
    await expect(legend.getByText(mark, { exact: true })).toBeVisible()
  await expect(legend).toContainText('Dashed outline')

  const describe = g.view.locator('summary', { hasText: 'Describe as text' })
  await describe.click()
  const text = g.view.getByRole('list', { name: 'Inheritance graph' })
  await expect(text.getByRole('listitem')).toHaveCount(n!)
  await expect(text.getByRole('listitem').filter({ hasText: /^User minho / })).toContainText(
    'member of Group DEV1; member of Group BE1; can assume Role S3ConfigTempRole',
  )
  await text
    .getByRole('listitem')
    .filter({ hasText: /^User minho / })
    .scrollIntoViewIfNeeded()
  await shot(page, 'text')
  await describe.click()
  await shot(page, 'light')
})

test('focusing on a user keeps only what reaches them; a filter hides a kind', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await openApp(page)
  const g = await openGraph(page)
  const everything = await g.picture.locator('g.node').count()
  await g.focus.selectOption({ label: 'minho' })
  // minho, groups DEV1 and BE1, their three policies, the role BE1's policy lets minho assume, and the account.
  await expect(g.status).toHaveText(/^Everything that reaches minho: 8 nodes and \d+ lines\.$/)
  await expect(g.picture.locator('g.node')).toHaveCount(8)
  for (const [kind, name] of [
    ['Group', 'BE1'],
    ['Group', 'DEV1'],
    ['Customer managed policy', 'BackendStandard'],
    ['Inline policy', 'AllowAssumeS3ConfigTempRole'],
    ['Role', 'S3ConfigTempRole'],
  ])
    await expect(g.node(kind!, name!)).toBeVisible()
  await expect(g.picture.getByRole('img', { name: 'AWS managed policy IAMUserChangePassword' })).toBeVisible()
  for (const other of ['jiwoo', 'seoyeon', 'developer-a']) await expect(g.node('User', other)).toHaveCount(0)
  await expect(g.node('Group', 'INFRA1')).toHaveCount(0)
  // The focused principal is drawn with a thick outline, and a node's tooltip tells the path it comes along.
  await expect(g.picture.locator('g.node.g-focus')).toHaveAttribute('data-id', `user:${A}/minho`)
  await g.node('Customer managed policy', 'BackendStandard').hover()
  await expect(g.canvas).toContainText('Reaches minho through: minho → BE1 → BackendStandard')
  await shot(page, 'focus')

  // Hiding groups takes them (and their lines) away; the count follows.
  await g.view.getByRole('checkbox', { name: 'Groups' }).uncheck()
  await expect(g.node('Group', 'BE1')).toHaveCount(0)
  await expect(g.picture.locator('g.node')).toHaveCount(6)
  await expect(g.node('User', 'minho')).toBeVisible()
  await expect(g.picture.locator('path.g-line[data-kind="member-of"]')).toHaveCount(0)
  await g.view.getByRole('checkbox', { name: 'Groups' }).check()
  await expect(g.node('Group', 'BE1')).toBeVisible()

  await g.focus.selectOption({ label: 'Everything' })
  await expect(g.picture.locator('g.node')).toHaveCount(everything)

  // With every kind hidden there is nothing to draw, and nothing to export.
  for (const box of await g.view.getByRole('group', { name: 'Show' }).getByRole('checkbox').all()) await box.uncheck()
  await expect(g.view.getByText('Nothing to draw')).toBeVisible()
  await expect(g.view.getByRole('button', { name: 'Export SVG' })).toBeDisabled()
})

test('selecting a node opens it in the playground, by mouse or by keyboard', async ({ page }) => {
  await openApp(page)
  let g = await openGraph(page)
  await g.node('Group', 'BE1').click()
  await expect(page.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('heading', { name: 'Group BE1', exact: true })).toBeVisible()

  // An inline policy opens its owner and the policy in the editor.
  g = await openGraph(page)
  await g.focus.selectOption({ label: 'minho' })
  await g.node('Inline policy', 'AllowAssumeS3ConfigTempRole').click()
  await expect(page.getByRole('heading', { name: 'Group BE1', exact: true })).toBeVisible()
  await expect(page.locator('#editor-heading')).toHaveText('group BE1 · inline policy AllowAssumeS3ConfigTempRole')

  // Keyboard: Tab reaches the nodes, Enter opens one.
  g = await openGraph(page)
  const jiwoo = g.node('User', 'jiwoo')
  await jiwoo.focus()
  await expect(g.canvas).toContainText(`arn:aws:iam::${A}:user/jiwoo`) // the focused node's label
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'User jiwoo', exact: true })).toBeVisible()
})

test('pan with the arrow keys or by dragging, zoom with the buttons, the wheel and the keys', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await openApp(page)
  const g = await openGraph(page)
  const svg = g.picture
  const box = async () => (await svg.getAttribute('viewBox'))!.split(' ').map(Number)
  const start = await box()

  await g.canvas.focus()
  await page.keyboard.press('ArrowRight')
  // As on a map, an arrow key shows more of the picture in its direction.
  const right = await box()
  expect(right[0]).toBeGreaterThan(start[0]!)
  await page.keyboard.press('ArrowDown')
  expect((await box())[1]).toBeGreaterThan(right[1]!)

  const zoomGroup = g.view.getByRole('group', { name: /^Zoom \d+%$/ })
  const before = (await box())[2]!
  await g.view.getByRole('button', { name: 'Zoom in' }).click()
  expect((await box())[2]).toBeLessThan(before)
  await expect(zoomGroup).toHaveAttribute('aria-label', /^Zoom \d+%$/)
  await g.view.getByRole('button', { name: 'Zoom out' }).click()
  await g.view.getByRole('button', { name: 'Zoom out' }).click()
  expect((await box())[2]).toBeGreaterThan(before)
  await g.canvas.focus()
  await page.keyboard.press('0') // fit: every node in view
  const area = (await g.canvas.boundingBox())!
  for (const node of await g.picture.locator('g.node').all()) {
    const b = (await node.boundingBox())!
    expect(b.x >= area.x && b.y >= area.y).toBe(true)
    expect(b.x + b.width <= area.x + area.width && b.y + b.height <= area.y + area.height).toBe(true)
  }

  await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2)
  const fitted = await box()
  await page.mouse.wheel(0, -400)
  await expect.poll(async () => (await box())[2]).toBeLessThan(fitted[2]!)

  // Dragging the background pans; it does not open anything.
  const panned = await box()
  await page.mouse.move(area.x + 20, area.y + 20)
  await page.mouse.down()
  await page.mouse.move(area.x + 120, area.y + 60, { steps: 5 })
  await page.mouse.up()
  expect((await box())[0]).toBeLessThan(panned[0]!)
  await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true')
})

test('exports the whole picture as SVG and PNG, in light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await openApp(page)
  const g = await openGraph(page)
  const nodes = await g.picture.locator('g.node').count()
  await g.view.getByRole('button', { name: 'Zoom in' }).click() // the export is of all of it, whatever the zoom

  const svgDownload = page.waitForEvent('download')
  await g.view.getByRole('button', { name: 'Export SVG' }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toBe('iam-graph.svg')
  const svg = await readFile(await svgFile.path(), 'utf8')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const root = doc.documentElement
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: root.nodeName,
      nodes: root.querySelectorAll('g.node, g[data-id]').length,
      title: root.querySelector('title')?.textContent,
      width: Number(root.getAttribute('width')),
    }
  }, svg)
  expect(parsed).toMatchObject({ error: 0, root: 'svg', nodes, title: 'Inheritance graph' })
  expect(parsed.width).toBeGreaterThan(600)
  expect(svg).toContain('S3ConfigTempRole')
  expect(svg).toContain('<rect x="0" y="0" width="') // the background, painted in
  expect(svg).toContain('fill="rgb(255, 255, 255)"') // the light theme's --surface, as on screen
  await expect(g.picture).toHaveCount(1) // the export's copy is gone

  const pngDownload = page.waitForEvent('download')
  await g.view.getByRole('button', { name: 'Export PNG' }).click()
  const pngFile = await pngDownload
  expect(pngFile.suggestedFilename()).toBe('iam-graph.png')
  const png = await readFile(await pngFile.path())
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000) // width in pixels (IHDR): the whole picture at 2×
  await pngFile.saveAs('tests/e2e/screenshots/graph-export-light.png')

  await page.emulateMedia({ colorScheme: 'dark' })
  await g.focus.selectOption({ label: 'developer-a' })
  await expect(g.status).toHaveText(/^Everything that reaches developer-a/)
  const darkSvg = page.waitForEvent('download')
  await g.view.getByRole('button', { name: 'Export SVG' }).click()
  const dark = await readFile(await (await darkSvg).path(), 'utf8')
  expect((await darkSvg).suggestedFilename()).toBe('iam-graph-developer-a.svg')
  expect(dark).toContain('fill="rgb(22, 27, 34)"') // the dark theme's --surface
  const darkPng = page.waitForEvent('download')
  await g.view.getByRole('button', { name: 'Export PNG' }).click()
  await (await darkPng).saveAs('tests/e2e/screenshots/graph-export-dark.png')
})

test('dark mode: the graph, legend and tooltip take the dark theme', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  const g = await openGraph(page)
  const fill = await g.picture
    .locator('rect.g-box')
    .first()
    .evaluate((r) => getComputedStyle(r).fill)
  expect(fill).toBe('rgb(22, 27, 34)') // --surface in the dark theme
  await g.node('Role', 'S3ConfigTempRole').hover()
  await expect(g.canvas).toContainText(`arn:aws:iam::${A}:role/S3ConfigTempRole`)
  await shot(page, 'dark')
})

test('a 500-node organization is laid out and can be focused', async ({ page }) => {
  test.slow()
  await page.setViewportSize({ width: 1400, height: 900 })
  await openApp(page)
  const scenario = largeGraphScenario()
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  await page
    .getByRole('group', { name: 'Workspaces' })
    .getByLabel('Import scenario file')
    .setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) })
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Generated organization')

  const g = await openGraph(page, 30_000)
  const [, n, all] = /^Showing (\d+) of (\d+) nodes/.exec((await g.status.textContent()) ?? '')!.map(Number)
  expect(n).toBe(all)
  expect(n).toBeGreaterThanOrEqual(500)
  await expect(g.picture.locator('g.node')).toHaveCount(n!)
  await shot(page, 'large')
  // Keyboard focus brings a node that lies outside the view into it.
  const last = g.picture.locator('g.node[role="button"]').last()
  const area = (await g.canvas.boundingBox())!
  const before = (await last.boundingBox())!
  expect(before.y > area.y + area.height || before.y + before.height < area.y).toBe(true)
  await last.focus()
  const spot = (await last.boundingBox())!
  expect(spot.y).toBeGreaterThanOrEqual(area.y)
  expect(spot.y + spot.height).toBeLessThanOrEqual(area.y + area.height)
  await g.view.getByRole('button', { name: 'Fit to view' }).click()
  await shot(page, 'large-fit')

  // user-3 is in the products account, under the Products OU, which adds the SCP DenyRootUser.
  await g.focus.selectOption({ label: 'user-3 (444455556666)' })
  await expect(g.status).toHaveText(/^Everything that reaches user-3: \d+ nodes/)
  await expect(g.picture.getByRole('img', { name: 'SCP FullAWSAccess' })).toBeVisible()
  await expect(g.node('SCP', 'DenyRootUser')).toBeVisible()
  await expect(g.node('SCP', 'DenyLeavingOrg')).toBeVisible()
  await expect(g.picture.getByRole('img', { name: 'Organization root or OU Products' })).toBeVisible()
  await shot(page, 'large-focus')
})

test('a failed worker is reported, and Try again lays the graph out once it works', async ({ page }) => {
  // The worker script cannot load, so every engine call fails until the route is lifted.
  await page.context().route(/engine\.worker[^/]*\.js$/, (route) => route.abort())
  await page.goto('./')
  await page.getByRole('tab', { name: 'Graph' }).click()
  const view = page.getByRole('region', { name: 'Inheritance graph' })
  await expect(view.getByRole('alert')).toContainText('The graph could not be laid out:')
  await page.context().unroute(/engine\.worker[^/]*\.js$/)
  await view.getByRole('button', { name: 'Try again' }).click()
  await expect(view.getByRole('status')).toHaveText(/^Showing \d+ of \d+ nodes/)
  await expect(view.getByRole('alert')).toHaveCount(0)
})
