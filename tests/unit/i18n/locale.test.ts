// Choosing the page's language: ?lang= wins, then the remembered choice, then the browser's preference.
import { describe, expect, it } from 'vitest'
import { initialLocale, localeFromQuery } from '../../../src/lib/i18n/locale'
import { shareTexts } from '../../../src/lib/share/index'

describe(localeFromQuery, () => {
  it.each([
    ['?lang=ko', 'ko'],
    ['?embed&lang=en', 'en'],
    ['?lang=ko-KR', 'ko'],
    ['?lang=KO', 'ko'],
    ['?lang=fr', undefined],
    ['?lang=', undefined],
    ['', undefined],
  ])('%s → %s', (search, expected) => {
    expect(localeFromQuery(search)).toBe(expected)
  })
})

describe(initialLocale, () => {
  it('the link’s language wins over the remembered choice and the browser', () => {
    expect(initialLocale('?lang=en', 'ko', ['ko-KR'])).toBe('en')
    expect(initialLocale('?lang=ko', 'en', ['en-US'])).toBe('ko')
  })

  it('the remembered choice wins over the browser', () => {
    expect(initialLocale('', 'ko', ['en-US'])).toBe('ko')
    expect(initialLocale('', 'en', ['ko-KR'])).toBe('en')
  })

  it('an unknown remembered value is ignored; the browser decides', () => {
    expect(initialLocale('', 'de', ['ko-KR', 'en'])).toBe('ko')
    expect(initialLocale('', null, ['fr-FR'])).toBe('en')
  })
})

describe('share links carry the language chosen in the dialog', () => {
  it('link and iframe open in that language', () => {
    const texts = shareTexts('https://example.org/iam/', 'zABC', 'Title', 'ko')
    expect(texts.link).toBe('https://example.org/iam/?lang=ko#zABC')
    expect(texts.iframe).toContain('src="https://example.org/iam/?embed&amp;lang=ko#zABC"')
    expect(texts.markdown).toBe('[Title](https://example.org/iam/?lang=ko#zABC)')
  })
})
