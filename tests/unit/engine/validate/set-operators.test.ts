import { beforeAll, describe, expect, it } from 'vitest'
import type { CatalogSnapshot } from '../../../../src/engine/catalog/index'
import { validatePolicy } from '../../../../src/engine/validate/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { covered, only, policyText, withCode } from './helpers'

const stmt = (effect: string, condition: object, action = 's3:GetObject') => ({
  Effect: effect,
  Action: action,
  Resource: '*',
  Condition: condition,
})

let catalog: CatalogSnapshot
beforeAll(async () => {
  const c = nodeCatalog()
  await c.load(['kms', 's3'])
  catalog = c.snapshot()
})

describe('set-operator-on-single-valued-key', () => {
  it('warns about `ForAnyValue` on a single-valued global key, on the key', () => {
    const text = policyText(stmt('Deny', { 'ForAnyValue:StringEquals': { 'aws:PrincipalAccount': '111122223333' } }))
    const d = only(validatePolicy(text), 'set-operator-on-single-valued-key')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"aws:PrincipalAccount"')
    expect(d.path).toBe('/Statement/Condition/ForAnyValue:StringEquals/aws:PrincipalAccount')
    expect(d.help).toContain('`StringEquals`')
  })

  it('is quiet for a multivalued key', () => {
    const text = policyText(stmt('Deny', { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-1/*' } }))
    expect(withCode(validatePolicy(text), 'set-operator-on-single-valued-key')).toEqual([])
  })

  it('uses service key types from the catalog', () => {
    const text = policyText(stmt('Deny', { 'ForAnyValue:StringEquals': { 's3:prefix': 'home/' } }, 's3:ListBucket'))
    expect(withCode(validatePolicy(text), 'set-operator-on-single-valued-key')).toEqual([])
    expect(withCode(validatePolicy(text, { catalog }), 'set-operator-on-single-valued-key')).toHaveLength(1)
  })

  it('says nothing about keys whose type is unknown', () => {
    const text = policyText(stmt('Deny', { 'ForAnyValue:StringEquals': { 'example:Thing': 'x' } }))
    expect(withCode(validatePolicy(text, { catalog }), 'set-operator-on-single-valued-key')).toEqual([])
  })
})

describe('single-value-operator-on-multivalued-key', () => {
  it('warns about `StringEquals` on `aws:TagKeys`', () => {
    const text = policyText(stmt('Deny', { StringEquals: { 'aws:TagKeys': ['team'] } }))
    const d = only(validatePolicy(text), 'single-value-operator-on-multivalued-key')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"aws:TagKeys"')
    expect(d.help).toContain('`ForAnyValue:StringEquals`')
  })

  it('allows `Null` and set operators on a multivalued key', () => {
    const text = policyText(
      stmt('Deny', { Null: { 'aws:TagKeys': 'false' }, 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } }),
    )
    expect(withCode(validatePolicy(text), 'single-value-operator-on-multivalued-key')).toEqual([])
  })

  it('knows multivalued service keys from the catalog', () => {
    const text = policyText(stmt('Deny', { StringEquals: { 'kms:EncryptionContextKeys': 'k' } }, 'kms:Decrypt'))
    expect(withCode(validatePolicy(text, { catalog }), 'single-value-operator-on-multivalued-key')).toHaveLength(1)
  })
})

describe('for-all-values-with-allow', () => {
  const forAll = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } }

  it('is a security warning on an `Allow` without a `Null` check', () => {
    const text = policyText(stmt('Allow', forAll, 's3:PutObjectTagging'))
    const d = only(validatePolicy(text), 'for-all-values-with-allow')
    expect(d.severity).toBe('security')
    expect(covered(text, d)).toBe('"aws:TagKeys"')
    expect(d.help).toContain('"Null": { "aws:TagKeys": "false" }')
  })

  it('is quiet with a `Null` check for the same key (in any case)', () => {
    const text = policyText(stmt('Allow', { ...forAll, Null: { 'AWS:TagKeys': 'false' } }, 's3:PutObjectTagging'))
    expect(withCode(validatePolicy(text), 'for-all-values-with-allow')).toEqual([])
  })

  it('is quiet in a `Deny` statement and for `ForAnyValue`', () => {
    expect(withCode(validatePolicy(policyText(stmt('Deny', forAll))), 'for-all-values-with-allow')).toEqual([])
    const anyValue = { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team'] } }
    expect(withCode(validatePolicy(policyText(stmt('Allow', anyValue))), 'for-all-values-with-allow')).toEqual([])
  })

  it('does not count a `Null` check that allows the key to be missing', () => {
    const text = policyText(stmt('Allow', { ...forAll, Null: { 'aws:TagKeys': 'true' } }))
    expect(withCode(validatePolicy(text), 'for-all-values-with-allow')).toHaveLength(1)
  })
})
