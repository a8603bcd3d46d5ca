// The request context AWS would build for a request: the environment (time, network, TLS), the principal (ARN,
// unique ID, tags, organization, MFA, session facts) and the resource (owner, organization, tags).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
import { roleArn } from '../scenario/arns'
import { isoSeconds } from '../scenario/clock'
import type { Environment, Scenario, Tags } from '../scenario/model'
import { federatedProviderOf } from './federation'
import { orgPath, placeAccount } from './resolve-org'
import { resolveResourceIn, type ResolvedResource } from './resolve-resource'
import type { ResolvedPrincipal, SimulationRequest } from './simulate-types'

/** A request context: key → value(s), the way the engine takes it. */
export type ContextValues = Record<string, string | string[]>

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

/**
 * A unique ID in AWS's shape (`AIDA` + 17 characters for users, `AROA` + 17 for roles), derived from `seed` so the
 * same scenario always gets the same IDs. Only used when the scenario gives no `id`.
 */
export function uniqueId(prefix: 'AIDA' | 'AROA', seed: string): string {
  let out = prefix
  let h = 0x811c9dc5
  for (let round = 0; out.length < prefix.length + 17; round++) {
    // FNV-1a over the seed, re-seeded each round, five bits per character.
    h ^= round * 0x9e3779b1
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0
    for (let k = 0; k < 6 && out.length < prefix.length + 17; k++) out += ID_ALPHABET[(h >>> (k * 5)) & 31]
  }
  return out
}

/** The scenario environment with the request's environment laid over it. */
export function requestEnvironment(scenario: Scenario, request: { environment?: Environment }): Environment {
  return { ...scenario.environment, ...request.environment }
}

/** The request time in milliseconds: the environment's `time`, else now. NaN when `time` is not a date. */
export function requestTime(env: Environment): number {
  return env.time === undefined ? Date.now() : Date.parse(env.time)
}

function tagKeys(out: ContextValues, prefix: string, tags: Tags | undefined) {
  if (!tags) return
  for (const [k, v] of Object.entries(tags)) out[`${prefix}${k}`] = v
}

/** The principal's tags: a user's tags; for a session, the role's tags overridden by the session tags. */
export function principalTags(p: ResolvedPrincipal): Tags {
  if (p.kind === 'user') return { ...p.user?.tags }
  if (p.kind === 'role' || p.kind === 'session') {
    const tags: Tags = { ...p.role?.tags }
    // "Session tags override a role tag with the same key" — tag keys compare case-insensitively.
    for (const [k, v] of Object.entries(p.session?.tags ?? {})) {
      for (const existing of Object.keys(tags)) if (existing.toLowerCase() === k.toLowerCase()) delete tags[existing]
      tags[k] = v
    }
    return tags
  }
  return {}
}

/**
 * Whether MFA authenticated the credentials. For users and the root user the environment decides: `mfa: true` or
 * `false` is a console sign-in with or without MFA; no `mfa` means long-term access keys, for which AWS leaves
 * `aws:MultiFactorAuthPresent` out of the context
 * ("the key is not present" for IAM user access keys): so `true` → present, otherwise absent. Sessions hold temporary
 * credentials, for which the key is always present: the session's own `mfa` (carried from its caller) decides, then
 * the environment, then `false`.
 */
function mfaPresent(p: ResolvedPrincipal, env: Environment): boolean | undefined {
  if (p.kind === 'session' || p.kind === 'role') return p.session?.mfa ?? env.mfa ?? false
  // `mfa: false` says the person signed in to the console without MFA (temporary credentials: the key is
  // present, "false"); no `mfa` at all means long-term access keys, for which AWS leaves the key out.
  if (p.kind === 'user' || p.kind === 'root' || p.kind === 'federated-user') return env.mfa
  return undefined
}

