import { describe, expect, it } from 'vitest'
import { decodeBase64 } from '../../../../src/engine/conditions/binary'
import { evaluate, holds } from './helpers'

describe('Boolean condition operator', () => {
  it.each([
    ['false', 'false', true],
    ['false', 'true', false],
    ['true', 'true', true],
    ['true', 'TRUE', true],
    ['True', 'true', true],
    ['FALSE', 'False', true],
  ])('Bool compares "true" or "false" (policy %s, request %s), ignoring letter case', (policy, request, expected) => {
    expect(holds('Bool', policy, request)).toBe(expected)
  })

  it('follows the aws:SecureTransport example: a Deny on "false" applies only to requests without SSL', () => {
    expect(holds('Bool', 'false', 'false')).toBe(true)
    expect(holds('Bool', 'false', 'true')).toBe(false)
  })

  it('"If the key ... is not present in the request context, the values do not match"', () => {
    expect(holds('Bool', 'true', undefined)).toBe(false)
  })

  it('BoolIfExists holds when the key is missing', () => {
    expect(holds('BoolIfExists', 'true', undefined)).toBe(true)
  })

  it.each(['yes', '1', '', 'truee'])('treats request value %j as malformed: no match, with an error', (request) => {
    const e = evaluate('Bool', 'true', request)
    expect(e.matched).toBe(false)
    expect(e.error).toBe(`request value \`${request}\` is not \`true\` or \`false\``)
  })

  it('reports a malformed policy value and never matches it', () => {
    const e = evaluate('Bool', ['maybe'], 'true')
    expect(e.matched).toBe(false)
    expect(e.reason).toBe('condition_value_malformed')
  })

  it('does not substitute policy variables (the policy variable page lists Boolean among the operators that cannot)', () => {
    const e = evaluate('Bool', '${aws:SecureTransport}', 'true', { context: { 'aws:SecureTransport': 'true' } })
    expect(e.matched).toBe(false)
    expect(e.values[0]?.resolved).toBeUndefined()
  })
})

describe('Binary condition operator', () => {
  it('BinaryEquals compares "byte for byte against a base-64 encoded representation" (the User Guide value)', () => {
    expect(holds('BinaryEquals', 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', 'QmluYXJ5VmFsdWVJbkJhc2U2NA==')).toBe(true)
    expect(holds('BinaryEquals', 'QmluYXJ5VmFsdWVJbkJhc2U2NA==', 'QmluYXJ5VmFsdWVJbkJhc2U2NQ==')).toBe(false)
  })

  it.each([
    ['QQ==', 'QQ', true],
    ['QQ==', 'QR==', true],
    ['QUJD', 'QUJD', true],
    ['QUJD', 'QUJE', false],
    ['', '', true],
  ])('compares decoded bytes, not text: %j vs %j', (policy, request, expected) => {
    expect(holds('BinaryEquals', policy, request)).toBe(expected)
  })

  it('BinaryEquals is case-sensitive, as base64 is', () => {
    expect(holds('BinaryEquals', 'QUJD', 'qujd')).toBe(false)
  })

  it('a missing key does not match', () => {
    expect(holds('BinaryEquals', 'QUJD', undefined)).toBe(false)
  })

  it('reports a request value that is not base64', () => {
    const e = evaluate('BinaryEquals', 'QUJD', 'not base64!')
    expect(e.matched).toBe(false)
    expect(e.error).toBe('request value `not base64!` is not base64')
  })

  it.each(['Q', 'QQ=', 'Q===', 'QU JD', 'QUJD=', '-_-_', '=QUJ'])('rejects malformed base64 %j', (text) => {
    expect(decodeBase64(text)).toBeUndefined()
  })

  it('decodes to one character per byte', () => {
    expect(decodeBase64('AP8=')).toBe('\u0000\u00ff')
    expect(decodeBase64('aGVsbG8gd29ybGQ=')).toBe('hello world')
  })
})
