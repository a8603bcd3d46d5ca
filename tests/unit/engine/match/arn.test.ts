// ARN parsing and `Resource` matching, following "IAM JSON policy elements: Resource" and
// "Identify AWS resources with Amazon Resource Names (ARNs)" in the IAM User Guide.
import { describe, expect, it } from 'vitest'
import { arnAccount, compileArnPattern, parseArn, resourceMatches, splitArn } from '../../../../src/engine/match/arn'
import type { PatternPart } from '../../../../src/engine/match/wildcard'

describe(parseArn, () => {
  it('splits `arn:partition:service:region:account-id:resource-id`', () => {
    expect(parseArn('arn:aws:sqs:us-east-2:123456789012:queue1')).toEqual({
      partition: 'aws',
      service: 'sqs',
      region: 'us-east-2',
      account: '123456789012',
      resource: 'queue1',
    })
  })

  it('keeps `resource-type/resource-id` whole in `resource`', () => {
    expect(parseArn('arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob')).toEqual({
      partition: 'aws',
      service: 'iam',
      region: '',
      account: '123456789012',
      resource: 'user/division_abc/subdivision_xyz/Bob',
    })
  })

  it('keeps `resource-type:resource-id:qualifier` whole in `resource` (colons after the fifth stay)', () => {
    expect(parseArn('arn:aws:lambda:us-east-1:123456789012:function:my-fn:PROD')?.resource).toBe('function:my-fn:PROD')
  })

  it('accepts S3 ARNs with an empty region and an empty account', () => {
    expect(parseArn('arn:aws:s3:::amzn-s3-demo-bucket/photos/cat.jpg')).toEqual({
      partition: 'aws',
      service: 's3',
      region: '',
      account: '',
      resource: 'amzn-s3-demo-bucket/photos/cat.jpg',
    })
  })

  it.each(['aws', 'aws-cn', 'aws-us-gov'])('reads the `%s` partition', (partition) => {
    expect(parseArn(`arn:${partition}:iam::123456789012:root`)?.partition).toBe(partition)
  })

  it('allows an empty resource after the fifth colon', () => {
    expect(parseArn('arn:aws:s3:::')?.resource).toBe('')
  })

  it.each([
    ['not an ARN at all', 'bucket/key'],
    ['`*`', '*'],
    ['an empty string', ''],
    ['too few parts', 'arn:aws:s3:bucket'],
    ['five parts only', 'arn:aws:iam::123456789012'],
    ['an upper-case prefix', 'ARN:aws:s3:::bucket'],
    ['a leading space', ' arn:aws:s3:::bucket'],
  ])('is undefined for %s', (_, text) => {
    expect(parseArn(text)).toBeUndefined()
  })
})

describe(splitArn, () => {
  it('splits on the first five colons, the last field keeping its colons', () => {
    expect(splitArn('arn:aws:s3:::bucket')).toEqual(['arn', 'aws', 's3', '', '', 'bucket'])
    expect(splitArn('arn:aws:logs:us-east-1:111122223333:log-group:app:*')).toEqual([
      'arn',
      'aws',
      'logs',
      'us-east-1',
      '111122223333',
      'log-group:app:*',
    ])
  })

  it('gives fewer fields for fewer colons, and the whole text without one', () => {
    expect(splitArn('arn:aws:iam::*')).toEqual(['arn', 'aws', 'iam', '', '*'])
    expect(splitArn('*')).toEqual(['*'])
  })
})

