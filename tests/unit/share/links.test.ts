import { describe, expect, it } from 'vitest'
import { shareTexts } from '../../../src/lib/share/index'

describe(shareTexts, () => {
  it('builds the link, Markdown and iframe texts', () => {
    expect(shareTexts('https://example.org/iam/', 'zABC', 'ABAC [tags]')).toMatchInlineSnapshot(`
      {
        "iframe": "<iframe src="https://example.org/iam/?embed#zABC" width="100%" height="480" sandbox="allow-scripts" title="ABAC [tags]"></iframe>",
        "link": "https://example.org/iam/#zABC",
        "markdown": "[ABAC \\[tags\\]](https://example.org/iam/#zABC)",
      }
    `)
  })

  it('escapes markup in the title of the iframe snippet', () => {
    expect(shareTexts('https://x/', 'z1', '"><script>').iframe).toContain('title="&quot;&gt;&lt;script&gt;"')
  })
})