/**
 * Builds the request context of `request` as AWS fills it, then lays `request.context` over it (a key given there
 * replaces the filled one whatever its case). Filled keys:
 * - always: `aws:CurrentTime`, `aws:EpochTime`, `aws:SecureTransport` (default `true`); from the environment when
 *   set: `aws:SourceIp`, `aws:RequestedRegion`, `aws:UserAgent`, `aws:SourceVpc`/`aws:SourceVpce`;
 * - IAM principals: `aws:PrincipalArn` (a session's role ARN), `aws:PrincipalAccount`, `aws:PrincipalType`,
 *   `aws:userid`, `aws:PrincipalIsAWSService` (`false`), `aws:ViaAWSService` (`false`), `aws:PrincipalTag/*`,
 *   `aws:PrincipalOrgID` and `aws:PrincipalOrgPaths` in an organization, MFA keys (see below); users also
 *   `aws:username`; sessions also `aws:TokenIssueTime`, `aws:SourceIdentity` and, when issued through an OIDC
 *   provider, `aws:FederatedProvider`;
 * - service principals: `aws:PrincipalIsAWSService` (`true`) and `aws:PrincipalServiceName`;
 * - the resource: `aws:ResourceAccount`, `aws:ResourceOrgID`, `aws:ResourceOrgPaths`, `aws:ResourceTag/*`
 *   (`iam:ResourceTag/*` too for users and roles), `s3:ExistingObjectTag/*` for a listed S3 object.
 * Request-specific keys (`aws:RequestTag/*`, `aws:TagKeys`, service keys) come only from `request.context`.
 * `resource` is the request's resource already resolved; by default it is resolved here.
 */
export function buildRequestContext(
  scenario: Scenario,
  principal: ResolvedPrincipal,
  request: SimulationRequest,
  resource: ResolvedResource = resolveResourceIn(scenario, request.action, request.resource),
): ContextValues {
  const env = requestEnvironment(scenario, request)
  const base = {
    ...environmentContext(env),
    ...principalContext(scenario, principal, env),
    ...resourceContext(scenario, resource),
  }
  return withOverrides(base, request.context)
}

/** The keys the environment fills (see {@link buildRequestContext}). */
export function environmentContext(env: Environment): ContextValues {
  const out: ContextValues = {}
  const ms = clock(env)
  out['aws:CurrentTime'] = isoSeconds(ms)
  out['aws:EpochTime'] = String(Math.floor(ms / 1000))
  out['aws:SecureTransport'] = String(env.secureTransport ?? true)
  if (env.sourceIp !== undefined) out['aws:SourceIp'] = env.sourceIp
  if (env.region !== undefined) out['aws:RequestedRegion'] = env.region
  if (env.userAgent !== undefined) out['aws:UserAgent'] = env.userAgent
  if (env.vpc !== undefined) out[env.vpc.startsWith('vpce-') ? 'aws:SourceVpce' : 'aws:SourceVpc'] = env.vpc
  return out
}

/** The request time in milliseconds: the environment's, else now (also when `time` is not a date). */
function clock(env: Environment): number {
  const now = requestTime(env)
  return Number.isNaN(now) ? Date.now() : now
}

/** The keys the principal fills under `env` (see {@link buildRequestContext}). */
export function principalContext(scenario: Scenario, p: ResolvedPrincipal, env: Environment): ContextValues {
  const out: ContextValues = {}
  principalKeys(scenario, p, env, clock(env), out)
  return out
}

/** The keys the resource fills (see {@link buildRequestContext}). */
export function resourceContext(scenario: Scenario, r: ResolvedResource): ContextValues {
  const out: ContextValues = {}
  resourceKeys(scenario, r, out)
  return out
}