describe(arnAccount, () => {
  it('returns the 12-digit account', () => {
    expect(arnAccount('arn:aws:iam::123456789012:user/Bob')).toBe('123456789012')
  })

  it.each([
    ['S3 ARNs have none', 'arn:aws:s3:::bucket'],
    ['a wildcard is not an account', 'arn:aws:iam::*:user/Bob'],
    ['eleven digits', 'arn:aws:iam::12345678901:user/Bob'],
    ['not an ARN', '123456789012'],
    ['AWS-managed policies use `aws`', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
  ])('is undefined when %s', (_, text) => {
    expect(arnAccount(text)).toBeUndefined()
  })
})

describe(resourceMatches, () => {
  it('matches an exact ARN', () => {
    expect(
      resourceMatches('arn:aws:sqs:us-east-2:123456789012:queue1', 'arn:aws:sqs:us-east-2:123456789012:queue1'),
    ).toBe(true)
  })

  describe('case', () => {
    it('is case-sensitive: "In the Resource element, the IAM user name is case sensitive"', () => {
      expect(resourceMatches('arn:aws:iam::123456789012:user/Bob', 'arn:aws:iam::123456789012:user/bob')).toBe(false)
    })

    it('is case-sensitive in wildcard patterns too', () => {
      expect(resourceMatches('arn:aws:s3:::Bucket/*', 'arn:aws:s3:::bucket/key')).toBe(false)
      expect(resourceMatches('arn:aws:s3:::bucket/Photos/*', 'arn:aws:s3:::bucket/photos/a.jpg')).toBe(false)
    })

    it('is case-sensitive in the service and region segments', () => {
      expect(resourceMatches('arn:aws:S3:::bucket', 'arn:aws:s3:::bucket')).toBe(false)
      expect(resourceMatches('arn:aws:sqs:US-EAST-2:123456789012:q', 'arn:aws:sqs:us-east-2:123456789012:q')).toBe(
        false,
      )
    })
  })

  describe('`*` alone', () => {
    it.each([
      'arn:aws:s3:::bucket/key',
      'arn:aws:iam::123456789012:user/Bob',
      'arn:aws:lambda:us-east-1:123456789012:function:f:1',
      '*',
    ])('matches `%s`', (resource) => {
      expect(resourceMatches('*', resource)).toBe(true)
    })
  })

  describe('wildcards within segments', () => {
    it('`user/accounting/*` refers to all IAM users whose path is /accounting', () => {
      const pattern = 'arn:aws:iam::123456789012:user/accounting/*'
      expect(resourceMatches(pattern, 'arn:aws:iam::123456789012:user/accounting/Alice')).toBe(true)
      expect(resourceMatches(pattern, 'arn:aws:iam::123456789012:user/accounting/eu/Bob')).toBe(true)
      expect(resourceMatches(pattern, 'arn:aws:iam::123456789012:user/marketing/Alice')).toBe(false)
    })

    it('`bucket/*` refers to all items within a specific S3 bucket, but not the bucket itself', () => {
      expect(resourceMatches('arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket/a/b.txt')).toBe(
        true,
      )
      expect(resourceMatches('arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket')).toBe(false)
      expect(resourceMatches('arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket2/a')).toBe(false)
    })

    const docPattern = 'arn:aws:s3:::amzn-s3-demo-bucket/*/test/*'
    it.each([
      '1/test/object.jpg',
      '1/2/test/object.jpg',
      '1/2/test/3/object.jpg',
      '1/2/3/test/4/object.jpg',
      '1///test///object.jpg',
      '1/test/.jpg',
      '/test/object.jpg',
      '1/test/',
    ])('`*` expands across `/`: `bucket/*/test/*` matches `%s`', (key) => {
      expect(resourceMatches(docPattern, `arn:aws:s3:::amzn-s3-demo-bucket/${key}`)).toBe(true)
    })

    it.each(['1-test/object.jpg', 'test/object.jpg', '1/2/test.jpg'])(
      '`bucket/*/test/*` does not match `%s`',
      (key) => {
        expect(resourceMatches(docPattern, `arn:aws:s3:::amzn-s3-demo-bucket/${key}`)).toBe(false)
      },
    )

    it('`?` stands for one character in a segment', () => {
      expect(resourceMatches('arn:aws:s3:::example?bucket/*', 'arn:aws:s3:::example1bucket/k')).toBe(true)
      expect(resourceMatches('arn:aws:s3:::example?bucket/*', 'arn:aws:s3:::example12bucket/k')).toBe(false)
      expect(resourceMatches('arn:aws:s3:::example?bucket/*', 'arn:aws:s3:::examplebucket/k')).toBe(false)
    })

    it('several wildcards may appear in one segment', () => {
      expect(
        resourceMatches(
          'arn:aws:ec2:us-*-?:123456789012:instance/*',
          'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        ),
      ).toBe(true)
      expect(
        resourceMatches(
          'arn:aws:ec2:us-*-?:123456789012:instance/*',
          'arn:aws:ec2:eu-west-1:123456789012:instance/i-1',
        ),
      ).toBe(false)
    })

    it('`*` in the region and account segments matches S3 ARNs whose region and account are empty', () => {
      expect(resourceMatches('arn:aws:s3:*:*:bucket/*', 'arn:aws:s3:::bucket/key')).toBe(true)
    })

    it('an empty segment in the pattern matches only an empty segment', () => {
      expect(resourceMatches('arn:aws:s3:::bucket', 'arn:aws:s3:us-east-1::bucket')).toBe(false)
      expect(resourceMatches('arn:aws:iam::123456789012:user/Bob', 'arn:aws:iam:us-east-1:123456789012:user/Bob')).toBe(
        false,
      )
    })

    it('a resource part holding `:` and `/` is matched as one segment', () => {
      const fn = 'arn:aws:lambda:us-east-1:123456789012:function:my-fn:PROD'
      expect(resourceMatches('arn:aws:lambda:us-east-1:123456789012:function:*', fn)).toBe(true)
      expect(resourceMatches('arn:aws:lambda:us-east-1:123456789012:function:my-fn:*', fn)).toBe(true)
      expect(resourceMatches('arn:aws:lambda:us-east-1:123456789012:function:my-fn', fn)).toBe(false)
      expect(
        resourceMatches(
          'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/*:log-stream:*',
          'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/fn:log-stream:2024/01/01',
        ),
      ).toBe(true)
    })
  })

  describe('a `*` that is the last character of a short pattern expands beyond colon boundaries', () => {
    // "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond the
    // colon boundaries." (IAM User Guide, Resource element)
    it('`arn:aws:s3:*` matches S3 ARNs with their empty region and account', () => {
      expect(resourceMatches('arn:aws:s3:*', 'arn:aws:s3:::bucket/key')).toBe(true)
      expect(resourceMatches('arn:aws:s3:*', 'arn:aws:s3:::bucket')).toBe(true)
    })

    it('`arn:aws:s3:*` does not match another service', () => {
      expect(resourceMatches('arn:aws:s3:*', 'arn:aws:sqs:us-east-1:123456789012:q')).toBe(false)
    })

    it('`arn:aws:iam::*` matches every IAM ARN in every account', () => {
      expect(resourceMatches('arn:aws:iam::*', 'arn:aws:iam::123456789012:user/Bob')).toBe(true)
      expect(resourceMatches('arn:aws:iam::*', 'arn:aws:iam::123456789012:role/a/b')).toBe(true)
    })

    it('`arn:aws:sqs:us-east-1:*` matches queues of any account in that region only', () => {
      expect(resourceMatches('arn:aws:sqs:us-east-1:*', 'arn:aws:sqs:us-east-1:123456789012:q')).toBe(true)
      expect(resourceMatches('arn:aws:sqs:us-east-1:*', 'arn:aws:sqs:us-west-2:123456789012:q')).toBe(false)
    })

    it('`arn:*` matches any ARN', () => {
      expect(resourceMatches('arn:*', 'arn:aws:iam::123456789012:user/Bob')).toBe(true)
    })

    it('a trailing `*` with a prefix expands too: `arn:aws:sqs:us-*` covers every US region', () => {
      expect(resourceMatches('arn:aws:sqs:us-*', 'arn:aws:sqs:us-west-2:123456789012:q')).toBe(true)
      expect(resourceMatches('arn:aws:sqs:us-*', 'arn:aws:sqs:eu-west-1:123456789012:q')).toBe(false)
    })
  })

  describe('patterns that must not match across segments', () => {
    it('a short pattern whose last segment does not end with `*` does not expand', () => {
      expect(resourceMatches('arn:aws:s3:bucket', 'arn:aws:s3:::bucket')).toBe(false)
      expect(resourceMatches('arn:aws:iam::123456789012', 'arn:aws:iam::123456789012:root')).toBe(false)
    })

    it('a `*` that is not the last character of its segment does not swallow colons', () => {
      // Naive whole-string globbing would let `*` absorb `us-east-1:12345678900`.
      expect(resourceMatches('arn:aws:ec2:*1:instance/x', 'arn:aws:ec2:us-east-1:123456789001:instance/x')).toBe(false)
    })

    it('`?` never stands for the colon between segments', () => {
      expect(resourceMatches('arn:aws:s3:::bucket?key', 'arn:aws:s3:::bucket:key')).toBe(true) // inside the resource part
      expect(resourceMatches('arn?aws:s3:::bucket', 'arn:aws:s3:::bucket')).toBe(false)
      expect(
        resourceMatches(
          'arn:aws:ec2:us-east-1?123456789012:instance/i-1',
          'arn:aws:ec2:us-east-1:123456789012:instance/i-1',
        ),
      ).toBe(false)
    })

    it('a pattern with more segments than the ARN does not match', () => {
      expect(resourceMatches('arn:aws:s3:::bucket', 'arn:aws:s3:bucket')).toBe(false)
    })

    it('each segment is matched against its own counterpart', () => {
      expect(resourceMatches('arn:aws:iam::123456789012:user/*', 'arn:aws:iam::210987654321:user/Bob')).toBe(false)
      expect(resourceMatches('arn:aws:iam::*:user/*', 'arn:aws:iam::210987654321:role/Bob')).toBe(false)
      expect(resourceMatches('arn:aws-cn:iam::*:user/*', 'arn:aws:iam::210987654321:user/Bob')).toBe(false)
    })
  })

  describe('texts that are not ARNs', () => {
    it('a non-ARN resource is compared whole against a non-ARN pattern', () => {
      expect(resourceMatches('bucket/*', 'bucket/key')).toBe(true)
      expect(resourceMatches('bucket/*', 'other/key')).toBe(false)
    })

    it('an ARN pattern does not match the request resource `*`', () => {
      expect(resourceMatches('arn:aws:s3:::*', '*')).toBe(false)
    })
  })
})

describe(compileArnPattern, () => {
  const part = (text: string, literal: boolean): PatternPart => ({ text, literal })

  it('compiles once and matches many resources', () => {
    const m = compileArnPattern('arn:aws:s3:::bucket/home/*')
    expect(['arn:aws:s3:::bucket/home/a', 'arn:aws:s3:::bucket/work/a'].map(m)).toEqual([true, false])
  })

  it('a substituted value with `*` in it stays literal in the resource segment', () => {
    const m = compileArnPattern([part('arn:aws:s3:::bucket/home/', false), part('*', true), part('/*', false)])
    expect(m('arn:aws:s3:::bucket/home/*/notes.txt')).toBe(true)
    expect(m('arn:aws:s3:::bucket/home/alice/notes.txt')).toBe(false)
  })

  it('a literal `*` at the end of a short pattern does not expand across colons', () => {
    const m = compileArnPattern([part('arn:aws:iam::', false), part('*', true)])
    expect(m('arn:aws:iam::123456789012:user/Bob')).toBe(false)
  })

  it('a substituted account fills its segment', () => {
    const m = compileArnPattern([part('arn:aws:iam::', false), part('123456789012', true), part(':user/*', false)])
    expect(m('arn:aws:iam::123456789012:user/Bob')).toBe(true)
    expect(m('arn:aws:iam::210987654321:user/Bob')).toBe(false)
  })

  it('a substituted value with `:` inside the resource segment stays in that segment', () => {
    const m = compileArnPattern([part('arn:aws:lambda:us-east-1:123456789012:function:', false), part('fn:PROD', true)])
    expect(m('arn:aws:lambda:us-east-1:123456789012:function:fn:PROD')).toBe(true)
  })
})
