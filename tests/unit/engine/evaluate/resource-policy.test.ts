// Resource-based policies in the same account (contract rule 5): what naming a user, a role, a session, the account,
// everyone or a service is worth, and NotPrincipal.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  OBJECT,
  ROLE,
  ROOT,
  SESSION,
  USER,
  USER_BOB,
  allow,
  decide,
  deny,
  grant,
  policy,
  req,
  run,
  statementTrace,
} from '../../../helpers/policy'

const noS3 = policy(allow('ec2:*'))

/** `principal` reads the object with only a resource policy (plus `extra`). */
function withResourcePolicy(
  principal: string,
  resourcePolicy: EvaluationInput['resourcePolicy'],
  extra: Partial<EvaluationInput> = {},
) {
  return { request: req(principal, 's3:GetObject', OBJECT), resourcePolicy, ...extra }
}

describe('naming the IAM user ARN: allows on its own', () => {
  it('allows with no identity policy at all (rule resource-policy-direct)', () => {
    const result = run(withResourcePolicy(USER, policy(grant(USER, 's3:GetObject', OBJECT))))
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('resource-policy-direct')
    expect(result.trace.decisive).toEqual([expect.objectContaining({ type: 'resource', index: 0 })])
  })

  it('is not limited by an implicit deny in the permissions boundary', () => {
    expect(decide(withResourcePolicy(USER, policy(grant(USER, 's3:GetObject')), { permissionsBoundary: noS3 }))).toBe(
      'Allow',
    )
  })

  it('is not limited by identity policies that allow other things only', () => {
    expect(decide(withResourcePolicy(USER, policy(grant(USER, 's3:GetObject')), { identityPolicies: [noS3] }))).toBe(
      'Allow',
    )
  })

  it('matches a user ARN with a path', () => {
    const pathUser = `arn:aws:iam::${ACCOUNT}:user/team/alice`
    expect(decide(withResourcePolicy(pathUser, policy(grant(pathUser, 's3:GetObject'))))).toBe('Allow')
  })

  it('does not match another user', () => {
    expect(decide(withResourcePolicy(USER, policy(grant(USER_BOB, 's3:GetObject'))))).toBe('ImplicitDeny')
  })

  it('does not allow another action or resource', () => {
    const p = policy(grant(USER, 's3:GetObject', 'arn:aws:s3:::bucket/public/*'))
    expect(decide(withResourcePolicy(USER, p))).toBe('ImplicitDeny')
  })

  it('records how the principal matched in the statement trace', () => {
    const result = run(withResourcePolicy(USER, policy(grant(USER, 's3:GetObject'))))
    expect(statementTrace(result, 'resource')?.principalMatch).toBe('user')
    expect(statementTrace(result, 'resource')?.elements.find((e) => e.kind === 'principal')?.matched).toBe(USER)
  })
})

