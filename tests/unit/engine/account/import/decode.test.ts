// Policy documents in the three encodings GetAccountAuthorizationDetails output comes in, and what cannot be read.
import { describe, expect, it } from 'vitest'
import { decodePolicyDocument, readPolicyDocument } from '../../../../../src/engine/account/import/decode'
import { allow, trust } from './fixtures'

const doc = allow('s3:GetObject', 'arn:aws:s3:::bucket/*')
/** RFC 3986 encoding, as the raw IAM API returns documents. */
const rfc3986 = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

describe(decodePolicyDocument, () => {
  it('keeps an object (the AWS CLI prints decoded documents)', () => {
    expect(decodePolicyDocument(doc)).toEqual({ ok: true, document: doc, encoding: 'object' })
  })

  it('parses JSON text', () => {
    expect(decodePolicyDocument(JSON.stringify(doc, null, 2))).toEqual({ ok: true, document: doc, encoding: 'json' })
  })

  it('decodes RFC 3986 URL-encoded JSON text (the raw API)', () => {
    const encoded = rfc3986(JSON.stringify(doc, null, 4))
    expect(encoded.startsWith('%7B%0A')).toBe(true)
    expect(decodePolicyDocument(encoded)).toEqual({ ok: true, document: doc, encoding: 'url' })
  })

  it('reads `+` as a space when a form encoder wrote the text, and `%2B` as a plus', () => {
    const withPlus = allow('s3:GetObject', 'arn:aws:s3:::bucket/a+b')
    const encoded = encodeURIComponent(JSON.stringify(withPlus, null, 1)).replace(/%20/g, '+')
    expect(decodePolicyDocument(encoded)).toEqual({ ok: true, document: withPlus, encoding: 'url' })
  })

  it('keeps `%` sequences inside a JSON text document as they are', () => {
    const percent = allow('s3:GetObject', 'arn:aws:s3:::bucket/100%25')
    expect(decodePolicyDocument(JSON.stringify(percent))).toMatchObject({ ok: true, document: percent })
  })

  it('unwraps JSON text that was encoded twice', () => {
    expect(decodePolicyDocument(JSON.stringify(JSON.stringify(doc)))).toMatchObject({ ok: true, document: doc })
  })

  it('ignores surrounding whitespace and a byte order mark', () => {
    expect(decodePolicyDocument(`\uFEFF \n${JSON.stringify(doc)}\n`)).toMatchObject({ ok: true, document: doc })
  })

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    [42, 'is a number, not a policy document'],
    [null, 'is null, not a policy document'],
    [[doc], 'is an array, not a policy document'],
    ['[1, 2]', 'is JSON for an array, not a policy document'],
    ['%7B%22Version%22%3A%ZZ', 'has a broken URL escape (`%` not followed by a UTF-8 byte)'],
  ])('rejects %j: %s', (value, message) => {
    expect(decodePolicyDocument(value)).toEqual({ ok: false, message })
  })

  it('reports invalid JSON on one line, with the parser’s reason', () => {
    const result = decodePolicyDocument('{"Version": "2012-10-17",\n "Statement": [')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^is not valid JSON \([^\n]+\)$/)
  })

  it('reports URL-encoded text that does not decode to JSON', () => {
    const result = decodePolicyDocument(rfc3986('{"Version": '))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^is URL-encoded, but the decoded text is not valid JSON/)
  })

  it('rejects keys that reach prototypes, which scenarios refuse', () => {
    const hostile = '{"Version": "2012-10-17", "Statement": [], "__proto__": {"polluted": true}}'
    expect(decodePolicyDocument(hostile)).toEqual({
      ok: false,
      message: 'holds the key "__proto__", which scenarios do not allow',
    })
  })

  it('rejects values JSON cannot hold when given objects from code', () => {
    expect(decodePolicyDocument({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', n: Infinity }] })).toEqual({
      ok: false,
      message: 'holds Infinity, which JSON cannot',
    })
  })

  it('rejects absurd nesting', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 40; i++) deep = { a: deep }
    expect(decodePolicyDocument({ Statement: deep })).toEqual({
      ok: false,
      message: 'is nested more than 32 levels deep',
    })
  })
})

describe(readPolicyDocument, () => {
  it('accepts documents that follow the grammar for their kind', () => {
    expect(readPolicyDocument(doc, 'identity').ok).toBe(true)
    expect(readPolicyDocument(trust(), 'trust').ok).toBe(true)
  })

  it('rejects a grammar error the scenario parser would refuse, naming where it is', () => {
    const bad = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Foo: 1 }] }
    expect(readPolicyDocument(bad, 'identity')).toEqual({
      ok: false,
      message: 'is not a valid identity-based policy: unknown statement element `Foo` at `/Statement/0/Foo`',
    })
  })

  it('checks by kind: a trust policy needs `Principal`', () => {
    const result = readPolicyDocument(allow('sts:AssumeRole'), 'trust')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/^is not a valid trust policy: .*`Principal`/)
  })
})
