import { describe, expect, it } from 'vitest'
import { contextOf, contextRows, withContextKey } from '../../../src/lib/request/context-rows'

describe(contextRows, () => {
  it('shows multi-valued keys joined and keeps commas unsplit on the way back', () => {
    const rows = contextRows({ 'aws:PrincipalTag/team': ['a', 'b'], 's3:prefix': 'x,y' })
    expect(rows).toEqual([
      { key: 'aws:PrincipalTag/team', value: 'a, b' },
      { key: 's3:prefix', value: 'x,y' },
    ])
    expect(contextOf(rows)).toEqual({ 'aws:PrincipalTag/team': 'a, b', 's3:prefix': 'x,y' })
  })

  it('leaves out rows without a key and lets a later duplicate win', () => {
    expect(
      contextOf([
        { key: '', value: 'typing' },
        { key: ' k:a ', value: '1' },
        { key: 'k:a', value: '2' },
      ]),
    ).toEqual({ 'k:a': '2' })
  })

  it('adds a missing key with an empty value, keeping an existing one', () => {
    expect(withContextKey({ 'a:b': '1' }, 'aws:SourceVpc')).toEqual({ 'a:b': '1', 'aws:SourceVpc': '' })
    const ctx = { 'a:b': '1' }
    expect(withContextKey(ctx, 'a:b')).toBe(ctx)
  })
})
