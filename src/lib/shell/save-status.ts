// The words for where saving stands, and the storage notice as a sentence.
import type { MessageKey } from '../i18n/messages'
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
