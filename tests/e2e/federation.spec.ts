// Federation: the GitHub Actions scenario from the gallery. A workflow of example-org/website's main branch assumes
// the deploy role through the GitHub OIDC provider and deploys; another repository's workflow gets in too (the
// trust policy's sub is repo:*), which the audit finds; pinning sub in the trust policy keeps it out.
import { expect, type Page, test } from '@playwright/test'
import { decision, openApp, openScenario, policyEditor, requestForm } from './support/app.ts'

const TITLE = 'GitHub Actions deploying through OIDC'
const MAIN = 'repo:example-org/website:ref:refs/heads/main'
const FORK = 'repo:someone-else/website-fork:ref:refs/heads/main'
const PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'

/** Assumes GitHubDeploy through the GitHub OIDC provider with the subject `sub`. */
async function assumeWithGitHub(page: Page, sub: string, sessionName: string) {
  const assume = page.getByRole('form', { name: 'Assume role' })
  await assume.getByRole('combobox', { name: 'How' }).selectOption('sts:AssumeRoleWithWebIdentity')
  await assume.getByRole('combobox', { name: 'Identity provider' }).selectOption(PROVIDER)
  await expect(assume).toContainText(`Called by the identity provider: ${PROVIDER}`)
  await expect(assume.getByRole('textbox', { name: 'Value of aud' })).toHaveValue('sts.amazonaws.com')
  await expect(assume.getByRole('textbox', { name: 'Value of sub' })).toHaveValue('repo:OWNER/REPO:ref:refs/heads/main')
  await assume.getByRole('textbox', { name: 'Value of sub' }).fill(sub)
  await assume.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'GitHubDeploy' })
  await assume.getByRole('textbox', { name: 'Session name' }).fill(sessionName)
  await assume.getByRole('button', { name: 'Assume role' }).click()
  return assume
}

test('GitHub Actions: main deploys, another repository gets in until the trust policy pins sub', async ({ page }) => {
  await openApp(page)
  await openScenario(page, TITLE)
  const account = page.getByRole('navigation', { name: 'Account' })
  const providers = account.getByRole('region', { name: 'Identity providers' })
  await expect(providers).toContainText(`ARN: ${PROVIDER}`)
  await expect(providers).toContainText('Audiences: sts.amazonaws.com')

  // The main branch of the repository assumes the role and acts as the session.
  let assume = await assumeWithGitHub(page, MAIN, 'deploy-main')
  const session = 'arn:aws:sts::111122223333:assumed-role/GitHubDeploy/deploy-main'
  await expect(assume.getByRole('status')).toHaveText(`Acting as ${session}`)
  const form = requestForm(page)
  await expect(form.principal).toHaveValue(session)
  await form.action.fill('s3:PutObject')
  await form.resource.fill('arn:aws:s3:::example-org-website/index.html')
  await expect(decision(page)).toHaveText(/^Allowed/)
  await expect(page.getByText(`Evaluated as ${session}`)).toBeVisible()
  await page.screenshot({ path: '/tmp/i14/fed-assumed.png' })

  // The mistake: someone else's repository gets a session as well.
  assume = await assumeWithGitHub(page, FORK, 'fork')
  await expect(assume.getByRole('status')).toHaveText(
    'Acting as arn:aws:sts::111122223333:assumed-role/GitHubDeploy/fork',
  )

  // The audit names it.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Findings' }).click()
  const view = page.getByRole('tabpanel', { name: 'Findings' })
  const finding = view.getByRole('article', {
    name: 'Tokens of others from token.actions.githubusercontent.com can assume role GitHubDeploy',
  })
  await expect(finding).toBeVisible()
  await expect(finding).toContainText(
    'token.actions.githubusercontent.com:sub is "repo:*", a wildcard over every owner or repository',
  )
  await page.screenshot({ path: '/tmp/i14/fed-finding.png' })

  // Fix: pin sub to the repository's main branch in the trust policy.
  await finding.getByRole('group', { name: 'Affected' }).getByRole('button', { name: 'Role GitHubDeploy' }).click()
  await page.getByRole('button', { name: 'Edit trust policy' }).click()
  const editor = policyEditor(page)
  await expect(editor).toContainText('"repo:*"')
  await editor.getByText('"repo:*"').click()
  await page.keyboard.press('End')
  await page.keyboard.press('Shift+Home')
  await page.keyboard.type(`"token.actions.githubusercontent.com:sub": "${MAIN}"`)
  await expect(editor).toContainText(MAIN)

  // The finding is gone.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Findings' }).click()
  await expect(view.locator('section[aria-busy="false"]')).toHaveCount(1)
  await expect(finding).toHaveCount(0)
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Playground' }).click()

  // Now the other repository is refused.
  assume = await assumeWithGitHub(page, FORK, 'fork-again')
  await expect(assume.getByRole('status')).toContainText('AssumeRoleWithWebIdentity failed')
  await expect(assume.getByRole('status')).toContainText(/Decision: Implicitly denied/)
  await page.screenshot({ path: '/tmp/i14/fed-refused.png' })
})

test('the identity providers section adds a provider and says what is wrong with a bad URL', async ({ page }) => {
  await openApp(page)
  const providers = page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('region', { name: 'Identity providers' })
  await providers.getByRole('button', { name: 'Add identity provider' }).click()
  const form = providers.getByRole('form', { name: 'Add identity provider' })
  await form.getByRole('textbox', { name: 'Provider URL' }).fill('not a url')
  await form.getByRole('button', { name: 'Add provider' }).click()
  const url = form.getByRole('textbox', { name: 'Provider URL' })
  await expect(url).toHaveAttribute('aria-invalid', 'true')
  await expect(url).toHaveAccessibleDescription(/The issuer URL is a host with an optional path/)
  await url.fill('https://token.actions.githubusercontent.com')
  await form.getByRole('button', { name: 'Add provider' }).click()
  await expect(providers).toContainText('arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com')
  await page.screenshot({ path: '/tmp/i14/fed-providers.png' })
})
