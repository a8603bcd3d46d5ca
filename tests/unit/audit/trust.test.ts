// Role trust policies: open to everyone, another account without external ID or MFA, services without a source.
import { describe, expect, it } from 'vitest'
import type { Role } from '../../../src/engine/index'
import { A, B, clean, findingsOf, fixed, only, trustDoc } from './fixtures'

const roleWith = (trustPolicy: object, extra: Partial<Role> = {}) =>
  clean({ roles: [{ name: 'R', trustPolicy: trustPolicy as never, ...extra }] })

describe('trust-open', () => {
  it('fires for Principal "*" and {"AWS": "*"} without conditions, as critical', () => {
    expect(only(roleWith(trustDoc('*')), 'trust-open').severity).toBe('critical')
    expect(only(roleWith(trustDoc({ AWS: '*' })), 'trust-open').details?.[0]?.key).toBe('open')
  })

  it('fires for an Allow with NotPrincipal, and as high when conditions do not narrow the principal', () => {
    const not = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${B}:root` }, Action: 'sts:AssumeRole' }],
    }
    expect(findingsOf(roleWith(not), 'trust-open')).toHaveLength(1)
    const mfaOnly = trustDoc('*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })
    expect(only(roleWith(mfaOnly), 'trust-open').severity).toBe('high')
  })

  it('does not fire when a condition narrows the principals, or for named principals', () => {
    expect(
      findingsOf(
        roleWith(trustDoc('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })),
        'trust-open',
      ),
    ).toEqual([])
    expect(findingsOf(roleWith(trustDoc({ AWS: `arn:aws:iam::${A}:root` })), 'trust-open')).toEqual([])
    const negated = trustDoc('*', { Condition: { StringNotEquals: { 'aws:PrincipalAccount': B } } })
    expect(findingsOf(roleWith(negated), 'trust-open')).toHaveLength(1)
  })

  it('is fixed by trusting only the role account (text policies stay text)', () => {
    const s = roleWith(JSON.stringify(trustDoc({ AWS: '*' })) as never)
    const next = fixed(s, only(s, 'trust-open'))
    const trust = next.roles![0]!.trustPolicy
    expect(typeof trust).toBe('string')
    expect(JSON.parse(trust as string).Statement[0].Principal).toEqual({ AWS: `arn:aws:iam::${A}:root` })
    expect(findingsOf(next, 'trust-open')).toEqual([])
  })
})

describe('trust-cross-account', () => {
  it('fires for another account without an external ID or MFA', () => {
    const f = only(
      roleWith(trustDoc({ AWS: [`arn:aws:iam::${B}:root`, `arn:aws:iam::${A}:root`] })),
      'trust-cross-account',
    )
    expect(f.details?.[0]?.params.accounts).toBe(B)
    expect(findingsOf(roleWith(trustDoc({ AWS: B })), 'trust-cross-account')).toHaveLength(1)
    const ifExists = trustDoc({ AWS: B }, { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' } } })
    expect(findingsOf(roleWith(ifExists), 'trust-cross-account')).toHaveLength(1)
  })

  it('does not fire with an external ID, MFA, or for the own account', () => {
    const ext = trustDoc({ AWS: B }, { Condition: { StringEquals: { 'sts:ExternalId': 'agreed-id' } } })
    const mfa = trustDoc({ AWS: B }, { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })
    const age = trustDoc({ AWS: B }, { Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } })
    for (const doc of [ext, mfa, age, trustDoc({ AWS: `arn:aws:iam::${A}:user/alice` })]) {
      expect(findingsOf(roleWith(doc), 'trust-cross-account')).toEqual([])
    }
  })

  it('is fixed by requiring MFA', () => {
    const s = roleWith(trustDoc({ AWS: B }, { Condition: { StringEquals: { 'aws:PrincipalType': 'AssumedRole' } } }))
    const next = fixed(s, only(s, 'trust-cross-account'))
    expect((next.roles![0]!.trustPolicy as { Statement: { Condition: unknown }[] }).Statement[0]!.Condition).toEqual({
      StringEquals: { 'aws:PrincipalType': 'AssumedRole' },
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
    })
    expect(findingsOf(next, 'trust-cross-account')).toEqual([])
  })
})

describe('trust-service-source', () => {
  it('fires for a service principal without a source condition', () => {
    const f = only(roleWith(trustDoc({ Service: ['glue.amazonaws.com'] })), 'trust-service-source')
    expect(f).toMatchObject({ severity: 'low', params: { services: 'glue.amazonaws.com' } })
    expect(f.fix).toBeUndefined()
  })

  it('does not fire with aws:SourceAccount or aws:SourceArn, or for service-linked roles', () => {
    const account = trustDoc(
      { Service: 'glue.amazonaws.com' },
      { Condition: { StringEquals: { 'aws:SourceAccount': A } } },
    )
    const arn = trustDoc(
      { Service: 'glue.amazonaws.com' },
      { Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:glue:*:${A}:*` } } },
    )
    expect(findingsOf(roleWith(account), 'trust-service-source')).toEqual([])
    expect(findingsOf(roleWith(arn), 'trust-service-source')).toEqual([])
    const linked = roleWith(trustDoc({ Service: 'glue.amazonaws.com' }), {
      path: '/aws-service-role/glue.amazonaws.com/',
    })
    expect(findingsOf(linked, 'trust-service-source')).toEqual([])
  })
})
