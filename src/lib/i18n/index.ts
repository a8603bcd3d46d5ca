// The app's translator: one locale per page, chosen from the browser's preferences.
import { pickLocale, translate, type Locale, type MessageKey } from './messages'

export type { Locale, MessageKey } from './messages'

/** The page's locale (English where the browser does not prefer Korean). */
export const locale: Locale = pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages)

/** Translates a message key for the page's locale. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(locale, key, params)
}

/** Picks the text for the page's locale from a scenario's `{ en, ko }` text (or a plain string). */
export function localized(text: string | { en: string; ko?: string } | undefined): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (locale === 'ko' ? text.ko : undefined) ?? text.en
}
