// The page's language: `?lang=` in the address wins (links and embeds carry it), then the person's choice remembered
// in this browser, then the browser's preferred languages. Changing it re-renders every text that `t()` produced.
import { initialLocale, LOCALE_STORAGE_KEY } from './locale'
import { catalogLoaded, loadCatalog, type Locale } from './messages'

function readRemembered(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(LOCALE_STORAGE_KEY)
  } catch {
    return null // storage refused (sandboxed iframe, privacy mode)
  }
}

let current = $state<Locale>(
  typeof location === 'undefined'
    ? 'en'
    : initialLocale(location.search, readRemembered(), typeof navigator === 'undefined' ? [] : navigator.languages),
)

/** The page's language now (reactive: a template that calls it re-renders when it changes). */
export function currentLocale(): Locale {
  return current
}

/**
 * Switches the page's language, once its catalog is loaded (at once when it already is). `remember` keeps the choice
 * in this browser (the toolbar's select does; an embed never writes storage). The document's `lang` follows, so screen
 * readers and fonts switch too.
 */
export function setLocale(locale: Locale, remember: boolean): Promise<void> {
  if (catalogLoaded(locale)) {
    apply(locale, remember)
    return Promise.resolve()
  }
  return loadCatalog(locale).then(() => apply(locale, remember))
}

/** Loads the catalog of the language the page starts in; the app is mounted after it, so no text flashes in English. */
export function loadInitialCatalog(): Promise<void> {
  return loadCatalog(current)
}

function apply(locale: Locale, remember: boolean): void {
  current = locale
  if (typeof document !== 'undefined') document.documentElement.lang = locale
  if (!remember) return
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}
