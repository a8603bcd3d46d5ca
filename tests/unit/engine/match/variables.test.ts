// Policy variables as "IAM policy elements: Variables and tags" (IAM User Guide) describes them.
import { describe, expect, it } from 'vitest'
import { findVariables, hasVariables, substitute, type KeyLookup } from '../../../../src/engine/match/variables'

/** A request context looked up case-insensitively, as the evaluator's lookup does. */
function lookupOf(context: Record<string, string | string[]>): KeyLookup {
  const map = new Map(Object.entries(context).map(([k, v]) => [k.toLowerCase(), v]))
  return (key) => map.get(key.toLowerCase())
}

const bob = lookupOf({ 'aws:username': 'Bob', 'aws:PrincipalTag/team': 'red' })

describe(substitute, () => {
  it('replaces `${aws:username}` with the value from the request', () => {
    expect(substitute('arn:aws:s3:::bucket/home/${aws:username}/*', bob)).toEqual({
      ok: true,
      text: 'arn:aws:s3:::bucket/home/Bob/*',
      parts: [
        { text: 'arn:aws:s3:::bucket/home/', literal: false },
        { text: 'Bob', literal: true },
        { text: '/*', literal: false },
      ],
    })
  })

  it('keeps a value without variables as one non-literal part', () => {
    expect(substitute('arn:aws:s3:::bucket/*', bob)).toEqual({
      ok: true,
      text: 'arn:aws:s3:::bucket/*',
      parts: [{ text: 'arn:aws:s3:::bucket/*', literal: false }],
    })
  })

  it('substitutes several variables in one value', () => {
    const r = substitute('${aws:PrincipalTag/team}/${aws:username}', bob)
    expect(r).toMatchObject({ ok: true, text: 'red/Bob' })
  })

  it('substitutes a variable that is the whole value', () => {
    expect(substitute('${aws:username}', bob)).toEqual({
      ok: true,
      text: 'Bob',
      parts: [{ text: 'Bob', literal: true }],
    })
  })

  it('key names are case-insensitive: `${AWS:USERNAME}` is `${aws:username}` (through a case-insensitive lookup)', () => {
    expect(substitute('home/${AWS:USERNAME}', bob)).toMatchObject({ ok: true, text: 'home/Bob' })
  })

  it('passes the key as written to the lookup (the lookup does the case folding)', () => {
    const seen: string[] = []
    substitute('${AWS:UserName}', (key) => {
      seen.push(key)
      return 'x'
    })
    expect(seen).toEqual(['AWS:UserName'])
  })

  it('the substituted value keeps its case', () => {
    expect(substitute('${aws:username}', lookupOf({ 'aws:username': 'MiXeD' }))).toMatchObject({ text: 'MiXeD' })
  })

  describe('default values', () => {
    it("`${aws:PrincipalTag/team, 'none'}` uses the tag value when the key is present", () => {
      expect(substitute("${aws:PrincipalTag/team, 'none'}", bob)).toMatchObject({ ok: true, text: 'red' })
    })

    it('uses the default only when the key is missing', () => {
      expect(substitute("${aws:PrincipalTag/team, 'none'}", lookupOf({}))).toEqual({
        ok: true,
        text: 'none',
        parts: [{ text: 'none', literal: true }],
      })
    })

    it('an empty string value is present, so the default is not used', () => {
      expect(substitute("${aws:PrincipalTag/team, 'none'}", lookupOf({ 'aws:PrincipalTag/team': '' }))).toMatchObject({
        ok: true,
        text: '',
      })
    })

    it('a default may be the empty string', () => {
      expect(substitute("a${aws:PrincipalTag/team, ''}b", lookupOf({}))).toMatchObject({ ok: true, text: 'ab' })
    })

    it('the default keeps its case and inner spaces', () => {
      expect(substitute("${aws:PrincipalTag/team, 'No Team'}", lookupOf({}))).toMatchObject({ text: 'No Team' })
    })

    it('looks up the key without the default part', () => {
      const seen: string[] = []
      substitute("${aws:PrincipalTag/team, 'none'}", (key) => {
        seen.push(key)
        return undefined
      })
      expect(seen).toEqual(['aws:PrincipalTag/team'])
    })

    it('a default stands in for a multi-valued key', () => {
      expect(substitute("${aws:TagKeys, 'none'}", lookupOf({ 'aws:TagKeys': ['a', 'b'] }))).toMatchObject({
        ok: true,
        text: 'none',
      })
    })
  })

  describe('special characters `${*}`, `${?}`, `${$}`', () => {
    it.each([
      ['${*}', '*'],
      ['${?}', '?'],
      ['${$}', '$'],
    ])('`%s` stands for a literal `%s`', (variable, ch) => {
      expect(substitute(`a${variable}b`, lookupOf({}))).toEqual({
        ok: true,
        text: `a${ch}b`,
        parts: [
          { text: 'a', literal: false },
          { text: ch, literal: true },
          { text: 'b', literal: false },
        ],
      })
    })

    it('does not look the special characters up', () => {
      const lookup = () => {
        throw new Error('looked up')
      }
      expect(substitute('${*}${?}${$}', lookup)).toMatchObject({ ok: true, text: '*?$' })
    })

    it('`${$}{aws:username}` is the literal text `${aws:username}`, not a variable', () => {
      expect(substitute('${$}{aws:username}', bob)).toMatchObject({ ok: true, text: '${aws:username}' })
    })
  })

  describe('literal parts never act as wildcards', () => {
    it('a value containing `*` becomes a literal part', () => {
      const r = substitute('home/${aws:username}/*', lookupOf({ 'aws:username': 'a*b' }))
      expect(r).toEqual({
        ok: true,
        text: 'home/a*b/*',
        parts: [
          { text: 'home/', literal: false },
          { text: 'a*b', literal: true },
          { text: '/*', literal: false },
        ],
      })
    })

    it('substitution happens once: a value that looks like a variable is not substituted again', () => {
      expect(substitute('${aws:username}', lookupOf({ 'aws:username': '${aws:PrincipalTag/team}' }))).toMatchObject({
        ok: true,
        text: '${aws:PrincipalTag/team}',
      })
    })
  })

  describe('unresolved variables', () => {
    it('a missing key without a default leaves the value unresolved', () => {
      expect(substitute('home/${aws:username}/*', lookupOf({}))).toEqual({ ok: false, unresolved: 'aws:username' })
    })

    it('a multi-valued key cannot be used as a variable', () => {
      expect(substitute('${aws:TagKeys}', lookupOf({ 'aws:TagKeys': ['a', 'b'] }))).toEqual({
        ok: false,
        unresolved: 'aws:TagKeys',
      })
    })

    it('a single-element list is still multi-valued', () => {
      expect(substitute('${aws:TagKeys}', lookupOf({ 'aws:TagKeys': ['a'] }))).toMatchObject({ ok: false })
    })

    it('one unresolved variable among resolved ones makes the whole value unresolved', () => {
      expect(substitute('${aws:username}/${aws:PrincipalTag/cost-center}', bob)).toEqual({
        ok: false,
        unresolved: 'aws:PrincipalTag/cost-center',
      })
    })
  })

  describe('malformed variables are left as literal text', () => {
    it.each([
      ['an unclosed `${`', 'home/${aws:username/*'],
      ['a `$` without braces', 'price$5'],
      ['a `{` without `$`', 'a{aws:username}'],
      ['`$ {` with a space', '$ {aws:username}'],
    ])('%s', (_, text) => {
      expect(substitute(text, bob)).toEqual({ ok: true, text, parts: [{ text, literal: false }] })
    })
  })
})

