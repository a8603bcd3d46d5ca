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

/** Most telling first: a status later in the list shows only when every part is at least that far along. */
const RANK: readonly SaveStatus[] = ['conflict', 'error', 'unsaved', 'saving', 'saved']

/**
 * Where saving stands for the page as a whole (the scenario's autosave and the page view's): "saved" only when every
 * part is written; a problem in any part shows first, then anything not yet written, then a write in flight.
 */
export function combinedStatus(...parts: readonly SaveStatus[]): SaveStatus {
  return RANK.find((status) => parts.includes(status)) ?? 'saved'
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
