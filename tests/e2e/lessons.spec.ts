// Journey: a learner opens the course, works through a lesson beside the playground by editing the account in the
// normal panels, checks it, and finds it marked solved after a reload; the Korean lesson; an embedded lesson in a
// sandboxed iframe (no storage, the engine in the page).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, test, type Page } from '@playwright/test'
import { decision, openApp } from './support/app.ts'

test.use({ viewport: { width: 1280, height: 800 } })

/** The lesson pane beside the playground, named by the lesson's title. */
function lessonPane(page: Page, title: RegExp) {
  return page.getByRole('complementary', { name: title })
}

test('a learner solves "Users and groups" in the account panels, and the course keeps it solved', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Lessons' }).click()
  const course = page.getByRole('dialog', { name: 'Lessons' })
  const link = course.getByRole('link', { name: /^Users and groups/ })
  // A real link, so it also opens in a new tab.
  await expect(link).toHaveAttribute('href', '?lesson=users-and-groups')
  await link.click()
  await expect(course).toBeHidden()
  await expect(page).toHaveURL(/\?lesson=users-and-groups$/)

  const lesson = lessonPane(page, /^Users and groups/)
  await expect(lesson.getByText('Lesson 2 of 13')).toBeVisible()
  const result = lesson.getByRole('status', { name: 'Lesson result' })
  await lesson.getByRole('button', { name: 'Check' }).click()
  await expect(result).toHaveText(/^Not yet/)
  const member = result.getByRole('listitem').filter({ hasText: 'jiwoo is a member of the group FE1' })
  await expect(member).toContainText('✗')
  await expect(member).toContainText('User jiwoo is not in group FE1.')
  await expect(result.getByRole('listitem').filter({ hasText: 'can still change their own password' })).toContainText(
    '✓',
  )
  // The lesson's first request is in the form, answered beside the lesson.
  await expect(decision(page)).toHaveText(/^Implicitly denied/)

  // Solved the way the lesson teaches: jiwoo joins FE1 in the user's panel (not "Show solution").
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  const groups = page.getByRole('region', { name: 'User jiwoo' }).getByRole('region', { name: 'Groups' })
  await expect(groups.getByRole('listitem')).toHaveText(['DEV1 Remove'])
  await groups.getByRole('combobox', { name: 'Add to group' }).selectOption('FE1')
  await groups.getByRole('button', { name: 'Add to group' }).click()
  await expect(groups.getByRole('listitem')).toHaveCount(2)
  await expect(decision(page)).toHaveText(/^Allowed/)

  await expect(result).toContainText('The account has changed since this check')
  await lesson.getByRole('button', { name: 'Check' }).click()
  await expect(result).toHaveText(/^Solved/)
  await expect(result).not.toContainText('✗')
  await expect(member).toContainText('✓')
  await expect(lesson.getByText('What you learned')).toBeVisible()
  await expect(lesson.getByRole('link', { name: 'IAM user groups' })).toBeVisible()
  // The lesson from its top, solved, beside jiwoo's panel.
  await lesson.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded()
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'tests/e2e/screenshots/lesson-en.png' })

  // A reload resumes the lesson with the learner's work, and the course shows it solved.
  await page.reload()
  await expect(lesson).toBeVisible()
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'jiwoo', exact: true }).click()
  await expect(groups.getByRole('listitem')).toHaveCount(2)
  await page.getByRole('button', { name: 'Lessons' }).click()
  const solved = course.getByRole('link', { name: 'Users and groups (solved)' })
  await expect(solved).toContainText('✓')
  await expect(course.getByText('Solved: 1 of 13')).toBeVisible()
  await course.getByRole('button', { name: 'Close' }).click()

  // Closing the lesson returns to the person's own workspace, which the lesson never touched.
  await lesson.getByRole('button', { name: 'Close lesson' }).click()
  await expect(lesson).toBeHidden()
  await expect(page).toHaveURL(/\/$/)
  const toolbar = page.getByRole('navigation', { name: 'Workspace tools' })
  await expect(toolbar).toContainText('Workspace: One company account')
  await toolbar.getByText('Workspace:').click()
  await expect(page.getByRole('group', { name: 'Workspaces' }).getByRole('listitem')).toHaveCount(1)
})

test('?lang=ko&lesson= opens the Korean lesson beside the playground', async ({ page }) => {
  await page.goto('./?lang=ko&lesson=users-and-groups')
  const lesson = lessonPane(page, /^사용자와 그룹/)
  await expect(lesson.getByText('학습 2/13')).toBeVisible()
  await expect(lesson.getByText('jiwoo를 `FE1` 그룹에 추가해', { exact: false })).toHaveCount(0)
  await expect(lesson.getByRole('region', { name: '과제' })).toContainText('jiwoo를 FE1 그룹에 추가해')
  await expect(lesson.getByRole('button', { name: '힌트' })).toBeEnabled()
  await lesson.getByRole('button', { name: '힌트' }).click()
  await expect(lesson.getByRole('region', { name: '힌트' })).toContainText('사용자 jiwoo를 열어')
  await lesson.getByRole('button', { name: '확인' }).click()
  const result = lesson.getByRole('status', { name: '학습 결과' })
  await expect(result).toHaveText(/^아직/)
  await expect(result).toContainText('사용자 jiwoo이(가) FE1 그룹에 속해 있지 않습니다.')
  for (const name of ['정답 보기', '처음부터', '다음 학습', '학습 닫기']) {
    await expect(lesson.getByRole('button', { name })).toBeVisible()
  }
  await page.screenshot({ path: 'tests/e2e/screenshots/lesson-ko.png' })
})

test.describe('embedded', () => {
  let host: Server
  let hostUrl = ''

  test.beforeAll(async ({ baseURL }) => {
    // A blog on another origin (any free port of this machine) that embeds one lesson.
    const page = `<!doctype html><meta charset="utf-8"><title>A course post</title>
<iframe id="lesson" title="IAM lesson" sandbox="allow-scripts" src="${baseURL}/?embed&lesson=users-and-groups" width="1100" height="900"></iframe>`
    host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page))
    await new Promise<void>((done) => host.listen(0, done))
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`
  })

  test.afterAll(async () => {
    await new Promise((done) => host.close(done))
  })

  test('an embedded lesson works inside <iframe sandbox="allow-scripts">', async ({ page, baseURL }) => {
    await page.goto(hostUrl)
    const embed = page.frameLocator('#lesson')
    const lesson = embed.getByRole('complementary', { name: /^Users and groups/ })
    await expect(lesson.getByRole('heading', { name: 'Users and groups' })).toBeVisible()
    await expect(lesson).toContainText('A group is a set of users.')
    // An embed is the lesson: nothing to close back to.
    await expect(lesson.getByRole('button', { name: 'Close lesson' })).toHaveCount(0)

    const result = lesson.getByRole('status', { name: 'Lesson result' })
    await lesson.getByRole('button', { name: 'Check' }).click()
    await expect(result).toHaveText(/^Not yet/)
    await lesson.getByRole('button', { name: 'Show solution' }).click()
    await lesson.getByRole('button', { name: 'Check' }).click()
    await expect(result).toHaveText(/^Solved/)
    const open = embed.getByRole('link', { name: /Open in playground/ })
    await expect(open).toHaveAttribute('href', `${baseURL}/?lesson=users-and-groups`)
  })
})
