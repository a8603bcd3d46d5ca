// KMS keys (contract rule 6): "Unless the key policy explicitly allows it, you cannot use IAM policies to allow
// access to a KMS key"; "No AWS principal, including the account root user or key creator, has any permissions to a
// KMS key unless they are explicitly allowed, and never denied, in a key policy, IAM policy, or grant."
// https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
import { describe, expect, it } from 'vitest'
import type { EvaluationInput } from '../../../../src/engine/index'
import {
  ACCOUNT,
  KEY,
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
  grant,
  policy,
  req,
  run,
} from '../../../helpers/policy'

const decryptAllowed = policy(allow('kms:Decrypt', KEY))
/** The default key policy: "Allows access to the AWS account and enables IAM policies". */
const defaultKeyPolicy = policy(grant(ROOT, 'kms:*'))

function decrypt(principal: string, extra: Partial<EvaluationInput> = {}): EvaluationInput {
  return { request: req(principal, 'kms:Decrypt', KEY), ...extra }
}

describe('the key policy must allow', () => {
  it('an identity allow without any key policy denies (rule kms-key-policy-no-allow)', () => {
    const result = run(decrypt(USER, { identityPolicies: [decryptAllowed] }))
    expect(result.decision).toBe('ImplicitDeny')
    expect(result.trace.rule.code).toBe('kms-key-policy-no-allow')
  })

  it('an identity allow with a key policy that names someone else denies', () => {
    expect(
      decide(decrypt(USER, { identityPolicies: [decryptAllowed], resourcePolicy: policy(grant(USER_BOB, 'kms:*')) })),
    ).toBe('ImplicitDeny')
  })

  it('a key policy naming the user allows without any identity policy', () => {
    expect(decide(decrypt(USER, { resourcePolicy: policy(grant(USER, 'kms:Decrypt')) }))).toBe('Allow')
  })

  it('a key policy naming the role allows its sessions', () => {
    expect(decide(decrypt(SESSION, { resourcePolicy: policy(grant(ROLE, 'kms:Decrypt')) }))).toBe('Allow')
  })
})

describe('a key policy naming the account delegates to IAM policies', () => {
  it.each([ROOT, ACCOUNT])('%s plus an identity allow allows', (account) => {
    expect(
      decide(decrypt(USER, { identityPolicies: [decryptAllowed], resourcePolicy: policy(grant(account, 'kms:*')) })),
    ).toBe('Allow')
  })

  it.each([ROOT, ACCOUNT])('%s without an identity allow denies', (account) => {
    expect(decide(decrypt(USER, { resourcePolicy: policy(grant(account, 'kms:*')) }))).toBe('ImplicitDeny')
  })

  it('the IAM side is still limited by the permissions boundary', () => {
    const input = decrypt(USER, {
      identityPolicies: [decryptAllowed],
      resourcePolicy: defaultKeyPolicy,
      permissionsBoundary: policy(allow('s3:*')),
    })
    expect(decide(input)).toBe('ImplicitDeny')
  })

  it('the root user is allowed by the default key policy', () => {
    expect(decide(decrypt(ROOT, { resourcePolicy: defaultKeyPolicy }))).toBe('Allow')
  })

  it('the root user is not allowed by a key policy that does not allow it', () => {
    expect(decide(decrypt(ROOT, { resourcePolicy: policy(grant(USER, 'kms:*')) }))).toBe('ImplicitDeny')
  })
})

describe('denies', () => {
  it('a Deny in the key policy denies', () => {
    const resourcePolicy = policy(grant(ROOT, 'kms:*'), deny('kms:Decrypt', '*', { Principal: { AWS: USER } }))
    expect(decide(decrypt(USER, { identityPolicies: [decryptAllowed], resourcePolicy }))).toBe('ExplicitDeny')
  })

  it('"You can use an IAM policy to deny a permission to a KMS key without permission from a key policy"', () => {
    const input = decrypt(USER, {
      identityPolicies: [policy(deny('kms:*'))],
      resourcePolicy: policy(grant(USER, 'kms:*')),
    })
    expect(decide(input)).toBe('ExplicitDeny')
  })
})

describe('across accounts', () => {
  it('a key policy naming the other account plus its identity allow allows', () => {
    expect(
      decide(
        decrypt(OTHER_USER, {
          identityPolicies: [decryptAllowed],
          resourcePolicy: policy(grant(OTHER, 'kms:Decrypt')),
        }),
      ),
    ).toBe('Allow')
  })

  it('a key policy naming the other user without its identity allow denies', () => {
    expect(decide(decrypt(OTHER_USER, { resourcePolicy: policy(grant(OTHER_USER, 'kms:Decrypt')) }))).toBe(
      'ImplicitDeny',
    )
  })
})

describe('KMS actions that name no key', () => {
  it('kms:ListKeys on "*" needs only the identity allow', () => {
    expect(decide({ request: req(USER, 'kms:ListKeys', '*'), identityPolicies: [policy(allow('kms:List*'))] })).toBe(
      'Allow',
    )
  })

  it('kms:CreateKey on "*" needs only the identity allow', () => {
    expect(
      decide({ request: req(USER, 'kms:CreateKey', '*'), identityPolicies: [policy(allow('kms:CreateKey'))] }),
    ).toBe('Allow')
  })
})
