// Conditions inside statements and policy variables in Resource: AND across operators and keys, OR across values,
// ...IfExists, missing keys in the trace, `${...}` substitution with defaults and the special `${*}`, `${?}`, `${$}`.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
import { describe, expect, it } from 'vitest'
import { OBJECT, SESSION, USER, allow, decide, deny, policy, req, run, statementTrace } from '../../../helpers/policy'

type Values = string | string[]

/** Whether alice (or `principal`) may read `resource` under one Allow statement with this condition. */
function holds(condition: Record<string, unknown>, context: Record<string, Values> = {}, principal = USER): boolean {
  const input = {
    request: req(principal, 's3:GetObject', OBJECT, { context }),
    identityPolicies: [policy(allow('s3:GetObject', '*', { Condition: condition }))],
  }
  return decide(input) === 'Allow'
}

/** Whether alice (or `principal`) may read `resource` under an Allow with this Resource. */
function reaches(
  resourcePattern: string,
  resource: string,
  context: Record<string, Values> = {},
  principal = USER,
): boolean {
  const input = {
    request: req(principal, 's3:GetObject', resource, { context }),
    identityPolicies: [policy(allow('s3:GetObject', resourcePattern))],
  }
  return decide(input) === 'Allow'
}

describe('"If there are multiple condition operators, or multiple keys, the conditions are evaluated using a logical AND"', () => {
  const twoOperators = {
    StringEquals: { 'aws:RequestedRegion': 'eu-west-1' },
    Bool: { 'aws:SecureTransport': 'true' },
  }
  it.each([
    ['eu-west-1', 'true', true],
    ['eu-west-1', 'false', false],
    ['us-east-1', 'true', false],
    ['us-east-1', 'false', false],
  ])('two operators: region %s, TLS %s -> %s', (region, tls, expected) => {
    expect(holds(twoOperators, { 'aws:RequestedRegion': region, 'aws:SecureTransport': tls })).toBe(expected)
  })

  const twoKeys = { StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'data' } }
  it('two keys under one operator: both must hold', () => {
    expect(holds(twoKeys, { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'data' })).toBe(true)
    expect(holds(twoKeys, { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'web' })).toBe(false)
  })

  it('one key missing fails the whole condition', () => {
    expect(holds(twoKeys, { 'aws:RequestedRegion': 'eu-west-1' })).toBe(false)
  })
})

describe('"If a single condition key has multiple values, they are evaluated using a logical OR"', () => {
  const regions = { StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } }
  it.each([
    ['eu-west-1', true],
    ['eu-central-1', true],
    ['us-east-1', false],
  ])('region %s -> %s', (region, expected) => {
    expect(holds(regions, { 'aws:RequestedRegion': region })).toBe(expected)
  })

  it('a negated operator with several values holds only when none matches', () => {
    const notThese = { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] } }
    expect(holds(notThese, { 'aws:RequestedRegion': 'us-east-1' })).toBe(true)
    expect(holds(notThese, { 'aws:RequestedRegion': 'eu-central-1' })).toBe(false)
  })
})

describe('...IfExists and missing keys', () => {
  it('StringEquals on a missing key fails', () => {
    expect(holds({ StringEquals: { 'ec2:InstanceType': 't3.micro' } })).toBe(false)
  })

  it('StringEqualsIfExists on a missing key holds', () => {
    expect(holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } })).toBe(true)
  })

  it('StringEqualsIfExists on a present key compares it', () => {
    expect(
      holds({ StringEqualsIfExists: { 'ec2:InstanceType': 't3.micro' } }, { 'ec2:InstanceType': 'm5.large' }),
    ).toBe(false)
  })

  it.each([
    ['true', {}, true],
    ['true', { 'aws:MultiFactorAuthAge': '30' }, false],
    ['false', { 'aws:MultiFactorAuthAge': '30' }, true],
    ['false', {}, false],
  ])('Null "%s" with context %j -> %s', (value, context, expected) => {
    expect(holds({ Null: { 'aws:MultiFactorAuthAge': value } }, context)).toBe(expected)
  })
})

