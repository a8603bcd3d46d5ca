// The texts the share dialog offers: the link, a Markdown link and an iframe snippet.

/** Links longer than this get a notice and a scenario file instead (chats, servers and some browsers cut them). */
export const LONG_LINK = 8000

/** The three texts to copy for one fragment. */
export interface ShareTexts {
  link: string
  markdown: string
  iframe: string
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]()*_`<>]/g, (c) => `\\${c}`)
}

/**
 * Builds the link (`base#fragment`), a Markdown link and an `<iframe sandbox="allow-scripts">` snippet of the embed
 * (`base?embed#fragment`). `base` is the page address without query or hash; `lang` (`?lang=ko`) opens both in
 * that language whatever the reader's browser prefers.
 */
export function shareTexts(base: string, fragment: string, title: string, lang?: string): ShareTexts {
  const link = lang ? `${base}?lang=${lang}#${fragment}` : `${base}#${fragment}`
  const embed = lang ? `${base}?embed&lang=${lang}#${fragment}` : `${base}?embed#${fragment}`
  return {
    link,
    markdown: `[${escapeMarkdown(title)}](${link})`,
    iframe: `<iframe src="${escapeAttribute(embed)}" width="100%" height="480" sandbox="allow-scripts" title="${escapeAttribute(title)}"></iframe>`,
  }
}

/** The page address without query or hash, the base of every link. */
export function pageBase(loc: Pick<Location, 'origin' | 'pathname'>): string {
  return `${loc.origin}${loc.pathname}`
}