describe(findVariables, () => {
  it('lists variables in order with their offsets', () => {
    expect(findVariables('a${aws:username}b${aws:PrincipalTag/team}')).toEqual([
      { raw: '${aws:username}', key: 'aws:username', at: 1 },
      { raw: '${aws:PrincipalTag/team}', key: 'aws:PrincipalTag/team', at: 17 },
    ])
  })

  it('splits off a default value', () => {
    expect(findVariables("${aws:PrincipalTag/team, 'none'}")).toEqual([
      { raw: "${aws:PrincipalTag/team, 'none'}", key: 'aws:PrincipalTag/team', fallback: 'none', at: 0 },
    ])
  })

  it('ignores the spaces around the key and the comma', () => {
    expect(findVariables("${ aws:username ,  'x' }")[0]).toMatchObject({ key: 'aws:username', fallback: 'x' })
  })

  it('reports the special characters by themselves', () => {
    expect(findVariables('${*}${?}${$}').map((v) => v.key)).toEqual(['*', '?', '$'])
  })

  it('finds nothing in text without variables', () => {
    expect(findVariables('arn:aws:s3:::bucket/*')).toEqual([])
  })
})

describe(hasVariables, () => {
  it.each([
    ['arn:aws:s3:::bucket/${aws:username}', true],
    ['${*}', true],
    ['arn:aws:s3:::bucket/*', false],
    ['price ${5', false],
    ['$', false],
  ])('`%s` → %s', (text, expected) => {
    expect(hasVariables(text)).toBe(expected)
  })
})
