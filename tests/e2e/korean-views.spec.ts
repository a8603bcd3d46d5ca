// A Korean page speaks Korean everywhere: every view tab, the gallery, share and AWS import dialogs, the editor's lint
// messages and a refused edit show no English except what stays English on purpose (src/lib/i18n/english-on-purpose.ts:
// policy element names, action names, ARNs, product names…) and the scenario's own names. Skipped: code (<code>, <pre>),
// the policy editor's text, and text from the AWS catalog (descriptions AWS writes in English), which the page marks
// with lang="en" and data-aws-text.
import { readdirSync, readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { expect, test, type Page } from '@playwright/test'
import { englishLeftIn, isEnglishOnPurpose } from '../../src/lib/i18n/english-on-purpose.ts'
import { ANY_DECISION } from './support/app.ts'

/** Keys whose text is English prose, not a name: the page shows the Korean beside it (`{ en, ko }`), or none. */
const PROSE = new Set(['description', 'title', 'text', 'explanation', 'note', 'summary', 'intro', 'en'])

/**
 * Every word of the scenarios' names and values: users, roles, policies, ARNs and their parts, tags, Sids, the
 * bundled AWS managed policies' names, and the words the scenarios' Korean texts keep in English. They are data,
 * shown as they are written.
 */
function dataWords(value: unknown, key = '', out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (!PROSE.has(key)) for (const word of value.split(/[\s,;()"'‘’“”·]+/)) addWord(out, word)
  } else if (Array.isArray(value)) {
    for (const item of value) dataWords(item, key, out)
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!PROSE.has(k)) addWord(out, k)
      dataWords(v, k, out)
    }
  }
  return out
}

/** A word with its parts (an ARN's fields, a path's segments), each without the particles Korean adds after it. */
function addWord(out: Set<string>, word: string): void {
  const bare = word.replace(/[\uac00-\ud7af].*$/, '').replace(/[.:!?]+$/, '')
  for (const part of [word, bare, ...bare.split(/[:/=]+/)]) if (part) out.add(part)
}

const SCENARIOS = new URL('../../scenarios/', import.meta.url)
const DATA = new Set<string>()
for (const file of readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && !f.includes('schema')))
  dataWords(JSON.parse(readFileSync(new URL(file, SCENARIOS), 'utf8')), '', DATA)
dataWords(
  JSON.parse(readFileSync(new URL('../../src/lib/aws-managed/aws-managed-policies.json', import.meta.url), 'utf8')),
  '',
  DATA,
)

/**
 * English the Korean page still shows, each with the reason. TODO: word these in Korean and remove them from the list.
 * An entry that no longer matches anything fails the test, so the list only shrinks.
 */
const KNOWN_GAPS: { view: string; text: RegExp; why: string }[] = []

/**
 * The visible texts of the page (or of `scope`): each block's own text (a button's, a paragraph's: the text of its
 * inline children joined), outside code, the editor's text and AWS catalog text.
 */
async function visibleTexts(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    // Code, the editor's text and line numbers, a diagnostic's code (`invalid-effect`) and AWS catalog text.
    const SKIP =
      'code, pre, script, style, .cm-content, .cm-gutters, .cm-diagnosticSource, [data-aws-text], [lang="en"], [hidden]'
    const blockOf = (element: Element): Element => {
      let at = element
      while (at.parentElement && getComputedStyle(at).display === 'inline') at = at.parentElement
      return at
    }
    const texts = new Map<Element, string>()
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!node.textContent?.trim() || !parent || parent.closest(SKIP)) continue
        if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue
        const block = blockOf(parent)
        texts.set(block, (texts.get(block) ?? '') + node.textContent)
      }
    }
    return [...texts.values()].map((text) => text.replace(/\s+/g, ' ').trim())
  }, scope)
}

