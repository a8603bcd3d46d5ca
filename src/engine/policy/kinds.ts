// Where a policy is used decides parts of its grammar (Principal is required, allowed or forbidden).

/** The places a policy can be attached, as the IAM User Guide names them. */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'scp' | 'rcp'

/** True for kinds whose statements must name a `Principal` (or `NotPrincipal`). */
export function requiresPrincipal(kind: PolicyKind | undefined): boolean {
  return kind === 'resource' || kind === 'trust' || kind === 'rcp'
}

/** True for kinds whose statements must not name a principal. */
export function forbidsPrincipal(kind: PolicyKind | undefined): boolean {
  return kind === 'identity' || kind === 'boundary' || kind === 'session' || kind === 'scp'
}

/** True for kinds whose statements must have `Resource` or `NotResource` (trust policies name the role implicitly). */
export function requiresResource(kind: PolicyKind | undefined): boolean {
  return kind !== undefined && kind !== 'trust'
}

/** Readable name of a kind, for messages. */
export const KIND_NAMES: Record<PolicyKind, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
}
