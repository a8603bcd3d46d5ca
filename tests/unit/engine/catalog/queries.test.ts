import { beforeAll, describe, expect, it } from 'vitest'
import {
  arnServicesOf,
  conditionKeysOf,
  globalConditionKey,
  keyMatches,
  matchingActions,
  servicesIn,
  type CatalogSnapshot,
} from '../../../../src/engine/catalog/index'
import { parsePolicy } from '../../../../src/engine/policy/parse'
import { nodeCatalog } from '../../../helpers/catalog-node'

let c: CatalogSnapshot
beforeAll(async () => {
  const catalog = nodeCatalog()
  await catalog.load(['s3', 'sts', 'iam', 'backup'])
  c = catalog.snapshot()
})

describe(servicesIn, () => {
  it('lists the prefixes of actions and non-global condition keys, once, in lower case', () => {
    const policy = parsePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['S3:GetObject', 's3:Put*', '*', 'ec*:Describe*'], Resource: '*' },
        {
          Effect: 'Deny',
          NotAction: 'iam:*',
          Resource: '*',
          Condition: { StringEquals: { 'aws:SourceVpc': 'v', 'kms:ViaService': 'x', 'saml:aud': 'y' } },
        },
      ],
    })
    expect(servicesIn(policy)).toEqual(['iam', 'kms', 's3', 'saml'])
  })
})

describe(keyMatches, () => {
  it('fills `${...}` and `<...>` placeholders with at least one character, ignoring case', () => {
    expect(keyMatches('aws:RequestTag/${TagKey}', 'AWS:requesttag/Team')).toBe(true)
    expect(keyMatches('s3:ExistingObjectTag/<key>', 's3:ExistingObjectTag/a/b')).toBe(true)
    expect(keyMatches('aws:RequestTag/${TagKey}', 'aws:RequestTag/')).toBe(false)
    expect(keyMatches('aws:RequestTag/${TagKey}', 'aws:RequestTag/${TagKey}')).toBe(true)
    expect(keyMatches('s3:prefix', 'S3:Prefix')).toBe(true)
    expect(keyMatches('s3:prefix', 's3:prefixes')).toBe(false)
  })
})

describe(globalConditionKey, () => {
  it('knows the global keys, including templates', () => {
    expect(globalConditionKey('aws:PrincipalTag/team')?.key).toBe('aws:PrincipalTag/${TagKey}')
    expect(globalConditionKey('aws:principalorgpaths')?.type).toBe('ArrayOfString')
    expect(globalConditionKey('s3:prefix')).toBeUndefined()
  })
})

describe(matchingActions, () => {
  it('expands wildcards in action names, case-insensitively', () => {
    const names = matchingActions(c, 's3:get*tagging')!.map((a) => a.name)
    expect(names).toContain('GetObjectTagging')
    expect(names).toContain('GetBucketTagging')
    expect(matchingActions(c, 's3:GetObject')!.map((a) => a.name)).toEqual(['GetObject'])
    expect(matchingActions(c, 's3:NoSuchAction')).toEqual([])
  })

  it('answers undefined when it cannot list the actions', () => {
    expect(matchingActions(c, '*')).toBeUndefined()
    expect(matchingActions(c, 's*:GetObject')).toBeUndefined()
    expect(matchingActions(c, 'dynamodb:GetItem')).toBeUndefined()
  })
})

describe(conditionKeysOf, () => {
  it("includes the keys of the action's resource types", () => {
    const keys = conditionKeysOf(c, c.action('s3', 'GetObject')!)
    expect(keys).toContain('s3:ExistingObjectTag/<key>')
    expect(keys).toContain('s3:BucketTag/${TagKey}')
  })
})

describe(arnServicesOf, () => {
  it("lists the services of a service's resource ARNs", () => {
    expect([...arnServicesOf(c, 'sts')!]).toContain('iam')
    expect(arnServicesOf(c, 's3')!.has('s3')).toBe(true)
  })

  it('answers undefined when an ARN template leaves the service open, or the service is not loaded', () => {
    expect(arnServicesOf(c, 'backup')).toBeUndefined()
    expect(arnServicesOf(c, 'dynamodb')).toBeUndefined()
  })
})
