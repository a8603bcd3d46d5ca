import { describe, expect, it } from 'vitest'
import { minifiedLength, nonWhitespaceLength, quotaOf, validatePolicy } from '../../../../src/engine/validate/index'
import { covered, only, policyText, withCode } from './helpers'

/** A statement whose text is about `n` characters long (one padded Sid). */
const sized = (n: number) => ({ Sid: 'x'.repeat(n), Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' })

/** The text with `n` spaces after every line break. */
const padded = (text: string, n: number) => text.replaceAll('\n', '\n' + ' '.repeat(n))

describe(nonWhitespaceLength, () => {
  it('counts everything but JSON white space, also inside strings', () => {
    expect(nonWhitespaceLength('{ "a b": \n\t1 }')).toBe(8)
  })
})

describe(minifiedLength, () => {
  it('keeps white space inside strings, escapes included', () => {
    expect(minifiedLength('{ "a b" : "c\\" d" }')).toBe('{"a b":"c\\" d"}'.length)
  })
})

describe(quotaOf, () => {
  it('infers the obvious quotas from the kind', () => {
    expect(quotaOf('trust')).toBe('trust')
    expect(quotaOf('boundary')).toBe('managed')
    expect(quotaOf('identity')).toBeUndefined()
    expect(quotaOf(undefined)).toBeUndefined()
  })
})

describe('policy-too-large', () => {
  it('warns when a managed policy passes 6,144 characters, on the `Statement` key', () => {
    const text = policyText(sized(6200))
    const d = only(validatePolicy(text, { quota: 'managed' }), 'policy-too-large')
    expect(d.severity).toBe('warning')
    expect(d.message).toMatch(/^the policy has 6,\d{3} characters; a managed policy may have at most 6,144$/)
    expect(covered(text, d)).toBe('"Statement"')
    expect(d.path).toBe('')
  })

  it('does not count white space for IAM quotas', () => {
    const text = padded(policyText(sized(5000)), 300)
    expect(text.length).toBeGreaterThan(6144)
    expect(withCode(validatePolicy(text, { quota: 'managed' }), 'policy-too-large')).toEqual([])
  })

  it('uses the smaller inline quota of users', () => {
    const text = policyText(sized(3000))
    expect(withCode(validatePolicy(text, { quota: 'user-inline' }), 'policy-too-large')).toHaveLength(1)
    expect(withCode(validatePolicy(text, { quota: 'group-inline' }), 'policy-too-large')).toEqual([])
    expect(withCode(validatePolicy(text, { quota: 'role-inline' }), 'policy-too-large')).toEqual([])
  })

  it('takes the trust-policy quota from the kind', () => {
    const text = policyText({
      Sid: 'x'.repeat(2100),
      Effect: 'Allow',
      Principal: { Service: 'ec2.amazonaws.com' },
      Action: 'sts:AssumeRole',
    })
    expect(only(validatePolicy(text, { kind: 'trust' }), 'policy-too-large').message).toContain('a role trust policy')
    expect(withCode(validatePolicy(text, { kind: 'identity' }), 'policy-too-large')).toEqual([])
  })

  it('checks a session policy against 2,048 characters', () => {
    expect(withCode(validatePolicy(policyText(sized(2100)), { kind: 'session' }), 'policy-too-large')).toHaveLength(1)
    expect(withCode(validatePolicy(policyText(sized(1800)), { kind: 'session' }), 'policy-too-large')).toEqual([])
  })

  it('measures an object as compact JSON', () => {
    const ds = validatePolicy({ Version: '2012-10-17', Statement: [sized(6200)] }, { quota: 'managed' })
    const d = only(ds, 'policy-too-large')
    expect(d.span).toBeUndefined()
  })
})

describe('SCP and RCP size', () => {
  it('warns when an SCP is too large even without white space', () => {
    const d = only(validatePolicy(policyText(sized(5200)), { kind: 'scp' }), 'policy-too-large')
    expect(d.message).toContain('a service control policy may have at most 5,120')
  })

  it('counts white space as written, suggesting to minify when that is what breaks the quota', () => {
    const rcp = { ...sized(4000), Principal: '*' }
    const text = padded(policyText(rcp), 200)
    const ds = validatePolicy(text, { kind: 'rcp' })
    expect(withCode(ds, 'policy-too-large')).toEqual([])
    const d = only(ds, 'policy-too-large-unless-minified')
    expect(d.severity).toBe('suggestion')
    expect(d.message).toContain('a resource control policy')
  })

  it('is quiet for a small SCP', () => {
    const ds = validatePolicy(policyText(sized(100)), { kind: 'scp' })
    expect(ds.filter((d) => d.code.startsWith('policy-too-large'))).toEqual([])
  })
})
