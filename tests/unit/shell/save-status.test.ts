import { describe, expect, it } from 'vitest'
import { translate } from '../../../src/lib/i18n/messages'
import { combinedStatus, noticeSentence, noticeText, saveStatusKey } from '../../../src/lib/shell/save-status'
import { NOTICES } from '../../../src/lib/store/backend'

describe(saveStatusKey, () => {
  it('names every status in words', () => {
    const words = (['saved', 'saving', 'unsaved', 'error', 'conflict'] as const).map((s) =>
      translate('en', saveStatusKey(s)),
    )
    expect(words).toEqual(['Saved', 'Saving…', 'Unsaved changes', 'Not saved: storage unavailable', 'Conflict'])
  })
})

describe(noticeSentence, () => {
  it('capitalises the first letter and ends with a period', () => {
    expect(noticeSentence('browser storage is full; working in memory')).toBe(
      'Browser storage is full; working in memory.',
    )
  })

  it('keeps a final period and leaves blank notices blank', () => {
    expect(noticeSentence('Done.')).toBe('Done.')
    expect(noticeSentence('  ')).toBe('')
  })
})

describe(noticeText, () => {
  it('words every backend notice from the catalog, keeping the English', () => {
    for (const notice of Object.values(NOTICES)) expect(noticeText(notice)).toBe(noticeSentence(notice))
  })

  it('shows an unknown notice as a sentence', () => {
    expect(noticeText('something else happened')).toBe('Something else happened.')
  })
})

describe(combinedStatus, () => {
  it('is saved only when every part is saved', () => {
    expect(combinedStatus('saved', 'saved')).toBe('saved')
    expect(combinedStatus('saved', 'unsaved')).toBe('unsaved')
    expect(combinedStatus('saving', 'saved')).toBe('saving')
  })

  it('shows what is not yet written before a write in flight, and a problem before both', () => {
    expect(combinedStatus('saving', 'unsaved')).toBe('unsaved')
    expect(combinedStatus('unsaved', 'error')).toBe('error')
    expect(combinedStatus('error', 'conflict')).toBe('conflict')
    expect(combinedStatus()).toBe('saved')
  })
})
