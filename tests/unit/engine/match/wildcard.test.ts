// `*` and `?` as the IAM User Guide describes them for Action, Resource and the `…Like` operators:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
import { describe, expect, it } from 'vitest'
import { compileGlob, globMatches, hasWildcard, type PatternPart } from '../../../../src/engine/match/wildcard'

const matches = (pattern: string | PatternPart[], text: string, ignoreCase = false) =>
  compileGlob(pattern, ignoreCase)(text)

describe(compileGlob, () => {
  describe('`*` matches any run of characters', () => {
    it.each([
      ['s3:*', 's3:GetObject'],
      ['s3:Get*', 's3:GetObject'],
      ['s3:*Object', 's3:GetObject'],
      ['s3:*Object*', 's3:PutObjectAcl'],
      ['iam:*AccessKey*', 'iam:GetAccessKeyLastUsed'],
      ['*', 'anything at all'],
    ])('`%s` matches `%s`', (pattern, text) => {
      expect(matches(pattern, text)).toBe(true)
    })

    it('`*` matches the empty run (at the end, the start and the middle)', () => {
      expect(matches('s3:GetObject*', 's3:GetObject')).toBe(true)
      expect(matches('*s3:GetObject', 's3:GetObject')).toBe(true)
      expect(matches('s3:Get*Object', 's3:GetObject')).toBe(true)
    })

    it('`*` alone matches the empty string', () => {
      expect(matches('*', '')).toBe(true)
    })

    it('`*` matches across `/` and `:` inside a plain glob', () => {
      expect(matches('a*z', 'a/b:c/z')).toBe(true)
    })

    it('a pattern without wildcards must match the whole text, not a prefix or a suffix', () => {
      expect(matches('s3:Get', 's3:GetObject')).toBe(false)
      expect(matches('Object', 's3:GetObject')).toBe(false)
      expect(matches('s3:GetObject', 's3:GetObject')).toBe(true)
    })

    it('a trailing `*` anchors the prefix', () => {
      expect(matches('s3:Get*', 'xs3:GetObject')).toBe(false)
    })

    it('a leading `*` anchors the suffix', () => {
      expect(matches('*Object', 's3:GetObjectAcl')).toBe(false)
    })

    it('needs the literal pieces in order', () => {
      expect(matches('a*b*c', 'a-c-b')).toBe(false)
      expect(matches('a*b*c', 'a-b-c')).toBe(true)
    })

    it('backtracks when the first occurrence of a piece is the wrong one', () => {
      expect(matches('*ab', 'aab')).toBe(true)
      expect(matches('a*ab*b', 'aabab')).toBe(true)
      expect(matches('*aab', 'aaab')).toBe(true)
    })
  })

  describe('`?` matches exactly one character', () => {
    it('matches one character', () => {
      expect(matches('s3:GetObjec?', 's3:GetObject')).toBe(true)
    })

    it('does not match zero characters', () => {
      expect(matches('s3:GetObject?', 's3:GetObject')).toBe(false)
    })

    it('does not match two characters', () => {
      expect(matches('s3:Get?bject', 's3:GetOObject')).toBe(false)
    })

    it('counts: `???` needs exactly three characters', () => {
      expect(matches('???', 'abc')).toBe(true)
      expect(matches('???', 'ab')).toBe(false)
      expect(matches('???', 'abcd')).toBe(false)
    })

    it('combines with `*`: `?*` needs at least one character', () => {
      expect(matches('?*', '')).toBe(false)
      expect(matches('?*', 'a')).toBe(true)
      expect(matches('*?', 'abc')).toBe(true)
    })

    it('matches a literal `?` or `*` in the text like any other character', () => {
      expect(matches('a?c', 'a*c')).toBe(true)
      expect(matches('a?c', 'a?c')).toBe(true)
    })
  })

  describe('case', () => {
    it('is case-insensitive for actions (`ignoreCase`): `s3:getobject` matches `S3:GetObject`', () => {
      expect(matches('S3:GetObject', 's3:getobject', true)).toBe(true)
      expect(matches('s3:get*', 'S3:GETOBJECT', true)).toBe(true)
      expect(matches('s3:*OBJECT', 's3:getobject', true)).toBe(true)
      expect(matches('s3:?etObject', 'S3:GETOBJECT', true)).toBe(true)
    })

    it('is case-sensitive otherwise (Resource, `StringLike`)', () => {
      expect(matches('Bucket*', 'bucket/key')).toBe(false)
      expect(matches('user/Bob', 'user/bob')).toBe(false)
      expect(matches('*/Bob', 'user/bob')).toBe(false)
      expect(matches('user/?ob', 'user/Bob')).toBe(true)
    })

    // INVARIANT: a leading `*` (which may match nothing) never changes whether a text matches, even when
    // lower-casing a character yields two code points (`İ` → `i̇`).
    it.each(['İ', 'ǅ', 'STRASSE', 'ß', 'Σ'])(
      'folds case the same way with and without a leading `*` (`%s`)',
      (text) => {
        expect(matches(`*${text}`, text, true)).toBe(true)
        expect(matches(text, text, true)).toBe(true)
      },
    )
  })

  describe('consecutive stars', () => {
    it('`**` behaves as `*`', () => {
      expect(matches('s3:**Object', 's3:GetObject')).toBe(true)
      expect(matches('s3:**', 's3:')).toBe(true)
      expect(matches('a**b', 'ab')).toBe(true)
      expect(matches('a**b', 'ac')).toBe(false)
    })

    it('a run of many stars still matches the empty string', () => {
      expect(matches('*'.repeat(50), '')).toBe(true)
    })

    it('stars spread over several parts still merge', () => {
      const parts: PatternPart[] = [
        { text: 'a*', literal: false },
        { text: '*b', literal: false },
      ]
      expect(matches(parts, 'axxb')).toBe(true)
      expect(matches(parts, 'ab')).toBe(true)
    })
  })

  describe('literal parts (from policy variables) never act as wildcards', () => {
    const part = (text: string, literal: boolean): PatternPart => ({ text, literal })

    it('a literal `*` only matches a `*`', () => {
      const pattern = [part('home/', false), part('*', true)]
      expect(matches(pattern, 'home/*')).toBe(true)
      expect(matches(pattern, 'home/alice')).toBe(false)
    })

    it('a literal `?` only matches a `?`', () => {
      const pattern = [part('a', false), part('?', true)]
      expect(matches(pattern, 'a?')).toBe(true)
      expect(matches(pattern, 'ab')).toBe(false)
    })

    it('wildcards in the non-literal parts around a literal part still work', () => {
      const pattern = [part('home/', false), part('al*ce', true), part('/*', false)]
      expect(matches(pattern, 'home/al*ce/notes.txt')).toBe(true)
      expect(matches(pattern, 'home/alice/notes.txt')).toBe(false)
    })

    it('a literal `*` next to a wildcard `*` does not merge with it', () => {
      const pattern = [part('*', false), part('*', true)]
      expect(matches(pattern, 'abc*')).toBe(true)
      expect(matches(pattern, 'abc')).toBe(false)
    })

    it('literal parts fold case when `ignoreCase` is on', () => {
      expect(matches([part('S3:Get', true), part('*', false)], 's3:getobject', true)).toBe(true)
    })
  })

  describe('unicode', () => {
    it('matches non-ASCII text literally', () => {
      expect(matches('arn:aws:s3:::버킷/*', 'arn:aws:s3:::버킷/사진.jpg')).toBe(true)
      expect(matches('arn:aws:s3:::버킷/*', 'arn:aws:s3:::바킷/사진.jpg')).toBe(false)
    })

    it('`?` matches one Korean syllable', () => {
      expect(matches('사?', '사진')).toBe(true)
    })

    it('`?` matches one emoji, a character outside the BMP (two UTF-16 units)', () => {
      expect(matches('a?b', 'a😀b')).toBe(true)
      expect(matches('a??b', 'a😀b')).toBe(false)
    })

    it('`*` matches runs of emoji', () => {
      expect(matches('*🎉', '😀😀🎉')).toBe(true)
      expect(matches('😀*😀', '😀🎉😀')).toBe(true)
    })
  })

  it('an empty pattern matches only the empty text', () => {
    expect(matches('', '')).toBe(true)
    expect(matches('', 'a')).toBe(false)
  })

  it('regular-expression characters are plain characters', () => {
    expect(matches('a.c', 'abc')).toBe(false)
    expect(matches('a.c', 'a.c')).toBe(true)
    expect(matches('(a|b)+*', '(a|b)+x')).toBe(true)
    expect(matches('[ab]', 'a')).toBe(false)
    expect(matches('^$\\', '^$\\')).toBe(true)
  })

  it('a compiled matcher can be reused for many texts', () => {
    const m = compileGlob('s3:Get*', true)
    expect(['s3:GetObject', 's3:PutObject', 'S3:GETBUCKETACL'].map(m)).toEqual([true, false, true])
  })
})

describe(globMatches, () => {
  it('agrees with compileGlob', () => {
    expect(globMatches('s3:Get*', 's3:GetObject')).toBe(true)
    expect(globMatches('s3:get*', 's3:GetObject')).toBe(false)
    expect(globMatches('s3:get*', 's3:GetObject', true)).toBe(true)
  })
})

describe(hasWildcard, () => {
  it.each([
    ['s3:*', true],
    ['s3:Get?bject', true],
    ['s3:GetObject', false],
    ['', false],
  ])('`%s` → %s', (pattern, expected) => {
    expect(hasWildcard(pattern)).toBe(expected)
  })
})
