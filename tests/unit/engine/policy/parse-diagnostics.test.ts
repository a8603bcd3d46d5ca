// Every grammar problem parsePolicy reports, following "Grammar of the IAM JSON policy language" and the
// element pages of the IAM User Guide. Problems are collected, never only the first.
import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../../../../src/engine/policy/kinds'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { sliceSpan } from '../../../helpers/strip-spans'

type Doc = Record<string, unknown>

/** A valid identity-policy statement with `extra` merged in (an `undefined` member removes that element). */
function stmt(extra: Doc = {}): Doc {
  const s: Doc = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*', ...extra }
  for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k]
  return s
}

const policy = (...statements: Doc[]): Doc => ({ Version: '2012-10-17', Statement: statements })

/** The codes of every diagnostic for a one-statement policy. */
function codes(doc: unknown, kind?: PolicyKind): string[] {
  return parsePolicy(doc, kind ? { kind } : {}).diagnostics.map((d) => d.code)
}

describe(parsePolicy, () => {
  it('a well-formed policy has no diagnostics and is valid', () => {
    const p = parsePolicy(policy(stmt()), { kind: 'identity' })
    expect(p.diagnostics).toEqual([])
    expect(p.invalid).toBe(false)
  })

  describe('the policy document', () => {
    it.each([
      ['an array', '[]'],
      ['a string', '"policy"'],
      ['a number', '42'],
      ['null', 'null'],
    ])('policy-not-object: the policy is %s', (_, text) => {
      const p = parsePolicy(text)
      expect(p.diagnostics.map((d) => d.code)).toEqual(['policy-not-object'])
      expect(p.invalid).toBe(true)
      expect(p.statements).toEqual([])
    })

    it('unknown-element: a misspelled top-level element', () => {
      const p = parsePolicy({ Version: '2012-10-17', Statment: [stmt()] })
      expect(p.diagnostics.map((d) => d.code)).toEqual(['unknown-element', 'missing-statement'])
      expect(p.diagnostics[0]).toMatchObject({ message: 'unknown policy element `Statment`', path: '/Statment' })
    })

    it('unknown-element: element names are case-sensitive, with a hint naming the right case', () => {
      const d = parsePolicy({ version: '2012-10-17', Statement: [stmt()] }).diagnostics
      expect(d).toHaveLength(1)
      expect(d[0]).toMatchObject({ code: 'unknown-element', help: 'element names are case-sensitive: write `Version`' })
    })

    it.each([
      ['a date that is not a policy version', '2012-10-18'],
      ['the date with a trailing space', '2012-10-17 '],
      ['a number', 2012],
      ['a list', ['2012-10-17']],
    ])('invalid-version: %s', (_, version) => {
      expect(codes({ Version: version, Statement: [stmt()] })).toEqual(['invalid-version'])
    })

    it('invalid-version points at the value', () => {
      const text = '{"Version": "2012-10-18", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'
      const d = parsePolicy(text).diagnostics[0]!
      expect(sliceSpan(text, d.span)).toBe('"2012-10-18"')
    })

    it('invalid-id: `Id` must be a string', () => {
      expect(codes({ Version: '2012-10-17', Id: 7, Statement: [stmt()] })).toEqual(['invalid-id'])
    })

    it('missing-statement: `Statement` is required', () => {
      expect(codes({ Version: '2012-10-17' })).toEqual(['missing-statement'])
    })

    it('empty-statement: `Statement` is an empty array', () => {
      expect(codes({ Version: '2012-10-17', Statement: [] })).toEqual(['empty-statement'])
    })

    it.each([
      ['a string', 'Allow everything'],
      ['a number', 1],
      ['null', null],
    ])('statement-not-object: `Statement` is %s', (_, value) => {
      expect(codes({ Version: '2012-10-17', Statement: value })).toEqual(['statement-not-object'])
    })

    it('statement-not-object: one item of the array is not an object, and the others are still parsed', () => {
      const p = parsePolicy({ Version: '2012-10-17', Statement: ['s3:*', stmt()] })
      expect(p.diagnostics).toMatchObject([{ code: 'statement-not-object', path: '/Statement/0' }])
      expect(p.statements.map((s) => s.index)).toEqual([1])
    })
  })

  describe('duplicate-key', () => {
    it('a key given twice in the policy object', () => {
      const text =
        '{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'
      const d = parsePolicy(text).diagnostics
      expect(d.map((x) => x.code)).toEqual(['duplicate-key'])
      expect(d[0]!.span?.from).toBe(text.lastIndexOf('"Version"'))
    })

    it('a key given twice in a statement, pointing at the second one', () => {
      const text = '{"Statement": {"Effect": "Allow", "Action": "*", "Effect": "Deny", "Resource": "*"}}'
      const p = parsePolicy(text)
      expect(p.diagnostics).toMatchObject([{ code: 'duplicate-key', path: '/Statement/Effect' }])
      expect(p.diagnostics[0]!.span?.from).toBe(text.indexOf('"Effect": "Deny"'))
      expect(p.invalid).toBe(true)
    })

    it('a condition key given twice under one operator', () => {
      const text =
        '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:a": "x", "aws:a": "y"}}}}'
      expect(parsePolicy(text).diagnostics).toMatchObject([
        { code: 'duplicate-key', path: '/Statement/Condition/StringEquals/aws:a' },
      ])
    })
  })

  describe('Effect', () => {
    it('missing-effect: `Effect` is required', () => {
      expect(codes(policy(stmt({ Effect: undefined })))).toEqual(['missing-effect'])
    })

    it.each([
      ['lower case `allow`', 'allow'],
      ['upper case `DENY`', 'DENY'],
      ['another word', 'Permit'],
      ['a boolean', true],
      ['a list', ['Allow']],
    ])('invalid-effect: %s', (_, effect) => {
      const p = parsePolicy(policy(stmt({ Effect: effect })))
      expect(p.diagnostics.map((d) => d.code)).toEqual(['invalid-effect'])
      expect(p.statements[0]!.effect).toBeUndefined()
      expect(p.statements[0]!.invalid).toBe(true)
    })

    it('invalid-effect says the values are case-sensitive', () => {
      expect(parsePolicy(policy(stmt({ Effect: 'allow' }))).diagnostics[0]).toMatchObject({
        message: 'invalid effect `allow`',
        help: '`Effect` must be `Allow` or `Deny` (case-sensitive)',
      })
    })
  })

  describe('Action / NotAction', () => {
    it('action-and-notaction: a statement cannot have both, pointing at `NotAction`', () => {
      const text = '{"Statement": {"Effect": "Allow", "Action": "s3:*", "NotAction": "iam:*", "Resource": "*"}}'
      const d = parsePolicy(text).diagnostics
      expect(d.map((x) => x.code)).toEqual(['action-and-notaction'])
      expect(sliceSpan(text, d[0]!.span)).toBe('"NotAction"')
    })

    it('missing-action: a statement needs `Action` or `NotAction`', () => {
      expect(codes(policy(stmt({ Action: undefined })))).toEqual(['missing-action'])
    })

    it('missing-action: required even when no kind is given', () => {
      expect(codes({ Statement: { Effect: 'Allow', Resource: '*' } })).toEqual(['missing-action'])
    })

    it.each([
      '*',
      's3:*',
      's3:GetObject',
      's3:Get*',
      's3:?etObject',
      'iam:*AccessKey*',
      'execute-api:Invoke',
      'S3:GETOBJECT',
      // A comma or whitespace: AWS accepts it as text that matches nothing; the validator warns about it.
      's3:Get Object',
      's3:GetObject,PutObject',
    ])('accepts the action `%s`', (action) => {
      expect(codes(policy(stmt({ Action: action })))).toEqual([])
    })

    it.each([
      ['no service prefix', 's3GetObject'],
      ['a slash', 's3:Get/Object'],
      ['two colons', 's3:Get:Object'],
      ['an empty service', ':GetObject'],
    ])('invalid-action: %s', (_, action) => {
      expect(codes(policy(stmt({ Action: action })))).toEqual(['invalid-action'])
    })

    it('invalid-action: checks `NotAction` values too, one diagnostic per bad value', () => {
      const p = parsePolicy(policy(stmt({ Action: undefined, NotAction: ['iam:*', 'bad', 'worse'] })))
      expect(p.diagnostics).toMatchObject([
        { code: 'invalid-action', path: '/Statement/0/NotAction/1' },
        { code: 'invalid-action', path: '/Statement/0/NotAction/2' },
      ])
    })
  })

  describe('Resource / NotResource', () => {
    it('resource-and-notresource: a statement cannot have both', () => {
      expect(codes(policy(stmt({ NotResource: 'arn:aws:s3:::other/*' })))).toEqual(['resource-and-notresource'])
    })

    it.each<PolicyKind>(['identity', 'resource', 'boundary', 'session', 'scp', 'rcp'])(
      'missing-resource: required in a %s policy',
      (kind) => {
        const principal = kind === 'resource' || kind === 'rcp' ? { Principal: '*' } : {}
        expect(codes(policy(stmt({ Resource: undefined, ...principal })), kind)).toEqual(['missing-resource'])
      },
    )

    it('missing-resource: not required in a role trust policy (it names the role implicitly)', () => {
      const trust = policy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' })
      expect(codes(trust, 'trust')).toEqual([])
    })

    it('missing-resource names the kind of policy, with the right article', () => {
      expect(parsePolicy(policy(stmt({ Resource: undefined })), { kind: 'identity' }).diagnostics[0]!.message).toBe(
        'the statement has no `Resource` or `NotResource` in an identity-based policy',
      )
      expect(parsePolicy(policy(stmt({ Resource: undefined })), { kind: 'scp' }).diagnostics[0]!.message).toBe(
        'the statement has no `Resource` or `NotResource` in a service control policy',
      )
    })

    it.each([
      '*',
      'arn:aws:s3:::bucket',
      'arn:aws:s3:::bucket/*',
      'arn:aws:iam::123456789012:user/Bob',
      'arn:aws:s3:*',
      'arn:aws:lambda:us-east-1:123456789012:function:f:PROD',
      'arn:aws:s3:::bucket/home/${aws:username}/*',
    ])('accepts the resource `%s`', (resource) => {
      expect(codes(policy(stmt({ Resource: resource })))).toEqual([])
    })

    it.each([
      ['a bare bucket name', 'bucket'],
      ['a URL', 's3://bucket/key'],
      ['too few parts', 'arn:aws:s3:bucket'],
    ])('malformed-arn: %s', (_, resource) => {
      expect(codes(policy(stmt({ Resource: resource })))).toEqual(['malformed-arn'])
    })

    it('malformed-arn points at the value in a list', () => {
      const text = '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": ["*", "bucket"]}}'
      const d = parsePolicy(text).diagnostics[0]!
      expect(d).toMatchObject({ code: 'malformed-arn', path: '/Statement/Resource/1' })
      expect(sliceSpan(text, d.span)).toBe('"bucket"')
    })
  })

  describe('Condition', () => {
    it.each([
      ['a string', 'aws:SecureTransport'],
      ['a list', [{ Bool: { 'aws:SecureTransport': 'true' } }]],
    ])('invalid-condition: `Condition` is %s', (_, condition) => {
      expect(codes(policy(stmt({ Condition: condition })))).toEqual(['invalid-condition'])
    })

    it('invalid-condition: an operator maps to something other than an object of keys', () => {
      expect(codes(policy(stmt({ Condition: { StringEquals: 'x' } })))).toEqual(['invalid-condition'])
    })

    it.each(['StringEqualz', 'StringEquals:IfExists', 'ForSomeValues:StringEquals', 'IpAddressIfExist'])(
      'unknown-condition-operator: `%s`',
      (operator) => {
        expect(codes(policy(stmt({ Condition: { [operator]: { 'aws:a': 'x' } } })))).toEqual([
          'unknown-condition-operator',
        ])
      },
    )

    it('unknown-condition-operator points at the operator key', () => {
      const text =
        '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEqualz": {"aws:a": "x"}}}}'
      expect(sliceSpan(text, parsePolicy(text).diagnostics[0]!.span)).toBe('"StringEqualz"')
    })

    it('accepts strings, numbers and booleans as condition values', () => {
      expect(codes(policy(stmt({ Condition: { StringEquals: { 'aws:a': ['x', 1, true] } } })))).toEqual([])
    })

    it.each([
      ['null', null],
      ['an object', { nested: 'x' }],
      ['a nested list', [['x']]],
    ])('wrong-type: a condition value that is %s', (_, value) => {
      expect(codes(policy(stmt({ Condition: { StringEquals: { 'aws:a': value } } })))).toEqual(['wrong-type'])
    })

    it('empty-value: an operator with no keys', () => {
      expect(codes(policy(stmt({ Condition: { StringEquals: {} } })))).toEqual(['empty-value'])
    })

    it('empty-value: a condition key with an empty list of values', () => {
      expect(codes(policy(stmt({ Condition: { StringEquals: { 'aws:a': [] } } })))).toEqual(['empty-value'])
    })
  })

  describe('value types', () => {
    it.each([
      ['`Action` is a number', { Action: 5 }],
      ['an `Action` item is an object', { Action: ['s3:GetObject', {}] }],
      ['`Resource` is a boolean', { Resource: true }],
      ['`Resource` is an object', { Resource: { arn: 'arn:aws:s3:::b' } }],
      ['`NotAction` is null', { Action: undefined, NotAction: null }],
    ])('wrong-type: %s', (_, extra) => {
      expect(codes(policy(stmt(extra)))).toEqual(['wrong-type'])
    })

    it('wrong-type names what was found', () => {
      expect(parsePolicy(policy(stmt({ Action: 5 }))).diagnostics[0]!.message).toBe(
        '`Action` values must be strings, not number 5',
      )
    })

    it.each([
      ['`Action` is an empty list', { Action: [] }],
      ['`Action` is an empty string', { Action: '' }],
      ['`Resource` is an empty list', { Resource: [] }],
      ['a `Resource` item is an empty string', { Resource: ['arn:aws:s3:::b', ''] }],
    ])('empty-value: %s', (_, extra) => {
      expect(codes(policy(stmt(extra)))).toEqual(['empty-value'])
    })

    it('invalid-sid: `Sid` must be a string', () => {
      expect(codes(policy(stmt({ Sid: 1 })))).toEqual(['invalid-sid'])
    })
  })

  describe('Sid', () => {
    it('duplicate-sid: "the Sid value must be unique within a JSON policy", pointing at the second', () => {
      const text =
        '{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "*", "Resource": "*"}]}'
      const d = parsePolicy(text).diagnostics
      expect(d).toMatchObject([{ code: 'duplicate-sid', path: '/Statement/1/Sid' }])
      expect(d[0]!.span?.from).toBe(text.lastIndexOf('"A"'))
    })

    it('different Sids are fine, and so are statements without one', () => {
      expect(codes(policy(stmt({ Sid: 'A' }), stmt({ Sid: 'B' }), stmt(), stmt()))).toEqual([])
    })

    it('Sids differing only in case are different Sids', () => {
      expect(codes(policy(stmt({ Sid: 'Read' }), stmt({ Sid: 'read' })))).toEqual([])
    })
  })

  describe('unknown statement elements', () => {
    it('unknown-element with a case hint for `effect`', () => {
      const d = parsePolicy(policy({ effect: 'Allow', Effect: 'Allow', Action: '*', Resource: '*' })).diagnostics
      expect(d).toMatchObject([
        {
          code: 'unknown-element',
          path: '/Statement/0/effect',
          help: 'element names are case-sensitive: write `Effect`',
        },
      ])
    })

    it('unknown-element lists the statement elements when no element is close', () => {
      const d = parsePolicy(policy(stmt({ Description: 'x' }))).diagnostics[0]!
      expect(d.code).toBe('unknown-element')
      expect(d.help).toContain('`NotPrincipal`')
    })
  })

  describe('all problems are collected', () => {
    it('a statement with three different errors yields three diagnostics', () => {
      const p = parsePolicy(
        policy(stmt({ Effect: 'allow', Action: 's3GetObject', Condition: { StringEqualz: { 'aws:a': 'x' } } })),
      )
      expect(p.diagnostics.map((d) => d.code)).toEqual([
        'invalid-effect',
        'invalid-action',
        'unknown-condition-operator',
      ])
    })

    it('errors in different statements and at the top level are all reported', () => {
      const p = parsePolicy({
        Version: '2012-10-16',
        Statement: [stmt({ Effect: undefined }), stmt({ Resource: 'bucket' }), stmt({ Sid: 'X' }), stmt({ Sid: 'X' })],
        Extra: true,
      })
      expect(p.diagnostics.map((d) => d.code).sort()).toEqual(
        ['duplicate-sid', 'invalid-version', 'malformed-arn', 'missing-effect', 'unknown-element'].sort(),
      )
    })

    it('syntax errors and grammar errors of the part that could be read are both reported', () => {
      const text = '{"Statement": [{"Effect": "allow", "Action": "*", "Resource": "*"},'
      const found = parsePolicy(text).diagnostics.map((d) => d.code)
      expect(found).toContain('json-syntax')
      expect(found).toContain('invalid-effect')
    })

    it('every diagnostic is an error with a path and a one-line message', () => {
      const p = parsePolicy(policy(stmt({ Effect: 'x', Action: [], Resource: 'b', Condition: 'c' })))
      expect(p.diagnostics.length).toBeGreaterThanOrEqual(4)
      for (const d of p.diagnostics) {
        expect(d.severity).toBe('error')
        expect(d.path).toMatch(/^\/Statement\/0/)
        expect(d.message).not.toMatch(/\n|\.$/)
      }
    })
  })
})
