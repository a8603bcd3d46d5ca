// The words for where saving stands, and the storage notice as a sentence.
import { t } from '../i18n'
import type { MessageKey } from '../i18n/messages'
import { NOTICES } from '../store/backend'
import type { SaveStatus } from '../workspace/autosave.svelte'

const KEYS: Record<SaveStatus, MessageKey> = {
  saved: 'saveStatus.saved',
  saving: 'saveStatus.saving',
  unsaved: 'saveStatus.unsaved',
  error: 'saveStatus.error',
  conflict: 'saveStatus.conflict',
}

/** The message key for a save status. */
export function saveStatusKey(status: SaveStatus): MessageKey {
  return KEYS[status]
}

/** A backend notice (one lower-case line, no period) as a sentence: capital first letter, final period. */
export function noticeSentence(notice: string): string {
  const text = notice.trim()
  if (text === '') return ''
  const sentence = text[0]!.toLocaleUpperCase() + text.slice(1)
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
}

/** A backend notice in the page's language: a known notice from the catalog, any other as an English sentence. */
export function noticeText(notice: string): string {
  const known = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((name) => NOTICES[name] === notice)
  return known ? t(`storage.${known}`) : noticeSentence(notice)
}
