// The resource side: an S3 object answers to its bucket's policy and owner, a role's trust policy is the resource
// policy of `sts:AssumeRole*`, a KMS key needs its key policy, and every resource brings its owner account and tags.
import { describe, expect, it } from 'vitest'
import { allow, deny, policy } from '../../../helpers/policy'
import { A, B, decision, inline, scenario, sim, trust } from '../../../helpers/scenario'

const BUCKET = 'arn:aws:s3:::data'
const OBJ = `${BUCKET}/report.csv`
const KEY = `arn:aws:kms:us-east-1:${A}:key/1234abcd`
const QUEUE = `arn:aws:sqs:us-east-1:${A}:jobs`
const FN = `arn:aws:lambda:us-east-1:${A}:function:worker`
const ALICE = `arn:aws:iam::${A}:user/alice`

const s = scenario({
  accounts: [{ id: A }, { id: B }],
  users: [
    { name: 'alice', inlinePolicies: [inline('S3', ['s3:*', 'kms:*', 'sqs:*', 'lambda:*', 'iam:*'])] },
    { name: 'nobody' },
  ],
  roles: [
    { name: 'Admin', trustPolicy: trust({ AWS: ALICE }), tags: { tier: 'gold' } },
    { name: 'Locked', trustPolicy: trust({ AWS: `arn:aws:iam::${B}:root` }) },
  ],
  resources: [
    {
      arn: BUCKET,
      tags: { env: 'prod' },
      policy: policy(deny('s3:DeleteObject', `${BUCKET}/*`, { Principal: '*' })),
    },
    { arn: OBJ, tags: { classification: 'secret' } },
    {
      arn: 'arn:aws:s3:::partner',
      account: B,
      policy: policy(allow('s3:GetObject', 'arn:aws:s3:::partner/*', { Principal: { AWS: ALICE } })),
    },
    { arn: 'arn:aws:s3:::closed', account: B },
    { arn: KEY, policy: policy(allow('kms:*', '*', { Principal: { AWS: `arn:aws:iam::${A}:root` } })) },
    { arn: `arn:aws:kms:us-east-1:${A}:key/nopolicy` },
    { arn: QUEUE, policy: policy(deny('sqs:DeleteQueue', '*', { Principal: '*' })) },
    { arn: FN, policy: policy(deny('lambda:InvokeFunction', '*', { Principal: '*' })) },
  ],
})

const ask = (principal: string, action: string, resource: string) => ({ principal, action, resource })

describe('S3 objects use their bucket', () => {
  it.each([
    ['s3:GetObject', OBJ, 'Allow'],
    ['s3:DeleteObject', OBJ, 'ExplicitDeny'],
    ['s3:DeleteObject', `${BUCKET}/other/key.txt`, 'ExplicitDeny'],
    ['s3:DeleteObject', 'arn:aws:s3:::elsewhere/key.txt', 'Allow'],
  ])('alice %s %s → %s', (action, resource, expected) => {
    expect(decision(s, ask('user/alice', action, resource))).toBe(expected)
  })

  it('names the bucket policy as the resource policy', () => {
    const result = sim(s, ask('user/alice', 's3:DeleteObject', OBJ))
    expect(result.sources['resource']).toEqual({
      kind: 'resource',
      label: 'bucket policy of data',
      text: { key: 'policyLabel.resource.s3', params: { name: 'data' } },
      nameText: { key: 'policyLabel.resource.s3', params: { name: 'data' } },
      policyName: 'bucket policy',
      entity: { kind: 'resource', name: 'data' },
    })
    expect(result.trace.policyTypes.find((t) => t.type === 'resource')?.policies[0]?.name).toBe('bucket policy of data')
  })

  it.each([
    ['partner bucket names alice', 'arn:aws:s3:::partner/x', 'Allow', 'cross-account-allow'],
    ['closed bucket in B has no policy', 'arn:aws:s3:::closed/x', 'ImplicitDeny', 'cross-account-resource-no-allow'],
    ['an unknown bucket counts as the caller’s own', 'arn:aws:s3:::unknown/x', 'Allow', 'identity-allow'],
  ])('%s', (_, resource, expected, rule) => {
    const result = sim(s, ask('user/alice', 's3:GetObject', resource))
    expect([result.decision, result.trace.rule.code]).toEqual([expected, rule])
  })

  it('the bucket’s owner is the resource account', () => {
    const result = sim(s, ask('user/alice', 's3:GetObject', 'arn:aws:s3:::partner/x'))
    expect(result.trace.request).toMatchObject({ resourceAccount: B, crossAccount: true })
    expect(result.context['aws:ResourceAccount']).toBe(B)
  })

  it('an object’s own tags are s3:ExistingObjectTag; the bucket’s tags are not the object’s aws:ResourceTag', () => {
    const { context } = sim(s, ask('user/alice', 's3:GetObject', OBJ))
    expect(context['s3:ExistingObjectTag/classification']).toBe('secret')
    expect(context['aws:ResourceTag/env']).toBeUndefined()
    expect(context['aws:ResourceTag/classification']).toBeUndefined()
  })

  it('a bucket’s tags are its aws:ResourceTag', () => {
    expect(sim(s, ask('user/alice', 's3:ListBucket', BUCKET)).context['aws:ResourceTag/env']).toBe('prod')
  })
})

