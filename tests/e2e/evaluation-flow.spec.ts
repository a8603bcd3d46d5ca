// The evaluation flow under the answer: AWS's evaluation logic as a chart with the request's path lit, each step's
// verdict, its statements opened in the editor, SVG and PNG export, and a text version; light and dark screenshots.
import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { ask, openApp, openScenario, policyEditor, screenshots } from './support/app.ts'

const SHOTS = 'tests/e2e/screenshots'
/** The bundled scenario most tests here ask in. */
const DELEGATED = 'Delegated administration with a permissions boundary'

/** A scenario whose Sandbox OU has only an allow-list SCP for S3 (FullAWSAccess detached), for an SCP block. */
const SCP_SCENARIO = {
  format: 'iam-playground/scenario',
  version: 1,
  title: 'Sandbox allow-list',
  accounts: [{ id: '111122223333' }, { id: '777788889999' }],
  environment: { time: '2026-01-01T00:00:00Z' },
  organization: {
    id: 'o-a1b2c3d4e5',
    managementAccount: '111122223333',
    root: {
      id: 'r-a1b2',
      name: 'Root',
      accounts: ['111122223333'],
      children: [{ id: 'ou-a1b2-22222222', name: 'Sandbox', scps: ['SandboxS3Only'], accounts: ['777788889999'] }],
    },
    policies: [
      {
        name: 'SandboxS3Only',
        type: 'scp',
        document: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'OnlyS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }],
        },
      },
    ],
  },
  users: [
    {
      name: 'experimenter',
      account: '777788889999',
      inlinePolicies: [
        {
          name: 'Everything',
          document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        },
      ],
    },
  ],
}

/** The chart (an SVG group named after the request and decision). */
function chart(page: Page): Locator {
  return page.getByRole('group', { name: /^Evaluation flow chart/ })
}

/** One step of the chart, by the start of its name. */
function step(page: Page, name: string): Locator {
  return chart(page).getByRole('button', { name: new RegExp(`^${name}:`) })
}

/** Every step's verdict and whether the path went through it, top to bottom. */
async function path(page: Page): Promise<string[]> {
  return chart(page)
    .locator('[data-step]')
    .evaluateAll((steps) =>
      steps.map(
        (s) =>
          `${s.getAttribute('data-step')} ${s.getAttribute('data-verdict')}${s.classList.contains('path') ? ' lit' : ''}`,
      ),
    )
}

/** Clicks a statement or policy link of the selected step: the editor then shows that policy (with `text` in it). */
async function openInEditor(page: Page, link: Locator, policy: RegExp, text?: string) {
  await link.click()
  await expect(page.locator('#editor-heading')).toHaveText(policy)
  if (text !== undefined) await expect(policyEditor(page)).toContainText(text)
}

/** Screenshots of the flow section in the light and the dark scheme. */
async function shoot(page: Page, name: string) {
  await screenshots(page, page.locator('details.flow'), `flow-${name}`)
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize({ width: 1400, height: 1000 })
})

test('an allowed request lights every step down to Allowed, and a step opens its statement', async ({ page }) => {
  await openApp(page)
  await openScenario(page, DELEGATED)
  await ask(page, {
    principal: 'user/app-dev',
    action: 's3:PutObject',
    resource: 'arn:aws:s3:::payments-reports/2025/05/summary.csv',
    expected: 'Allowed',
  })
  await expect(chart(page)).toHaveAccessibleName('Evaluation flow chart: s3:PutObject, Allowed')
  expect(await path(page)).toEqual([
    'request pass lit',
    'deny pass lit',
    'scp not-applicable lit',
    'rcp not-applicable lit',
    'resource not-applicable lit',
    'identity allow lit',
    'boundary allow lit',
    'session not-applicable lit',
    'decision allow lit',
  ])
  await expect(step(page, 'Explicit deny check')).toContainText('No explicit deny in any policy')
  await expect(step(page, 'Permissions boundary')).toContainText('Allows')
  await expect(step(page, 'Final decision')).toHaveAccessibleName(/Allowed, the path ends here/)

  // The boundary step lists the boundary's allowing statement; opening it puts the policy in the editor.
  await step(page, 'Permissions boundary').click()
  await expect(step(page, 'Permissions boundary')).toHaveAttribute('aria-expanded', 'true')
  const detail = page.getByRole('region', { name: 'Selected step' })
  await expect(detail.getByRole('heading', { level: 4 })).toHaveText('Step 6: Permissions boundary: Allows')
  await shoot(page, 'allowed')
  const statements = detail.getByRole('list', { name: 'Statements that decided it' })
  await openInEditor(
    page,
    statements.getByRole('button', { name: /statement 1 \(AppServices\)/ }),
    /DeveloperBoundary/,
    '"Sid": "AppServices"',
  )
})

