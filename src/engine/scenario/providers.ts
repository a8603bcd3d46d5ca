// Identity providers: each type has the fields it needs (a SAML provider a name; an OIDC provider an issuer URL and
// at least one client ID) and none of the other type's, and an account holds each provider ARN once.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_oidc.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml.html
import { oidcIssuer } from './arns'
import { type CheckContext, each, ownerOf } from './check'
import { at, q } from './issues'
import { scenarioMessage } from '../messages/scenario'

const SAML_ONLY = ['name', 'entityId', 'metadata'] as const
const OIDC_ONLY = ['url', 'clientIds', 'thumbprints'] as const

/** Checks `identityProviders`: the fields each type needs, fields of the other type, duplicate ARNs. */
export function checkIdentityProviders(ctx: CheckContext): void {
  const seen = new Map<string, string>()
  each(ctx.s.identityProviders, '/identityProviders', (p, path) => {
    if (p.type === undefined) return
    const saml = p.type === 'saml'
    for (const field of saml ? OIDC_ONLY : SAML_ONLY) {
      if (p[field] === undefined) continue
      const params = { field, type: q(p.type), other: q(saml ? 'oidc' : 'saml') }
      ctx.issues.error(at(path, field), scenarioMessage('scenario.provider.fieldOfOtherType', params))
    }
    if (saml && p.name === undefined) ctx.issues.error(path, scenarioMessage('scenario.provider.samlNeedsName'))
    if (!saml && p.url === undefined) ctx.issues.error(path, scenarioMessage('scenario.provider.oidcNeedsUrl'))
    if (!saml && !p.clientIds?.length) {
      ctx.issues.error(at(path, 'clientIds'), scenarioMessage('scenario.provider.oidcNeedsClientId'))
    }
    const id = saml ? p.name : p.url === undefined ? undefined : oidcIssuer(p.url)
    if (id === undefined) return
    // SAML names compare ignoring case, as IAM names do; an OIDC issuer is a URL (its host ignores case).
    const arn = `arn:aws:iam::${ownerOf(ctx, p)}:${saml ? 'saml-provider' : 'oidc-provider'}/${id}`
    const other = seen.get(arn.toLowerCase())
    if (other !== undefined) {
      ctx.issues.error(at(path, saml ? 'name' : 'url'), scenarioMessage('scenario.provider.duplicate', { arn, other }))
    } else seen.set(arn.toLowerCase(), path)
  })
}
