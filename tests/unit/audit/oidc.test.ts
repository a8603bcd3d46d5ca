// `trust-oidc-subject`: OIDC trust policies that do not pin the token subject (GitHub Actions `sub` missing or with a
// wildcard over owners or repositories) or audience. The pinned policy is the User Guide's GitHub example:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub
import { describe, expect, it } from 'vitest'
import { A, clean, findingsOf, only } from './fixtures'

const GITHUB = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`
const web = (condition?: object, principal: string = GITHUB) =>
  clean({
    roles: [
      {
        name: 'Deploy',
        trustPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: principal },
              Action: 'sts:AssumeRoleWithWebIdentity',
              ...(condition ? { Condition: condition } : {}),
            },
          ],
        },
      },
    ],
  })
const AUD = { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }
const like = (sub: string | string[]) => ({
  StringEquals: AUD,
  StringLike: { 'token.actions.githubusercontent.com:sub': sub },
})

describe('trust-oidc-subject', () => {
  it('passes the pinned GitHub example (one repository, one branch)', () => {
    expect(findingsOf(web(like('repo:octo-org/octo-repo:ref:refs/heads/main')), 'trust-oidc-subject')).toEqual([])
    expect(findingsOf(web(like('repo:octo-org/octo-repo:*')), 'trust-oidc-subject')).toEqual([])
  })

  it.each(['repo:*', '*', 'repo:octo-org/*', 'repo:*/octo-repo:ref:refs/heads/main'])(
    'flags the wildcard sub %s as critical',
    (sub) => {
      const f = only(web(like(sub)), 'trust-oidc-subject')
      expect(f.severity).toBe('critical')
      expect(f.details?.map((d) => d.key)).toEqual(['oidcWildcardSub'])
      expect(f.title).toBe('Tokens of others from token.actions.githubusercontent.com can assume role Deploy')
    },
  )

  it('flags a missing sub, and a missing aud on its own as medium', () => {
    expect(only(web({ StringEquals: AUD }), 'trust-oidc-subject').details?.map((d) => d.key)).toEqual(['oidcNoSub'])
    const noAud = only(
      web({ StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/octo-repo:ref:refs/heads/main' } }),
      'trust-oidc-subject',
    )
    expect(noAud.severity).toBe('medium')
    expect(noAud.details?.map((d) => d.key)).toEqual(['oidcNoAud'])
    expect(only(web(), 'trust-oidc-subject').details?.map((d) => d.key)).toEqual(['oidcNoSub', 'oidcNoAud'])
  })

  it('does not count a wildcard under StringEquals (it is literal) or a negated test as pinning', () => {
    expect(
      findingsOf(
        web({ StringEquals: { ...AUD, 'token.actions.githubusercontent.com:sub': 'repo:*' } }),
        'trust-oidc-subject',
      ),
    ).toEqual([])
    const negated = { StringEquals: AUD, StringNotLike: { 'token.actions.githubusercontent.com:sub': 'repo:evil/*' } }
    expect(only(web(negated), 'trust-oidc-subject').details?.map((d) => d.key)).toEqual(['oidcNoSub'])
  })

  it('checks built-in providers by host and leaves SAML providers alone', () => {
    const cognito = web(
      { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } },
      'cognito-identity.amazonaws.com',
    )
    expect(only(cognito, 'trust-oidc-subject').details?.map((d) => d.key)).toEqual(['oidcNoSub', 'oidcNoAud'])
    expect(findingsOf(web(undefined, `arn:aws:iam::${A}:saml-provider/Okta`), 'trust-oidc-subject')).toEqual([])
  })
})
