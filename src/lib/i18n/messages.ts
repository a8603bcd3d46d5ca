// Every user-facing string of the app, in one typed catalog per language assembled from the feature catalogs in
// ./messages/: English in ./messages-en.ts (the source of truth for keys), Korean in ./messages-ko.ts. Each is a chunk
// of its own, and a page loads the one of its language (`loadCatalog`) before it shows any text; every language has
// every key (a missing one is a type error in its feature file).

import type { en } from './messages-en'

/** A message key (the English catalog's keys: the source of truth). */
export type MessageKey = keyof typeof en

/** A catalog for one language: every key, each a string. */
export type Catalog = Readonly<Record<MessageKey, string>>

/** The languages the app speaks. */
export type Locale = 'en' | 'ko'

/**
 * The catalogs loaded so far, by locale, each once {@link loadCatalog} has fetched it (a page in English never loads
 * the Korean text, nor a page in Korean the English).
 */
const catalogs: Partial<Record<Locale, Catalog>> = {}

/** Loads a locale's catalog (once); resolves when {@link translate} can use it. */
export async function loadCatalog(locale: Locale): Promise<void> {
  if (catalogs[locale]) return
  if (locale === 'ko') catalogs.ko = (await import('./messages-ko')).ko
  else catalogs.en = (await import('./messages-en')).en
}

/** Whether a locale's catalog is loaded (else {@link translate} uses the one that is). */
export function catalogLoaded(locale: Locale): boolean {
  return catalogs[locale] !== undefined
}

/** The first of the browser's preferred languages that the app speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'ko') return 'ko'
    if (base === 'en') return 'en'
  }
  return 'en'
}

/** A value a message can show: text as is, a number or a date formatted for the locale. */
export type MessageParam = string | number | Date

const numberFormats = new Map<Locale, Intl.NumberFormat>()
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

/** Formats a number the locale's way (digit grouping, decimal sign). */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)))
  return format.format(value)
}

/** Formats a date and time the locale's way, in UTC (the scenario's clock), e.g. `Jan 31, 2025, 12:05 UTC`. */
export function formatDate(locale: Locale, value: Date): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
      timeZoneName: 'short',
    })
    dateFormats.set(locale, format)
  }
  return format.format(value)
}

function formatParam(locale: Locale, value: MessageParam): string {
  if (typeof value === 'number') return formatNumber(locale, value)
  if (value instanceof Date) return formatDate(locale, value)
  return value
}

/**
 * Formats a message: the locale's text with `{name}` placeholders filled; numbers and dates are formatted for the
 * locale (Intl), strings go in as they are. A placeholder without a param stays visible.
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, MessageParam>> = {},
): string {
  // The page loads its language's catalog before it shows any text (main.ts, setLocale), so one is always there; the
  // key itself stands in should a caller ever run before that.
  const text = (catalogs[locale] ?? catalogs.en ?? catalogs.ko)?.[key]
  if (text === undefined) return key
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(locale, params[name]!) : whole,
  )
}
