import { describe, expect, it } from 'vitest'
import { policyLocation, statementAt, stringsOf } from '../../../src/lib/editor/location'

/** The location at the `|` of `marked`. */
function at(marked: string) {
  const pos = marked.indexOf('|')
  return policyLocation(marked.slice(0, pos) + marked.slice(pos + 1), pos)
}

describe(policyLocation, () => {
  it.each([
    ['{ "Ver|" }', { kind: 'top-key' }],
    ['{ "Version": "|" }', { kind: 'version' }],
    ['{ "Statement": [ { "|" } ] }', { kind: 'statement-key', statement: 0 }],
    ['{ "Statement": [ {}, { "Effect": "Allow", "A|" } ] }', { kind: 'statement-key', statement: 1 }],
    ['{ "Statement": { "Eff|" } }', { kind: 'statement-key', statement: 0 }],
    ['{ "Statement": [ { "Effect": "|" } ] }', { kind: 'effect', statement: 0 }],
    ['{ "Statement": { "Effect": "A|" } }', { kind: 'effect', statement: 0 }],
    ['{ "Statement": [ { "Action": "s3:|" } ] }', { kind: 'action', statement: 0 }],
    ['{ "Statement": [ { "NotAction": ["s3:GetObject", "s3:|"] } ] }', { kind: 'action', statement: 0 }],
    ['{ "Statement": [ { "Resource": ["|"] } ] }', { kind: 'resource', statement: 0 }],
    ['{ "Statement": [ { "Principal": "|" } ] }', { kind: 'principal', statement: 0 }],
    ['{ "Statement": [ { "Principal": { "|" } } ] }', { kind: 'principal-type', statement: 0 }],
    ['{ "Statement": [ { "Principal": { "AWS": ["|"] } } ] }', { kind: 'principal-value', statement: 0, type: 'AWS' }],
    ['{ "Statement": [ { "Condition": { "String|" } } ] }', { kind: 'condition-operator', statement: 0 }],
    [
      '{ "Statement": [ { "Condition": { "Bool": { "aws:|" } } } ] }',
      { kind: 'condition-key', statement: 0, operator: 'Bool' },
    ],
    [
      '{ "Statement": [ { "Condition": { "Bool": { "aws:SecureTransport": "|" } } } ] }',
      { kind: 'condition-value', statement: 0, operator: 'Bool', key: 'aws:SecureTransport' },
    ],
    ['{ "Statement": [ | ] }', { kind: 'statement' }],
    ['{ "Statement": [ { "Sid": "|" } ] }', { kind: 'other' }],
  ])('classifies %s', (marked, slot) => {
    expect(at(marked).slot).toEqual(slot)
  })

  it('gives the string content range and what was typed before the cursor', () => {
    const loc = at('{ "Action": "s3:Get|Object" }')
    expect(loc.quoted).toBe(true)
    expect(loc.typed).toBe('s3:Get')
    expect('{ "Action": "s3:GetObject" }'.slice(loc.from, loc.to)).toBe('s3:GetObject')
  })

  it('treats an unclosed string as running to the cursor', () => {
    const loc = at('{ "Statement": [ { "Effect": "Al|')
    expect(loc).toMatchObject({ quoted: true, typed: 'Al', slot: { kind: 'effect' } })
  })

  it('offers nothing right after a closed string', () => {
    expect(at('{ "Statement": [ { "Effect": "Allow"| } ] }').slot).toEqual({ kind: 'other' })
  })

  it('knows a bare position between members is not in a string', () => {
    const loc = at('{ "Statement": [ { "Effect": "Allow", | } ] }')
    expect(loc).toMatchObject({ quoted: false, typed: '', slot: { kind: 'statement-key' } })
  })

  it('does not offer statement templates inside a string', () => {
    expect(at('{ "Statement": [ "|" ] }').slot).toEqual({ kind: 'other' })
  })
})

describe(statementAt, () => {
  it('reads a statement from an array or a lone object, even half-written', () => {
    expect(statementAt('{ "Statement": [ {}, { "Action": "s3:GetObject", "Ef', 1)).toMatchObject({
      Action: 's3:GetObject',
    })
    expect(statementAt('{ "Statement": { "Effect": "Deny" } }', 0)).toEqual({ Effect: 'Deny' })
    expect(statementAt('{ "Statement": { "Effect": "Deny" } }', 1)).toBeUndefined()
    expect(statementAt('[]', 0)).toBeUndefined()
  })
})

describe(stringsOf, () => {
  it('reads one string or the strings of an array', () => {
    expect(stringsOf('s3:GetObject')).toEqual(['s3:GetObject'])
    expect(stringsOf(['a', 1, 'b'])).toEqual(['a', 'b'])
    expect(stringsOf(undefined)).toEqual([])
  })
})