describe('naming the role ARN: allows the role’s sessions, within the boundary and session policies', () => {
  it('allows a session of the role with no identity policy (rule resource-policy-role)', () => {
    const result = run(withResourcePolicy(SESSION, policy(grant(ROLE, 's3:GetObject'))))
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('resource-policy-role')
  })

  it('matches the sessions of a role that has a path (session ARNs carry no path)', () => {
    const pathRole = `arn:aws:iam::${ACCOUNT}:role/service/app`
    expect(decide(withResourcePolicy(SESSION, policy(grant(pathRole, 's3:GetObject'))))).toBe('Allow')
  })

  it('does not match the sessions of another role', () => {
    const other = `arn:aws:sts::${ACCOUNT}:assumed-role/other/s1`
    expect(decide(withResourcePolicy(other, policy(grant(ROLE, 's3:GetObject'))))).toBe('ImplicitDeny')
  })

  // Contract rule 5: a grant to the role ARN "allows for that role's sessions but is still limited by the boundary and
  // session policies". Session policies (IAM User Guide): when a resource-based policy names the role ARN, "the session
  // policy limits the total permissions granted by the resource-based policy and the identity-based policy".
  it('is limited by an implicit deny in the permissions boundary', () => {
    const input = withResourcePolicy(SESSION, policy(grant(ROLE, 's3:GetObject')), { permissionsBoundary: noS3 })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('is limited by an implicit deny in the session policy', () => {
    const input = withResourcePolicy(SESSION, policy(grant(ROLE, 's3:GetObject')), { sessionPolicies: [noS3] })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('is limited by the boundary also when an identity policy allows', () => {
    const input = withResourcePolicy(SESSION, policy(grant(ROLE, 's3:GetObject')), {
      identityPolicies: [policy(allow('s3:*'))],
      permissionsBoundary: noS3,
    })
    const result = run(input)
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('boundary-no-allow')
  })

  it('allows when the boundary and session policy allow too', () => {
    const input = withResourcePolicy(SESSION, policy(grant(ROLE, 's3:GetObject')), {
      permissionsBoundary: policy(allow('s3:*')),
      sessionPolicies: [policy(allow('s3:Get*'))],
    })
    expect(decide(input)).toBe('Allow')
  })
})

describe('naming the session ARN: allows on its own, not limited', () => {
  const p = policy(grant(SESSION, 's3:GetObject'))
  it('allows with no identity policy', () => {
    expect(decide(withResourcePolicy(SESSION, p))).toBe('Allow')
  })

  it('is not limited by an implicit deny in the permissions boundary', () => {
    expect(decide(withResourcePolicy(SESSION, p, { permissionsBoundary: noS3 }))).toBe('Allow')
  })

  it('is not limited by an implicit deny in the session policy', () => {
    expect(decide(withResourcePolicy(SESSION, p, { sessionPolicies: [noS3] }))).toBe('Allow')
  })

  it('does not match another session of the same role', () => {
    expect(decide(withResourcePolicy(`arn:aws:sts::${ACCOUNT}:assumed-role/app/s2`, p))).toBe('ImplicitDeny')
  })
})

describe('naming the account: delegates to identity-based policies', () => {
  it.each([ACCOUNT, ROOT])('%s without an identity allow denies implicitly', (account) => {
    expect(decide(withResourcePolicy(USER, policy(grant(account, 's3:GetObject'))))).toBe('ImplicitDeny')
  })

  it.each([ACCOUNT, ROOT])('%s with an identity allow allows (rule identity-allow)', (account) => {
    const result = run(
      withResourcePolicy(USER, policy(grant(account, 's3:GetObject')), { identityPolicies: [policy(allow('s3:*'))] }),
    )
    expect(result.decision).toBe('Allow')
    expect(result.trace.rule.code).toBe('identity-allow')
  })

  it('naming the account does not get past the boundary for a user', () => {
    const input = withResourcePolicy(USER, policy(grant(ROOT, 's3:GetObject')), {
      identityPolicies: [policy(allow('s3:*'))],
      permissionsBoundary: noS3,
    })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('the trace says the principal matched by naming the account', () => {
    const result = run(withResourcePolicy(USER, policy(grant(ROOT, 's3:GetObject'))))
    expect(statementTrace(result, 'resource')?.principalMatch).toBe('account')
  })
})

describe('everyone: `"Principal": "*"` and `{"AWS": "*"}`', () => {
  it.each([
    ['"*"', '*'],
    ['{"AWS": "*"}', { AWS: '*' }],
  ])('%s allows an IAM user with no identity policy', (_, principal) => {
    expect(decide(withResourcePolicy(USER, policy(allow('s3:GetObject', '*', { Principal: principal }))))).toBe('Allow')
  })

  it.each([
    ['"*"', '*'],
    ['{"AWS": "*"}', { AWS: '*' }],
  ])('%s allows a role session with no identity policy', (_, principal) => {
    expect(decide(withResourcePolicy(SESSION, policy(allow('s3:GetObject', '*', { Principal: principal }))))).toBe(
      'Allow',
    )
  })

  it('a wildcard grant with a condition applies only when the condition holds', () => {
    const p = policy(
      allow('s3:GetObject', '*', { Principal: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': ACCOUNT } } }),
    )
    expect(decide(withResourcePolicy(USER, p))).toBe('Allow')
    const other = {
      request: req('arn:aws:iam::999988887777:user/eve', 's3:GetObject', OBJECT, { resourceAccount: ACCOUNT }),
      resourcePolicy: p,
      identityPolicies: [policy(allow('*'))],
    }
    expect(decide(other)).toBe('ImplicitDeny')
  })
})

describe('NotPrincipal: the caller must be listed exactly', () => {
  it('Allow with NotPrincipal allows a caller that is not listed', () => {
    const p = policy(allow('s3:GetObject', '*', { NotPrincipal: { AWS: USER_BOB } }))
    expect(decide(withResourcePolicy(USER, p))).toBe('Allow')
  })

  it('Allow with NotPrincipal does not allow the listed caller', () => {
    const p = policy(allow('s3:GetObject', '*', { NotPrincipal: { AWS: USER } }))
    expect(decide(withResourcePolicy(USER, p))).toBe('ImplicitDeny')
  })

  const everyone = { identityPolicies: [policy(allow('*'))] }
  it('Deny with NotPrincipal denies everyone not listed', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: USER_BOB } }))
    expect(decide(withResourcePolicy(USER, p, everyone))).toBe('ExplicitDeny')
  })

  it('Deny with NotPrincipal spares a listed user', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: [USER, ROOT] } }))
    expect(decide(withResourcePolicy(USER, p, everyone))).toBe('Allow')
  })

  it('listing the role ARN does not list its sessions: the session is denied', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: [ROLE, ROOT] } }))
    expect(decide(withResourcePolicy(SESSION, p, everyone))).toBe('ExplicitDeny')
  })

  it('listing the session ARN spares the session', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: [ROLE, SESSION, ROOT] } }))
    expect(decide(withResourcePolicy(SESSION, p, everyone))).toBe('Allow')
  })

  it('listing the account does not list its users: the user is denied', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: ROOT } }))
    expect(decide(withResourcePolicy(USER, p, everyone))).toBe('ExplicitDeny')
  })

  // "The NotPrincipal element with a Deny effect will always deny any IAM principal that has a permissions boundary
  // policy attached, regardless of the values specified in the NotPrincipal element." (Permissions boundaries)
  it('a Deny with NotPrincipal always denies a principal that has a permissions boundary', () => {
    const p = policy(deny('s3:*', '*', { NotPrincipal: { AWS: [USER, ROOT] } }))
    expect(decide(withResourcePolicy(USER, p, { ...everyone, permissionsBoundary: policy(allow('*')) }))).toBe(
      'ExplicitDeny',
    )
  })
})

