// The answer pane in Korean: for an allowed and a denied request, with the full trace, the evaluation flow (and its
// text version) and "What would allow it" open, every visible text reads in Korean. English is left only where it
// is on purpose (src/lib/i18n/english-on-purpose.ts) or is code: names, ARNs and actions in <code>, policy text in
// <pre>.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { englishLeftIn } from '../../src/lib/i18n/english-on-purpose.ts'

test.use({ viewport: { width: 1440, height: 1000 } })

const ANSWER = 'section.answer'

/** The Korean page's decision badge (an `<output>` named "결정"). */
const decisionKo = (page: Page) => page.getByRole('status', { name: '결정' })

/** Fills the Korean request form. */
async function askKo(page: Page, principal: string, action: string, resource: string) {
  const form = page.getByRole('form', { name: '요청' })
  await form.getByLabel('보안 주체 (Principal)', { exact: true }).fill(principal)
  await form.getByLabel('작업 (Action)', { exact: true }).fill(action)
  await form.getByLabel('리소스 (Resource)', { exact: true }).fill(resource)
}

/** Opens a `<details>` by its summary, unless it is open already. */
async function open(details: Locator) {
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click()
  }
  await expect(details).toHaveJSProperty('open', true)
}

/**
 * The visible texts of the answer pane that are not code: each text node outside `<code>` and `<pre>` whose element
 * is rendered (so closed `<details>` and hidden helpers do not count), SVG labels included.
 */
async function visibleTexts(pane: Locator): Promise<string[]> {
  return pane.evaluate((root) => {
    const out: string[] = []
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const parent = node.parentElement
      if (!text || !parent || parent.closest('code, pre, style, script')) continue
      if (!parent.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) continue
      out.push(text)
    }
    return out
  })
}

/** The English runs of the pane's texts that are neither code nor English on purpose. */
async function englishIn(pane: Locator): Promise<string[]> {
  const texts = await visibleTexts(pane)
  // The scan sees the whole answer: the trace's sentences, the flow's steps, the proposals.
  expect(texts.length).toBeGreaterThan(60)
  const runs = texts.flatMap((text) => englishLeftIn(text).map((run) => `${run}  ⟵  ${text}`))
  return [...new Set(runs)]
}

/** Opens everything the answer can show: the full trace, the flow's text version, and what would allow it. */
async function openEverything(page: Page) {
  const pane = page.locator(ANSWER)
  await open(pane.locator('details.trace'))
  await open(pane.locator('details.flow'))
  await open(pane.locator('details.flow details.text'))
  // Every policy's statements, applied or not.
  for (const statement of await pane.locator('details.trace li.statement > details').all()) await open(statement)
}

test('an allowed and a denied answer read in Korean, with the trace, the flow and what would allow it', async ({
  page,
}, testInfo) => {
  await page.goto('./?lang=ko')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  const pane = page.locator(ANSWER)

  // The first scenario's saved request is allowed.
  await expect(decisionKo(page)).toHaveText(/^Allowed · 허용됨/)
  await openEverything(page)
  await expect(pane.getByRole('list', { name: '결정적인 명령문' })).toBeVisible()
  expect(await englishIn(pane), 'English left in the allowed answer').toEqual([])

  // A request nothing allows: the flow says which step found no allow, and changes that would allow it are offered.
  await askKo(page, 'user/jiwoo', 's3:GetObject', 'arn:aws:s3:::company-a-app-assets/images/logo.png')
  await expect(decisionKo(page)).toHaveText(/^Implicitly denied · 암시적으로 거부됨/)
  await openEverything(page)
  await expect(pane.locator('details.flow p.why')).toContainText('허용을 찾지 못했습니다')
  const remedy = pane.locator('details.remedy')
  await open(remedy)
  await expect(remedy.locator(':scope > summary')).toContainText(/\d+가지 방법/)
  const proposals = remedy.getByRole('list', { name: '요청을 허용하게 만드는 변경' }).locator(':scope > li')
  await expect(proposals.first()).toBeVisible()
  await open(proposals.first().locator('details.preview'))
  await expect(proposals.filter({ hasText: '인라인 정책' }).first()).toContainText('AllowS3GetObject')
  expect(await englishIn(pane), 'English left in the denied answer').toEqual([])

  const shot = testInfo.outputPath('answer-ko.png')
  await pane.screenshot({ path: shot })
  await testInfo.attach('answer-ko', { path: shot, contentType: 'image/png' })
})

test('assuming a role the trust policy does not allow reads in Korean too', async ({ page }) => {
  await page.goto('./?lang=ko')
  await expect(decisionKo(page)).toHaveText(/^Allowed/)
  const pane = page.locator(ANSWER)

  // Assuming a role the trust policy does not name: the role trust policy step finds no allow.
  await askKo(page, 'user/jiwoo', 'sts:AssumeRole', 'arn:aws:iam::111122223333:role/NoSuchRole')
  await expect(decisionKo(page)).toHaveText(/^(Implicitly|Explicitly) denied/)
  await openEverything(page)
  await open(pane.locator('details.remedy'))
  await expect(pane.locator('details.remedy > summary')).toContainText(/가지 방법|찾지 못함/)
  expect(await englishIn(pane), 'English left in the AssumeRole answer').toEqual([])
})
