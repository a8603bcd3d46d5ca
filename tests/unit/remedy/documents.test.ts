// Policy documents for remedies: reading text or objects, the size quotas AWS enforces, Sids and names, and the
// compact line diff the previews show.
import { describe, expect, it } from 'vitest'
import {
  actionWord,
  documentSize,
  fitsQuota,
  lineDiff,
  readDocument,
  sidFor,
  statementsOf,
  writeBody,
} from '../../../src/engine/remedy/documents'

describe('documents', () => {
  it('reads text and objects, and nothing that is not a JSON object', () => {
    expect(readDocument('{"Statement": {"Effect": "Allow"}}')).toEqual({ Statement: { Effect: 'Allow' } })
    expect(readDocument('{ not json')).toBeUndefined()
    expect(readDocument('[1]')).toBeUndefined()
    expect(statementsOf({ Statement: { Effect: 'Allow' } })).toEqual([{ Effect: 'Allow' }])
    expect(statementsOf({})).toEqual([])
  })

  it('writes text back as text and objects as objects', () => {
    const doc = { Version: '2012-10-17', Statement: [] }
    expect(writeBody('{}', doc)).toBe(JSON.stringify(doc, null, 2))
    expect(writeBody({}, doc)).toBe(doc)
  })

  it('measures as AWS does: IAM without white space, Organizations as saved', () => {
    const doc = { Statement: [{ Effect: 'Allow', Action: 'a b' }] }
    expect(documentSize('managed', [doc])).toBe(JSON.stringify(doc).length - 1)
    expect(documentSize('org', [doc])).toBe(JSON.stringify(doc).length)
    const big = { Statement: [{ Action: 'x'.repeat(2100) }] }
    expect(fitsQuota('user-inline', [big])).toBe(false)
    expect(fitsQuota('role-inline', [big])).toBe(true)
    // An entity's inline policies count together.
    const half = { Statement: [{ Action: 'x'.repeat(1100) }] }
    expect(fitsQuota('user-inline', [half])).toBe(true)
    expect(fitsQuota('user-inline', [half, half])).toBe(false)
  })

  it('makes Sids of letters and digits, unique in the policy', () => {
    expect(actionWord('secretsmanager:GetSecretValue')).toBe('SecretsmanagerGetSecretValue')
    expect(sidFor('Allow', 's3:GetObject', [{ Sid: 'AllowS3GetObject' }, { Sid: 'AllowS3GetObject2' }])).toBe(
      'AllowS3GetObject3',
    )
  })

  it('shows only the changed lines, with a little context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n')
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g'].join('\n')
    expect(lineDiff(before, after)).toBe(['  …', '  b', '  c', '- d', '+ D', '  e', '  f', '  …'].join('\n'))
    expect(lineDiff('', 'x\ny')).toBe('+ x\n+ y')
    expect(lineDiff('x', '')).toBe('- x')
  })
})