describe('service principals and other principal types', () => {
  const svc = policy(allow('s3:PutObject', '*', { Principal: { Service: 'logging.s3.amazonaws.com' } }))
  it('a Service principal allows that service', () => {
    expect(
      decide({
        request: req('logging.s3.amazonaws.com', 's3:PutObject', OBJECT, { resourceAccount: ACCOUNT }),
        resourcePolicy: svc,
      }),
    ).toBe('Allow')
  })

  it('a Service principal does not allow another service', () => {
    expect(
      decide({
        request: req('lambda.amazonaws.com', 's3:PutObject', OBJECT, { resourceAccount: ACCOUNT }),
        resourcePolicy: svc,
      }),
    ).toBe('ImplicitDeny')
  })

  it('a Service principal does not allow an IAM user', () => {
    expect(decide({ request: req(USER, 's3:PutObject', OBJECT), resourcePolicy: svc })).toBe('ImplicitDeny')
  })
})

describe('resource and identity policies in the same account: a union', () => {
  it('an identity allow suffices when the resource policy says nothing about the request', () => {
    const input = withResourcePolicy(USER, policy(grant(USER_BOB, 's3:GetObject')), {
      identityPolicies: [policy(allow('s3:*'))],
    })
    expect(decide(input)).toBe('Allow')
  })

  it('a resource-policy deny for the caller overrides the identity allow', () => {
    const input = withResourcePolicy(USER, policy(deny('s3:*', '*', { Principal: { AWS: USER } })), {
      identityPolicies: [policy(allow('s3:*'))],
    })
    expect(decide(input)).toBe('ExplicitDeny')
  })

  it('a resource-policy deny for someone else does not deny', () => {
    const input = withResourcePolicy(USER, policy(deny('s3:*', '*', { Principal: { AWS: USER_BOB } })), {
      identityPolicies: [policy(allow('s3:*'))],
    })
    expect(decide(input)).toBe('Allow')
  })
})
