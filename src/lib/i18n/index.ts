// The app's translator: one language at a time (see locale.svelte.ts for how it is chosen), switchable live.
import { currentLocale } from './locale.svelte'
import { translate, type MessageKey, type MessageParam } from './messages'

export type { Locale, MessageKey } from './messages'
export { currentLocale, setLocale } from './locale.svelte'

/** Translates a message key for the page's language. */
export function t(key: MessageKey, params?: Record<string, MessageParam>): string {
  return translate(currentLocale(), key, params)
}

/** Picks the text for the page's language from a scenario's `{ en, ko }` text (or a plain string). */
export function localized(text: string | { en: string; ko?: string } | undefined): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (currentLocale() === 'ko' ? text.ko : undefined) ?? text.en
}
