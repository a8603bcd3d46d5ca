// The Principal / NotPrincipal element ("AWS JSON policy elements: Principal", IAM User Guide) and where
// a policy kind requires or forbids it.
import { describe, expect, it } from 'vitest'
import type { PolicyKind } from '../../../../src/engine/policy/kinds'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { stripSpans } from '../../../helpers/strip-spans'

const ALLOW = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }

function parseWith(principal: unknown, kind: PolicyKind = 'resource', element = 'Principal') {
  return parsePolicy({ Version: '2012-10-17', Statement: [{ ...ALLOW, [element]: principal }] }, { kind })
}

const codes = (principal: unknown, kind?: PolicyKind) => parseWith(principal, kind).diagnostics.map((d) => d.code)

describe(parsePolicy, () => {
  describe('Principal forms', () => {
    it('`"*"` is everyone, anonymous included', () => {
      const p = parseWith('*')
      expect(p.diagnostics).toEqual([])
      expect(stripSpans(p.statements[0]!.principal)).toEqual({ any: true, entries: [] })
    })

    it.each([
      ['everyone', '*'],
      ['an account ID', '123456789012'],
      ['the account root ARN', 'arn:aws:iam::123456789012:root'],
      ['an IAM user', 'arn:aws:iam::123456789012:user/division/Bob'],
      ['an IAM role', 'arn:aws:iam::123456789012:role/service-role/Admin'],
      ['an assumed-role session', 'arn:aws:sts::123456789012:assumed-role/Admin/alice@example.com'],
      ['a federated-user session', 'arn:aws:sts::123456789012:federated-user/Carol'],
      ['an account in the China partition', 'arn:aws-cn:iam::123456789012:root'],
    ])('`{"AWS": …}` accepts %s', (_, value) => {
      const p = parseWith({ AWS: value })
      expect(p.diagnostics).toEqual([])
      expect(stripSpans(p.statements[0]!.principal)).toEqual({ any: false, entries: [{ type: 'AWS', value }] })
    })

    it('`{"Service": …}` takes service principals, one or a list', () => {
      const p = parseWith({ Service: ['ecs.amazonaws.com', 'elasticloadbalancing.amazonaws.com'] })
      expect(p.diagnostics).toEqual([])
      expect(stripSpans(p.statements[0]!.principal!.entries)).toEqual([
        { type: 'Service', value: 'ecs.amazonaws.com' },
        { type: 'Service', value: 'elasticloadbalancing.amazonaws.com' },
      ])
    })

    it.each([
      ['a web identity provider', 'cognito-identity.amazonaws.com'],
      ['an OIDC provider', 'accounts.google.com'],
      ['a SAML provider ARN', 'arn:aws:iam::123456789012:saml-provider/ExampleProvider'],
    ])('`{"Federated": …}` accepts %s', (_, value) => {
      const p = parseWith({ Federated: value }, 'trust')
      expect(p.diagnostics).toEqual([])
      expect(p.statements[0]!.principal!.entries).toMatchObject([{ type: 'Federated', value }])
    })

    it('`{"CanonicalUser": …}` takes an S3 canonical user ID', () => {
      const id = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be'
      expect(stripSpans(parseWith({ CanonicalUser: id }).statements[0]!.principal!.entries)).toEqual([
        { type: 'CanonicalUser', value: id },
      ])
    })

    it('mixes principal types and arrays in one element, in document order', () => {
      const p = parseWith({
        AWS: ['arn:aws:iam::123456789012:root', '210987654321'],
        Service: 'lambda.amazonaws.com',
      })
      expect(p.diagnostics).toEqual([])
      expect(p.statements[0]!.principal!.entries.map((e) => `${e.type}:${e.value}`)).toEqual([
        'AWS:arn:aws:iam::123456789012:root',
        'AWS:210987654321',
        'Service:lambda.amazonaws.com',
      ])
    })

    it('`NotPrincipal` takes the same forms', () => {
      const p = parseWith({ AWS: 'arn:aws:iam::123456789012:user/Bob' }, 'resource', 'NotPrincipal')
      expect(p.diagnostics).toEqual([])
      expect(p.statements[0]!.principal).toBeUndefined()
      expect(stripSpans(p.statements[0]!.notPrincipal)).toEqual({
        any: false,
        entries: [{ type: 'AWS', value: 'arn:aws:iam::123456789012:user/Bob' }],
      })
    })
  })

  describe('invalid-principal', () => {
    it('a string other than `"*"`, with a hint to wrap it in `{"AWS": …}`', () => {
      const d = parseWith('arn:aws:iam::123456789012:root').diagnostics
      expect(d).toMatchObject([
        { code: 'invalid-principal', help: 'write `{"AWS": "arn:aws:iam::123456789012:root"}`' },
      ])
    })

    it.each([
      ['a number', 5],
      ['a list', ['*']],
      ['null', null],
    ])('the element is %s', (_, principal) => {
      expect(codes(principal)).toEqual(['invalid-principal'])
    })

    it.each([
      ['a lower-case type', { aws: '*' }],
      ['an unknown type', { IAM: 'arn:aws:iam::123456789012:root' }],
    ])('%s', (_, principal) => {
      expect(codes(principal)).toEqual(['invalid-principal'])
    })

    it.each([
      ['a bare user name', 'Bob'],
      ['an eleven-digit account', '12345678901'],
      ['a non-IAM ARN', 'arn:aws:s3:::bucket'],
      ['an ARN without an account', 'arn:aws:iam:::user/Bob'],
    ])('an `AWS` value that is %s', (_, value) => {
      expect(codes({ AWS: value })).toEqual(['invalid-principal'])
    })

    it.each([
      ['a user-name wildcard', 'arn:aws:iam::123456789012:user/*'],
      ['a role-name wildcard', 'arn:aws:iam::123456789012:role/Admin*'],
      ['an account wildcard', 'arn:aws:iam::*:root'],
    ])('"You cannot use a wildcard to match part of a principal name or ARN": %s', (_, value) => {
      expect(codes({ AWS: value })).toEqual(['invalid-principal'])
    })

    it('reports each bad value of a list', () => {
      expect(parseWith({ AWS: ['Bob', '123456789012', 'Alice'] }).diagnostics).toMatchObject([
        { code: 'invalid-principal', path: '/Statement/0/Principal/AWS/0' },
        { code: 'invalid-principal', path: '/Statement/0/Principal/AWS/2' },
      ])
    })
  })

  describe('principal values', () => {
    it('empty-value: an empty object', () => {
      expect(codes({})).toEqual(['empty-value'])
    })

    it('empty-value: an empty list of principals', () => {
      expect(codes({ AWS: [] })).toEqual(['empty-value'])
    })

    it('wrong-type: an account ID written as a number', () => {
      expect(codes({ AWS: 123456789012 })).toEqual(['wrong-type'])
    })
  })

  describe('where a principal may appear', () => {
    it.each<PolicyKind>(['identity', 'boundary', 'session', 'scp'])(
      'principal-not-allowed: a %s policy cannot have `Principal`',
      (kind) => {
        expect(codes('*', kind)).toEqual(['principal-not-allowed'])
      },
    )

    it('principal-not-allowed: an identity-based policy cannot have `NotPrincipal` either', () => {
      expect(parseWith({ AWS: '123456789012' }, 'identity', 'NotPrincipal').diagnostics.map((d) => d.code)).toEqual([
        'principal-not-allowed',
      ])
    })

    it.each<PolicyKind>(['resource', 'trust', 'rcp'])('missing-principal: a %s policy needs `Principal`', (kind) => {
      const p = parsePolicy({ Version: '2012-10-17', Statement: [ALLOW] }, { kind })
      expect(p.diagnostics.map((d) => d.code)).toEqual(['missing-principal'])
    })

    it('`NotPrincipal` satisfies a resource-based policy', () => {
      expect(parseWith({ AWS: '123456789012' }, 'resource', 'NotPrincipal').diagnostics).toEqual([])
    })

    it('with no kind given, a principal is neither required nor forbidden', () => {
      expect(parsePolicy({ Statement: [ALLOW] }).diagnostics).toEqual([])
      expect(parsePolicy({ Statement: [{ ...ALLOW, Principal: '*' }] }).diagnostics).toEqual([])
    })

    it('principal-and-notprincipal: a statement cannot have both', () => {
      const p = parsePolicy(
        { Version: '2012-10-17', Statement: [{ ...ALLOW, Principal: '*', NotPrincipal: { AWS: '123456789012' } }] },
        { kind: 'resource' },
      )
      expect(p.diagnostics).toMatchObject([{ code: 'principal-and-notprincipal', path: '/Statement/0/NotPrincipal' }])
    })

    it('principal-not-allowed uses the right article for the kind', () => {
      expect(parseWith('*', 'identity').diagnostics[0]!.message).toBe(
        'an identity-based policy cannot have `Principal`',
      )
    })
  })
})
