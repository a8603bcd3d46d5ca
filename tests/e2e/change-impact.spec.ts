// Change impact: after detaching a group's policy, "What changed?" lists the principals who lost its actions (each
// line asks its question in the request form); the Undo button previews what undoing would give back, and after
// Undo the panel shows the access regained. Korean wording too.
import { expect, test } from '@playwright/test'
import { decision, openApp, requestForm } from './support/app.ts'

const TABLE = 'arn:aws:dynamodb:ap-northeast-2:111122223333:table/Orders'

test('detaching a group policy shows who lost what, and Undo gives it back', async ({ page }) => {
  await openApp(page) // company-teams: BE1 (minho, seoyeon) has BackendStandard (DynamoDB on table/Orders)

  const answer = page.getByRole('region', { name: 'Result' })
  await answer.getByText('What changed?', { exact: true }).click()
  const impact = answer.getByRole('region', { name: 'What changed in access' })
  await expect(impact).toContainText('Nothing has been changed yet.')

  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'BE1', exact: true }).click()
  await page
    .getByRole('region', { name: 'Group BE1' })
    .getByRole('button', { name: 'Detach BackendStandard from BE1' })
    .click()

  const changes = impact.getByRole('list', { name: 'Changes in access' })
  // One line per principal and resource, each action asking its own question.
  await expect(changes).toContainText(`minho lost 7 actions on ${TABLE}:`)
  await expect(
    changes.getByRole('button', { name: `minho lost dynamodb:PutItem on ${TABLE}`, exact: true }),
  ).toBeVisible()
  await expect(
    changes.getByRole('button', { name: `seoyeon lost dynamodb:DeleteItem on ${TABLE}`, exact: true }),
  ).toBeVisible()
  // BE2's members keep theirs: only BE1's attachment went.
  await expect(changes).not.toContainText('yuna')
  // The saved request "A back-end developer can write to the team's DynamoDB table" flips too.
  await expect(changes).toContainText('saved request “A back-end developer can write')
  await expect(impact.getByRole('status')).toContainText(/0 gained, \d+ lost/)
  await page.screenshot({ path: 'test-results/change-impact.png' })
  await impact.screenshot({ path: 'test-results/change-impact-panel.png' })

  // A line asks its question.
  await changes.getByRole('button', { name: `minho lost dynamodb:PutItem on ${TABLE}`, exact: true }).click()
  const form = requestForm(page)
  await expect(form.principal).toHaveValue('arn:aws:iam::111122223333:user/minho')
  await expect(form.action).toHaveValue('dynamodb:PutItem')
  await expect(form.resource).toHaveValue(TABLE)
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  // Undo's preview says what undoing would give back.
  const undo = page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ })
  await undo.hover()
  const preview = page.getByRole('tooltip')
  await expect(preview).toContainText(`minho would regain 7 actions on ${TABLE}:`)
  await expect(preview).toContainText('dynamodb:PutItem')
  await expect(undo).toHaveAccessibleDescription(/minho would regain 7 actions on .*dynamodb:PutItem/)
  await page.screenshot({ path: 'test-results/change-impact-undo.png' })

  await undo.click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(impact).toContainText('Last change: undo of')
  await expect(
    changes.getByRole('button', { name: `minho gained dynamodb:PutItem on ${TABLE}`, exact: true }),
  ).toBeVisible()
  await expect(changes).not.toContainText(' lost ')

  // Against the workspace as opened, nothing has changed any more.
  await impact.getByLabel('Compare with').selectOption('opened')
  await expect(impact.getByRole('status')).toHaveText('No change in access.')
  await expect(changes).toBeHidden()
})

test('the impact speaks Korean', async ({ page }) => {
  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toBeVisible()
  await page.getByRole('navigation', { name: '계정' }).getByRole('button', { name: 'BE1', exact: true }).click()
  await page.getByRole('button', { name: 'BE1에서 BackendStandard 분리' }).click()
  await page.getByText('무엇이 바뀌었나요?', { exact: true }).click()
  const impact = page.getByRole('region', { name: '접근 권한 변경 영향' })
  const changes = impact.getByRole('list', { name: '접근 권한 변화' })
  await expect(changes).toContainText(`minho의 ${TABLE}에 대한 작업 7개의 권한이 없어졌습니다:`)
  await expect(
    changes.getByRole('button', { name: `minho의 ${TABLE}에 대한 dynamodb:PutItem 권한이 없어졌습니다`, exact: true }),
  ).toBeVisible()
  await impact.screenshot({ path: 'test-results/change-impact-ko.png' })
})
