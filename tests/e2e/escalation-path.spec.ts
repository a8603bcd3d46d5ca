// An escalation path, shown: the credential-hygiene scenario's dev-carol can make an access key for admin-alice. The
// finding lists the path's steps; a step opens in the playground (the form holds it, the answer is Allowed with its
// trace); "Show in graph" draws the path as highlighted, numbered lines, and clearing it brings the graph back.
import { expect, type Page, test } from '@playwright/test'
import { decision, openScenario, openApp, requestForm } from './support/app.ts'

const A = '111122223333'
const CAROL = `arn:aws:iam::${A}:user/dev-carol`
const ALICE = `arn:aws:iam::${A}:user/admin-alice`
const STEP = 'User dev-carol → iam:CreateAccessKey → User admin-alice'

/** Opens the credential-hygiene scenario and the findings view, once the audit is done; returns dev-carol's finding. */
async function carolsFinding(page: Page) {
  await openApp(page)
  await openScenario(page, 'Credential hygiene: an account that fails the audit')
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Findings' }).click()
  const view = page.getByRole('tabpanel', { name: 'Findings' })
  await expect(view.locator('section[aria-busy="false"]')).toHaveCount(1)
  return view.getByRole('article', { name: 'User dev-carol can escalate its privileges', exact: true })
}

test('a finding lists its steps, and a step opens in the playground: allowed, with its trace', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  const carol = await carolsFinding(page)
  const steps = carol.getByRole('list', { name: /^Steps of this path: iam:CreateAccessKey on user admin-alice/ })
  await expect(steps.getByRole('listitem')).toHaveCount(1)
  await expect(steps.getByRole('listitem').first()).toContainText(STEP)
  // The names read as entities; their ARNs are in the titles.
  await expect(steps.getByTitle(CAROL)).toHaveText('User dev-carol')
  await expect(steps.getByTitle(ALICE)).toHaveText('User admin-alice')
  await carol.scrollIntoViewIfNeeded()
  await page.emulateMedia({ colorScheme: 'light' })
  await carol.screenshot({ path: 'tests/e2e/screenshots/escalation-steps-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await carol.screenshot({ path: 'tests/e2e/screenshots/escalation-steps-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  // In Korean, the same list and buttons.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  const carolKo = page
    .getByRole('tabpanel', { name: '발견 사항' })
    .getByRole('article', { name: '사용자 dev-carol이(가) 자기 권한을 높일 수 있습니다', exact: true })
  const ko = carolKo.getByRole('list', { name: /^이 경로의 단계: / }).first()
  await expect(
    ko.getByRole('button', {
      name: '플레이그라운드에서 1단계 열기: 사용자 dev-carol → iam:CreateAccessKey → 사용자 admin-alice',
    }),
  ).toHaveText('플레이그라운드에서 열기')
  await expect(carolKo.getByRole('button', { name: /^이 경로를 그래프에서 보기: / }).first()).toHaveText(
    '그래프에서 보기',
  )
  await carolKo.screenshot({ path: 'tests/e2e/screenshots/escalation-steps-ko.png' })
  await page.getByRole('combobox', { name: '언어' }).selectOption('en')

  await steps.getByRole('button', { name: `Open step 1 in the playground: ${STEP}`, exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Playground' })).toHaveAttribute('aria-selected', 'true')
  const form = requestForm(page)
  await expect(form.principal).toHaveValue(CAROL)
  await expect(form.action).toHaveValue('iam:CreateAccessKey')
  await expect(form.resource).toHaveValue(ALICE)
  await expect(decision(page)).toHaveText(/^Allowed/)
  // The trace says which statement allows it: the inline policy of dev-carol's group, and where the flow ends.
  const result = page.getByRole('region', { name: 'Result' })
  await expect(result.getByRole('list', { name: 'Decisive statements' })).toContainText(
    'inline policy SelfServiceKeys via group Developers, statement 1 (ManageAccessKeys)',
  )
  await expect(result.getByRole('group', { name: 'Evaluation flow chart: iam:CreateAccessKey, Allowed' })).toBeVisible()
})

test('"Show in graph" draws the path as highlighted lines with a legend; clearing it brings the graph back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  const carol = await carolsFinding(page)
  await carol
    .getByRole('button', { name: /^Show this path in the graph: iam:CreateAccessKey on user admin-alice/ })
    .click()

  const view = page.getByRole('region', { name: 'Inheritance graph' })
  const picture = view.getByRole('group', { name: 'Inheritance graph' })
  await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true')
  // (The path's panel loads when first shown: its "Loading…" is a status of its own meanwhile.)
  await expect(view.getByRole('status').filter({ hasText: /^Escalation path/ })).toHaveText(
    /^Escalation path of dev-carol, steps: 1; \d+ nodes/,
  )
  const step = picture.locator('path.g-step-line')
  await expect(step).toHaveCount(1)
  await expect(step).toHaveAttribute('data-action', 'iam:CreateAccessKey')
  await expect(picture.locator('.step-labels text')).toHaveText(['1. iam:CreateAccessKey'])
  // Both ends are drawn, the lines off the path faded, the picker on the path's principal.
  await expect(picture.getByRole('button', { name: 'Open User dev-carol', exact: true })).toBeVisible()
  await expect(picture.getByRole('button', { name: 'Open User admin-alice', exact: true })).toBeVisible()
  await expect(picture.locator('g.edges')).toHaveClass(/g-dimmed/)
  await expect(view.getByLabel('Focus on')).toHaveValue(`user:${A}/dev-carol`)

  const path = view.getByRole('region', { name: 'Escalation path' })
  await expect(path.getByRole('list', { name: 'Steps of the path' }).getByRole('listitem')).toHaveText([
    /User dev-carol\s*→\s*iam:CreateAccessKey\s*→\s*User admin-alice/,
  ])
  await expect(view.getByRole('region', { name: 'Legend' })).toContainText(
    'Thick line with a numbered label: a step of the escalation path',
  )
  await page.emulateMedia({ colorScheme: 'light' })
  await page.screenshot({ path: 'tests/e2e/screenshots/escalation-graph-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'tests/e2e/screenshots/escalation-graph-dark.png' })
  await page.emulateMedia({ colorScheme: 'light' })

  await path.getByRole('button', { name: 'Clear the path' }).click()
  await expect(view.getByRole('status')).toHaveText(/^Showing \d+ of \d+ nodes/)
  await expect(picture.locator('path.g-step-line')).toHaveCount(0)
  await expect(path).toHaveCount(0)
  await expect(picture.locator('g.edges')).not.toHaveClass(/g-dimmed/)
  await expect(view.getByLabel('Focus on')).toHaveValue('')
})
