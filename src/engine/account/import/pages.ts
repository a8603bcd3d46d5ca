// The shapes the input may come in: one response, a partial one (`{ "UserDetailList": [...] }`), the AWS CLI's
// merged output, or an array of pages fetched one `Marker` at a time; all become one list of items per kind.
import { q } from '../../scenario/issues'
import { isObject, itemsAt, kindOf, type Item, type Json } from './read'
import type { ImportProblem, Warn } from './types'

/** The lists of GetAccountAuthorizationDetails, in the order the response has them. */
export const LIST_KEYS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const

/** Every page's items, per list. */
export type Lists = Record<(typeof LIST_KEYS)[number], Item[]>

const EXPECTED =
  'the output of `aws iam get-account-authorization-details`: an object with `UserDetailList`, `GroupDetailList`, ' +
  '`RoleDetailList` or `Policies`, or an array of such pages'

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
      return fail('', `the input is not valid JSON (${e instanceof Error ? e.message : String(e)})`)
    }
  }
  const pages: { page: Json; base: string }[] = []
  if (Array.isArray(value)) {
    value.forEach((page, i) => {
      if (isObject(page)) pages.push({ page, base: `/${i}` })
      else warn(`/${i}`, `a page should be an object, found ${kindOf(page)}; skipped`)
    })
    if (pages.length === 0) return fail('', `expected ${EXPECTED}; found an array without pages`)
  } else if (isObject(value)) {
    pages.push({ page: value, base: '' })
  } else {
    return fail('', `expected ${EXPECTED}; found ${kindOf(value)}`)
  }
  if (!pages.some(({ page }) => LIST_KEYS.some((key) => key in page))) {
    return fail('', `expected ${EXPECTED}; found none of these lists`)
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
    const marker = typeof page.Marker === 'string' ? ` (next \`Marker\`: ${q(page.Marker)})` : ''
    warn(
      `${base}/IsTruncated`,
      `the last page is truncated${marker}: entities on later pages are missing; import every page`,
    )
  } else if (typeof page.NextToken === 'string') {
    warn(
      `${base}/NextToken`,
      'the output stops at `--max-items` (`NextToken` is set): entities after it are missing; import every page',
    )
  }
}

function fail(path: string, message: string): { ok: false; error: ImportProblem } {
  return { ok: false, error: { path, message } }
}
