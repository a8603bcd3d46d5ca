// Korean typography: no control's label breaks inside a word (Korean prose keeps its words whole with
// word-break: keep-all), in Korean and English, on a desktop and on a phone.
import { expect, test, type Page } from '@playwright/test'
import { ANY_DECISION } from './support/app.ts'

/** Labels of visible controls where a line break falls between two letters of one word. */
async function brokenLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = []
    const controls = document.querySelectorAll<HTMLElement>('button, [role="tab"], label, summary, a')
    for (const control of controls) {
      const box = control.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        let lastTop: number | undefined
        let lastChar = ' '
        for (let i = 0; i < text.length; i++) {
          const ch = text[i]!
          if (/\s/.test(ch)) {
            lastChar = ' '
            continue
          }
          const range = document.createRange()
          range.setStart(node, i)
          range.setEnd(node, i + 1)
          const rect = range.getClientRects()[0]
          if (!rect) continue
          // Letters or digits on both sides of a break: the break is inside a word.
          const between = /[\p{L}\p{N}]/u.test(lastChar) && /[\p{L}\p{N}]/u.test(ch)
          if (lastTop !== undefined && Math.abs(rect.top - lastTop) > 2 && between) {
            broken.push((control.innerText || control.textContent || '').trim())
            break
          }
          lastTop = rect.top
          lastChar = ch
        }
      }
    }
    return [...new Set(broken)]
  })
}

for (const lang of ['ko', 'en'] as const) {
  for (const width of [1280, 390]) {
    test(`no control label breaks inside a word (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`./?lang=${lang}`)
      await expect(page.getByRole('status', { name: lang === 'ko' ? '결정' : 'Decision' })).toHaveText(ANY_DECISION)
      expect(await brokenLabels(page)).toEqual([])
    })
  }
}
