// "What if…" in the answer: one click leaves a policy, a policy type or a group out of this question only and shows
// both answers side by side; the account is never changed (the SCP stays attached, Undo stays as it was, a reload
// brings back the same answer); a new request drops it; Korean words it in Korean.
import { expect, test, type Page } from '@playwright/test'
import { englishLeftIn } from '../../src/lib/i18n/english-on-purpose.ts'
import { ask, decision, openApp, openScenario } from './support/app.ts'

const undoTool = (page: Page) =>
  page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo|^실행 취소/ })

/** The "What if…" panel, opened. */
async function whatIf(page: Page, heading = 'What if…') {
  const panel = page.locator('details.what-if')
  await expect(panel.locator(':scope > summary')).toContainText(heading)
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator(':scope > summary').click()
  return panel
}

test('leaving the SCP out of a denied request: both answers side by side, the account unchanged', async ({ page }) => {
  await openApp(page)
  await openScenario(page, 'Organization: an SCP that locks accounts to allowed Regions')
  const saved = page.getByRole('region', { name: 'Saved requests' })
  await saved.getByRole('button', { name: /^Load request Prod account, Ireland/ }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  const undoBefore = await undoTool(page).isDisabled()

  const panel = await whatIf(page)
  const toggle = panel
    .getByRole('group', { name: 'Policies' })
    .getByRole('button', { name: 'SCP DenyOutsideAllowedRegions', exact: true })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  const compare = panel.getByRole('group', { name: 'The answer with and without what is left out' })
  await expect(compare.getByRole('region', { name: 'With', exact: true })).toContainText('Explicitly denied')
  const without = compare.getByRole('region', { name: 'Without SCP DenyOutsideAllowedRegions' })
  await expect(without).toContainText('Allowed')
  // The without-answer's deciding statement: AdministratorAccess allows it.
  await expect(without.getByRole('list', { name: 'Decisive statements' })).toContainText('AdministratorAccess')
  await expect(panel.locator(':scope > summary')).toContainText('without SCP DenyOutsideAllowedRegions: Allowed')
  // The real answer is still the real one.
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await panel.screenshot({ path: '/tmp/i14/whatif-en.png' })

  // Nothing was edited: Undo as before, the SCP still attached at the root in the explorer.
  expect(await undoTool(page).isDisabled()).toBe(undoBefore)
  const org = page.getByRole('navigation', { name: 'Account' })
  await expect(org.getByRole('button', { name: 'DenyOutsideAllowedRegions', exact: true })).toBeVisible()

  // Click again: back to the real answer only.
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(compare).toHaveCount(0)

  // Several at once, then Clear.
  await toggle.click()
  await panel
    .getByRole('group', { name: 'Policy types' })
    .getByRole('button', { name: 'identity-based policies' })
    .click()
  await expect(
    compare.getByRole('region', { name: 'Without SCP DenyOutsideAllowedRegions, identity-based policies' }),
  ).toContainText('Implicitly denied')
  await panel.getByRole('button', { name: 'Clear' }).click()
  await expect(compare).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  // A new request drops the what-if.
  await toggle.click()
  await expect(compare).toBeVisible()
  await ask(page, {
    principal: 'arn:aws:iam::444455556666:user/deployer',
    action: 'ec2:StopInstances',
    resource: 'arn:aws:ec2:eu-west-1:444455556666:instance/i-0a00000000000cc03',
    expected: 'Explicitly denied',
  })
  await expect(compare).toHaveCount(0)
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')

  // The saved account never changed: a reload answers the same, with the SCP still there.
  await toggle.click()
  await expect(compare).toBeVisible()
  await page.reload()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(org.getByRole('button', { name: 'DenyOutsideAllowedRegions', exact: true })).toBeVisible()
  expect(await undoTool(page).isDisabled()).toBe(undoBefore)
})

test('leaving a group out changes the answer (company teams)', async ({ page }) => {
  await openApp(page)
  await ask(page, {
    principal: 'user/taeyang',
    action: 'ec2:RunInstances',
    resource: 'arn:aws:ec2:ap-northeast-2:111122223333:instance/*',
    expected: 'Allowed',
  })
  const panel = await whatIf(page)
  await panel.getByRole('group', { name: 'Groups' }).getByRole('button', { name: 'group INFRA2', exact: true }).click()
  const compare = panel.getByRole('group', { name: 'The answer with and without what is left out' })
  await expect(compare.getByRole('region', { name: 'With', exact: true })).toContainText('Allowed')
  await expect(compare.getByRole('region', { name: 'Without group INFRA2' })).toContainText('Implicitly denied')
  await expect(decision(page)).toHaveText(/^Allowed/)
})

test('in Korean, the what-if speaks Korean', async ({ page }) => {
  await page.goto('./?lang=ko')
  const form = page.getByRole('form', { name: '요청' })
  await form.getByLabel('보안 주체 (Principal)', { exact: true }).fill('user/taeyang')
  await form.getByLabel('작업 (Action)', { exact: true }).fill('ec2:RunInstances')
  await form.getByLabel('리소스 (Resource)', { exact: true }).fill('arn:aws:ec2:ap-northeast-2:111122223333:instance/*')
  await expect(page.getByRole('status', { name: '결정' })).toHaveText(/^Allowed · 허용됨/)
  const panel = await whatIf(page, '가정해 보기…')
  await expect(panel).toContainText('이 질문에서만 정책, 정책 유형 또는 그룹 하나를 빼고')
  await panel.getByRole('group', { name: '그룹' }).getByRole('button', { name: '그룹 INFRA2', exact: true }).click()
  const compare = panel.getByRole('group', { name: '뺀 것이 있을 때와 없을 때의 답' })
  await expect(compare.getByRole('region', { name: '현재' })).toContainText('허용됨')
  await expect(compare.getByRole('region', { name: '가정: 그룹 INFRA2 없이' })).toContainText('암시적으로 거부됨')
  await expect(panel.getByRole('button', { name: '지우기' })).toBeVisible()
  // Every visible word of the panel outside code is Korean (or English on purpose).
  const texts = await panel.evaluate((root) => {
    const out: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim() ?? ''
      if (text && parent && !parent.closest('code, pre') && parent.checkVisibility()) out.push(text)
    }
    return out
  })
  expect(texts.length).toBeGreaterThan(10)
  expect(texts.flatMap((text) => englishLeftIn(text).map((run) => `${run}  ⟵  ${text}`))).toEqual([])
  await panel.screenshot({ path: '/tmp/i14/whatif-ko.png' })
})
