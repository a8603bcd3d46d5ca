// The page's language: `?lang=` in the address wins (links and embeds carry it), then the person's choice remembered
// in this browser, then the browser's preferred languages. Changing it re-renders every text that `t()` produced.
import { initialLocale, LOCALE_STORAGE_KEY } from './locale'
import type { Part } from './parts'
import { catalogLoaded, loadCatalog, loadParts, onLatePart, partsLoaded, type Locale } from './messages'

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

/** Counts the catalog parts that arrived after a text needing them was shown (see onLatePart). */
let lateParts = $state(0)
onLatePart(() => lateParts++)

/**
 * The page's language now (reactive: a template that calls it re-renders when it changes, and when a part of the
 * catalog it showed a key of arrives late).
 */
export function currentLocale(): Locale {
  void lateParts
  return current
}

/**
 * Switches the page's language, once its catalog is loaded (at once when it already is). `remember` keeps the choice
 * in this browser (the toolbar's select does; an embed never writes storage). The document's `lang` follows, so screen
 * readers and fonts switch too.
 */
export function setLocale(locale: Locale, remember: boolean): Promise<void> {
  // The parts the page has loaded in its language so far, in the new one: the views already open keep their words.
  const parts = partsLoaded(current)
  if (catalogLoaded(locale) && parts.every((part) => partsLoaded(locale).includes(part))) {
    apply(locale, remember)
    return Promise.resolve()
  }
  return Promise.all([loadCatalog(locale), loadParts(locale, parts)]).then(() => apply(locale, remember))
}

/**
 * Loads the core part of the catalog of the language the page starts in; the app is mounted after it, so no text
 * flashes in English.
 */
export function loadInitialCatalog(): Promise<void> {
  return loadCatalog(current)
}

/** Loads parts of the catalog in the page's language (a view's, before it shows; see LazyPart). */
export function loadMessages(parts: readonly Part[]): Promise<void> {
  return loadParts(current, parts)
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
