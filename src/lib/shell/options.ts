// Embed mode (`?embed`): the same app with minimal chrome, for iframes in docs and blog posts.

/** What an embedding page can choose, from the query string. */
export interface EmbedOptions {
  /**
   * Which panes show: the policy editor, the answer, or the full trace (default: editor and answer); or the
   * account's inheritance graph.
   */
  view: 'editor' | 'result' | 'trace' | 'all' | 'graph'
  /**
   * Whether the person may edit (never saved to storage either way). Default: read-only, except in an embedded
   * lesson (`?embed&lesson=<id>`), whose task is to change something.
   */
  editable: boolean
  /** Force a colour scheme; default follows the system. */
  theme: 'light' | 'dark' | undefined
}

/** Reads `?embed&view=…&editable&theme=…`; undefined when the page is not embedded. */
export function embedOptions(search: string): EmbedOptions | undefined {
  const q = new URLSearchParams(search)
  if (!q.has('embed')) return undefined
  const view = q.get('view')
  const theme = q.get('theme')
  return {
    view: view === 'editor' || view === 'result' || view === 'trace' || view === 'graph' ? view : 'all',
    editable: q.has('editable') ? q.get('editable') !== 'false' : q.has('lesson'),
    theme: theme === 'light' || theme === 'dark' ? theme : undefined,
  }
}

/** The same state opened as the full playground: the query without the embed options, the same hash. */
export function playgroundUrl(href: string): string {
  const url = new URL(href)
  for (const key of ['embed', 'view', 'editable', 'theme']) url.searchParams.delete(key)
  return url.toString()
}

/** The one message an embedded page sends its parent (namespaced, documented in the README). */
export interface HeightMessage {
  type: 'iam-playground:height'
  height: number
}

/**
 * Tells the parent page the embed's height whenever it changes. Sends only; the embed accepts no messages.
 * Returns a function that stops.
 */
export function reportHeight(win: Window, element: HTMLElement): () => void {
  if (win.parent === win) return () => {}
  let last = -1
  const send = () => {
    const height = Math.ceil(element.getBoundingClientRect().height)
    if (height === last) return
    last = height
    const message: HeightMessage = { type: 'iam-playground:height', height }
    // The parent's origin is unknown (any site may embed), and the message carries only a number.
    win.parent.postMessage(message, '*')
  }
  const observer = new ResizeObserver(send)
  observer.observe(element)
  send()
  return () => observer.disconnect()
}
