import { describe, expect, it } from 'vitest'
import { en } from '../../../src/lib/i18n/messages-en'
import {
  formatDate,
  formatNumber,
  pickLocale,
  translate,
  type Locale,
  type MessageKey,
} from '../../../src/lib/i18n/messages'
import { ko } from '../../../src/lib/i18n/messages-ko'
import type { Messages } from '../../../src/lib/i18n/messages/types'
import { englishLeftIn } from '../../../src/lib/i18n/english-on-purpose'

/** Every feature catalog under src/lib/i18n/messages/, by file. */
// Each feature's Korean is in its own file beside the English (`about.ts` and `about.ko.ts`), loaded on demand.
const koreanHalves = import.meta.glob<{ ko: Record<string, string> }>('../../../src/lib/i18n/messages/*.ko.ts', {
  eager: true,
})
const features = Object.entries(
  import.meta.glob<{ en: Record<string, string> }>(
    [
      '../../../src/lib/i18n/messages/*.ts',
      '!../../../src/lib/i18n/messages/*.ko.ts',
      '!../../../src/lib/i18n/messages/types.ts',
    ],
    { eager: true },
  ),
).map(
  ([path, module]) =>
    [
      path.replace(/^.*\//, ''),
      { en: module.en, ko: koreanHalves[path.replace(/\.ts$/, '.ko.ts')]?.ko ?? {} },
    ] as const,
)

const catalogs: Record<Locale, Readonly<Record<MessageKey, string>>> = { en, ko }

/** The `{name}` placeholders of a message, sorted, each once. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort()
}

const keys = Object.keys(en) as MessageKey[]
const locales = Object.keys(catalogs) as Locale[]

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
    expect(translate('ko', 'request.identityPolicy', { n: 2 })).toBe('자격 증명 기반 정책 2')
  })

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(translate('en', 'decision.statement', { policy: 'p' })).toBe('p, statement {n}')
  })

  it('formats number params for the locale and leaves string params as they are', () => {
    expect(translate('en', 'share.length', { n: 12345 })).toBe('The link is 12,345 characters long.')
    expect(translate('ko', 'share.length', { n: 12345 })).toBe('링크 길이는 12,345자입니다.')
    expect(translate('en', 'share.length', { n: '12345' })).toBe('The link is 12345 characters long.')
    expect(formatNumber('ko', 0.5)).toBe(new Intl.NumberFormat('ko').format(0.5))
  })

  it('formats date params for the locale, in UTC', () => {
    const date = new Date('2025-01-31T12:05:00Z')
    expect(formatDate('en', date)).toBe('Jan 31, 2025, 12:05 UTC')
    expect(formatDate('ko', date)).toContain('2025')
    expect(formatDate('ko', date)).toContain('12:05')
    expect(translate('ko', 'activity.access.asOf', { time: date })).toBe(`시계 기준: ${formatDate('ko', date)}`)
  })

  it('the decision texts begin with the English words in every language (stable for tests and screen readers)', () => {
    for (const d of ['Allow', 'ExplicitDeny', 'ImplicitDeny'] as const) {
      const english = en[`decision.${d}`]
      for (const locale of locales) expect(translate(locale, `decision.${d}`).startsWith(english)).toBe(true)
    }
  })
})

describe('the catalogs', () => {
  it('every language has every key, and no other', () => {
    for (const locale of locales) expect(Object.keys(catalogs[locale]).sort()).toEqual([...keys].sort())
  })

  it('no message is empty in any language', () => {
    const empty = locales.flatMap((locale) =>
      keys.filter((key) => catalogs[locale][key].trim() === '').map((key) => `${locale} ${key}`),
    )
    expect(empty).toEqual([])
  })

  it('every language has the same {placeholders} as English, key by key', () => {
    const differ = locales.flatMap((locale) =>
      keys
        .filter((key) => placeholders(catalogs[locale][key]).join() !== placeholders(en[key]).join())
        .map((key) => `${locale} ${key}: ${catalogs[locale][key]}`),
    )
    expect(differ).toEqual([])
  })

  it('Korean shows English only where it is on purpose (names, codes, policy elements)', () => {
    const english = keys
      .map((key) => [key, englishLeftIn(ko[key].replace(/`[^`]*`/g, ' ').replace(/\{\w+\}/g, ' '))] as const)
      .filter(([, runs]) => runs.length > 0)
      .map(([key, runs]) => `${key}: ${runs.join(' | ')}`)
    expect(english).toEqual([])
  })
})

describe('the feature catalogs', () => {
  it('are all part of the app catalog, each key in exactly one feature', () => {
    expect(features.length).toBeGreaterThan(10)
    const featureKeys = features.flatMap(([, module]) => Object.keys(module.en))
    expect(featureKeys.length).toBe(new Set(featureKeys).size)
    expect(featureKeys.sort()).toEqual([...keys].sort())
  })

  it.each(features)('%s has Korean for every English key, with the same placeholders', (_file, module) => {
    expect(Object.keys(module.ko).sort()).toEqual(Object.keys(module.en).sort())
    for (const [key, text] of Object.entries(module.en)) {
      expect(module.ko[key]?.trim(), key).toBeTruthy()
      expect(placeholders(module.ko[key]!), key).toEqual(placeholders(text))
    }
  })

  it('a translation missing a key, or with a key English lacks, does not type-check', () => {
    type English = { readonly 'demo.one': 'One'; readonly 'demo.two': 'Two' }
    const complete = { 'demo.one': '하나', 'demo.two': '둘' } satisfies Messages<English>
    // @ts-expect-error -- 'demo.two' is missing
    const missing = { 'demo.one': '하나' } satisfies Messages<English>
    // @ts-expect-error -- 'demo.three' is not an English key
    const extra = { 'demo.one': '하나', 'demo.two': '둘', 'demo.three': '셋' } satisfies Messages<English>
    expect([complete, missing, extra].map((m) => Object.keys(m).length)).toEqual([2, 1, 3])
  })
})