describe('missing keys in the trace', () => {
  it('names a key a statement asked for and the request did not carry', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [
        policy(allow('s3:GetObject', '*', { Condition: { StringEquals: { 's3:ExistingObjectTag/class': 'public' } } })),
      ],
    }
    const result = run(input)
    expect(result.trace.missingKeys).toEqual(['s3:ExistingObjectTag/class'])
    const condition = statementTrace(result, 'identity')?.conditions[0]
    expect(condition?.missing).toBe(true)
    expect(condition?.outcome).toBe('no_match')
    expect(condition?.reason).toBe('condition_key_missing')
  })

  it('does not name keys of statements whose action does not match', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT),
      identityPolicies: [
        policy(
          allow('s3:GetObject'),
          allow('ec2:RunInstances', '*', { Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } }),
        ),
      ],
    }
    expect(run(input).trace.missingKeys).toEqual([])
  })

  it('does not name a key the request carries', () => {
    const input = {
      request: req(USER, 's3:GetObject', OBJECT, { context: { 'aws:SourceVpc': 'vpc-1' } }),
      identityPolicies: [
        policy(allow('s3:GetObject', '*', { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-2' } } })),
      ],
    }
    expect(run(input).trace.missingKeys).toEqual([])
  })
})

describe('policy variables in Resource', () => {
  it.each([
    ['arn:aws:s3:::bucket/alice/notes', true],
    ['arn:aws:s3:::bucket/bob/notes', false],
  ])('`${aws:username}` for alice: %s -> %s', (resource, expected) => {
    expect(reaches('arn:aws:s3:::bucket/${aws:username}/*', resource)).toBe(expected)
  })

  it.each([
    ['data', 'arn:aws:s3:::bucket/data/x', true],
    ['web', 'arn:aws:s3:::bucket/data/x', false],
  ])('`${aws:PrincipalTag/team}` with team=%s on %s -> %s', (team, resource, expected) => {
    expect(reaches('arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*', resource, { 'aws:PrincipalTag/team': team })).toBe(
      expected,
    )
  })

  it("a default value is used when the key is missing: `${aws:PrincipalTag/team, 'none'}`", () => {
    expect(reaches("arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'none'}/*", 'arn:aws:s3:::bucket/none/x')).toBe(true)
  })

  it('the default is not used when the key is present', () => {
    const pattern = "arn:aws:s3:::bucket/${aws:PrincipalTag/team, 'none'}/*"
    expect(reaches(pattern, 'arn:aws:s3:::bucket/none/x', { 'aws:PrincipalTag/team': 'data' })).toBe(false)
  })

  it('`${*}` is a literal asterisk, not a wildcard', () => {
    expect(reaches('arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/*')).toBe(true)
    expect(reaches('arn:aws:s3:::bucket/${*}', 'arn:aws:s3:::bucket/key')).toBe(false)
  })

  it('`${?}` and `${$}` are a literal question mark and dollar sign', () => {
    expect(reaches('arn:aws:s3:::bucket/a${?}b${$}', 'arn:aws:s3:::bucket/a?b$')).toBe(true)
    expect(reaches('arn:aws:s3:::bucket/a${?}b', 'arn:aws:s3:::bucket/axb')).toBe(false)
  })

  it('a `*` inside a substituted value is literal text, not a wildcard', () => {
    expect(
      reaches('arn:aws:s3:::bucket/${aws:PrincipalTag/team}/x', 'arn:aws:s3:::bucket/data/x', {
        'aws:PrincipalTag/team': '*',
      }),
    ).toBe(false)
  })

  it('key names in variables are case-insensitive', () => {
    expect(reaches('arn:aws:s3:::bucket/${AWS:USERNAME}/*', 'arn:aws:s3:::bucket/alice/x')).toBe(true)
  })
})

describe('an unresolvable variable: "any attempt to match it fails and causes the statement to be invalid"', () => {
  it('a Resource variable with no value (aws:username for a role session) does not match', () => {
    expect(reaches('arn:aws:s3:::bucket/${aws:username}/*', 'arn:aws:s3:::bucket/app/x', {}, SESSION)).toBe(false)
  })

  it('a multi-valued key cannot fill a variable', () => {
    expect(
      reaches('arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::bucket/data/x', {
        'aws:PrincipalTag/team': ['data', 'web'],
      }),
    ).toBe(false)
  })

  it('the trace says which variable had no value', () => {
    const result = run({
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:GetObject', 'arn:aws:s3:::bucket/${aws:username}/*'))],
    })
    const element = statementTrace(result, 'identity')?.elements.find((e) => e.kind === 'resource')
    expect(element?.reason).toBe('policy_variable_unresolved')
    expect(element?.message).toContain('aws:username')
    expect(element?.resolved).toEqual([null])
  })

  it('a Deny whose Resource variable has no value does not deny', () => {
    const input = {
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:*'), deny('s3:*', 'arn:aws:s3:::bucket/${aws:username}'))],
    }
    expect(decide(input)).toBe('Allow')
  })

  it('an Allow with NotResource holding an unresolvable variable does not apply', () => {
    const input = {
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [
        policy({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::private/${aws:username}/*' }),
      ],
    }
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('a condition whose value has an unresolvable variable does not hold, even with a negated operator', () => {
    expect(holds({ StringNotEquals: { 's3:prefix': '${aws:PrincipalTag/home}' } }, { 's3:prefix': 'x' })).toBe(false)
  })
})

describe('policy variables in condition values', () => {
  it('StringEquals against `${aws:username}`', () => {
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } }, { 'aws:PrincipalTag/owner': 'alice' }),
    ).toBe(true)
    expect(
      holds({ StringEquals: { 'aws:PrincipalTag/owner': '${aws:username}' } }, { 'aws:PrincipalTag/owner': 'bob' }),
    ).toBe(false)
  })

  it('StringLike with a variable and a wildcard', () => {
    expect(holds({ StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, { 's3:prefix': 'home/alice/docs' })).toBe(
      true,
    )
  })

  it('with Version 2008-10-17 the variable is literal text in conditions too', () => {
    const input = (prefix: string) => ({
      request: req(USER, 's3:GetObject', OBJECT, { context: { 's3:prefix': prefix } }),
      identityPolicies: [
        {
          Version: '2008-10-17',
          Statement: [allow('s3:GetObject', '*', { Condition: { StringEquals: { 's3:prefix': '${aws:username}' } } })],
        },
      ],
    })
    expect(decide(input('alice'))).toBe('ImplicitDeny')
    expect(decide(input('${aws:username}'))).toBe('Allow')
  })
})