describe('a role as the resource', () => {
  const ADMIN = `arn:aws:iam::${A}:role/Admin`
  it.each([
    ['user/alice', 'sts:AssumeRole', ADMIN, 'Allow', 'trust-allow'],
    ['user/nobody', 'sts:AssumeRole', ADMIN, 'ImplicitDeny', 'trust-no-allow'],
    ['user/alice', 'sts:AssumeRole', `arn:aws:iam::${A}:role/Locked`, 'ImplicitDeny', 'trust-no-allow'],
    ['user/alice', 'sts:TagSession', ADMIN, 'ImplicitDeny', 'trust-no-allow'],
    ['user/alice', 'iam:GetRole', ADMIN, 'Allow', 'identity-allow'],
    ['user/nobody', 'iam:GetRole', ADMIN, 'ImplicitDeny', 'no-allow'],
  ])('%s %s → %s (%s)', (principal, action, resource, expected, rule) => {
    const result = sim(s, ask(principal, action, resource))
    expect([result.decision, result.trace.rule.code]).toEqual([expected, rule])
  })

  it('uses the trust policy for sts:AssumeRole and labels it', () => {
    const result = sim(s, ask('user/alice', 'sts:AssumeRole', ADMIN))
    expect(result.sources['resource']).toMatchObject({ kind: 'trust', label: 'trust policy of role Admin', arn: ADMIN })
  })

  it('does not use the trust policy for other actions on the role', () => {
    expect(sim(s, ask('user/alice', 'iam:GetRole', ADMIN)).sources['resource']).toBeUndefined()
  })

  it('gives the role’s tags as aws:ResourceTag and iam:ResourceTag', () => {
    const { context } = sim(s, ask('user/alice', 'iam:TagRole', ADMIN))
    expect([context['aws:ResourceTag/tier'], context['iam:ResourceTag/tier']]).toEqual(['gold', 'gold'])
  })
})

describe('other resource policies', () => {
  it.each([
    ['a KMS key policy that delegates to the account', 'kms:Decrypt', KEY, 'Allow', 'identity-allow'],
    [
      'a KMS key without a key policy',
      'kms:Decrypt',
      `arn:aws:kms:us-east-1:${A}:key/nopolicy`,
      'ImplicitDeny',
      'kms-key-policy-no-allow',
    ],
    ['a queue policy', 'sqs:DeleteQueue', QUEUE, 'ExplicitDeny', 'explicit-deny'],
    ['a queue policy that does not apply', 'sqs:SendMessage', QUEUE, 'Allow', 'identity-allow'],
    [
      'a function policy, for a qualified function ARN',
      'lambda:InvokeFunction',
      `${FN}:prod`,
      'ExplicitDeny',
      'explicit-deny',
    ],
  ])('%s', (_, action, resource, expected, rule) => {
    const result = sim(s, ask('user/alice', action, resource))
    expect([result.decision, result.trace.rule.code]).toEqual([expected, rule])
  })

  it.each([
    [KEY, 'key policy of 1234abcd'],
    [QUEUE, 'queue policy of jobs'],
    [FN, 'function policy of worker'],
  ])('labels the policy of %s', (resource, label) => {
    expect(sim(s, ask('user/alice', 'kms:DescribeKey', resource)).sources['resource']?.label).toBe(label)
  })
})
