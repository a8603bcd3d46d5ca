import { describe, expect, it } from 'vitest'
import { en, ko, pickLocale, translate } from '../../../src/lib/i18n/messages'

describe(pickLocale, () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['en-GB', 'ko'], 'en'],
    [['fr-FR', 'ko'], 'ko'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('picks the first spoken language of %j', (preferred, expected) => {
    expect(pickLocale(preferred)).toBe(expected)
  })
})

describe(translate, () => {
  it('fills placeholders', () => {
    expect(translate('en', 'request.identityPolicy', { n: 2 })).toBe('Identity policy 2')
  })

  it('falls back to English for a key Korean lacks', () => {
    expect(translate('ko', 'app.title')).toBe(en['app.title'])
  })

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'decision.statement', { policy: 'p' })).toBe('p, statement {n}')
  })

  it('the decision texts begin with the English words in every language (stable for tests and screen readers)', () => {
    for (const d of ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const) {
      const english = en[`decision.${d}`]
      expect(translate('ko', `decision.${d}`).startsWith(english)).toBe(true)
    }
  })

  it('Korean has no key English lacks', () => {
    for (const key of Object.keys(ko)) expect(Object.keys(en)).toContain(key)
  })
})
