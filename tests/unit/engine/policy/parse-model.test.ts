// The policy model parsePolicy builds ("Grammar of the IAM JSON policy language"), compared without spans,
// and the spans checked separately by slicing the source text.
import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { sliceSpan, stripSpans } from '../../../helpers/strip-spans'

const TEXT = `{
  "Version": "2012-10-17",
  "Id": "home-folders",
  "Statement": [
    {
      "Sid": "ReadHome",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": "arn:aws:s3:::bucket/\${aws:username}/*",
      "Condition": {
        "StringEquals": { "aws:PrincipalTag/team": ["red", "blue"] },
        "Bool": { "aws:SecureTransport": true },
        "NumericLessThan": { "s3:max-keys": 10 }
      }
    },
    {
      "Effect": "Deny",
      "NotAction": "iam:*",
      "NotResource": ["arn:aws:iam::123456789012:user/Bob"]
    }
  ]
}`

describe(parsePolicy, () => {
  describe('model shape', () => {
    it('builds statements with every element normalised to lists of located values', () => {
      expect(stripSpans(parsePolicy(TEXT, { kind: 'identity' }))).toEqual({
        version: '2012-10-17',
        id: 'home-folders',
        statements: [
          {
            index: 0,
            sid: { value: 'ReadHome' },
            effect: 'Allow',
            action: [{ value: 's3:GetObject' }, { value: 's3:ListBucket' }],
            resource: [{ value: 'arn:aws:s3:::bucket/${aws:username}/*' }],
            conditions: [
              { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: [{ value: 'red' }, { value: 'blue' }] },
              { operator: 'Bool', key: 'aws:SecureTransport', values: [{ value: 'true' }] },
              { operator: 'NumericLessThan', key: 's3:max-keys', values: [{ value: '10' }] },
            ],
            invalid: false,
          },
          {
            index: 1,
            effect: 'Deny',
            notAction: [{ value: 'iam:*' }],
            notResource: [{ value: 'arn:aws:iam::123456789012:user/Bob' }],
            conditions: [],
            invalid: false,
          },
        ],
        diagnostics: [],
        invalid: false,
        textLength: TEXT.length,
      })
    })

    it('parses a policy object to the same model as its text, without spans', () => {
      const fromText = stripSpans(parsePolicy(TEXT, { kind: 'identity' }))
      const fromObject = parsePolicy(JSON.parse(TEXT), { kind: 'identity' })
      delete fromText.textLength
      expect(stripSpans(fromObject)).toEqual(fromText)
      expect(JSON.stringify(fromObject)).not.toContain('"from"')
      expect(fromObject.statements[0]!.elementSpans).toEqual({})
    })

    it('accepts `Statement` as a single object (index 0) like a one-element array', () => {
      const one = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }
      const asObject = parsePolicy({ Version: '2012-10-17', Statement: one })
      const asArray = parsePolicy({ Version: '2012-10-17', Statement: [one] })
      expect(asObject.diagnostics).toEqual([])
      expect(asObject).toEqual(asArray)
      expect(asObject.statements[0]!.index).toBe(0)
    })

    it('a single string becomes a one-element list', () => {
      const p = parsePolicy({ Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' } })
      expect(stripSpans(p.statements[0]!.action)).toEqual([{ value: 's3:GetObject' }])
    })

    it('leaves `version` undefined when `Version` is absent (variables are then literal text)', () => {
      const p = parsePolicy({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })
      expect(p.version).toBeUndefined()
      expect(p.invalid).toBe(false)
    })

    it('accepts the older `2008-10-17` version', () => {
      expect(
        parsePolicy({ Version: '2008-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }).version,
      ).toBe('2008-10-17')
    })

    it('keeps condition keys as written and numbers as their raw text', () => {
      const p = parsePolicy(
        '{"Statement":{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"NumericEquals":{"S3:Max-Keys":1.50}}}}',
      )
      expect(stripSpans(p.statements[0]!.conditions)).toEqual([
        { operator: 'NumericEquals', key: 'S3:Max-Keys', values: [{ value: '1.50' }] },
      ])
    })

    it('keeps the operator as written, with its set prefix and IfExists suffix', () => {
      const p = parsePolicy({
        Statement: {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*'] } },
        },
      })
      expect(p.statements[0]!.conditions[0]!.operator).toBe('ForAnyValue:StringLikeIfExists')
    })

    it('one condition test per operator × key, in document order', () => {
      const p = parsePolicy({
        Statement: {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:a': 'x', 'aws:b': 'y' }, Bool: { 'aws:c': 'true' } },
        },
      })
      expect(p.statements[0]!.conditions.map((c) => `${c.operator}/${c.key}`)).toEqual([
        'StringEquals/aws:a',
        'StringEquals/aws:b',
        'Bool/aws:c',
      ])
    })

    it('a valid statement next to an invalid one stays valid', () => {
      const p = parsePolicy({
        Statement: [
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
          { Effect: 'Maybe', Action: 's3:GetObject', Resource: '*' },
        ],
      })
      expect(p.statements.map((s) => s.invalid)).toEqual([false, true])
      expect(p.invalid).toBe(true)
    })
  })

  describe('spans slice back to the source text', () => {
    const policy = parsePolicy(TEXT, { kind: 'identity' })
    const [first, second] = policy.statements

    it('a statement span covers its object', () => {
      const text = sliceSpan(TEXT, first!.span)
      expect(text.startsWith('{')).toBe(true)
      expect(text.endsWith('}')).toBe(true)
      expect(JSON.parse(text).Sid).toBe('ReadHome')
      expect(JSON.parse(sliceSpan(TEXT, second!.span))).toEqual(JSON.parse(TEXT).Statement[1])
    })

    it('element spans cover the element keys', () => {
      expect(sliceSpan(TEXT, first!.elementSpans.Sid)).toBe('"Sid"')
      expect(sliceSpan(TEXT, first!.elementSpans.Effect)).toBe('"Effect"')
      expect(sliceSpan(TEXT, first!.elementSpans.Action)).toBe('"Action"')
      expect(sliceSpan(TEXT, first!.elementSpans.Resource)).toBe('"Resource"')
      expect(sliceSpan(TEXT, first!.elementSpans.Condition)).toBe('"Condition"')
      expect(sliceSpan(TEXT, second!.elementSpans.NotAction)).toBe('"NotAction"')
      expect(sliceSpan(TEXT, second!.elementSpans.NotResource)).toBe('"NotResource"')
    })

    it('value spans cover each value with its quotes', () => {
      expect(sliceSpan(TEXT, first!.sid!.span)).toBe('"ReadHome"')
      expect(sliceSpan(TEXT, first!.effectSpan)).toBe('"Allow"')
      expect(first!.action!.map((a) => sliceSpan(TEXT, a.span))).toEqual(['"s3:GetObject"', '"s3:ListBucket"'])
      expect(sliceSpan(TEXT, first!.resource![0]!.span)).toBe('"arn:aws:s3:::bucket/${aws:username}/*"')
      expect(sliceSpan(TEXT, second!.notAction![0]!.span)).toBe('"iam:*"')
    })

    it('condition spans cover the operator, the key, each value and the key-value pair', () => {
      const [eq, bool, num] = first!.conditions
      expect(sliceSpan(TEXT, eq!.operatorSpan)).toBe('"StringEquals"')
      expect(sliceSpan(TEXT, eq!.keySpan)).toBe('"aws:PrincipalTag/team"')
      expect(eq!.values.map((v) => sliceSpan(TEXT, v.span))).toEqual(['"red"', '"blue"'])
      expect(sliceSpan(TEXT, eq!.span)).toBe('"aws:PrincipalTag/team": ["red", "blue"]')
      expect(sliceSpan(TEXT, bool!.values[0]!.span)).toBe('true')
      expect(sliceSpan(TEXT, num!.values[0]!.span)).toBe('10')
    })

    it('spans stay right after emoji and Korean text earlier in the policy', () => {
      const text = `{"Version":"2012-10-17","Statement":[{"Sid":"읽기전용😀🎉","Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/팀":"빨강"}}}]}`
      const p = parsePolicy(text)
      const s = p.statements[0]!
      expect(sliceSpan(text, s.sid!.span)).toBe('"읽기전용😀🎉"')
      expect(sliceSpan(text, s.effectSpan)).toBe('"Allow"')
      expect(sliceSpan(text, s.action![0]!.span)).toBe('"s3:GetObject"')
      expect(sliceSpan(text, s.conditions[0]!.keySpan)).toBe('"aws:PrincipalTag/팀"')
      expect(sliceSpan(text, s.conditions[0]!.values[0]!.span)).toBe('"빨강"')
    })

    it('principal spans cover the element and each entry', () => {
      const text =
        '{"Statement":{"Effect":"Allow","Principal":{"AWS":["123456789012","arn:aws:iam::123456789012:role/R"]},"Action":"s3:GetObject","Resource":"*"}}'
      const el = parsePolicy(text, { kind: 'resource' }).statements[0]!.principal!
      expect(sliceSpan(text, el.span)).toBe('{"AWS":["123456789012","arn:aws:iam::123456789012:role/R"]}')
      expect(el.entries.map((e) => sliceSpan(text, e.span))).toEqual([
        '"123456789012"',
        '"arn:aws:iam::123456789012:role/R"',
      ])
    })

    it('a diagnostic span covers the value at fault', () => {
      const text = '{"Statement":{"Sid":"😀","Effect":"allow","Action":"s3:GetObject","Resource":"*"}}'
      const d = parsePolicy(text).diagnostics.find((x) => x.code === 'invalid-effect')!
      expect(sliceSpan(text, d.span)).toBe('"allow"')
      expect(d.path).toBe('/Statement/Effect')
    })

    it('records the text length', () => {
      expect(policy.textLength).toBe(TEXT.length)
    })
  })
})
