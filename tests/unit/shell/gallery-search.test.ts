import { describe, expect, it } from 'vitest'
import { filterEntries, matchesQuery, queryWords } from '../../../src/lib/shell/gallery-search'

const mfa = {
  title: { en: 'MFA required', ko: 'MFA 필수' },
  description: {
    en: 'Denies everything without multi-factor authentication.',
    ko: '다중 인증 없이는 모두 거부합니다.',
  },
  tags: ['conditions', 'mfa'],
}
const boundary = { title: 'Permissions boundary', tags: ['boundaries'] }
const crossAccount = {
  title: { en: 'Cross-account S3' },
  description: 'A bucket shared with another account.',
  tags: ['s3'],
}

describe(queryWords, () => {
  it('splits on white space, commas and #, folding case and width', () => {
    expect(queryWords('  #MFA,  Ｓ3 deny ')).toEqual(['mfa', 's3', 'deny'])
  })

  it('has no words for a blank query', () => {
    expect(queryWords('   ')).toEqual([])
  })
})

describe(matchesQuery, () => {
  it('matches everything for an empty query', () => {
    expect(matchesQuery(boundary, '')).toBe(true)
  })

  it('finds words in the English title, ignoring case', () => {
    expect(matchesQuery(mfa, 'mfa REQUIRED')).toBe(true)
  })

  it('finds words in the Korean title and description', () => {
    expect(matchesQuery(mfa, '필수')).toBe(true)
    expect(matchesQuery(mfa, '다중 인증')).toBe(true)
  })

  it('finds words in the description and in tags', () => {
    expect(matchesQuery(mfa, 'multi-factor')).toBe(true)
    expect(matchesQuery(boundary, 'boundaries')).toBe(true)
    expect(matchesQuery(crossAccount, '#s3')).toBe(true)
  })

  it('reads plain-string titles and descriptions', () => {
    expect(matchesQuery(crossAccount, 'bucket shared')).toBe(true)
  })

  it('needs every word to appear somewhere', () => {
    expect(matchesQuery(mfa, 'mfa bucket')).toBe(false)
    expect(matchesQuery(mfa, 'mfa conditions')).toBe(true)
  })

  it('does not match text that is absent', () => {
    expect(matchesQuery(boundary, 'organization')).toBe(false)
  })
})

describe(filterEntries, () => {
  it('keeps the matching entries in their order', () => {
    const entries = [mfa, boundary, crossAccount]
    expect(filterEntries(entries, 'account')).toEqual([crossAccount])
    expect(filterEntries(entries, '')).toEqual(entries)
    expect(filterEntries(entries, 'e')).toEqual([mfa, boundary, crossAccount])
  })

  it('returns nothing when nothing matches', () => {
    expect(filterEntries([mfa, boundary], 'zzz')).toEqual([])
  })
})
