import { describe, expect, it } from 'vitest'
import { validatePolicy, validatePolicyWithCatalog } from '../../../../src/engine/validate/index'
import { nodeCatalog } from '../../../helpers/catalog-node'
import { covered, only, policyText, withCode } from './helpers'

const catalog = nodeCatalog()
const check = (text: string, kind?: 'trust') => validatePolicyWithCatalog(text, { catalog, ...(kind ? { kind } : {}) })
const allow = (action: unknown, resource: unknown = '*', condition?: object) => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...(condition ? { Condition: condition } : {}),
})

describe('without a catalog', () => {
  it('runs no catalog check', () => {
    const text = policyText(allow(['s4:GetObject', 's3:GetObjekt'], '*', { NumericEquals: { 'aws:SourceVpc': '1' } }))
    const codes = validatePolicy(text).map((d) => d.code)
    expect(codes).not.toContain('unknown-service')
    expect(codes).not.toContain('unknown-action')
    expect(codes).not.toContain('operator-type-mismatch')
  })
})

describe('unknown-service', () => {
  it('is an error on the action, with a "did you mean"', async () => {
    const text = policyText(allow(['s3:GetObject', 'S4:GetObject']))
    const d = only(await check(text), 'unknown-service')
    expect(d.severity).toBe('error')
    expect(covered(text, d)).toBe('"S4:GetObject"')
    expect(d.path).toBe('/Statement/Action/1')
    expect(d.help).toBe('did you mean `s3:GetObject`?')
  })

  it('accepts a known prefix in any case, and leaves wildcard prefixes to their own check', async () => {
    const text = policyText(allow(['S3:GetObject', 'ec*:DescribeInstances']))
    expect(withCode(await check(text), 'unknown-service')).toEqual([])
  })
})

describe('unknown-action', () => {
  it('is an error with the closest action name', async () => {
    const text = policyText(allow('s3:GetObjekt'))
    const d = only(await check(text), 'unknown-action')
    expect(d.severity).toBe('error')
    expect(covered(text, d)).toBe('"s3:GetObjekt"')
    expect(d.message).toBe('unknown action `s3:GetObjekt`: Amazon S3 has no action `GetObjekt`')
    expect(d.help).toBe('did you mean `s3:GetObject`?')
  })

  it('gives no guess when nothing is close', async () => {
    const d = only(await check(policyText(allow('s3:FrobnicateEverything'))), 'unknown-action')
    expect(d.help).not.toContain('did you mean')
  })

  it('checks `NotAction` too', async () => {
    const text = policyText({ Effect: 'Deny', NotAction: ['iam:GetUser', 'iam:GetUsr'], Resource: '*' })
    expect(covered(text, only(await check(text), 'unknown-action'))).toBe('"iam:GetUsr"')
  })
})

describe('action-case', () => {
  it('suggests the documented spelling of a known action', async () => {
    const text = policyText(allow('s3:getobject'))
    const d = only(await check(text), 'action-case')
    expect(d.severity).toBe('suggestion')
    expect(d.help).toBe('write `s3:GetObject`')
  })

  it('is quiet for the documented spelling', async () => {
    expect(withCode(await check(policyText(allow('s3:GetObject'))), 'action-case')).toEqual([])
  })
})

describe('action-matches-nothing', () => {
  it('warns about a wildcard that matches no action of the service', async () => {
    const text = policyText(allow(['s3:Get*', 's3:Gte*']))
    const d = only(await check(text), 'action-matches-nothing')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"s3:Gte*"')
  })

  it('matches action names case-insensitively', async () => {
    expect(withCode(await check(policyText(allow('s3:get*object'))), 'action-matches-nothing')).toEqual([])
  })
})

