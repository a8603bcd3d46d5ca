// Editing the organization from the explorer: create one for the first-visit account, add a management account,
// create an OU and move the account into it, write an SCP that denies other Regions, attach it to the OU and watch the
// answer (and the flowchart's SCP step) turn to Explicitly denied; detach it and the answer comes back. The graph
// draws the new OU and the SCP; refusals are worded by the form; and the panels read in Korean.
import { expect, test, type Page } from '@playwright/test'
import { ask, decision, openApp, policyEditor } from './support/app.ts'

const DENY_OUTSIDE_SEOUL = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyOutsideSeoul',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': 'ap-northeast-2' } },
      },
    ],
  },
  null,
  2,
)

/** The explorer's parts this journey uses. */
function explorer(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Account' })
  return {
    nav,
    organization: nav.getByRole('region', { name: 'Organization' }),
    tree: nav.getByRole('list', { name: 'Organization tree' }),
    panel: page.locator('section.acct.panel'),
  }
}

test.use({ viewport: { width: 1440, height: 1000 } })

test('an SCP written in the editor and attached to a new OU denies another Region; detaching lifts it', async ({
  page,
}) => {
  // A long journey (create, move, write, attach, detach, undo): about 20 s alone, over 30 s on a loaded machine.
  test.setTimeout(90_000)
  await openApp(page)
  await ask(page, {
    principal: 'user/jiwoo',
    action: 'cloudfront:ListDistributions',
    resource: '*',
    expected: 'Allowed',
  })
  const e = explorer(page)

  // No organization yet: create one. The only account manages it, so it is marked.
  await expect(e.organization).toContainText('This scenario has no organization.')
  await e.organization.getByRole('button', { name: 'Create organization' }).click()
  await expect(e.panel.getByRole('heading', { level: 2 })).toHaveText(/Root\s+Root/)
  await expect(e.tree.getByRole('button', { name: 'company-a (111122223333) · Management account' })).toBeVisible()

  // A new account becomes the management account, so SCPs apply to company-a.
  await e.panel.getByRole('button', { name: 'Add account' }).click()
  await e.panel.getByLabel('Account alias (optional)').fill('Bad_Alias')
  await e.panel.getByRole('button', { name: 'Add account' }).last().click()
  const aliasField = e.panel.getByLabel('Account alias (optional)')
  await expect(aliasField).toHaveAttribute('aria-invalid', 'true')
  await expect(e.panel).toContainText('An account alias "Bad_Alias" is not valid')
  await aliasField.fill('org-admin')
  await aliasField.press('Enter')
  await expect(e.panel.getByRole('heading', { level: 2 })).toHaveText(/Account\s+org-admin \(\d{12}\)/)
  await e.panel.getByRole('button', { name: 'Make management account' }).click()
  await expect(e.panel.getByRole('note')).toHaveText(/This is the management account/)
  await expect(e.tree.getByRole('button', { name: /^org-admin \(\d{12}\) · Management account$/ })).toBeVisible()
  await expect(e.tree.getByRole('button', { name: 'company-a (111122223333)', exact: true })).toBeVisible()

  // A new OU under the root; a second one with the same name is refused where it was typed.
  await e.tree.getByRole('button', { name: 'Root', exact: true }).click()
  await e.panel.getByRole('button', { name: 'New OU' }).click()
  await e.panel.getByLabel('OU name').fill('Workloads')
  await e.panel.getByLabel('OU name').press('Enter')
  await expect(e.panel.getByRole('heading', { level: 2 })).toHaveText(/Organizational unit \(OU\)\s+Workloads/)
  await expect(e.panel.locator('code').first()).toHaveText(/^ou-[0-9a-z]{4}-[0-9a-z]{8}$/)
  await e.tree.getByRole('button', { name: 'Root', exact: true }).click()
  await e.panel.getByRole('button', { name: 'New OU' }).click()
  await e.panel.getByLabel('OU name').fill('Workloads')
  await e.panel.getByLabel('OU name').press('Enter')
  await expect(e.panel.getByText('An OU named "Workloads" already exists here')).toBeVisible()
  await expect(e.panel.getByLabel('OU name')).toHaveAttribute('aria-invalid', 'true')
  await e.panel.getByRole('button', { name: 'Cancel' }).click()

  // Move company-a into the OU.
  await e.tree.getByRole('button', { name: 'company-a (111122223333)', exact: true }).click()
  await e.panel.getByLabel('Move to').selectOption({ label: '\u2003OU Workloads' })
  await e.panel.getByRole('button', { name: 'Move', exact: true }).click()
  const rows = e.tree.getByRole('listitem')
  await expect(rows.filter({ hasText: 'company-a' })).toHaveAttribute('style', /padding-left: 1.5rem/)

  // A new SCP, written in the policy editor.
  await e.organization.getByRole('button', { name: 'New SCP' }).click()
  await e.organization.getByLabel('Name').fill('DenyOutsideSeoul')
  await e.organization.getByLabel('Name').press('Enter')
  await expect(e.panel.getByRole('heading', { level: 2 })).toHaveText(/DenyOutsideSeoul/)
  await expect(e.panel).toContainText('Not attached anywhere')
  await e.panel.getByRole('button', { name: 'Edit DenyOutsideSeoul' }).click()
  const editor = policyEditor(page)
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(DENY_OUTSIDE_SEOUL)
  await expect(editor).toContainText('"aws:RequestedRegion": "ap-northeast-2"')

  // Attached to the OU from the policy's own panel: Seoul is still allowed, another Region is denied.
  await e.panel.getByLabel('Attach to').selectOption({ label: '\u2003OU Workloads' })
  await e.panel.getByRole('button', { name: 'Attach to' }).click()
  await expect(e.panel.getByRole('button', { name: 'Detach DenyOutsideSeoul from OU Workloads' })).toBeVisible()
  await expect(decision(page)).toHaveText(/^Allowed/)
  await page.getByRole('textbox', { name: 'Region', exact: true }).fill('us-east-1')
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText('DenyOutsideSeoul')

  // The flowchart: an SCP's deny is found by the explicit deny check, before the SCP step's allow filter.
  const chart = page.getByRole('group', { name: /^Evaluation flow chart/ })
  await expect(chart.getByRole('button', { name: /^Explicit deny check:/ })).toBeVisible()
  await expect(chart.getByRole('button', { name: /^Service control policies \(SCPs\):/ })).toBeVisible()
  await expect(chart.locator('[data-exit="deny"]')).toHaveText('Explicit deny')
  // The path ends at the explicit deny check, selected: the statement that decided is the SCP's, on the OU.
  const detail = page.getByRole('region', { name: 'Selected step' })
  await expect(detail.getByRole('list', { name: 'Statements that decided it' })).toContainText(
    'SCP DenyOutsideSeoul attached to OU Workloads',
  )

  // The OU's own panel lists it with FullAWSAccess, and detaching it there brings the answer back.
  await e.tree.getByRole('button', { name: 'Workloads', exact: true }).click()
  const scps = e.panel.getByRole('region', { name: 'Service control policies (SCPs)' })
  await expect(scps.getByRole('listitem')).toHaveText([/FullAWSAccess \(AWS managed\)/, /DenyOutsideSeoul/])
  await expect(e.panel.getByRole('region', { name: 'Resource control policies (RCPs)' })).toContainText(
    /RCPFullAWSAccess \(AWS managed\)\s*Always attached/,
  )
  await scps.getByRole('button', { name: 'Detach DenyOutsideSeoul from OU Workloads' }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)
  // FullAWSAccess is the last SCP there: detaching it is refused, in words.
  await scps.getByRole('button', { name: 'Detach FullAWSAccess from OU Workloads' }).click()
  await expect(scps).toContainText('OU Workloads must keep at least one SCP')

  // Attach it again from the OU's picker, then undo: the edits are undoable steps.
  await scps.getByLabel('Attach SCP').selectOption('DenyOutsideSeoul')
  await scps.getByRole('button', { name: 'Attach SCP' }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await page.getByRole('navigation', { name: 'Workspace tools' }).getByRole('button', { name: /^Undo/ }).click()
  await expect(decision(page)).toHaveText(/^Allowed/)

  // An OU that holds an account is not deleted: the refusal says what to move out first.
  await e.panel.getByRole('button', { name: 'Delete Workloads' }).click()
  await e.panel.getByRole('button', { name: 'Yes, delete' }).click()
  await expect(e.panel.getByRole('alert')).toHaveText('OU Workloads is not empty: move its 1 account out first')

  // The same SCP attached to the account itself denies too; detached, the answer is back.
  await e.tree.getByRole('button', { name: 'company-a (111122223333)', exact: true }).click()
  const accountScps = e.panel.getByRole('region', { name: 'Service control policies (SCPs)' })
  await accountScps.getByLabel('Attach SCP').selectOption('DenyOutsideSeoul')
  await accountScps.getByRole('button', { name: 'Attach SCP' }).click()
  await expect(decision(page)).toHaveText(/^Explicitly denied/)
  await expect(page.getByRole('list', { name: 'Decisive statements' })).toContainText(
    'SCP DenyOutsideSeoul attached to account 111122223333',
  )
  await accountScps
    .getByRole('button', { name: 'Detach DenyOutsideSeoul from Account company-a (111122223333)' })
    .click()
  await expect(decision(page)).toHaveText(/^Allowed/)

  // The graph draws the new OU.
  await page.getByRole('tab', { name: 'Graph' }).click()
  const picture = page
    .getByRole('region', { name: 'Inheritance graph' })
    .getByRole('group', { name: 'Inheritance graph' })
  await expect(picture.getByRole('img', { name: 'Organization root or OU Workloads' })).toBeAttached({
    timeout: 10_000,
  })
})

test('the organization panels read in Korean', async ({ page }) => {
  await page.goto('./?lang=ko')
  const nav = page.getByRole('navigation', { name: '계정' })
  await nav.getByRole('button', { name: '조직 생성' }).click()
  const panel = page.locator('section.acct.panel')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/루트\s+Root/)
  await expect(panel.getByRole('region', { name: '서비스 제어 정책(SCP)' })).toContainText('FullAWSAccess(AWS 관리형)')
  await expect(panel.getByRole('region', { name: '리소스 제어 정책(RCP)' })).toContainText('항상 연결됨')
  await expect(nav.getByRole('button', { name: /· 관리 계정$/ })).toBeVisible()
  await panel.getByRole('button', { name: '새 OU' }).click()
  await panel.getByLabel('OU 이름').fill('Sandbox')
  await panel.getByLabel('OU 이름').press('Enter')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/조직 단위\(OU\)\s+Sandbox/)
})
