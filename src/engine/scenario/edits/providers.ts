// Edits of identity providers: create, change and delete SAML and OIDC providers, found by their ARN. The rules are
// IAM's (CreateSAMLProvider, CreateOpenIDConnectProvider): a SAML name of 1–128 letters, digits or `._-`; an OIDC
// issuer URL (host and optional path) with 1–100 client IDs of 1–255 characters and at most 5 thumbprints of 40 hex
// digits; one provider per ARN in an account.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html
// The label lives beside the ARNs, so a page that lists providers does not load their edits.
import { accountOf, identityProviderArn, oidcIssuer, providerLabel } from '../arns'
export { providerLabel }
import type { IdentityProvider, Scenario } from '../model'
import { done, type EditResult, type Refusal, refuse, removeAt, replaceAt, say } from './core'

const SAML_NAME = /^[\w.-]{1,128}$/
const OIDC_URL = /^(https:\/\/)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}(:\d+)?(\/[^\s]*)?$/
const THUMBPRINT = /^[0-9A-Fa-f]{40}$/

/** The provider as IAM keeps it: trimmed fields, the issuer without `https://`, empty optional fields left out. */
function normalised(p: IdentityProvider): IdentityProvider {
  const out: IdentityProvider = { type: p.type }
  if (p.account !== undefined) out.account = p.account.trim()
  if (p.type === 'saml') {
    out.name = (p.name ?? '').trim()
    if (p.entityId?.trim()) out.entityId = p.entityId.trim()
    if (p.metadata?.trim()) out.metadata = p.metadata
  } else {
    out.url = oidcIssuer(p.url ?? '')
    out.clientIds = (p.clientIds ?? []).map((c) => c.trim()).filter(Boolean)
    const thumbprints = (p.thumbprints ?? []).map((t) => t.trim()).filter(Boolean)
    if (thumbprints.length) out.thumbprints = thumbprints
  }
  if (p.tags && Object.keys(p.tags).length) out.tags = p.tags
  return out
}

function problemOf(scenario: Scenario, p: IdentityProvider, except?: number): Refusal | undefined {
  if (p.account !== undefined && !scenario.accounts.some((a) => a.id === p.account)) {
    return refuse(say('edit.refused.no-account', { account: p.account }), 'account')
  }
  if (p.type === 'saml') {
    if (!p.name) return refuse(say('edit.refused.provider-name-required'), 'name')
    if (!SAML_NAME.test(p.name)) return refuse(say('edit.refused.provider-name'), 'name')
  } else {
    if (!p.url) return refuse(say('edit.refused.provider-url-required'), 'url')
    if (!OIDC_URL.test(p.url)) return refuse(say('edit.refused.provider-url'), 'url')
    const ids = p.clientIds ?? []
    if (ids.length === 0) return refuse(say('edit.refused.provider-client-required'), 'clientIds')
    if (ids.length > 100 || ids.some((c) => c.length > 255))
      return refuse(say('edit.refused.provider-client'), 'clientIds')
    const prints = p.thumbprints ?? []
    if (prints.length > 5 || prints.some((t) => !THUMBPRINT.test(t))) {
      return refuse(say('edit.refused.provider-thumbprint'), 'thumbprints')
    }
  }
  const arn = identityProviderArn(scenario, p).toLowerCase()
  const taken = (scenario.identityProviders ?? []).some(
    (other, i) => i !== except && identityProviderArn(scenario, other).toLowerCase() === arn,
  )
  return taken ? refuse(say('edit.refused.provider-taken'), p.type === 'saml' ? 'name' : 'url') : undefined
}

function indexOf(scenario: Scenario, arn: string): number | Refusal {
  const i = (scenario.identityProviders ?? []).findIndex((p) => identityProviderArn(scenario, p) === arn)
  return i < 0 ? refuse(say('edit.refused.no-provider', { arn })) : i
}

/** Adds an identity provider. */
export function createIdentityProvider(scenario: Scenario, provider: IdentityProvider): EditResult {
  const p = normalised(provider)
  const problem = problemOf(scenario, p)
  if (problem) return problem
  return done(
    { ...scenario, identityProviders: [...(scenario.identityProviders ?? []), p] },
    say('edit.done.create-provider', { name: providerLabel(p) }),
  )
}

/** Replaces the provider with ARN `arn` by `provider` (its type, name or issuer may change). */
export function updateIdentityProvider(scenario: Scenario, arn: string, provider: IdentityProvider): EditResult {
  const i = indexOf(scenario, arn)
  if (typeof i !== 'number') return i
  const p = normalised(provider)
  const problem = problemOf(scenario, p, i)
  if (problem) return problem
  return done(
    { ...scenario, identityProviders: replaceAt(scenario.identityProviders!, i, p) },
    say('edit.done.update-provider', { name: providerLabel(p) }),
  )
}

/** Deletes the provider with ARN `arn` (roles trusting it stay: their trust policies just name nothing). */
export function deleteIdentityProvider(scenario: Scenario, arn: string): EditResult {
  const i = indexOf(scenario, arn)
  if (typeof i !== 'number') return i
  const list = removeAt(scenario.identityProviders!, i)
  const next: Scenario = { ...scenario, identityProviders: list }
  if (list.length === 0) delete next.identityProviders
  return done(next, say('edit.done.delete-provider', { name: providerLabel(scenario.identityProviders![i]!) }))
}

/** Where a provider belongs, for forms: its account (default: the first). */
export function providerAccount(scenario: Scenario, p: IdentityProvider): string {
  return accountOf(scenario, p)
}
