// `AssumeRoleWithSAML` and `AssumeRoleWithWebIdentity`: the caller is an identity provider; STS accepts the
// assertion or token only from a provider the role's account has (or from the web identity providers AWS knows on its
// own), an OIDC token only for one of the provider's client IDs, and puts the claims into the request context under
// the provider's keys.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
// https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html
import { sha1 } from '@noble/hashes/legacy.js'
import { utf8ToBytes } from '@noble/hashes/utils.js'
import type { StsMessage } from '../messages/sts.en'
import { stsMessage } from '../messages/sts'
import { accountOf, identityProviderArn, oidcIssuer } from '../scenario/arns'
import type { IdentityProvider, Scenario } from '../scenario/model'

/** The STS actions whose caller is an identity provider. */
export type FederatedAction = 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity'

/** Claims of a SAML assertion or an OIDC token: claim name (`aud`, `sub`, `amr`, `edupersonorgdn`, …) → value(s). */
export type FederationClaims = Record<string, string | string[]>

/**
 * Web identity providers STS trusts without an IAM OIDC provider in the account: a trust policy names them by host
 * (`"Federated": "accounts.google.com"`). Every other OIDC issuer needs an IAM OIDC provider.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_oidc_user-id.html
 */
export const BUILT_IN_WEB_IDENTITY = [
  'cognito-identity.amazonaws.com',
  'accounts.google.com',
  'graph.facebook.com',
  'www.amazon.com',
] as const

/** The default `SAML:aud`: the AWS sign-in endpoint that SAML assertions for AWS are sent to. */
export const SAML_SIGNIN_URL = 'https://signin.aws.amazon.com/saml'

/** A provider STS accepted: the principal the trust policy must name, and the claims as context keys. */
export interface AcceptedFederation {
  ok: true
  /** The provider ARN, or a built-in provider's host: the caller of the request and the session's source. */
  principal: string
  /** The claims under the provider's condition keys (`SAML:sub`, `token.actions.githubusercontent.com:sub`, …). */
  context: Record<string, string | string[]>
  provider?: IdentityProvider
}

/** Why STS refused the assertion or token before authorization (`InvalidIdentityToken`). */
export interface RefusedFederation {
  ok: false
  code: 'no-provider' | 'wrong-audience' | 'not-a-provider'
  reasonText: StsMessage
}

/** The providers of `type` in `account`, with their ARNs. */
function providersOf(scenario: Scenario, type: 'saml' | 'oidc', account: string) {
  return (scenario.identityProviders ?? [])
    .filter((p) => p.type === type && accountOf(scenario, p) === account)
    .map((p) => ({ provider: p, arn: identityProviderArn(scenario, p) }))
}

/** `aud` of a token: a list when the token has several audiences. */
function audiences(claims: FederationClaims): string[] {
  const aud = Object.entries(claims).find(([k]) => k.toLowerCase() === 'aud')?.[1]
  return aud === undefined ? [] : typeof aud === 'string' ? [aud] : aud
}

/** The claims under `prefix:` (keys keep the claim's spelling; condition keys ignore case anyway). */
function keyed(prefix: string, claims: FederationClaims): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of Object.entries(claims)) {
    const name = k.trim()
    if (name) out[`${prefix}:${name}`] = typeof v === 'string' ? v : [...v]
  }
  return out
}

/** `caller` (an ARN or an issuer host/path) as an issuer, and whether it was an ARN of `kind`. */
function issuerOf(caller: string, kind: 'saml-provider' | 'oidc-provider'): { account?: string; id: string } {
  const m = new RegExp(`^arn:aws:iam::(\\d{12}):${kind}/(.+)$`).exec(caller.trim())
  return m ? { account: m[1]!, id: m[2]! } : { id: caller.trim() }
}

/**
 * Checks the identity provider of an `AssumeRoleWithSAML` / `AssumeRoleWithWebIdentity` call against the role's
 * account (`account`) and turns the claims into context keys:
 * - SAML: the caller is `arn:aws:iam::ACCOUNT:saml-provider/NAME`, which the account must have; each claim `X`
 *   becomes `SAML:X` (`SAML:aud`, `SAML:sub`, `SAML:sub_type`, `SAML:iss`, `SAML:edupersonorgdn`, …), and STS adds
 *   `SAML:doc` (`ACCOUNT/NAME`), `SAML:iss` (the provider's entity ID) and `SAML:namequalifier` (from the issuer)
 *   when the assertion has none.
 * - OIDC: the caller is the provider ARN or its issuer (`token.actions.githubusercontent.com`); the account must have
 *   an IAM OIDC provider for it, unless it is a built-in web identity provider ({@link BUILT_IN_WEB_IDENTITY}); the
 *   token's `aud` must be one of the provider's client IDs. Each claim `X` becomes `ISSUER:X`
 *   (`token.actions.githubusercontent.com:sub`, `accounts.google.com:aud`, `cognito-identity.amazonaws.com:amr`).
 * AWS answers a missing provider or a wrong audience with `InvalidIdentityToken` before any policy is read.
 */
