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

/** Whether `principal` may read `resource` under an Allow with several Resource entries. */
function reachesAny(resources: string[], resource: string, principal = USER): boolean {
  const input = {
    request: req(principal, 's3:GetObject', resource),
    identityPolicies: [policy(allow('s3:GetObject', resources))],
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

// User Guide, "Policy variables with no value": "If a variable that has no value in the authorization context is used
// as part of the Resource or NotResource element of a policy, the resource that includes a policy variable with no
// value will not match any resource." Only that entry matches nothing; the statement's other entries still count.
describe('User Guide: policy variables with no value (Resource and NotResource)', () => {
  const TEAM = 'arn:aws:s3:::b/${aws:PrincipalTag/team}/*'

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

  it('the trace says which entry had no value (resolved: null) and why nothing matched', () => {
    const result = run({
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:GetObject', 'arn:aws:s3:::bucket/${aws:username}/*'))],
    })
    const element = statementTrace(result, 'identity')?.elements.find((e) => e.kind === 'resource')
    expect(element?.outcome).toBe('no_match')
    expect(element?.reason).toBe('policy_variable_unresolved')
    expect(element?.message).toContain('aws:username')
    expect(element?.resolved).toEqual([null])
  })

  it('a Deny keeps denying through its other Resource entries when one entry has no value', () => {
    const input = (resource: string) => ({
      request: req(USER, 's3:GetObject', resource),
      identityPolicies: [policy(allow('s3:*'), deny('s3:GetObject', [TEAM, 'arn:aws:s3:::b/blue/*']))],
    })
    expect(decide(input('arn:aws:s3:::b/blue/x'))).toBe('ExplicitDeny')
    expect(decide(input('arn:aws:s3:::b/red/x'))).toBe('Allow')
  })

  it('the trace of that Deny names the matching entry and the entry with no value', () => {
    const result = run({
      request: req(USER, 's3:GetObject', 'arn:aws:s3:::b/blue/x'),
      identityPolicies: [policy(deny('s3:GetObject', [TEAM, 'arn:aws:s3:::b/blue/*']))],
    })
    const element = statementTrace(result, 'identity')?.elements.find((e) => e.kind === 'resource')
    expect(element?.outcome).toBe('match')
    expect(element?.matched).toBe('arn:aws:s3:::b/blue/*')
    expect(element?.reason).toBeUndefined()
    expect(element?.resolved).toEqual([null, 'arn:aws:s3:::b/blue/*'])
    expect(element?.message).toContain('aws:PrincipalTag/team')
  })

  it('an Allow reaches the other entries when one has no value', () => {
    const resources = ['arn:aws:s3:::bucket/${aws:username}/*', 'arn:aws:s3:::bucket/shared/*']
    expect(reachesAny(resources, 'arn:aws:s3:::bucket/shared/x', SESSION)).toBe(true)
    expect(reachesAny(resources, 'arn:aws:s3:::bucket/app/x', SESSION)).toBe(false)
  })

  it('a Deny whose only Resource entry has no value does not deny', () => {
    const input = {
      request: req(SESSION, 's3:GetObject', OBJECT),
      identityPolicies: [policy(allow('s3:*'), deny('s3:*', 'arn:aws:s3:::bucket/${aws:username}'))],
    }
    expect(decide(input)).toBe('Allow')
  })

  it('NotResource: an entry with no value excludes nothing, so the statement covers every resource', () => {
    const input = {
      request: req(SESSION, 's3:GetObject', 'arn:aws:s3:::private/app/x'),
      identityPolicies: [
        policy({ Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::private/${aws:username}/*' }),
      ],
    }
    expect(decide(input)).toBe('Allow')
    const element = statementTrace(run(input), 'identity')?.elements.find((e) => e.kind === 'not_resource')
    expect(element?.outcome).toBe('match')
    expect(element?.resolved).toEqual([null])
    expect(element?.message).toContain('aws:username')
  })

  it('NotResource: the other entries still exclude, and the reason is the pattern, not the variable', () => {
    const input = (resource: string) => ({
      request: req(SESSION, 's3:GetObject', resource),
      identityPolicies: [
        policy(allow('s3:*'), {
          Effect: 'Deny',
          Action: 's3:*',
          NotResource: ['arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::public/*'],
        }),
      ],
    })
    expect(decide(input('arn:aws:s3:::public/x'))).toBe('Allow')
    expect(decide(input('arn:aws:s3:::home/app/x'))).toBe('ExplicitDeny')
    const traced = run(input('arn:aws:s3:::public/x'))
    const statements = traced.trace.policyTypes.flatMap((t) => t.policies.flatMap((p) => p.statements))
    const element = statements[1]?.elements.find((e) => e.kind === 'not_resource')
    expect(element?.outcome).toBe('no_match')
    expect(element?.reason).toBe('resource_pattern_mismatch')
  })

  // "Access is explicitly denied when aws:principaltag/Team is not set" (the User Guide's example).
  it('a condition value with no value: the StringNotEquals Deny of the User Guide denies an untagged principal', () => {
    const guide = deny('s3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/*', {
      Condition: { StringNotEquals: { 's3:ExistingObjectTag/Team': '${aws:PrincipalTag/Team}' } },
    })
    const input = (context: Record<string, string>) => ({
      request: req(USER, 's3:GetObject', 'arn:aws:s3:::amzn-s3-demo-bucket/doc', { context }),
      identityPolicies: [policy(allow('s3:*'), guide)],
    })
    expect(decide(input({ 's3:ExistingObjectTag/Team': 'blue' }))).toBe('ExplicitDeny')
    expect(decide(input({ 's3:ExistingObjectTag/Team': 'blue', 'aws:PrincipalTag/Team': 'blue' }))).toBe('Allow')
    expect(decide(input({ 's3:ExistingObjectTag/Team': 'blue', 'aws:PrincipalTag/Team': 'red' }))).toBe('ExplicitDeny')
  })

  it('a condition value with no value: a negated operator holds for it, a positive one does not', () => {
    expect(holds({ StringNotEquals: { 's3:prefix': '${aws:PrincipalTag/home}' } }, { 's3:prefix': 'x' })).toBe(true)
    expect(holds({ StringEquals: { 's3:prefix': '${aws:PrincipalTag/home}' } }, { 's3:prefix': 'x' })).toBe(false)
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
