// Assuming roles (contract rule 6): the role's trust policy is the resource policy of sts:AssumeRole*; in the same
// account naming the caller suffices, naming the account needs an identity allow too; across accounts both sides
// must allow. sts:GetCallerIdentity needs no permission.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  FULL_ACCESS,
  OTHER,
  OTHER_USER,
  ROLE,
  ROOT,
  SESSION,
  USER,
  USER_BOB,
  allow,
  decide,
  deny,
  policy,
  req,
  run,
  typeTrace,
} from '../../../helpers/policy'

const TARGET = `arn:aws:iam::${ACCOUNT}:role/admin`

/** A trust policy statement (no Resource: the role it is attached to is the resource). */
function trust(
  principal: Record<string, unknown> | string,
  action = 'sts:AssumeRole',
  extra: Record<string, unknown> = {},
) {
  return { Effect: 'Allow', Principal: principal, Action: action, ...extra }
}

function assume(principal: string, extra: Partial<EvaluationInput> = {}, action = 'sts:AssumeRole'): EvaluationInput {
  return { request: req(principal, action, TARGET), ...extra }
}

const assumeAllowed = policy(allow('sts:AssumeRole', TARGET))

describe('same account', () => {
  it('a trust policy naming the user ARN suffices on its own (rule trust-allow)', () => {
    const result = run(assume(USER, { resourcePolicy: policy(trust({ AWS: USER })) }))
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('trust-allow')
  })

  // IAM User Guide, "Update a role trust policy": "If a permissions boundary is set for the user, then it must allow
  // the sts:AssumeRole action." The one place a same-account grant naming the user is still limited by its boundary.
  it('a trust policy naming the user still needs the user’s permissions boundary to allow sts:AssumeRole', () => {
    const named = { resourcePolicy: policy(trust({ AWS: USER })) }
    const result = run(assume(USER, { ...named, permissionsBoundary: policy(allow('s3:*')) }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('boundary-no-allow')
    expect(decide(assume(USER, { ...named, permissionsBoundary: policy(allow('sts:AssumeRole')) }))).toBe('Allow')
    // A resource policy naming the user is not limited so (boundary.test.ts): only the trust policy is.
  })

  it('a trust policy naming the caller’s role lets its sessions assume (role chaining)', () => {
    expect(decide(assume(SESSION, { resourcePolicy: policy(trust({ AWS: ROLE })) }))).toBe('Allow')
  })

  it('a trust policy naming the account needs an identity allow too: without one it denies', () => {
    expect(decide(assume(USER, { resourcePolicy: policy(trust({ AWS: ROOT })) }))).toBe('ImplicitDeny')
  })

  it('a trust policy naming the account with an identity allow allows', () => {
    expect(
      decide(assume(USER, { resourcePolicy: policy(trust({ AWS: ACCOUNT })), identityPolicies: [assumeAllowed] })),
    ).toBe('Allow')
  })

  it('without a trust policy an identity allow is not enough (rule trust-no-allow)', () => {
    const result = run(assume(USER, { identityPolicies: [assumeAllowed] }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('trust-no-allow')
  })

  it('a trust policy naming someone else does not help, even with an identity allow', () => {
    expect(
      decide(assume(USER, { resourcePolicy: policy(trust({ AWS: USER_BOB })), identityPolicies: [assumeAllowed] })),
    ).toBe('ImplicitDeny')
  })

  it('a Deny in the trust policy denies', () => {
    const resourcePolicy = policy(trust({ AWS: ROOT }), {
      Effect: 'Deny',
      Principal: { AWS: USER },
      Action: 'sts:AssumeRole',
    })
    expect(decide(assume(USER, { resourcePolicy, identityPolicies: [assumeAllowed] }))).toBe('ExplicitDeny')
  })

  it('an identity-policy Deny overrides a trust policy that names the user', () => {
    const identityPolicies = [policy(deny('sts:AssumeRole', TARGET))]
    expect(decide(assume(USER, { resourcePolicy: policy(trust({ AWS: USER })), identityPolicies }))).toBe(
      'ExplicitDeny',
    )
  })

  it('the trust policy is only for the actions it lists', () => {
    expect(decide(assume(USER, { resourcePolicy: policy(trust({ AWS: USER }, 'sts:TagSession')) }))).toBe(
      'ImplicitDeny',
    )
  })

  it('sts:TagSession is governed by the trust policy too', () => {
    expect(
      decide(assume(USER, { resourcePolicy: policy(trust({ AWS: USER }, 'sts:TagSession')) }, 'sts:TagSession')),
    ).toBe('Allow')
  })

  it('the trace calls the resource policy the role trust policy', () => {
    const result = run(assume(USER, { resourcePolicy: policy(trust({ AWS: USER })) }))
    expect(typeTrace(result, 'resource')?.label).toBe('role trust policy')
  })
})

describe('a trust policy has no Resource element', () => {
  it('is valid without Resource and reports no error', () => {
    const result = run(assume(USER, { resourcePolicy: policy(trust({ AWS: USER })) }))
    const p = typeTrace(result, 'resource')?.policies[0]
    expect(p?.invalid).toBe(false)
    expect(p?.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('an ordinary resource policy without Resource is rejected', () => {
    const input = {
      request: req(USER, 's3:GetObject', 'arn:aws:s3:::bucket/k'),
      resourcePolicy: policy(trust({ AWS: USER }, 's3:GetObject')),
    }
    const result = run(input)
    expect(result.decision).toBe('ImplicitDeny')
    expect(typeTrace(result, 'resource')?.policies[0]?.invalid).toBe(true)
  })
})

describe('across accounts: both the trust policy and the caller’s identity policy', () => {
  const crossAssume = policy(allow('sts:AssumeRole', TARGET))
  it.each<[string, Partial<EvaluationInput>, string]>([
    [
      'trust names the account, identity allows',
      { resourcePolicy: policy(trust({ AWS: OTHER })), identityPolicies: [crossAssume] },
      'Allow',
    ],
    [
      'trust names the user, identity allows',
      { resourcePolicy: policy(trust({ AWS: OTHER_USER })), identityPolicies: [crossAssume] },
      'Allow',
    ],
    ['trust names the account, no identity allow', { resourcePolicy: policy(trust({ AWS: OTHER })) }, 'ImplicitDeny'],
    ['trust names the user, no identity allow', { resourcePolicy: policy(trust({ AWS: OTHER_USER })) }, 'ImplicitDeny'],
    ['identity allows, no trust policy', { identityPolicies: [crossAssume] }, 'ImplicitDeny'],
    [
      'identity allows, trust names another account',
      { resourcePolicy: policy(trust({ AWS: '999988887777' })), identityPolicies: [crossAssume] },
      'ImplicitDeny',
    ],
  ])('%s -> %s', (_, extra, expected) => {
    expect(decide(assume(OTHER_USER, extra))).toBe(expected)
  })

  it('an external-ID condition in the trust policy must hold', () => {
    const resourcePolicy = policy(
      trust({ AWS: OTHER }, 'sts:AssumeRole', { Condition: { StringEquals: { 'sts:ExternalId': 'x-42' } } }),
    )
    const input = (id?: string) => ({
      request: req(OTHER_USER, 'sts:AssumeRole', TARGET, id ? { context: { 'sts:ExternalId': id } } : {}),
      resourcePolicy,
      identityPolicies: [crossAssume],
    })
    expect(decide(input('x-42'))).toBe('Allow')
    expect(decide(input('nope'))).toBe('ImplicitDeny')
    expect(decide(input())).toBe('ImplicitDeny')
  })
})

describe('federated and service principals in trust policies', () => {
  const SAML = `arn:aws:iam::${ACCOUNT}:saml-provider/Okta`
  it('AssumeRoleWithSAML is allowed for the Federated SAML provider the trust policy names', () => {
    const input = assume(
      SAML,
      { resourcePolicy: policy(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML')) },
      'sts:AssumeRoleWithSAML',
    )
    expect(decide(input)).toBe('Allow')
  })

  it('AssumeRoleWithSAML is denied for another provider', () => {
    const other = `arn:aws:iam::${ACCOUNT}:saml-provider/Other`
    const input = assume(
      other,
      { resourcePolicy: policy(trust({ Federated: SAML }, 'sts:AssumeRoleWithSAML')) },
      'sts:AssumeRoleWithSAML',
    )
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it.each(['accounts.google.com', 'cognito-identity.amazonaws.com'])(
    'AssumeRoleWithWebIdentity is allowed for the Federated OIDC provider %s',
    (provider) => {
      const input = assume(
        provider,
        { resourcePolicy: policy(trust({ Federated: provider }, 'sts:AssumeRoleWithWebIdentity')) },
        'sts:AssumeRoleWithWebIdentity',
      )
      expect(decide(input)).toBe('Allow')
    },
  )

  it('a Service principal may assume the role', () => {
    expect(
      decide(assume('ec2.amazonaws.com', { resourcePolicy: policy(trust({ Service: 'ec2.amazonaws.com' })) })),
    ).toBe('Allow')
  })

  it('another service may not', () => {
    expect(
      decide(assume('lambda.amazonaws.com', { resourcePolicy: policy(trust({ Service: 'ec2.amazonaws.com' })) })),
    ).toBe('ImplicitDeny')
  })

  // "You cannot use AWS account root user credentials to call AssumeRole." (STS API Reference, AssumeRole)
  it('the root user cannot assume a role', () => {
    expect(decide(assume(ROOT, { resourcePolicy: policy(trust({ AWS: ROOT })) }))).toBe('ImplicitDeny')
  })
})

describe('sts:GetCallerIdentity is always allowed', () => {
  const who = (extra: Partial<EvaluationInput> = {}, principal = USER, action = 'sts:GetCallerIdentity') => ({
    request: req(principal, action, '*'),
    ...extra,
  })

  it('with no policy at all (rule get-caller-identity)', () => {
    const result = run(who())
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('get-caller-identity')
  })

  it.each<[string, Partial<EvaluationInput>]>([
    ['an identity-policy deny', { identityPolicies: [policy(deny('sts:GetCallerIdentity'))] }],
    ['an SCP deny', { scps: [[FULL_ACCESS, policy(deny('*'))]] }],
    ['an SCP level that does not allow', { scps: [[policy(allow('s3:*'))]] }],
    [
      'a boundary that allows nothing',
      { permissionsBoundary: policy(allow('s3:*')), identityPolicies: [policy(allow('*'))] },
    ],
  ])('even with %s', (_, extra) => {
    expect(decide(who(extra))).toBe('Allow')
  })

  it('for a role session too', () => {
    expect(decide(who({ identityPolicies: [policy(deny('*'))] }, SESSION))).toBe('Allow')
  })

  it('whatever the case of the action name', () => {
    expect(decide(who({ identityPolicies: [policy(deny('*'))] }, USER, 'STS:getcalleridentity'))).toBe('Allow')
  })
})