test('an explicit deny stops at the deny check, and Enter on it lists the denying statement', async ({ page }) => {
  await openApp(page)
  await openScenario(page, DELEGATED)
  await ask(page, {
    principal: 'user/maria',
    action: 'iam:DeleteUserPermissionsBoundary',
    resource: 'arn:aws:iam::111122223333:user/app-dev',
    expected: 'Explicitly denied',
  })
  const denyStep = step(page, 'Explicit deny check')
  await expect(denyStep).toHaveAccessibleName(/^Explicit deny check: Explicit deny found, the path ends here/)
  expect(await path(page)).toEqual([
    'request pass lit',
    'deny deny lit',
    'scp not-reached',
    'rcp not-reached',
    'resource not-reached',
    'identity not-reached',
    'boundary not-reached',
    'session not-reached',
    'decision not-reached',
  ])
  await expect(chart(page).locator('[data-exit="deny"]')).toHaveText('Explicit deny')
  await expect(step(page, 'Identity-based policies')).toContainText('Not reached')

  // Keyboard: focus another step, then Enter on the deny step shows its statements.
  await step(page, 'Identity-based policies').focus()
  await page.keyboard.press('Enter')
  await expect(step(page, 'Identity-based policies')).toHaveAttribute('aria-expanded', 'true')
  await denyStep.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('region', { name: 'Selected step' })
  await expect(detail.getByRole('heading', { level: 4 })).toHaveText('Step 1: Explicit deny check: Explicit deny found')
  const statements = detail.getByRole('list', { name: 'Statements that decided it' })
  await expect(statements).toContainText('DelegatedUserAdmin')
  await shoot(page, 'explicit-deny')
  await openInEditor(page, statements.getByRole('button').first(), /DelegatedUserAdmin/, '"Effect": "Deny"')
})

test('an SCP without an allow blocks the request at the SCP step and says which level', async ({ page }) => {
  await openApp(page)
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByText('Workspace:').click()
  await page
    .getByRole('group', { name: 'Workspaces' })
    .getByLabel('Import scenario file')
    .setInputFiles({
      name: 'sandbox.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(SCP_SCENARIO)),
    })
  await expect(page.getByRole('navigation', { name: 'Workspace tools' })).toContainText('Sandbox allow-list')
  await ask(page, {
    principal: 'arn:aws:iam::777788889999:user/experimenter',
    action: 'ec2:RunInstances',
    resource: '*',
    expected: 'Implicitly denied',
  })
  expect(await path(page)).toEqual([
    'request pass lit',
    'deny pass lit',
    'scp no-allow lit',
    'rcp not-reached',
    'resource not-reached',
    'identity not-reached',
    'boundary not-reached',
    'session not-reached',
    'decision not-reached',
  ])
  await expect(step(page, 'Service control policies \\(SCPs\\)')).toContainText('Level 1 allows nothing')
  await expect(chart(page).locator('[data-exit="scp"]')).toHaveText('Implicit deny')
  await expect(page.locator('details.flow .why')).toHaveText(
    'Service control policies found no allow: no SCP at organization level 1 allows ec2:RunInstances',
  )

  // The SCP step is selected (the path ended there): its levels, and the policies it read, openable.
  const detail = page.getByRole('region', { name: 'Selected step' })
  const levels = detail.getByRole('list', { name: 'Organization levels (0 is the root)' })
  await expect(levels.getByRole('listitem')).toHaveText([/Level 0: Allows/, /Level 1: No allow/, /Level 2: Allows/])
  await shoot(page, 'scp-block')
  const policies = detail.getByRole('list', { name: 'Policies this step read' })
  await openInEditor(page, policies.getByRole('button', { name: /SandboxS3Only/ }), /SandboxS3Only/, '"Sid": "OnlyS3"')
})

