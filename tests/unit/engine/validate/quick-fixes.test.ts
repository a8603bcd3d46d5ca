import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../../../src/engine/diagnostics'
import {
  quickFixes,
  validatePolicy,
  validatePolicyWithCatalog,
  type QuickFix,
} from '../../../../src/engine/validate/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { only, policyText } from './helpers'

const apply = (text: string, fix: QuickFix) => text.slice(0, fix.from) + fix.insert + text.slice(fix.to)

/** The text after applying the first fix of the diagnostic with this code. */
function fixed(text: string, ds: Diagnostic[], code: string): string {
  const fixes = quickFixes(text, only(ds, code))
  expect(fixes.length).toBeGreaterThan(0)
  return apply(text, fixes[0]!)
}

const get = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }

describe(quickFixes, () => {
  it('fixes the case of `Effect`', () => {
    const text = policyText({ ...get, Effect: 'allow' })
    const fixes = quickFixes(text, only(validatePolicy(text), 'invalid-effect'))
    expect(fixes).toEqual([expect.objectContaining({ title: 'Change to `Allow`', insert: '"Allow"' })])
    expect(validatePolicy(apply(text, fixes[0]!))).toEqual([])
  })

  it('fixes `"DENY"` too, but offers nothing for an effect that is not a case mistake', () => {
    const deny = policyText({ ...get, Effect: 'DENY' })
    expect(JSON.parse(fixed(deny, validatePolicy(deny), 'invalid-effect')).Statement.Effect).toBe('Deny')
    const other = policyText({ ...get, Effect: 'Permit' })
    expect(quickFixes(other, only(validatePolicy(other), 'invalid-effect'))).toEqual([])
  })

  it('fixes the case of element names', () => {
    const text = policyText({ Effect: 'Allow', action: 's3:GetObject', Resource: '*' })
    const ds = validatePolicy(text)
    const after = fixed(text, ds, 'unknown-element')
    expect(Object.keys(JSON.parse(after).Statement)).toContain('Action')
  })

  it('fixes the case of condition operators', () => {
    const text = policyText({ ...get, Condition: { stringequals: { 'aws:PrincipalTag/team': 'x' } } })
    const after = fixed(text, validatePolicy(text), 'unknown-condition-operator')
    expect(JSON.parse(after).Statement.Condition).toHaveProperty('StringEquals')
  })

  it('fixes the case of principal types', () => {
    const text = policyText({ ...get, Principal: { aws: '111122223333' } })
    const d = validatePolicy(text, { kind: 'resource' }).find((x) => x.code === 'invalid-principal')!
    expect(quickFixes(text, d)[0]!.insert).toBe('"AWS"')
  })

  it('fixes a mistyped `Version`', () => {
    const text = policyText(get, { Version: '2012-10-18' })
    expect(JSON.parse(fixed(text, validatePolicy(text), 'invalid-version')).Version).toBe('2012-10-17')
    const far = policyText(get, { Version: 'latest' })
    expect(quickFixes(far, only(validatePolicy(far), 'invalid-version'))).toEqual([])
  })

  it('adds a missing `Version` with the layout of the other members', () => {
    const text = policyText(get, {})
    const after = fixed(text, validatePolicy(text), 'missing-version')
    expect(after.startsWith('{\n  "Version": "2012-10-17",\n  "Statement"')).toBe(true)
    expect(validatePolicy(after)).toEqual([])
    const compact = JSON.stringify({ Statement: get })
    expect(fixed(compact, validatePolicy(compact), 'missing-version')).toMatch(
      /^\{"Version": "2012-10-17", "Statement":\{/,
    )
  })

  it('raises an old `Version` for policy variables', () => {
    const text = policyText({ ...get, Resource: 'arn:aws:s3:::b/${aws:username}/*' }, { Version: '2008-10-17' })
    const after = fixed(text, validatePolicy(text), 'variable-needs-version')
    expect(JSON.parse(after).Version).toBe('2012-10-17')
  })

  it('removes a redundant value with its comma', () => {
    const text = policyText({ ...get, Action: ['s3:GetObject', 's3:Get*', 's3:GetObjectAcl'] })
    const ds = validatePolicy(text)
    const fixes = ds.filter((d) => d.code === 'redundant-action').map((d) => quickFixes(text, d)[0]!)
    expect(fixes.map((f) => f.title)).toEqual(['Remove `s3:GetObject`', 'Remove `s3:GetObjectAcl`'])
    const first = apply(text, fixes[0]!)
    expect(JSON.parse(first).Statement.Action).toEqual(['s3:Get*', 's3:GetObjectAcl'])
    expect(first).toContain('[\n      "s3:Get*"')
    expect(JSON.parse(apply(text, fixes[1]!)).Statement.Action).toEqual(['s3:GetObject', 's3:Get*'])
  })

  it('applies catalog suggestions: action case, "did you mean" actions and keys', async () => {
    const catalog = nodeCatalog()
    const text = policyText({
      ...get,
      Action: ['s3:getobject', 's3:PutObjekt'],
      Condition: { Bool: { 'aws:SecureTransprot': 'true' } },
    })
    const ds = await validatePolicyWithCatalog(text, { catalog })
    const after = fixed(fixed(fixed(text, ds, 'unknown-condition-key'), ds, 'unknown-action'), ds, 'action-case')
    const statement = JSON.parse(after).Statement
    expect(statement.Action).toEqual(['s3:GetObject', 's3:PutObject'])
    expect(statement.Condition.Bool).toHaveProperty('aws:SecureTransport')
  })

  it('offers nothing when the text no longer holds what the diagnostic points at', () => {
    const text = policyText({ ...get, Effect: 'allow' })
    const d = only(validatePolicy(text), 'invalid-effect')
    expect(quickFixes(text.replace('"allow"', '"Allow"'), d)).toEqual([])
    expect(quickFixes('', d)).toEqual([])
  })

  it('offers nothing for checks without a clear fix', () => {
    const text = policyText({ Effect: 'Allow', Action: '*', Resource: '*' })
    expect(quickFixes(text, only(validatePolicy(text), 'allow-all-actions-all-resources'))).toEqual([])
  })
})
