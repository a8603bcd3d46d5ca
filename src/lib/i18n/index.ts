// The app's translator: one language at a time (see locale.svelte.ts for how it is chosen), switchable live.
import { isMessage, type EngineMessage } from '../../engine/index'
import { currentLocale } from './locale.svelte'
import { translate, type MessageKey, type MessageParam } from './messages'

export type { Locale, MessageKey } from './messages'
export { currentLocale, loadInitialCatalog, loadMessages, setLocale } from './locale.svelte'
export type { Part } from './parts'

/** Translates a message key for the page's language. */
export function t(key: MessageKey, params?: Record<string, MessageParam>): string {
  return translate(currentLocale(), key, params)
}

/**
 * Words an engine message (`{ key, params }`) in the page's language: its key is a catalog key, and a param that is a
 * message of its own is worded first.
 */
export function word(m: EngineMessage): string {
  const params: Record<string, MessageParam> = {}
  for (const [name, value] of Object.entries(m.params ?? {})) params[name] = isMessage(value) ? word(value) : value
  return t(m.key as MessageKey, params)
}

/** Picks the text for the page's language from a scenario's `{ en, ko }` text (or a plain string). */
export function localized(text: string | { en: string; ko?: string } | undefined): string {
  if (text === undefined) return ''
  if (typeof text === 'string') return text
  return (currentLocale() === 'ko' ? text.ko : undefined) ?? text.en
}
