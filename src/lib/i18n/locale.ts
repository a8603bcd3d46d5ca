// How a page's language is chosen, as pure functions (the reactive current language is in locale.svelte.ts).
import { pickLocale, type Locale } from './messages'

/** Where the person's choice is remembered (this origin's localStorage; never written by an embed). */
export const LOCALE_STORAGE_KEY = 'iam-playground:lang'

const LOCALES: readonly Locale[] = ['en', 'ko']

/** A locale named by `?lang=` (`en`, `ko`, also `ko-KR`), or undefined. */
export function localeFromQuery(search: string): Locale | undefined {
  const value = new URLSearchParams(search).get('lang')?.toLowerCase().split('-')[0]
  return LOCALES.find((l) => l === value)
}

/** The locale a page starts in: the query's, else the remembered one, else the browser's preference. */
export function initialLocale(search: string, remembered: string | null, preferred: readonly string[]): Locale {
  return localeFromQuery(search) ?? LOCALES.find((l) => l === remembered) ?? pickLocale(preferred)
}
