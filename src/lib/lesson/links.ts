// Lesson links: `?lesson=<id>` opens the app with that lesson beside the playground (`?embed&lesson=<id>` embeds it).
import { LESSON_ID } from '../../engine/index'

/** The lesson a page address asks for (`?lesson=<id>`), when it names a well-formed id. */
export function lessonParam(search: string): string | undefined {
  const id = new URLSearchParams(search).get('lesson')
  return id !== null && LESSON_ID.test(id) ? id : undefined
}

/** The link to a lesson from a page with query `search`: `?lesson=<id>`, keeping the page's language (`lang`). */
export function lessonHref(id: string, search: string): string {
  const query = new URLSearchParams({ lesson: id })
  const lang = new URLSearchParams(search).get('lang')
  if (lang !== null) query.set('lang', lang)
  return `?${query.toString()}`
}

/** `href` with the lesson set in its query (or removed, for `undefined`) and its fragment replaced by `hash`. */
export function lessonAddress(href: string, id: string | undefined, hash: string): string {
  const url = new URL(href)
  if (id === undefined) url.searchParams.delete('lesson')
  else url.searchParams.set('lesson', id)
  url.hash = hash
  // `?embed` is a flag: URLSearchParams would write it back as `embed=`.
  return url.toString().replace(/([?&]embed)=(?=&|#|$)/, '$1')
}

/** What {@link lessonAddressWriter} needs of the window. */
export interface AddressBar {
  location: { href: string; hash: string }
  history: { state: unknown; replaceState(state: unknown, unused: string, url: string): void }
}

/**
 * Keeps the address bar in step with the open lesson (replaceState, so Back is not filled with lessons): while a
 * lesson is open the address is `?lesson=<id>` without the workspace's fragment, which comes back when the lesson
 * closes, so a reload reopens what was on screen either way.
 */
export function lessonAddressWriter(win: AddressBar): (id: string | undefined) => void {
  let open = false
  let kept = ''
  return (id) => {
    if (id !== undefined && !open) kept = win.location.hash
    const url = lessonAddress(win.location.href, id, id === undefined ? kept : '')
    open = id !== undefined
    if (url !== win.location.href) win.history.replaceState(win.history.state, '', url)
  }
}
