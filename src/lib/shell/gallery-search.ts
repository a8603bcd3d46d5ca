// Filtering the scenario gallery: every word of the query must appear in the title, description or tags, in any language.
import type { LocalizedText } from '../../engine/index'

/** What the gallery searches in an entry (a `LibraryEntry` has these and more). */
export interface Searchable {
  title: LocalizedText
  description?: LocalizedText
  tags: readonly string[]
}

/** Every text of a localized value: the plain string, or each language's. */
function texts(text: LocalizedText | undefined): string[] {
  if (text === undefined) return []
  if (typeof text === 'string') return [text]
  return Object.values(text).filter((v): v is string => typeof v === 'string')
}

/** Lower-cased, NFKC-normalised text, so `ＩＡＭ` finds `IAM` and case never matters. */
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase()
}

/** The words of a query (split on white space, commas and `#`), folded. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,#]+/u)
    .filter(Boolean)
}

/** True when every word of `query` appears in the entry's title, description or tags (in English or Korean). */
export function matchesQuery(entry: Searchable, query: string): boolean {
  const words = queryWords(query)
  if (words.length === 0) return true
  const haystack = fold([...texts(entry.title), ...texts(entry.description), ...entry.tags].join('\n'))
  return words.every((w) => haystack.includes(w))
}

/** The entries matching `query`, in their order; all of them for an empty query. */
export function filterEntries<T extends Searchable>(entries: readonly T[], query: string): T[] {
  return entries.filter((e) => matchesQuery(e, query))
}
