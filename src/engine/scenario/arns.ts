// ARNs and owners of scenario entities: the one place that spells them.
import type { Group, IdentityProvider, ManagedPolicy, Role, Scenario, Session, User } from './model'

/** The account an entity belongs to: its own `account`, else the scenario's first account. */
export function accountOf(scenario: Scenario, entity: { account?: string | undefined }): string {
  return entity.account ?? scenario.accounts[0]?.id ?? '000000000000'
}

/** A path normalised to start and end with `/` (default `/`). */
export function normalPath(path: string | undefined): string {
  if (!path) return '/'
  const withStart = path.startsWith('/') ? path : `/${path}`
  return withStart.endsWith('/') ? withStart : `${withStart}/`
}

/** `arn:aws:iam::ACCOUNT:user/PATH/NAME` */
export function userArn(scenario: Scenario, user: User): string {
  return `arn:aws:iam::${accountOf(scenario, user)}:user${normalPath(user.path)}${user.name}`
}

/** `arn:aws:iam::ACCOUNT:group/PATH/NAME` */
export function groupArn(scenario: Scenario, group: Group): string {
  return `arn:aws:iam::${accountOf(scenario, group)}:group${normalPath(group.path)}${group.name}`
}

/** `arn:aws:iam::ACCOUNT:role/PATH/NAME` */
export function roleArn(scenario: Scenario, role: Role): string {
  return `arn:aws:iam::${accountOf(scenario, role)}:role${normalPath(role.path)}${role.name}`
}

/** `arn:aws:iam::ACCOUNT:policy/PATH/NAME` for a customer managed policy. */
export function policyArn(scenario: Scenario, policy: ManagedPolicy): string {
  return `arn:aws:iam::${accountOf(scenario, policy)}:policy${normalPath(policy.path)}${policy.name}`
}

/** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION` */
export function sessionArn(account: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`
}

/** `arn:aws:iam::ACCOUNT:root` */
export function rootArn(account: string): string {
  return `arn:aws:iam::${account}:root`
}

/** A role is service-linked when its path starts with `/aws-service-role/`. */
export function isServiceLinked(role: Role): boolean {
  return normalPath(role.path).startsWith('/aws-service-role/')
}

/** The role a session belongs to, by name or ARN. */
export function sessionRole(scenario: Scenario, session: Session): Role | undefined {
  const ref = session.role
  return (scenario.roles ?? []).find((r) => r.name === ref || roleArn(scenario, r) === ref)
}

/** An OIDC issuer as IAM names it: host and path, without `https://` and trailing `/`. */
export function oidcIssuer(url: string): string {
  return url
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '')
}

/** The name a provider goes by: a SAML provider's name, an OIDC provider's issuer. */
export function providerLabel(p: IdentityProvider): string {
  return p.type === 'saml' ? (p.name ?? '') : oidcIssuer(p.url ?? '')
}

/** `arn:aws:iam::ACCOUNT:saml-provider/NAME` or `arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH`. */
export function identityProviderArn(scenario: Scenario, provider: IdentityProvider): string {
  const account = accountOf(scenario, provider)
  return provider.type === 'saml'
    ? `arn:aws:iam::${account}:saml-provider/${provider.name ?? ''}`
    : `arn:aws:iam::${account}:oidc-provider/${oidcIssuer(provider.url ?? '')}`
}
