// The shapes the input may come in: one response, a partial one (`{ "UserDetailList": [...] }`), the AWS CLI's
// merged output, or an array of pages fetched one `Marker` at a time; all become one list of items per kind.
import { englishField } from '../../messages/english-fields'
import type { ImportMessage } from '../../messages/import.en'
import { importMessage } from '../../messages/import'
import { q } from '../../scenario/issues'
import { isObject, itemsAt, kindOf, type Item, type Json } from './read'
import type { ImportProblem, Warn } from './types'

/** The lists of GetAccountAuthorizationDetails, in the order the response has them. */
export const LIST_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const

/** Every page's items, per list. */
export type Lists = Record<(typeof LIST_KEYS)[number], Item[]>

/** The items of every page, or the reason the input is not authorization details at all. */
export function readPages(
  input: unknown,
  warn: Warn,
): { ok: true; lists: Lists } | { ok: false; error: ImportProblem } {
  let value = input
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch (e) {
      return fail('', importMessage('import.badJson', { error: e instanceof Error ? e.message : String(e) }))
    }
  }
  const pages: { page: Json; base: string }[] = []
  if (Array.isArray(value)) {
    value.forEach((page, i) => {
      if (isObject(page)) pages.push({ page, base: `/${i}` })
      else warn(`/${i}`, importMessage('import.pageNotObject', { kind: kindOf(page) }))
    })
    if (pages.length === 0) return fail('', importMessage('import.expectedNoPages'))
  } else if (isObject(value)) {
    pages.push({ page: value, base: '' })
  } else {
    return fail('', importMessage('import.expectedFound', { kind: kindOf(value) }))
  }
  if (!pages.some(({ page }) => LIST_KEYS.some((key) => key in page))) {
    return fail('', importMessage('import.expectedNoLists'))
  }

  const lists: Lists = { UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [] }
  for (const { page, base } of pages) {
    // A loop, not push(...items): spreading a list of many thousands of items can overflow the stack.
    for (const key of LIST_KEYS) for (const item of itemsAt(page, key, base, warn)) lists[key].push(item)
  }
  warnIfTruncated(pages.at(-1)!, warn)
  return { ok: true, lists }
}

/** A last page that says more follow means pages are missing: the raw API says `IsTruncated`, the CLI `NextToken`. */
function warnIfTruncated({ page, base }: { page: Json; base: string }, warn: Warn) {
  if (page.IsTruncated === true) {
    const text =
      typeof page.Marker === 'string'
        ? importMessage('import.truncatedMarker', { marker: q(page.Marker) })
        : importMessage('import.truncated')
    warn(`${base}/IsTruncated`, text)
  } else if (typeof page.NextToken === 'string') {
    warn(`${base}/NextToken`, importMessage('import.maxItems'))
  }
}

function fail(path: string, text: ImportMessage): { ok: false; error: ImportProblem } {
  return { ok: false, error: { path, message: englishField(text), text } }
}