export function acceptFederation(
  scenario: Scenario,
  action: FederatedAction,
  caller: string,
  account: string,
  claims: FederationClaims = {},
): AcceptedFederation | RefusedFederation {
  if (action === 'sts:AssumeRoleWithSAML') {
    const { account: named, id } = issuerOf(caller, 'saml-provider')
    if (named === undefined) {
      return { ok: false, code: 'not-a-provider', reasonText: stsMessage('sts.notSamlProvider', { caller }) }
    }
    const found = providersOf(scenario, 'saml', account).find((p) => p.arn === caller.trim())
    if (!found || named !== account) {
      return {
        ok: false,
        code: 'no-provider',
        reasonText: stsMessage('sts.noSamlProvider', { provider: caller.trim(), account }),
      }
    }
    const context = keyed('SAML', claims)
    const has = (k: string) => Object.keys(context).some((c) => c.toLowerCase() === `saml:${k}`)
    if (!has('doc')) context['SAML:doc'] = `${account}/${id}`
    if (!has('iss') && found.provider.entityId !== undefined) context['SAML:iss'] = found.provider.entityId
    const iss = Object.entries(context).find(([k]) => k.toLowerCase() === 'saml:iss')?.[1]
    if (!has('namequalifier') && typeof iss === 'string')
      context['SAML:namequalifier'] = nameQualifier(iss, account, id)
    return { ok: true, principal: found.arn, context, provider: found.provider }
  }
  const { account: named, id } = issuerOf(caller, 'oidc-provider')
  if (named === undefined && id.startsWith('arn:')) {
    return { ok: false, code: 'not-a-provider', reasonText: stsMessage('sts.notOidcProvider', { caller }) }
  }
  const issuer = oidcIssuer(id)
  const builtIn = (BUILT_IN_WEB_IDENTITY as readonly string[]).includes(issuer.toLowerCase())
  if (builtIn && named === undefined) {
    return { ok: true, principal: issuer.toLowerCase(), context: keyed(issuer.toLowerCase(), claims) }
  }
  const found = providersOf(scenario, 'oidc', account).find(
    (p) => oidcIssuer(p.provider.url ?? '').toLowerCase() === issuer.toLowerCase(),
  )
  if (!found || (named !== undefined && named !== account)) {
    return { ok: false, code: 'no-provider', reasonText: stsMessage('sts.noOidcProvider', { issuer, account }) }
  }
  const aud = audiences(claims)
  const clientIds = found.provider.clientIds ?? []
  if (!aud.some((a) => clientIds.includes(a))) {
    return {
      ok: false,
      code: 'wrong-audience',
      reasonText: stsMessage('sts.wrongAudience', {
        aud: aud.join(', ') || '—',
        issuer,
        clientIds: clientIds.join(', ') || '—',
      }),
    }
  }
  return {
    ok: true,
    principal: found.arn,
    context: keyed(oidcIssuer(found.provider.url ?? ''), claims),
    provider: found.provider,
  }
}

/**
 * `SAML:namequalifier`: "BASE64 ( SHA1 ( "https://example.com/saml" + "123456789012" + "/MySAMLIdP" ) )", the
 * issuer, the account ID and `/` with the provider's name (STS API Reference, AssumeRoleWithSAML `NameQualifier`).
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html
 */
export function nameQualifier(issuer: string, account: string, providerName: string): string {
  const bytes = sha1(utf8ToBytes(`${issuer}${account}/${providerName}`))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

/**
 * `aws:FederatedProvider` of a role session: present when the session was issued through an OIDC provider
 * ("the principal's issuing identity provider"): the IAM OIDC provider's ARN, or the built-in provider's host
 * (`cognito-identity.amazonaws.com`). Sessions from SAML or from IAM principals do not carry it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-federatedprovider
 */
export function federatedProviderOf(sourcePrincipal: string | undefined): string | undefined {
  if (sourcePrincipal === undefined) return undefined
  if (/^arn:aws:iam::\d{12}:oidc-provider\/.+$/.test(sourcePrincipal)) return sourcePrincipal
  return (BUILT_IN_WEB_IDENTITY as readonly string[]).includes(sourcePrincipal) ? sourcePrincipal : undefined
}