/** Whether a word is the scenario's data: a name, or a path of names (`table/Orders`), maybe cut short (`abc…`). */
function isData(word: string): boolean {
  // Policy variables (`${aws:username}`) stay as written.
  const bare = word.replace(/\$\{[\w:/-]+\}/g, '/').replace(/^["'`[{<]+|["'`\]}>.,:!?]+$/g, '')
  if (DATA.has(bare) || isEnglishOnPurpose(bare)) return true
  if (bare.endsWith('…')) {
    const stem = bare.slice(0, -1)
    return [...DATA].some((name) => name.startsWith(stem))
  }
  const parts = bare.split(/[/:=]+/).filter(Boolean)
  if (parts.length === 0) return true
  return parts.length > 1 && parts.every((part) => DATA.has(part) || isEnglishOnPurpose(part))
}

/** The English of one text that is neither on purpose nor the scenario's data. */
function strayEnglish(text: string): string[] {
  return englishLeftIn(text)
    .map((run) =>
      run
        .split(/[\s(),;]+/)
        .filter((word) => word && !isData(word))
        .join(' '),
    )
    .filter((run) => /[A-Za-z]/.test(run))
}

/** Collects the English a view shows, as `view: text [runs]`. */
class Scanner {
  readonly found: { view: string; text: string; runs: string[] }[] = []

  async scan(page: Page, view: string, scope?: string): Promise<void> {
    for (const text of new Set(await visibleTexts(page, scope))) {
      const runs = strayEnglish(text)
      if (runs.length) this.found.push({ view, text, runs })
    }
  }

  /** What is left after the known gaps, and the known gaps that matched nothing. */
  report(): { stray: string[]; unusedGaps: string[] } {
    const used = new Set<number>()
    const stray = this.found
      .filter((f) => {
        const gap = KNOWN_GAPS.findIndex((g) => (g.view === '*' || g.view === f.view) && g.text.test(f.text))
        if (gap >= 0) used.add(gap)
        return gap < 0
      })
      .map((f) => `${f.view}: ${f.text}  [${f.runs.join(' | ')}]`)
    const unusedGaps = KNOWN_GAPS.filter((_, i) => !used.has(i)).map((g) => `${g.view}: ${g.text}`)
    return { stray: [...new Set(stray)], unusedGaps }
  }
}

test.use({ viewport: { width: 1440, height: 900 } })

test('a Korean page shows no English outside names, code and AWS text, in every view and dialog', async ({ page }) => {
  test.setTimeout(120_000)
  const scanner = new Scanner()
  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toHaveText(ANY_DECISION)

  // The playground, with a user's panel open.
  const account = page.getByRole('navigation', { name: '계정' })
  await account.getByRole('region', { name: '사용자' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  await scanner.scan(page, 'playground')

  // A refused edit: renaming a user to a name another user has.
  await page.getByRole('button', { name: 'jiwoo 이름 바꾸기' }).click()
  const name = page.getByRole('textbox', { name: '이름', exact: true })
  await name.fill('minho')
  await name.press('Enter')
  await expect(page.getByText('사용자 이름 "minho"은(는) 이미 쓰이고 있습니다')).toBeVisible()
  await scanner.scan(page, 'refused edit')

  // The editor's lint: an invalid policy, its diagnostics in the lint panel and a hover tooltip.
  const editor = page.getByRole('textbox', { name: '정책 편집기' })
  await editor.click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText(
    '{"Statement": [{"Effect": "allow", "Action": ["s3:getobject", "s3:GetObject", "s3:Get*"], "Resource": "bucket", "Condition": {"StringEqualz": {"aws:SourceIp": "1.2.3.4"}}, "Sid": 1}, {"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
  )
  await expect(page.locator('.cm-lintRange').first()).toBeVisible()
  await page.keyboard.press('ControlOrMeta+Shift+M')
  await expect(page.getByRole('listbox', { name: '진단' })).toBeVisible()
  await expect(page.locator('.cm-panel-lint')).toContainText(
    '`Effect`는 `Allow` 또는 `Deny`여야 합니다'.replaceAll('`', ''),
  )
  await scanner.scan(page, 'lint panel', '.cm-panel-lint')
  await page.locator('.cm-lintRange').first().hover()
  await expect(page.locator('.cm-tooltip-lint')).toContainText(/[가-힣]/)
  await scanner.scan(page, 'lint tooltip', '.cm-tooltip-lint')
  await page.keyboard.press('Escape')
  await scanner.scan(page, 'playground (editing)')

  // Every view tab.
  const views = page.getByRole('tablist', { name: '보기' })
  for (const tab of ['그래프', '액세스 매트릭스', '자격 증명', '활동', '발견 사항', '플레이그라운드']) {
    await views.getByRole('tab', { name: tab }).click()
    await expect(views.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
    // What a view computes in the worker (the audit, the graph's layout) has arrived: no "…하는 중" is left.
    await expect(page.getByText(/하는 중…$/).filter({ visible: true })).toHaveCount(0)
    await page.waitForTimeout(500)
    await scanner.scan(page, tab)
  }

  // The dialogs: the scenario gallery, sharing, the AWS import.
  await page.getByRole('button', { name: '시나리오' }).click()
  const gallery = page.getByRole('dialog', { name: '시나리오 갤러리' })
  await expect(gallery).toBeVisible()
  await scanner.scan(page, 'gallery', 'dialog[open]')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: '공유' }).click()
  await expect(page.getByRole('dialog', { name: '공유' })).toBeVisible()
  await scanner.scan(page, 'share', 'dialog[open]')
  await page.keyboard.press('Escape')

  await page.getByRole('navigation', { name: '작업 공간 도구' }).getByText('작업 공간:').click()
  await page.getByRole('group', { name: '작업 공간' }).getByRole('button', { name: 'AWS 계정에서 가져오기' }).click()
  await expect(page.getByRole('dialog', { name: 'AWS 계정에서 가져오기' })).toBeVisible()
  await scanner.scan(page, 'AWS import', 'dialog[open]')

  const { stray, unusedGaps } = scanner.report()
  if (stray.length) console.log(stray.join('\n'))
  expect(stray, 'English on the Korean page (view: text [stray words])').toEqual([])
  expect(unusedGaps, 'known gaps that no longer show: remove them from KNOWN_GAPS').toEqual([])
})

test('a link whose scenario is not valid says why in Korean', async ({ page }) => {
  const b64url = (bytes: Buffer) => bytes.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  const scenario = { format: 'iam-playground/scenario', version: 1, title: 'Broken', accounts: [] }
  const fragment = 'z' + b64url(deflateRawSync(Buffer.from(JSON.stringify({ v: 1, scenario }))))
  await page.goto(`./?lang=ko#${fragment}`)
  const alert = page.getByRole('alert').filter({ hasText: '공유 링크' })
  await expect(alert).toContainText(
    '이 공유 링크의 시나리오가 올바르지 않습니다: /accounts: 계정이 하나 이상 있어야 합니다. 첫 번째 계정이 기본 계정입니다',
  )
  await expect(page.getByRole('status', { name: '결정' })).toHaveText(ANY_DECISION)
})

test('a refused Assume role says why in Korean', async ({ page }) => {
  await page.goto('./?lang=ko')
  await expect(page.getByRole('status', { name: '결정' })).toHaveText(ANY_DECISION)
  await page
    .getByRole('form', { name: '요청' })
    .getByLabel('보안 주체 (Principal)', { exact: true })
    .fill('user/developer-a')
  const assume = page.getByRole('form', { name: '역할 수임' })
  await assume.getByRole('combobox', { name: '역할' }).selectOption({ label: 'EC2FullAccessRole' })
  await assume.getByRole('textbox', { name: '세션 이름' }).fill('bad name')
  await assume.getByRole('button', { name: '역할 수임' }).click()
  await expect(assume.getByRole('status')).toContainText(
    'AssumeRole 호출이 평가 전에 실패합니다: RoleSessionName bad name이(가) 올바르지 않습니다. 문자, 숫자, _+=,.@-로 된 2–64자여야 합니다 — AWS는 ValidationError을(를) 반환합니다.',
  )
})
