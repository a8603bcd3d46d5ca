// How the Assume role form calls STS: `AssumeRole` as the request's principal, or `AssumeRoleWithSAML` /
// `AssumeRoleWithWebIdentity` as an identity provider with the claims its assertion or token carries. Picking a
// provider fills the claims people send to it (GitHub Actions: `aud` `sts.amazonaws.com` and a `repo:…` subject).
import {
  arns,
  BUILT_IN_WEB_IDENTITY,
  SAML_SIGNIN_URL,
  type FederationClaims,
  type IdentityProvider,
  type Scenario,
} from '../../engine/index'

/** The STS call the form makes. */
export type AssumeHow = 'sts:AssumeRole' | 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity'

/** Every way to call, in the order the form lists them. */
export const ASSUME_HOWS: readonly AssumeHow[] = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
]

/** A provider the form offers: the scenario's, and for web identity the providers AWS knows on its own. */
export interface ProviderChoice {
  /** What the call names as caller: the provider ARN, or a built-in provider's host. */
  id: string
  /** SAML provider name or OIDC issuer. */
  label: string
  type: 'saml' | 'oidc'
  builtIn: boolean
  clientIds: string[]
}

/** One claim of the assertion or token: its name and the value typed (a comma-separated list for `amr`). */
export interface ClaimRow {
  name: string
  value: string
  /** Added by the person (its name can be edited), not one of the provider's usual claims. */
  custom?: boolean
}

/** The GitHub Actions issuer. */
export const GITHUB_ISSUER = 'token.actions.githubusercontent.com'

/** The providers of `scenario` that `how` can use. */
export function providerChoices(scenario: Scenario, how: AssumeHow): ProviderChoice[] {
  if (how === 'sts:AssumeRole') return []
  const type: ProviderChoice['type'] = how === 'sts:AssumeRoleWithSAML' ? 'saml' : 'oidc'
  const own: ProviderChoice[] = (scenario.identityProviders ?? [])
    .filter((p: IdentityProvider) => p.type === type)
    .map((p) => ({
      id: arns.identityProviderArn(scenario, p),
      label: type === 'saml' ? (p.name ?? '') : arns.oidcIssuer(p.url ?? ''),
      type,
      builtIn: false,
      clientIds: p.clientIds ?? [],
    }))
  if (type === 'saml') return own
  const builtIn = BUILT_IN_WEB_IDENTITY.map((host): ProviderChoice => ({
    id: host,
    label: host,
    type,
    builtIn: true,
    clientIds: [],
  }))
  return [...own, ...builtIn]
}

/** The claims people send to this provider, prefilled where a value is usual. */
export function defaultClaims(choice: ProviderChoice): ClaimRow[] {
  if (choice.type === 'saml') {
    return [
      { name: 'aud', value: SAML_SIGNIN_URL },
      { name: 'sub', value: '' },
      { name: 'sub_type', value: 'persistent' },
      { name: 'edupersonorgdn', value: '' },
    ]
  }
  const aud = choice.clientIds[0] ?? ''
  switch (choice.label.toLowerCase()) {
    case GITHUB_ISSUER:
      return [
        { name: 'aud', value: aud || 'sts.amazonaws.com' },
        { name: 'sub', value: 'repo:OWNER/REPO:ref:refs/heads/main' },
      ]
    case 'cognito-identity.amazonaws.com':
      return [
        { name: 'aud', value: '' },
        { name: 'sub', value: '' },
        { name: 'amr', value: 'authenticated' },
      ]
    case 'accounts.google.com':
      return [
        { name: 'aud', value: '' },
        { name: 'sub', value: '' },
        { name: 'oaud', value: '' },
        { name: 'email', value: '' },
      ]
    default:
      return [
        { name: 'aud', value: aud },
        { name: 'sub', value: '' },
      ]
  }
}

/** The claims to send: rows with a name and a value; `amr` as a list. */
export function claimsOf(rows: readonly ClaimRow[]): FederationClaims {
  const out: FederationClaims = {}
  for (const row of rows) {
    const name = row.name.trim()
    const value = row.value.trim()
    if (!name || !value) continue
    out[name] =
      name.toLowerCase() === 'amr'
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : value
  }
  return out
}

/** The federation part of the Assume role form. */
export class Federation {
  how = $state<AssumeHow>('sts:AssumeRole')
  /** The chosen provider's id (ARN or host), '' for none. */
  provider = $state('')
  claims = $state<ClaimRow[]>([])

  /** True when the call is made by an identity provider rather than the request's principal. */
  get federated(): boolean {
    return this.how !== 'sts:AssumeRole'
  }

  /** Switches the call; the provider and claims start over. */
  setHow(how: AssumeHow): void {
    this.how = how
    this.provider = ''
    this.claims = []
  }

  /** Picks a provider and fills its usual claims. */
  choose(choices: readonly ProviderChoice[], id: string): void {
    this.provider = id
    const choice = choices.find((c) => c.id === id)
    this.claims = choice ? defaultClaims(choice) : []
  }

  addClaim(): void {
    this.claims.push({ name: '', value: '', custom: true })
  }

  removeClaim(index: number): void {
    this.claims.splice(index, 1)
  }
}
