// The catalog loads in parts (src/lib/i18n/parts.ts): the core part before the first text, each view's and dialog's
// parts with its code. A text shown before its part loaded would flash its key; the page warns "i18n: …" when that
// happens. These journeys open every view, dialog and embed in both languages and expect no such warning — and no
// key on screen.
import { expect, test, type Page } from '@playwright/test'
import { ANY_DECISION, decision, openApp } from './support/app.ts'

/** Collects the page's late-catalog warnings. */
function lateWarnings(page: Page): string[] {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('i18n:')) warnings.push(message.text())
  })
  return warnings
}

/** Something that looks like a catalog key (`graph.zoomIn`, `diag.unknown-action`) shown as text. */
const KEY_ON_SCREEN =
  /\b(?:graph|matrix|credentials|activity|findings|lesson|editor|diag|edit|account|org|providers|federation|scenario|import|importIac|iacExport|awsImport|iacImport|fileImport|workspaceMenu|workbench|assume|saved|whoCan|awsError|awsCli|rule|noAllow|policyType|policyLabel|exclusion|remedy|condition|element)\.[a-z][\w.-]*[A-Za-z]\b/

async function expectNoKeyOnScreen(page: Page): Promise<void> {
  const text = await page.locator('body').innerText()
  expect(text.match(KEY_ON_SCREEN)?.[0]).toBeUndefined()
}

for (const lang of ['en', 'ko'] as const) {
  test(`every view and dialog of the app shows its words at once (${lang})`, async ({ page }) => {
    const warnings = lateWarnings(page)
    if (lang === 'en') await openApp(page)
    else {
      await page.goto('./?lang=ko')
      await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
    }
    const tabs = page.getByRole('tablist')
    const tabCount = await tabs.getByRole('tab').count()
    expect(tabCount).toBe(6)
    for (let i = 1; i < tabCount; i++) {
      await tabs.getByRole('tab').nth(i).click()
      const panel = page.getByRole('tabpanel')
      await expect(panel).toBeVisible()
      // A view has loaded once it shows more than the loading line.
      await expect.poll(async () => (await panel.innerText()).length).toBeGreaterThan(80)
      await expectNoKeyOnScreen(page)
    }
    await tabs.getByRole('tab').nth(0).click()
    await expect(page.getByRole('status').first()).toBeVisible()
    await expectNoKeyOnScreen(page)
    expect(warnings).toEqual([])
  })
}

test('the dialogs and the lesson pane show their words at once', async ({ page }) => {
  const warnings = lateWarnings(page)
  await openApp(page)
  const toolbar = page.getByRole('navigation', { name: 'Workspace tools' })

  await page.getByRole('button', { name: 'Scenarios' }).click()
  await expect(page.getByRole('dialog', { name: 'Scenario gallery' })).toBeVisible()
  await page.keyboard.press('Escape')

  await toolbar.getByRole('button', { name: 'Share' }).click()
  await expect(page.getByRole('dialog', { name: 'Share' })).toBeVisible()
  await expectNoKeyOnScreen(page)
  await page.keyboard.press('Escape')

  await toolbar.locator('summary').click()
  await page.getByRole('group', { name: 'Workspaces' }).getByRole('button', { name: 'Import from AWS account' }).click()
  await expect(page.getByRole('dialog', { name: 'Import from AWS account' })).toBeVisible()
  await expectNoKeyOnScreen(page)
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Lessons' }).click()
  const course = page.getByRole('dialog', { name: 'Lessons' })
  await expect(course).toBeVisible()
  await expectNoKeyOnScreen(page)
  await course.getByRole('link', { name: /^Users and groups/ }).click()
  await expect(course).toBeHidden()
  await page.getByRole('button', { name: 'Check', exact: true }).first().click()
  await expect(page.getByRole('status', { name: 'Lesson result' })).not.toBeEmpty()
  await expectNoKeyOnScreen(page)
  expect(warnings).toEqual([])
})

// The playground's first screen loads its own parts (the clock, the Lessons button, the explorer); the tools below
// the answer load after it, the selected entity's forms on first selection, the workspace menu's contents on opening.
for (const lang of ['en', 'ko'] as const) {
  test(`the playground's panels and menus loaded later show their words at once (${lang})`, async ({ page }) => {
    const warnings = lateWarnings(page)
    const words =
      lang === 'en'
        ? { saved: 'Saved requests', nav: 'Account', menu: 'Workspaces', workspaces: 'Saved workspaces' }
        : { saved: '저장된 요청', nav: '계정', menu: '작업 공간', workspaces: '저장된 작업 공간' }
    if (lang === 'en') await openApp(page)
    else {
      await page.goto('./?lang=ko')
      await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
    }
    await expectNoKeyOnScreen(page)

    // Below the answer: assume role, saved requests, Who can … (loaded once the page is idle after the answer).
    await expect(page.getByRole('region', { name: words.saved })).toBeVisible()
    await expectNoKeyOnScreen(page)

    // A user (credentials, findings), a role (boundary, session duration), the organization's root.
    const nav = page.getByRole('navigation', { name: words.nav })
    for (const name of ['developer-a', 'EC2FullAccessRole']) {
      await nav.getByRole('button', { name, exact: true }).click()
      await expect(page.getByRole('region', { name: new RegExp(`${name}$`) })).toBeVisible()
      await expect
        .poll(async () => (await page.getByRole('region', { name: new RegExp(`${name}$`) }).innerText()).length)
        .toBeGreaterThan(80)
      await expectNoKeyOnScreen(page)
    }

    await page
      .getByRole('navigation', { name: lang === 'en' ? 'Workspace tools' : '작업 공간 도구' })
      .locator('summary')
      .first()
      .click()
    const menu = page.getByRole('group', { name: words.menu })
    await expect(menu.getByRole('heading', { name: words.workspaces })).toBeVisible()
    await expectNoKeyOnScreen(page)
    await page.keyboard.press('Escape')
    expect(warnings).toEqual([])
  })
}

for (const view of ['result', 'trace', 'graph']) {
  test(`an embedded ${view} shows its words at once`, async ({ page }) => {
    const warnings = lateWarnings(page)
    await page.goto(`./?embed&view=${view}`)
    if (view === 'graph') await expect(page.getByRole('group', { name: 'Inheritance graph' })).toBeVisible()
    else await expect(decision(page)).toHaveText(ANY_DECISION)
    await expectNoKeyOnScreen(page)
    expect(warnings).toEqual([])
  })
}

test('an embedded lesson shows its words at once', async ({ page }) => {
  const warnings = lateWarnings(page)
  await page.goto('./?embed&lesson=users-and-groups&lang=ko')
  await expect(page.getByRole('status', { name: /./ }).first()).toBeVisible()
  await expect.poll(async () => (await page.locator('body').innerText()).length).toBeGreaterThan(200)
  await expectNoKeyOnScreen(page)
  expect(warnings).toEqual([])
})
