import { describe, expect, it } from 'vitest'
import { segments, sentence } from '../../../src/lib/result/format'

describe(segments, () => {
  it('splits code from text', () => {
    expect(segments('`s3:GetObject` matched `s3:Get*`')).toEqual([
      { text: 's3:GetObject', code: true },
      { text: ' matched ', code: false },
      { text: 's3:Get*', code: true },
    ])
  })

  it('keeps an unmatched backtick as text', () => {
    expect(segments('a `b')).toEqual([{ text: 'a `b', code: false }])
  })

  it('never turns markup into anything but text', () => {
    expect(segments('<img src=x onerror=alert(1)> `<b>`')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', code: false },
      { text: '<b>', code: true },
    ])
  })

  it('gives nothing for an empty message', () => {
    expect(segments('')).toEqual([])
  })
})

describe(sentence, () => {
  it('capitalises the first letter', () => {
    expect(sentence('no policy allows')).toBe('No policy allows')
    expect(sentence('')).toBe('')
  })
})