test('a permissions boundary without an allow is the step that found no allow', async ({ page }) => {
  await openApp(page)
  await openScenario(page, DELEGATED)
  await ask(page, {
    principal: 'user/app-dev',
    action: 'ec2:TerminateInstances',
    resource: 'arn:aws:ec2:ap-northeast-2:111122223333:instance/i-0c0ffee0c0ffee000',
    expected: 'Implicitly denied',
  })
  expect(await path(page)).toEqual([
    'request pass lit',
    'deny pass lit',
    'scp not-applicable lit',
    'rcp not-applicable lit',
    'resource not-applicable lit',
    'identity allow lit',
    'boundary no-allow lit',
    'session not-reached',
    'decision not-reached',
  ])
  await expect(step(page, 'Permissions boundary')).toHaveAccessibleName(/No allow, the path ends here/)
  await expect(chart(page).locator('[data-exit="boundary"]')).toHaveText('Implicit deny')
  await expect(page.locator('details.flow .why')).toHaveText(
    'The permissions boundary found no allow: the permissions boundary does not allow ec2:TerminateInstances',
  )

  // The text version says the same, step by step.
  const text = page.locator('details.flow details.text')
  await text.getByText('Text version of the chart').click()
  await expect(text.getByRole('list', { name: 'Text version of the chart' }).getByRole('listitem')).toHaveText([
    'Explicit deny check: No explicit deny in any policy',
    'Service control policies (SCPs): Does not apply',
    'Resource control policies (RCPs): Does not apply',
    'Resource-based policy: Does not apply',
    'Identity-based policies: Allows',
    'Permissions boundary: No allow (the path ends here: Implicitly denied)',
    'Session policies: Not reached',
  ])
  await expect(text.locator('p').first()).toHaveText('Request: ec2:TerminateInstances')
  await expect(text.locator('p').last()).toHaveText('Final decision: Not reached')
  await shoot(page, 'boundary')

  const detail = page.getByRole('region', { name: 'Selected step' })
  await openInEditor(page, detail.getByRole('button', { name: 'DeveloperBoundary' }), /DeveloperBoundary/)
})

test('a resource policy naming the user leaves the chart at the resource step with Allow', async ({ page }) => {
  await openApp(page)
  await openScenario(page, DELEGATED)
  await ask(page, {
    principal: 'user/app-dev',
    action: 'secretsmanager:GetSecretValue',
    resource: 'arn:aws:secretsmanager:ap-northeast-2:111122223333:secret:payments/api-key-Xy12Ab',
    expected: 'Allowed',
  })
  await expect(step(page, 'Resource-based policy')).toHaveAccessibleName(/Allows, the path ends here/)
  await expect(chart(page).locator('[data-exit="resource"]')).toHaveText('Allow')
  await expect(step(page, 'Permissions boundary')).toContainText('Not reached')
  await expect(page.getByRole('region', { name: 'Selected step' })).toContainText(
    'a resource-based policy that names the user or the session',
  )
  await shoot(page, 'resource-direct')
})

test('the chart exports as an SVG file and a PNG file', async ({ page }) => {
  await openApp(page)
  await expect(chart(page)).toBeVisible()

  const svgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export SVG' }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toMatch(/^evaluation-flow-.+\.svg$/)
  const svgText = await readFile(await svgFile.path(), 'utf8')
  expect(svgText).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/)
  expect(svgText).toContain('Identity-based policies')
  // It parses as SVG, and its styles are written in (it looks the same outside the page).
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName('parsererror').length }
  }, svgText)
  expect(parsed).toEqual({ root: 'svg', errors: 0 })
  expect(svgText).toContain('fill:')

  const pngDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PNG' }).click()
  const pngFile = await pngDownload
  expect(pngFile.suggestedFilename()).toMatch(/^evaluation-flow-.+\.png$/)
  const png = await readFile(await pngFile.path())
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // IHDR: twice the chart's 420-unit width.
  expect(png.readUInt32BE(16)).toBe(840)
  expect(png.readUInt32BE(20)).toBeGreaterThan(1000)
  await pngFile.saveAs(`${SHOTS}/flow-export-light.png`)
  // The theme's background is painted in: light here.
  expect(Math.min(...(await cornerColour(page, png)))).toBeGreaterThan(230)

  // In the dark scheme the exported picture is dark too.
  await page.emulateMedia({ colorScheme: 'dark' })
  const darkDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PNG' }).click()
  const darkFile = await darkDownload
  await darkFile.saveAs(`${SHOTS}/flow-export-dark.png`)
  const [r, g, b] = await cornerColour(page, await readFile(await darkFile.path()))
  expect(Math.max(r!, g!, b!)).toBeLessThan(60)
})

/** The colour of a PNG's top-left pixel, decoded by the browser. */
async function cornerColour(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.width
    canvas.height = image.height
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    return [...context.getImageData(1, 1, 1, 1).data.slice(0, 3)]
  }, png.toString('base64'))
}
