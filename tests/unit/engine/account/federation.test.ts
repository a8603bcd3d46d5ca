// AssumeRoleWithSAML and AssumeRoleWithWebIdentity: the identity provider must exist in the role's account (or be a
// built-in web identity provider), an OIDC token's `aud` must be a client ID of the provider, and the claims reach the
// trust policy under the provider's keys. The trust policies are the User Guide's examples:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html (GitHub)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html (SAML:aud)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml
// https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html (Cognito aud and amr)
import { describe, expect, it } from 'vitest'
import {
  assumeRole,
  assumeRoleEvent,
  nameQualifier,
  simulate,
  type AssumeRoleRequest,
  type AssumeRoleResult,
} from '../../../../src/engine/index'
import { policy } from '../../../helpers/policy'
import { A, B, inline, role, scenario, trust } from '../../../helpers/scenario'

const GITHUB = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`
const OKTA = `arn:aws:iam::${A}:saml-provider/Okta`
const POOL = 'us-east-2:12345678-abcd-abcd-abcd-123456790ab'

const s = scenario({
  accounts: [{ id: A }, { id: B }],
  identityProviders: [
    { type: 'oidc', url: 'https://token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] },
    { type: 'saml', name: 'Okta', entityId: 'http://www.okta.com/exk1' },
  ],
  roles: [
    role('Deploy', {
      trustPolicy: trust({ Federated: GITHUB }, 'sts:AssumeRoleWithWebIdentity', {
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main' },
        },
      }),
      inlinePolicies: [inline('Deploy', 's3:PutObject', 'arn:aws:s3:::site/*')],
    }),
    role('Sso', {
      trustPolicy: trust({ Federated: OKTA }, 'sts:AssumeRoleWithSAML', {
        Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
      }),
    }),
    role('Staff', {
      trustPolicy: trust({ Federated: OKTA }, 'sts:AssumeRoleWithSAML', {
        Condition: {
          StringEquals: { 'saml:edupersonorgdn': 'ExampleOrg', 'SAML:sub_type': 'persistent', 'SAML:doc': `${A}/Okta` },
        },
      }),
    }),
    role('Mobile', {
      trustPolicy: trust({ Federated: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity', {
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': POOL },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' },
        },
      }),
    }),
    role('Elsewhere', {
      account: B,
      trustPolicy: trust(
        { Federated: `arn:aws:iam::${B}:oidc-provider/token.actions.githubusercontent.com` },
        'sts:AssumeRoleWithWebIdentity',
      ),
    }),
  ],
})

/** `echo -n 'http://www.okta.com/exk1111122223333/Okta' | openssl sha1 -binary | base64` */
const EXPECTED_QUALIFIER = 'J3SVfLNuhkX6NOASNittjBlfAw8='

const MAIN = { aud: 'sts.amazonaws.com', sub: 'repo:octo-org/octo-repo:ref:refs/heads/main' }

function web(req: Partial<AssumeRoleRequest> & { role: string }): AssumeRoleResult {
  return assumeRole(s, {
    caller: GITHUB,
    sessionName: 'gha',
    action: 'sts:AssumeRoleWithWebIdentity',
    claims: MAIN,
    ...req,
  })
}

function ok(result: AssumeRoleResult) {
  if (!result.ok) throw new Error(`expected a session, got ${result.code}: ${result.reason}`)
  return result
}

describe('AssumeRoleWithWebIdentity (GitHub Actions)', () => {
  it('issues an assumed-role session for the main branch, with no MFA, for an hour', () => {
    const r = ok(web({ role: 'Deploy' }))
    expect(r.sessionArn).toBe(`arn:aws:sts::${A}:assumed-role/Deploy/gha`)
    expect(r.session.sourcePrincipal).toBe(GITHUB)
    expect(r.session.mfa).toBe(false)
    expect(r.expiresAt).toBe('2026-01-01T01:00:00Z')
    expect(r.result.context['token.actions.githubusercontent.com:sub']).toBe(MAIN.sub)
    expect(r.result.trace.request.principal).toBe(GITHUB)
  })

  it('accepts the issuer host as the caller and names the provider ARN', () => {
    expect(ok(web({ role: 'Deploy', caller: 'token.actions.githubusercontent.com' })).session.sourcePrincipal).toBe(
      GITHUB,
    )
  })

  it('refuses another repository: the trust policy sub does not match', () => {
    const r = web({ role: 'Deploy', claims: { ...MAIN, sub: 'repo:someone/fork:ref:refs/heads/main' } })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.code).toBe('access-denied')
    expect(r.result.decision).toBe('ImplicitDeny')
  })

  it('refuses a token whose aud is not a client ID of the provider (InvalidIdentityToken)', () => {
    const r = web({ role: 'Deploy', claims: { ...MAIN, aud: 'https://github.com/octo-org' } })
    expect(!r.ok && r.code).toBe('wrong-audience')
    expect(!r.ok && r.reason).toContain('Incorrect token audience')
  })

  it('refuses when the role account has no OIDC provider for the issuer', () => {
    const r = web({ role: 'Elsewhere', caller: `arn:aws:iam::${B}:oidc-provider/token.actions.githubusercontent.com` })
    expect(!r.ok && r.code).toBe('no-provider')
    expect(!r.ok && r.reason).toContain('No OpenIDConnect provider found')
    const gone = assumeRole(
      { ...s, identityProviders: [] },
      {
        caller: GITHUB,
        role: 'Deploy',
        sessionName: 'gha',
        action: 'sts:AssumeRoleWithWebIdentity',
        claims: MAIN,
      },
    )
    expect(!gone.ok && gone.code).toBe('no-provider')
  })

  it('refuses a caller that is not an OIDC provider', () => {
    const r = web({ role: 'Deploy', caller: `arn:aws:iam::${A}:user/alice` })
    expect(!r.ok && r.code).toBe('not-a-provider')
  })

  it('later requests of the session carry aws:FederatedProvider and the role session keys', () => {
    const r = ok(web({ role: 'Deploy' }))
    const put = simulate(
      s,
      { principal: r.sessionArn, action: 's3:PutObject', resource: 'arn:aws:s3:::site/index.html' },
      { sessions: [r.session] },
    )
    expect(put.decision).toBe('Allow')
    expect(put.context['aws:FederatedProvider']).toBe(GITHUB)
    expect(put.context['aws:PrincipalType']).toBe('AssumedRole')
    expect(put.context['aws:userid']).toMatch(/^AROA[A-Z0-9]+:gha$/)
    expect(put.context['aws:MultiFactorAuthPresent']).toBe('false')
  })
})

describe('AssumeRoleWithWebIdentity (built-in providers)', () => {
  const cognito = (amr: string[]) =>
    assumeRole(s, {
      caller: 'cognito-identity.amazonaws.com',
      role: 'Mobile',
      sessionName: 'app',
      action: 'sts:AssumeRoleWithWebIdentity',
      claims: { aud: POOL, sub: 'us-east-2:user-1', amr },
    })

  it('Cognito needs no IAM provider; amr decides authenticated against unauthenticated identities', () => {
    const r = ok(cognito(['authenticated', 'cognito-idp.us-east-2.amazonaws.com']))
    expect(r.session.sourcePrincipal).toBe('cognito-identity.amazonaws.com')
    expect(cognito(['unauthenticated']).ok).toBe(false)
  })
})

describe('AssumeRoleWithSAML', () => {
  const saml = (role: string, claims: Record<string, string | string[]>, caller = OKTA) =>
    assumeRole(s, { caller, role, sessionName: 'jdoe', action: 'sts:AssumeRoleWithSAML', claims })

  it('issues a session when SAML:aud is the AWS sign-in endpoint', () => {
    const r = ok(saml('Sso', { aud: 'https://signin.aws.amazon.com/saml', sub: 'jdoe' }))
    expect(r.sessionArn).toBe(`arn:aws:sts::${A}:assumed-role/Sso/jdoe`)
    expect(r.result.context['SAML:iss']).toBe('http://www.okta.com/exk1')
    expect(saml('Sso', { aud: 'https://example.com/saml' }).ok).toBe(false)
  })

  it('computes SAML:namequalifier as BASE64(SHA1(issuer + account + "/" + name)) (STS API Reference)', () => {
    const r = ok(saml('Sso', { aud: 'https://signin.aws.amazon.com/saml' }))
    expect(r.result.context['SAML:namequalifier']).toBe(EXPECTED_QUALIFIER)
    // The API Reference's own example, hashed with openssl.
    expect(nameQualifier('https://example.com/saml', '123456789012', 'MySAMLIdP')).toBe('1uAJanUnBc2XeUkHURMht+xam2c=')
  })

  it('reads eduPerson attributes, sub_type and SAML:doc (keys ignore case)', () => {
    expect(saml('Staff', { edupersonorgdn: 'ExampleOrg', sub_type: 'persistent' }).ok).toBe(true)
    expect(saml('Staff', { edupersonorgdn: 'OtherOrg', sub_type: 'persistent' }).ok).toBe(false)
  })

  it('refuses a provider the account does not have, and a caller that is not a SAML provider', () => {
    const r = saml('Sso', { aud: 'https://signin.aws.amazon.com/saml' }, `arn:aws:iam::${A}:saml-provider/Gone`)
    expect(!r.ok && r.code).toBe('no-provider')
    const user = saml('Sso', { aud: 'https://signin.aws.amazon.com/saml' }, 'user/alice')
    expect(!user.ok && user.code).toBe('not-a-provider')
  })

  it('SAML sessions carry no aws:FederatedProvider (the key is documented for OIDC sessions)', () => {
    const r = ok(saml('Sso', { aud: 'https://signin.aws.amazon.com/saml' }))
    const get = simulate(
      { ...s, roles: s.roles!.map((x) => (x.name === 'Sso' ? { ...x, inlinePolicies: [inline('All', 's3:*')] } : x)) },
      { principal: r.sessionArn, action: 's3:GetObject', resource: 'arn:aws:s3:::site/a' },
      { sessions: [r.session] },
    )
    expect(get.decision).toBe('Allow')
    expect(get.context['aws:FederatedProvider']).toBeUndefined()
  })
})

describe('the trust policy must name the provider', () => {
  it('a role trusting another principal refuses the provider', () => {
    const other = scenario({
      identityProviders: s.identityProviders!,
      roles: [
        role('Plain', { trustPolicy: policy({ Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' }) }),
      ],
    })
    const r = assumeRole(other, {
      caller: GITHUB,
      role: 'Plain',
      sessionName: 'gha',
      action: 'sts:AssumeRoleWithWebIdentity',
      claims: MAIN,
    })
    expect(!r.ok && r.code).toBe('access-denied')
  })
})

describe('the activity record of a federated call', () => {
  it('is a WebIdentityUser event, and a wrong audience is InvalidIdentityToken', () => {
    const call: AssumeRoleRequest = {
      caller: GITHUB,
      role: 'Deploy',
      sessionName: 'gha',
      action: 'sts:AssumeRoleWithWebIdentity',
      claims: MAIN,
    }
    const good = assumeRoleEvent(s, call, assumeRole(s, call), { time: '2026-01-01T00:00:00Z', id: 'a' })
    expect(good.eventName).toBe('AssumeRoleWithWebIdentity')
    expect(good.userIdentity).toMatchObject({ type: 'WebIdentityUser' })
    expect(good.errorCode).toBeUndefined()
    const bad = { ...call, claims: { ...MAIN, aud: 'other' } }
    const refused = assumeRoleEvent(s, bad, assumeRole(s, bad), { time: '2026-01-01T00:00:00Z', id: 'b' })
    expect(refused.errorCode).toBe('InvalidIdentityToken')
  })
})
