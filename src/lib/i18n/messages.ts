// Every user-facing string of the app, in one typed catalog per language (./messages-en.ts is the source of truth for
// keys), loaded in parts (./parts.ts): a page loads the parts of what it shows, in its language only, before it shows
// them — the `core` part before the first text, a view's parts with the view's code (LazyPart). Every language has
// every key (a missing one is a type error in its feature file).

import type { en } from './messages-en'
import { partOf, PARTS, type Part } from './parts'

/** A message key (the English catalog's keys: the source of truth). */
export type MessageKey = keyof typeof en

/** A catalog for one language: every key, each a string. */
export type Catalog = Readonly<Record<MessageKey, string>>

/** The languages the app speaks. */
export type Locale = 'en' | 'ko'

type PartText = Readonly<Record<string, string>>

/**
 * Each part's chunk, per language (`./parts/core.en.ts`, `./parts/core.ko.ts`, …): a page in English never loads the
 * Korean text, nor a page in Korean the English.
 */
const PART_FILES = import.meta.glob<{ messages: PartText }>('./parts/*.ts')

function partLoader(locale: Locale, part: Part): () => Promise<{ messages: PartText }> {
  const load = PART_FILES[`./parts/${part}.${locale}.ts`]
  if (!load) throw new Error(`i18n: no "${part}" part in ${locale}`)
  return load
}

/** The text loaded so far, per language: the union of the parts loaded. */
const catalogs: Record<Locale, Record<string, string>> = { en: {}, ko: {} }
/** Each part's load, per language, once started (a failed load is forgotten, so the next call tries again). */
const loads: Record<Locale, Map<Part, Promise<void>>> = { en: new Map(), ko: new Map() }
/** The parts loaded, per language. */
const ready: Record<Locale, Set<Part>> = { en: new Set(), ko: new Set() }
/** Parts a shown message is waiting for (`locale:part`), so each late part re-renders the page once. */
const awaited = new Set<string>()
const lateListeners = new Set<() => void>()

/** Loads parts of a language's catalog (each once); resolves when {@link translate} can use them. */
export function loadParts(locale: Locale, parts: readonly Part[]): Promise<void> {
  return Promise.all(parts.map((part) => loadPart(locale, part))).then(() => undefined)
}

function loadPart(locale: Locale, part: Part): Promise<void> {
  let load = loads[locale].get(part)
  if (!load) {
    load = partLoader(locale, part)().then(
      (module) => {
        Object.assign(catalogs[locale], module.messages)
        ready[locale].add(part)
      },
      (error: unknown) => {
        loads[locale].delete(part)
        throw error
      },
    )
    loads[locale].set(part, load)
  }
  return load
}

/** The parts of a language loaded (or loading), so a switch of language can load the same ones in the other. */
export function partsLoaded(locale: Locale): Part[] {
  return [...loads[locale].keys()]
}

/** Loads a language's `core` part: what every page shows first. */
export function loadCatalog(locale: Locale): Promise<void> {
  return loadParts(locale, ['core'])
}

/** Loads every part of a language (Node tests word any message synchronously). */
export function loadWholeCatalog(locale: Locale): Promise<void> {
  return loadParts(locale, PARTS)
}

/** Whether a language's `core` part is loaded (else {@link translate} uses the language that is). */
export function catalogLoaded(locale: Locale): boolean {
  return ready[locale].has('core')
}

/**
 * Calls `listener` whenever a part that a message needed arrives late (the page showed the message before its part
 * had loaded, and shows the key until then): the page re-renders its text then.
 */
export function onLatePart(listener: () => void): () => void {
  lateListeners.add(listener)
  return () => lateListeners.delete(listener)
}

/**
 * A message shown before its part loaded: say so (the view showing it should have asked for the part with its code,
 * see LazyPart), load the part and re-render the page's text when it arrives.
 */
function lateKey(locale: Locale, key: string): void {
  const part = partOf(key)
  if (ready[locale].has(part)) return // a key no part holds: nothing will arrive
  const waiting = `${locale}:${part}`
  if (awaited.has(waiting)) return
  awaited.add(waiting)
  console.warn(`i18n: "${key}" was shown before the "${part}" messages had loaded`)
  loadPart(locale, part).then(
    () => {
      awaited.delete(waiting)
      lateListeners.forEach((listener) => listener())
    },
    () => awaited.delete(waiting),
  )
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
  // The page loads its language's core part before it shows any text (main.ts, setLocale), and a view's parts with
  // the view; a key whose part has not loaded yet stands for itself until it has (see lateKey).
  const text = catalogs[locale][key] ?? (catalogLoaded(locale) ? undefined : (catalogs.en[key] ?? catalogs.ko[key]))
  if (text === undefined) {
    lateKey(locale, key)
    return key
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(locale, params[name]!) : whole,
  )
}
