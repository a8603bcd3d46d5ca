import { describe, expect, it } from 'vitest'
import { BASE_OPERATORS, parseOperator } from '../../../src/engine/conditions/operator'
import { OPERATOR_OPTIONS, operatorDoc } from '../../../src/lib/editor/operators'

describe('OPERATOR_OPTIONS', () => {
  it('offers every base, each IfExists form, and the set forms, all accepted by the engine', () => {
    const names = OPERATOR_OPTIONS.map((o) => o.name)
    expect(names.filter((_, i) => OPERATOR_OPTIONS[i]!.form === 'base')).toEqual(BASE_OPERATORS)
    expect(names.every((n) => parseOperator(n))).toBe(true)
    // Null takes neither IfExists nor a set qualifier: 26 bases with IfExists, 26 × 2 qualifiers × 2.
    expect(names).toHaveLength(27 + 26 + 26 * 4)
    expect(new Set(names).size).toBe(names.length)
  })
})

describe(operatorDoc, () => {
  it('describes the family and each modifier', () => {
    expect(operatorDoc('NotIpAddress')?.text).toMatch(/CIDR[\s\S]*Negated/)
    expect(operatorDoc('ForAllValues:StringLike')?.text).toContain('`ForAllValues:`')
    expect(operatorDoc('Null')).toMatchObject({ family: 'Null' })
  })

  it('is undefined for a spelling AWS rejects', () => {
    expect(operatorDoc('stringEquals')).toBeUndefined()
    expect(operatorDoc('NullIfExists')).toBeUndefined()
  })
})