function principalKeys(scenario: Scenario, p: ResolvedPrincipal, env: Environment, ms: number, out: ContextValues) {
  if (p.kind === 'service') {
    out['aws:PrincipalIsAWSService'] = 'true'
    out['aws:PrincipalServiceName'] = p.arn
    return
  }
  if (p.account === undefined) return // anonymous, identity providers, canonical users
  const sessionLike = p.kind === 'session' || p.kind === 'role'
  // For a session, `aws:PrincipalArn` is the role's ARN (with its path), not the session ARN.
  out['aws:PrincipalArn'] = p.kind !== 'session' ? p.arn : p.role ? roleArn(scenario, p.role) : sessionRoleArn(p)
  out['aws:PrincipalAccount'] = p.account
  const type = { user: 'User', root: 'Account', role: 'AssumedRole', session: 'AssumedRole' }[p.kind as string]
  if (type) out['aws:PrincipalType'] = type
  else if (p.kind === 'federated-user') out['aws:PrincipalType'] = 'FederatedUser'
  out['aws:PrincipalIsAWSService'] = 'false'
  out['aws:ViaAWSService'] = 'false'
  if (p.kind === 'user') {
    out['aws:username'] = p.name
    out['aws:userid'] = p.user?.id ?? uniqueId('AIDA', `${p.account}:${p.name}`)
  } else if (p.kind === 'root') {
    out['aws:userid'] = p.account
  } else if (sessionLike) {
    const roleId = p.role?.id ?? uniqueId('AROA', `${p.account}:${p.name}`)
    out['aws:userid'] = `${roleId}:${p.sessionName ?? p.name}`
  }
  tagKeys(out, 'aws:PrincipalTag/', principalTags(p))
  const placement = placeAccount(scenario, p.account)
  if (placement) {
    out['aws:PrincipalOrgID'] = placement.org.id
    out['aws:PrincipalOrgPaths'] = [orgPath(placement)]
  }
  const mfa = mfaPresent(p, env)
  if (mfa !== undefined) {
    out['aws:MultiFactorAuthPresent'] = String(mfa)
    if (mfa) {
      // Seconds since the MFA sign-in: the environment's `mfaAge`, else the session's age, else 0 (just signed in).
      const issued = p.session ? Date.parse(p.session.issuedAt) : NaN
      const age = env.mfaAge ?? (Number.isNaN(issued) ? 0 : Math.max(0, Math.floor((ms - issued) / 1000)))
      out['aws:MultiFactorAuthAge'] = String(age)
    }
  }
  if (p.session) {
    const issued = Date.parse(p.session.issuedAt)
    if (!Number.isNaN(issued)) out['aws:TokenIssueTime'] = isoSeconds(issued)
    if (p.session.sourceIdentity !== undefined) out['aws:SourceIdentity'] = p.session.sourceIdentity
    const provider = federatedProviderOf(p.session.sourcePrincipal)
    if (provider !== undefined) out['aws:FederatedProvider'] = provider
  }
}

function sessionRoleArn(p: ResolvedPrincipal): string {
  return `arn:aws:iam::${p.account}:role/${p.name}`
}

function resourceKeys(scenario: Scenario, r: ResolvedResource, out: ContextValues) {
  if (r.arn === '*') return
  if (r.account !== undefined) {
    out['aws:ResourceAccount'] = r.account
    const placement = placeAccount(scenario, r.account)
    if (placement) {
      out['aws:ResourceOrgID'] = placement.org.id
      out['aws:ResourceOrgPaths'] = [orgPath(placement)]
    }
  }
  tagKeys(out, 'aws:ResourceTag/', r.tags)
  if (r.role || r.user) tagKeys(out, 'iam:ResourceTag/', r.tags)
  tagKeys(out, 's3:ExistingObjectTag/', r.objectTags)
}

/** Lays `given` over `base`: a given key replaces every spelling of it in `base` (keys are case-insensitive). */
export function withOverrides(base: ContextValues, given: ContextValues | undefined): ContextValues {
  if (!given) return base
  const byLower = new Map<string, string>()
  for (const k of Object.keys(base)) byLower.set(k.toLowerCase(), k)
  for (const [k, v] of Object.entries(given)) {
    const existing = byLower.get(k.toLowerCase())
    if (existing !== undefined) delete base[existing]
    base[k] = typeof v === 'string' ? v : [...v]
    byLower.set(k.toLowerCase(), k)
  }
  return base
}
