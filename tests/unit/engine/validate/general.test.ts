import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { validatePolicy } from '../../../../src/engine/validate/index'
import { covered, only, policyText, withCode } from './helpers'

const allowGet = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }

describe(validatePolicy, () => {
  it('returns nothing for a clean policy', () => {
    expect(validatePolicy(policyText(allowGet))).toEqual([])
  })

  it("keeps the parser's diagnostics first", () => {
    const text = policyText({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }, {})
    const ds = validatePolicy(text)
    expect(ds[0]!.code).toBe('invalid-effect')
    expect(ds.map((d) => d.code)).toContain('missing-version')
  })

  it('adds nothing to a JSON syntax error', () => {
    const text = '{ "Statement": [ { "Effect": "Allow", "Action": "*", "Resource": "*" } '
    const ds = validatePolicy(text)
    expect(ds.map((d) => d.code)).toContain('json-syntax')
    expect(ds).toEqual(parsePolicy(text).diagnostics)
  })

  it('accepts an object and gives paths without spans', () => {
    const ds = validatePolicy({ Statement: [allowGet, { ...allowGet, Action: ['s3:Get*', 's3:GetObject'] }] })
    expect(only(ds, 'missing-version').path).toBe('')
    const redundant = only(ds, 'redundant-action')
    expect(redundant.path).toBe('/Statement/1/Action/1')
    expect(redundant.span).toBeUndefined()
  })

  it('orders its diagnostics by position', () => {
    const text = policyText([
      { Effect: 'Allow', Action: ['s3:Get*', 's3:GetObject'], Resource: '*' },
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
    ])
    const froms = validatePolicy(text).map((d) => d.span!.from)
    expect(froms).toEqual([...froms].sort((a, b) => a - b))
  })
})

describe('missing-version', () => {
  it('suggests 2012-10-17 on the `Statement` key', () => {
    const text = policyText(allowGet, {})
    const d = only(validatePolicy(text), 'missing-version')
    expect(d.severity).toBe('suggestion')
    expect(covered(text, d)).toBe('"Statement"')
  })

  it('is quiet when `Version` is present, even when invalid (the parser reports that)', () => {
    expect(withCode(validatePolicy(policyText(allowGet)), 'missing-version')).toEqual([])
    const ds = validatePolicy(policyText(allowGet, { Version: '2012-10-18' }))
    expect(withCode(ds, 'missing-version')).toEqual([])
    expect(ds.map((d) => d.code)).toContain('invalid-version')
  })
})

describe('variable-needs-version', () => {
  const withVariable = {
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: ['arn:aws:s3:::bucket/home/${aws:username}/*'],
    Condition: { StringEquals: { 's3:prefix': ['home/${aws:username}'] } },
  }

  it('warns on each value with a variable under 2008-10-17', () => {
    const text = policyText(withVariable, { Version: '2008-10-17' })
    const ds = withCode(validatePolicy(text), 'variable-needs-version')
    expect(ds.map((d) => d.severity)).toEqual(['warning', 'warning'])
    expect(covered(text, ds[0]!)).toBe('"arn:aws:s3:::bucket/home/${aws:username}/*"')
    expect(ds[0]!.path).toBe('/Statement/Resource/0')
    expect(ds[1]!.path).toBe('/Statement/Condition/StringEquals/s3:prefix/0')
    expect(ds[0]!.message).toContain('`${aws:username}`')
    expect(ds[0]!.message).toContain('`2008-10-17`')
  })

  it('warns when `Version` is missing', () => {
    const ds = validatePolicy(policyText(withVariable, {}))
    expect(withCode(ds, 'variable-needs-version')).toHaveLength(2)
    expect(withCode(ds, 'variable-needs-version')[0]!.message).toContain('no `Version`')
  })

  it('is quiet under 2012-10-17', () => {
    expect(withCode(validatePolicy(policyText(withVariable)), 'variable-needs-version')).toEqual([])
  })
})

describe('wildcard-service-prefix', () => {
  it('warns about a wildcard in the service prefix', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3*:GetObject', 'ec?:Describe*'], Resource: '*' })
    const ds = withCode(validatePolicy(text), 'wildcard-service-prefix')
    expect(ds.map((d) => covered(text, d))).toEqual(['"s3*:GetObject"', '"ec?:Describe*"'])
    expect(ds[0]!.severity).toBe('warning')
    expect(ds[1]!.path).toBe('/Statement/Action/1')
  })

  it('leaves `*`, `*:*` and wildcards in action names alone', () => {
    const text = policyText({ Effect: 'Deny', Action: ['*', '*:*', 's3:Get*'], Resource: '*' })
    expect(withCode(validatePolicy(text), 'wildcard-service-prefix')).toEqual([])
  })
})

describe('redundant values', () => {
  it('suggests removing an action a wildcard covers', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3:GetObject', 's3:Get*'], Resource: '*' })
    const d = only(validatePolicy(text), 'redundant-action')
    expect(d.severity).toBe('suggestion')
    expect(covered(text, d)).toBe('"s3:GetObject"')
    expect(d.message).toBe('`s3:GetObject` is redundant: `s3:Get*` already covers it')
  })

  it('compares actions case-insensitively and reports a repeat once', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3:GetObject', 'S3:getobject'], Resource: '*' })
    const d = only(validatePolicy(text), 'redundant-action')
    expect(covered(text, d)).toBe('"S3:getobject"')
    expect(d.message).toContain('listed twice')
  })

  it('flags only the later of two patterns that cover each other', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3:Get*', 's3:Get**'], Resource: '*' })
    expect(covered(text, only(validatePolicy(text), 'redundant-action'))).toBe('"s3:Get**"')
  })

  it('does not flag patterns that only overlap', () => {
    const text = policyText({ Effect: 'Allow', Action: ['s3:Get*', 's3:*Object', 's3:?etBucket*'], Resource: '*' })
    expect(withCode(validatePolicy(text), 'redundant-action')).toEqual([])
  })

  it('suggests removing a resource another covers', () => {
    const text = policyText({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/logs/*', 'arn:aws:s3:::other/*'],
    })
    const d = only(validatePolicy(text), 'redundant-resource')
    expect(covered(text, d)).toBe('"arn:aws:s3:::bucket/logs/*"')
    expect(d.path).toBe('/Statement/Resource/1')
  })

  it('follows ARN field rules: a wildcard does not cross a colon unless it ends a short pattern', () => {
    const within = policyText({
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: ['arn:aws:dynamodb:*:111122223333:table/*', 'arn:aws:dynamodb:us-east-1:111122223333:table/t'],
    })
    expect(withCode(validatePolicy(within), 'redundant-resource')).toHaveLength(1)
    const across = policyText({
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: ['arn:aws:dynamodb:us-*', 'arn:aws:dynamodb:eu-west-1:111122223333:table/t'],
    })
    expect(withCode(validatePolicy(across), 'redundant-resource')).toEqual([])
  })
})

describe('large policies', () => {
  // Not a timing: the suite's timeout is what catches a blow-up (speed is measured in `npm run bench`).
  it('validates thousands of values, each redundant one found', () => {
    const actions = Array.from({ length: 3000 }, (_, i) => `ec2:DescribeThing${i}`)
    const resources = Array.from({ length: 3000 }, (_, i) => `arn:aws:s3:::b/*/x${i}`)
    const text = policyText([{ Effect: 'Allow', Action: [...actions, 'ec2:Describe*'], Resource: resources }])
    const ds = validatePolicy(text)
    expect(withCode(ds, 'redundant-action')).toHaveLength(3000)
  })
})
