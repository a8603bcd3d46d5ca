import { describe, expect, it } from 'vitest'
import { validatePolicy } from '../../../../src/engine/validate/index'
import { covered, only, policyText, withCode } from './helpers'

describe('allow-all-actions-all-resources', () => {
  it('flags `Action` `*` on `Resource` `*`, on the action', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: '*' })
    const d = only(validatePolicy(text), 'allow-all-actions-all-resources')
    expect(d.severity).toBe('security')
    expect(covered(text, d)).toBe('"*"')
    expect(d.path).toBe('/Statement/Action/1')
  })

  it('flags `*:*` too', () => {
    const text = policyText({ Effect: 'Allow', Action: '*:*', Resource: ['*'] })
    expect(withCode(validatePolicy(text), 'allow-all-actions-all-resources')).toHaveLength(1)
  })

  it('is quiet for `Deny`, for named resources, and in an SCP', () => {
    const deny = policyText({ Effect: 'Deny', Action: '*', Resource: '*' })
    const named = policyText({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::bucket' })
    const scp = policyText({ Effect: 'Allow', Action: '*', Resource: '*' })
    expect(withCode(validatePolicy(deny), 'allow-all-actions-all-resources')).toEqual([])
    expect(withCode(validatePolicy(named), 'allow-all-actions-all-resources')).toEqual([])
    expect(withCode(validatePolicy(scp, { kind: 'scp' }), 'allow-all-actions-all-resources')).toEqual([])
  })
})

describe('pass-role-all-resources', () => {
  it('flags `iam:PassRole` and wildcards that include it on `Resource` `*`', () => {
    const text = policyText({
      Effect: 'Allow',
      Action: ['iam:PassRole', 'iam:Pass*', 'IAM:*', 'iam:Get*'],
      Resource: '*',
    })
    const ds = withCode(validatePolicy(text), 'pass-role-all-resources')
    expect(ds.map((d) => covered(text, d))).toEqual(['"iam:PassRole"', '"iam:Pass*"', '"IAM:*"'])
    expect(ds[0]!.severity).toBe('security')
  })

  it('is quiet when the roles are named', () => {
    const text = policyText({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:role/app' })
    expect(withCode(validatePolicy(text), 'pass-role-all-resources')).toEqual([])
  })
})

describe('Allow with NotAction, NotResource and NotPrincipal', () => {
  it('flags `NotAction` in an `Allow`, on the element name', () => {
    const text = policyText({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })
    const d = only(validatePolicy(text), 'allow-with-not-action')
    expect(d.severity).toBe('security')
    expect(covered(text, d)).toBe('"NotAction"')
    expect(d.path).toBe('/Statement/NotAction')
  })

  it('flags `NotResource` in an `Allow`', () => {
    const text = policyText({ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' })
    expect(covered(text, only(validatePolicy(text), 'allow-with-not-resource'))).toBe('"NotResource"')
  })

  it('flags `NotPrincipal` in an `Allow`', () => {
    const text = policyText({
      Effect: 'Allow',
      NotPrincipal: { AWS: '111122223333' },
      Action: 's3:GetObject',
      Resource: '*',
    })
    const d = only(validatePolicy(text, { kind: 'resource' }), 'allow-with-not-principal')
    expect(covered(text, d)).toBe('"NotPrincipal"')
  })

  it('is quiet for `Deny`', () => {
    const text = policyText({ Effect: 'Deny', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::x' })
    const codes = validatePolicy(text).map((d) => d.code)
    expect(codes).not.toContain('allow-with-not-action')
    expect(codes).not.toContain('allow-with-not-resource')
  })
})

describe('public-principal', () => {
  const open = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }

  it('flags `"Principal": "*"` without a condition, on the value', () => {
    const text = policyText(open)
    const d = only(validatePolicy(text, { kind: 'resource' }), 'public-principal')
    expect(d.severity).toBe('security')
    expect(covered(text, d)).toBe('"*"')
    expect(d.path).toBe('/Statement/Principal')
  })

  it('flags `{"AWS": ["*"]}` and says who can assume a role', () => {
    const text = policyText({ Effect: 'Allow', Principal: { AWS: ['111122223333', '*'] }, Action: 'sts:AssumeRole' })
    const d = only(validatePolicy(text, { kind: 'trust' }), 'public-principal')
    expect(covered(text, d)).toBe('"*"')
    expect(d.path).toBe('/Statement/Principal/AWS/1')
    expect(d.message).toContain('anyone can assume this role')
  })

  it('is quiet with a condition, in a `Deny`, and in an RCP', () => {
    const conditioned = policyText({ ...open, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } })
    expect(withCode(validatePolicy(conditioned, { kind: 'resource' }), 'public-principal')).toEqual([])
    expect(
      withCode(validatePolicy(policyText({ ...open, Effect: 'Deny' }), { kind: 'resource' }), 'public-principal'),
    ).toEqual([])
    expect(withCode(validatePolicy(policyText(open), { kind: 'rcp' }), 'public-principal')).toEqual([])
  })
})

describe('trust-account-without-external-id', () => {
  const trust = (principal: unknown, condition?: object) => ({
    Effect: 'Allow',
    Principal: { AWS: principal },
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  })

  it('suggests `sts:ExternalId` when a whole account may assume the role', () => {
    const text = policyText(trust(['arn:aws:iam::444455556666:root', '111122223333']))
    const ds = withCode(validatePolicy(text, { kind: 'trust' }), 'trust-account-without-external-id')
    expect(ds.map((d) => covered(text, d))).toEqual(['"arn:aws:iam::444455556666:root"', '"111122223333"'])
    expect(ds[0]!.severity).toBe('suggestion')
    expect(ds[1]!.path).toBe('/Statement/Principal/AWS/1')
  })

  it('is quiet with `sts:ExternalId`, for named roles, and outside trust policies', () => {
    const withId = policyText(trust('444455556666', { StringEquals: { 'sts:ExternalId': 'abc' } }))
    const role = policyText(trust('arn:aws:iam::444455556666:role/deployer'))
    const account = policyText({ ...trust('444455556666'), Resource: '*' })
    expect(withCode(validatePolicy(withId, { kind: 'trust' }), 'trust-account-without-external-id')).toEqual([])
    expect(withCode(validatePolicy(role, { kind: 'trust' }), 'trust-account-without-external-id')).toEqual([])
    expect(withCode(validatePolicy(account, { kind: 'resource' }), 'trust-account-without-external-id')).toEqual([])
  })
})

describe('principal checks by kind', () => {
  it('leave a principal in an identity policy to the grammar error', () => {
    const text = policyText({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' })
    const codes = validatePolicy(text, { kind: 'identity' }).map((d) => d.code)
    expect(codes).toContain('principal-not-allowed')
    expect(codes).not.toContain('public-principal')
  })
})
