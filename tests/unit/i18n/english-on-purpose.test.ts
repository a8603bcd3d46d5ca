import { describe, expect, it } from 'vitest'
import { STATEMENT_ELEMENTS, TOP_ELEMENTS } from '../../../src/engine/index'
import { englishLeftIn, isEnglishOnPurpose, POLICY_WORDS } from '../../../src/lib/i18n/english-on-purpose'

describe(isEnglishOnPurpose, () => {
  it.each([
    ['action names', 's3:GetObject'],
    ['action wildcards', 'iam:Get*'],
    ['a list of actions', 's3:GetObject, s3:PutObject'],
    ['condition keys', 'aws:SourceIp'],
    ['tag condition keys', 'aws:PrincipalTag/team'],
    ['service condition keys', 's3:x-amz-acl'],
    ['policy variables', '${aws:username}'],
    ['condition operators', 'ForAllValues:StringLike'],
    ['IfExists operators', 'NumericLessThanIfExists'],
    ['ARNs', 'arn:aws:s3:::bucket/*'],
    ['role ARNs', 'arn:aws:iam::111122223333:role/Admin'],
    ['JSON punctuation', '{ } [ ] , :'],
    ['quoted element names', '"Effect": "Allow",'],
    ['a JSON document', '{"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow","Action":"s3:*"}]}'],
    ['element names', 'NotAction'],
    ['several element names', 'Effect Principal Action Resource Condition'],
    ['numbers', '1,000'],
    ['dates', '2025-01-31'],
    ['timestamps', '2025-06-30T09:00:00+00:00'],
    ['times in UTC', '2025-05-19 01:30 UTC'],
    ['CIDR ranges', '203.0.113.0/24'],
    ['product names', 'AWS IAM S3 EC2 KMS STS CloudTrail Terraform GitHub'],
    ['multi-word product names', 'IAM Access Analyzer'],
    ['service principals', 'lambda.amazonaws.com'],
    ['the decision word', 'Explicitly denied'],
    ['keyboard shortcuts', 'Ctrl+Enter'],
    ['access key IDs', 'AKIAIOSFODNN7EXAMPLE'],
    ['an empty text', '  '],
    [
      'AWS’s access denied sentence (AWS prints it in English only)',
      'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k because no identity-based policy allows the s3:GetObject action',
    ],
  ])('keeps %s: %s', (_what, text) => {
    expect(isEnglishOnPurpose(text)).toBe(true)
  })

  it.each([
    ['an English word', 'Share'],
    ['an English label', 'Format'],
    ['a label that is also a Principal key', 'Service'],
    ['an English sentence', 'The link is 12 characters long.'],
    ['English around an action', 'Enter an action, e.g. s3:GetObject.'],
    ['an element name with a word', 'Principal list'],
    ['a lowercase element value', 'allow'],
    ['text that looks like JSON but is not', '{ not json }'],
    ['prose after AWS’s sentence', 'User: arn:aws:iam::1:user/a is not authorized to perform: s3:GetObject. Try again'],
  ])('flags %s: %s', (_what, text) => {
    expect(isEnglishOnPurpose(text)).toBe(false)
  })
})

describe(englishLeftIn, () => {
  it('returns the English runs of a Korean text that are not names or codes', () => {
    expect(englishLeftIn('Share 대화 상자에서 Format을 누르세요')).toEqual(['Share', 'Format'])
  })

  it('returns nothing for Korean with names and codes', () => {
    expect(englishLeftIn('역할 신뢰 정책이 모든 보안 주체(Principal "*")에게 sts:AssumeRole을 허용합니다.')).toEqual([])
    expect(englishLeftIn('Allowed · 허용됨')).toEqual([])
    expect(englishLeftIn('AWS 계정 111122223333의 IAM Access Analyzer')).toEqual([])
  })
})

describe('POLICY_WORDS', () => {
  it('holds every element name of the engine’s grammar table', () => {
    for (const name of [...TOP_ELEMENTS, ...STATEMENT_ELEMENTS]) expect(POLICY_WORDS).toContain(name)
  })
})