describe('unknown-condition-key', () => {
  it('warns about a misspelt global key and suggests the right one', async () => {
    const text = policyText(allow('s3:GetObject', '*', { IpAddress: { 'aws:SoruceIp': '203.0.113.0/24' } }))
    const d = only(await check(text), 'unknown-condition-key')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"aws:SoruceIp"')
    expect(d.help).toBe('did you mean `aws:SourceIp`?')
  })

  it('warns about a key the service does not define', async () => {
    const text = policyText(allow('s3:ListBucket', '*', { StringEquals: { 's3:prefixes': 'home/' } }))
    expect(only(await check(text), 'unknown-condition-key').help).toBe('did you mean `s3:prefix`?')
  })

  it('knows keys in any case, templates, federation keys and identity-provider claims', async () => {
    const text = policyText(
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com' },
        Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'AWS:PrincipalTag/team': 'x',
            'aws:RequestTag/env': 'prod',
          },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/*' },
        },
      },
      { Version: '2012-10-17' },
    )
    expect(withCode(await check(text, 'trust'), 'unknown-condition-key')).toEqual([])
  })
})

describe('condition-key-not-applicable', () => {
  it('warns when no action of the statement supports the key', async () => {
    const text = policyText(allow('s3:GetObject', 'arn:aws:s3:::b/*', { StringLike: { 's3:prefix': 'home/*' } }))
    const d = only(await check(text), 'condition-key-not-applicable')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"s3:prefix"')
    expect(d.message).toBe('condition key `s3:prefix` does not apply to `s3:GetObject`')
  })

  it('is quiet for an action that supports it', async () => {
    const text = policyText(allow(['s3:ListBucket', 's3:GetObject'], '*', { StringLike: { 's3:prefix': 'home/*' } }))
    expect(withCode(await check(text), 'condition-key-not-applicable')).toEqual([])
  })

  it('matches templated keys (`<key>`, `${TagKey}`) and keys of resource types', async () => {
    const text = policyText(
      allow('s3:GetObject', '*', {
        StringEquals: { 's3:ExistingObjectTag/classification': 'public', 's3:BucketTag/team': 'x' },
      }),
    )
    expect(withCode(await check(text), 'condition-key-not-applicable')).toEqual([])
  })

  it('is quiet for global keys and when the actions cannot be listed', async () => {
    const global = policyText(allow('s3:GetObject', '*', { Bool: { 'aws:SecureTransport': 'true' } }))
    const star = policyText(allow('*', 'arn:aws:s3:::b', { StringLike: { 's3:prefix': 'home/*' } }))
    expect(withCode(await check(global), 'condition-key-not-applicable')).toEqual([])
    expect(withCode(await check(star), 'condition-key-not-applicable')).toEqual([])
  })
})

describe('operator-type-mismatch', () => {
  it('warns about a Numeric operator on a String key, on the operator', async () => {
    const text = policyText(allow('s3:GetObject', '*', { NumericEquals: { 'aws:SourceVpc': '1' } }))
    const d = only(await check(text), 'operator-type-mismatch')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe('"NumericEquals"')
    expect(d.path).toBe('/Statement/Condition/NumericEquals')
    expect(d.message).toBe('`NumericEquals` compares Numeric values, but `aws:SourceVpc` is a String key')
  })

  it('warns about a Date operator on a non-Date key', async () => {
    const text = policyText(allow('s3:GetObject', '*', { DateGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } }))
    expect(only(await check(text), 'operator-type-mismatch').help).toContain('`NumericEquals`')
  })

  it('accepts fitting operators, String operators on ARN keys, and Numeric on `aws:EpochTime`', async () => {
    const text = policyText(
      allow('s3:GetObject', '*', {
        DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
        NumericLessThan: { 'aws:EpochTime': '1800000000' },
        IpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' },
        StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x' },
        Bool: { 'aws:SecureTransport': 'true' },
      }),
    )
    expect(withCode(await check(text), 'operator-type-mismatch')).toEqual([])
  })
})

describe('resource-service-mismatch', () => {
  it('warns about an ARN of a service the actions do not act on', async () => {
    const arn = 'arn:aws:dynamodb:us-east-1:111122223333:table/orders'
    const text = policyText(allow('s3:GetObject', ['arn:aws:s3:::b/*', arn]))
    const d = only(await check(text), 'resource-service-mismatch')
    expect(d.severity).toBe('warning')
    expect(covered(text, d)).toBe(JSON.stringify(arn))
    expect(d.path).toBe('/Statement/Resource/1')
  })

  it("knows ARNs of other services that an action's resource types use", async () => {
    const text = policyText(allow(['sts:AssumeRole', 'iam:PassRole'], 'arn:aws:iam::111122223333:role/app'))
    expect(withCode(await check(text), 'resource-service-mismatch')).toEqual([])
  })

  it('stays quiet when the actions are not all known', async () => {
    const text = policyText(allow(['s3:GetObject', 'ec2:*', '*'], 'arn:aws:dynamodb:us-east-1:111122223333:table/t'))
    expect(withCode(await check(text), 'resource-service-mismatch')).toEqual([])
  })
})
