// STS in the scenario: `AssumeRole*` evaluated like any request (the caller's side plus the role's trust policy), with
// its parameter rules, producing a Session that later simulations can use; and the sessions services hold for EC2
// instances (instance profiles) and Lambda functions (execution roles).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html
import { englishField } from '../messages/english-fields'
import type { StsMessage } from '../messages/sts.en'
import { stsMessage } from '../messages/sts'
import { parseArn } from '../match/arn'
import { accountOf, sessionArn as sessionArnOf } from '../scenario/arns'
import { isoSeconds } from '../scenario/clock'
import type { Environment, PolicyBody, Resource, Role, Scenario, Session, Tags } from '../scenario/model'
import { EC2_INSTANCE, isOfKind, mayHaveExecutionRole } from '../scenario/runs-as'
import { acceptFederation, type FederationClaims } from './federation'
import { requestEnvironment, requestTime } from './request-context'
import { resolvePrincipal } from './resolve'
import { arnOfRole, findResource, findRole, indexScenario, type ScenarioIndex } from './resolve-lookup'
import { prepareSimulation, runPrepared, simulationCache, type SimulationCache } from './simulate'
import type { ResolvedPrincipal, SimulateOptions, SimulationResult } from './simulate-types'
import { problemsIn } from './sts-session-policies'
import { checkParameters, inheritedTags, requestedDuration, type AssumeRoleErrorCode } from './sts-validate'

/** The STS actions that create role sessions. */
export type AssumeRoleAction = 'sts:AssumeRole' | 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity'

/** An `AssumeRole*` call. */
export interface AssumeRoleRequest {
  /** Who calls: a principal reference as in `simulate` (a session ARN for role chaining; an identity provider for `…WithSAML`/`…WithWebIdentity`). */
  caller: string
  /** The role: ARN, `role/NAME` or `NAME` (the caller's account first). */
  role: string
  sessionName: string
  /** Default 3600; 900 up to the role's `maxSessionDuration`; at most 3600 when chaining. */
  durationSeconds?: number
  /** Session tags (need `sts:TagSession` allowed too). */
  tags?: Tags
  transitiveTagKeys?: string[]
  /** Needs `sts:SetSourceIdentity` allowed too, unless the calling session already carries it. */
  sourceIdentity?: string
  /** Inline session policies. */
  policies?: PolicyBody[]
  /** Managed session policies. */
  policyArns?: string[]
  externalId?: string
  environment?: Environment
  action?: AssumeRoleAction
  /**
   * `…WithSAML`: the assertion's attributes (`aud`, `sub`, `sub_type`, `iss`, `edupersonorgdn`, …), in the context
   * as `SAML:NAME`; `…WithWebIdentity`: the token's claims (`aud`, `sub`, `amr`, …), as `ISSUER:NAME`.
   */
  claims?: FederationClaims
}

/** A session that was issued. */
export interface IssuedSession {
  ok: true
  session: Session
  sessionArn: string
  /** ISO 8601. */
  expiresAt: string
  /** The `AssumeRole*` request's simulation. */
  result: SimulationResult
  /** The `sts:TagSession` check, when session tags were passed. */
  tagSession?: SimulationResult
  /** The `sts:SetSourceIdentity` check, when a source identity was set. */
  setSourceIdentity?: SimulationResult
}

/** A call that failed: why, and the simulation that shows it. */
export interface FailedAssumeRole {
  ok: false
  code: AssumeRoleErrorCode
  /** Why, in English. */
  reason: string
  /** Why, as a message. */
  reasonText: StsMessage
  result: SimulationResult
}

/** The answer of {@link assumeRole}. */
export type AssumeRoleResult = IssuedSession | FailedAssumeRole

function fail(code: AssumeRoleErrorCode, reasonText: StsMessage, result: SimulationResult): FailedAssumeRole {
  return { ok: false, code, reason: englishField(reasonText), reasonText, result }
}

function roleFor(ix: ScenarioIndex, ref: string, account: string | undefined): { role?: Role; arn: string } {
  const role = (account !== undefined ? findRole(ix, ref, account) : undefined) ?? findRole(ix, ref)
  if (role) return { role, arn: arnOfRole(ix, role) }
  if (ref.startsWith('arn:')) return { arn: ref }
  const name = ref.startsWith('role/') ? ref.slice(5) : ref
  return { arn: `arn:aws:iam::${account ?? ix.defaultAccount}:role/${name}` }
}

/** The context keys an `AssumeRole*` request carries besides the caller's and the environment's. */
function stsContext(req: AssumeRoleRequest): Record<string, string | string[]> {
  const ctx: Record<string, string | string[]> = { 'sts:RoleSessionName': req.sessionName }
  if (req.externalId !== undefined) ctx['sts:ExternalId'] = req.externalId
  if (req.sourceIdentity !== undefined) ctx['sts:SourceIdentity'] = req.sourceIdentity
  const tags = Object.entries(req.tags ?? {})
  if (tags.length) {
    for (const [k, v] of tags) ctx[`aws:RequestTag/${k}`] = v
    ctx['aws:TagKeys'] = tags.map(([k]) => k)
  }
  if (req.transitiveTagKeys?.length) ctx['sts:TransitiveTagKeys'] = [...req.transitiveTagKeys]
  return ctx
}

/**
 * Simulates `sts:AssumeRole` (or `…WithSAML`, `…WithWebIdentity`): the caller's policies, SCPs and the role's trust
 * policy decide, with `sts:RoleSessionName`, `sts:ExternalId`, `sts:SourceIdentity`, `aws:RequestTag/*` and
 * `aws:TagKeys` in the context. Session tags need `sts:TagSession` allowed too, and a new source identity
 * `sts:SetSourceIdentity` (each evaluated as its own request). When everything allows, the answer holds the new
 * Session: issued at the environment's time, MFA state carried from the caller, the caller's transitive tags
 * inherited (role chaining), `chained` when the caller is a role session. Pass it to `simulate` through
 * `options.sessions` (or add it to a copy of `scenario.sessions`) to act as the session.
 */
export function assumeRole(
  scenario: Scenario,
  req: AssumeRoleRequest,
  options: SimulateOptions = {},
): AssumeRoleResult {
  const ix = indexScenario(scenario, options.sessions)
  const caller = resolvePrincipal(ix, req.caller)
  if (req.action === 'sts:AssumeRoleWithSAML' || req.action === 'sts:AssumeRoleWithWebIdentity') {
    return assumeRoleFederated(ix, req, req.action)
  }
  return assumeRoleAs(ix, caller, req, simulationCache())
}

/**
 * `AssumeRoleWithSAML` / `AssumeRoleWithWebIdentity` (see {@link acceptFederation}): the provider must be one the
 * role's account accepts, then the trust policy decides with the claims in the context. No identity policy speaks
 * for an identity provider, and the new session has no MFA (these calls carry none).
 */
function assumeRoleFederated(
  ix: ScenarioIndex,
  req: AssumeRoleRequest,
  action: 'sts:AssumeRoleWithSAML' | 'sts:AssumeRoleWithWebIdentity',
): AssumeRoleResult {
  const { role, arn: roleArn } = roleFor(ix, req.role, undefined)
  const account = role ? accountOf(ix.scenario, role) : (parseArn(roleArn)?.account ?? ix.defaultAccount)
  const accepted = acceptFederation(ix.scenario, action, req.caller, account, req.claims)
  const principal = accepted.ok ? accepted.principal : req.caller.trim()
  const caller = resolvePrincipal(ix, principal)
  const extra = accepted.ok ? accepted.context : {}
  const answer = assumeRoleAs(ix, caller, { ...req, caller: principal, action }, simulationCache(), extra)
  if (!accepted.ok) return fail(accepted.code, accepted.reasonText, answer.result)
  if (answer.ok) answer.session.mfa = false
  return answer
}

/** {@link assumeRole} for an already resolved caller (used by `whoCan` and by chains). */
export function assumeRoleAs(
  ix: ScenarioIndex,
  caller: ResolvedPrincipal,
  req: AssumeRoleRequest,
  cache: SimulationCache = simulationCache(),
  claimKeys: Record<string, string | string[]> = {},
): AssumeRoleResult {
  const { role, arn: roleArn } = roleFor(ix, req.role, caller.account)
  const action = req.action ?? 'sts:AssumeRole'
  const context = { ...stsContext(req), ...claimKeys }
  const ask = (act: string) => {
    const request = { principal: caller.arn, action: act, resource: roleArn, context }
    return runPrepared(
      prepareSimulation(ix, req.environment ? { ...request, environment: req.environment } : request, caller, cache),
    )
  }
  const result = ask(action)
  if (result.expired) {
    return fail('caller-expired', stsMessage('sts.callerExpired', { caller: caller.arn }), result)
  }
  if (result.failure?.code === 'unknown-session') {
    return fail('caller-unknown', stsMessage('sts.callerUnknown', { caller: caller.arn }), result)
  }
  const chained = caller.kind === 'session' || caller.kind === 'role'
  const problem =
    checkParameters(req, role, chained, caller.session) ??
    problemsIn(ix, req, role ? accountOf(ix.scenario, role) : (parseArn(roleArn)?.account ?? ix.defaultAccount))[0]
  if (problem) return fail(problem.code, problem.reasonText, result)
  if (result.decision !== 'Allow') {
    const why = result.trace.rule.text
    if (!role && result.trace.rule.code === 'trust-no-allow') {
      return fail('no-role', stsMessage('sts.noRole', { role: roleArn, action }), result)
    }
    return fail(
      'access-denied',
      stsMessage('sts.accessDenied', { caller: caller.arn, action, role: roleArn, why }),
      result,
    )
  }
  const issued: Partial<IssuedSession> = {}
  if (req.tags && Object.keys(req.tags).length) {
    const tagSession = ask('sts:TagSession')
    issued.tagSession = tagSession
    if (tagSession.decision !== 'Allow') {
      return fail(
        'tag-session-denied',
        stsMessage('sts.tagSessionDenied', { caller: caller.arn, role: roleArn, why: tagSession.trace.rule.text }),
        tagSession,
      )
    }
  }
  if (req.sourceIdentity !== undefined && caller.session?.sourceIdentity === undefined) {
    const setSource = ask('sts:SetSourceIdentity')
    issued.setSourceIdentity = setSource
    if (setSource.decision !== 'Allow') {
      return fail(
        'set-source-identity-denied',
        stsMessage('sts.setSourceIdentityDenied', {
          caller: caller.arn,
          role: roleArn,
          why: setSource.trace.rule.text,
        }),
        setSource,
      )
    }
  }

  const env = requestEnvironment(ix.scenario, req)
  const now = requestTime(env)
  const issuedMs = Number.isNaN(now) ? Date.now() : now
  const duration = requestedDuration(req)
  const session: Session = {
    role: roleArn,
    sessionName: req.sessionName,
    sourcePrincipal: caller.arn,
    issuedAt: isoSeconds(issuedMs),
    durationSeconds: duration,
  }
  const inherited = inheritedTags(caller.session)
  const tags = { ...inherited, ...req.tags }
  if (Object.keys(tags).length) session.tags = tags
  const transitive = [...Object.keys(inherited), ...(req.transitiveTagKeys ?? [])]
  if (transitive.length) session.transitiveTagKeys = transitive
  const sourceIdentity = caller.session?.sourceIdentity ?? req.sourceIdentity
  if (sourceIdentity !== undefined) session.sourceIdentity = sourceIdentity
  if (req.policies?.length) session.policies = req.policies
  if (req.policyArns?.length) session.policyArns = req.policyArns
  // The MFA state of the new session is the caller's, as the request context had it.
  session.mfa = result.context['aws:MultiFactorAuthPresent'] === 'true'
  if (chained) session.chained = true
  const account = role ? accountOf(ix.scenario, role) : (parseArn(roleArn)?.account ?? ix.defaultAccount)
  const name = role?.name ?? roleArn.slice(roleArn.lastIndexOf('/') + 1)
  return {
    ok: true,
    session,
    sessionArn: sessionArnOf(account, name, req.sessionName),
    expiresAt: isoSeconds(issuedMs + duration * 1000),
    result,
    ...issued,
  }
}

/** The services whose resources run as a role, by the service of their ARNs (see ../scenario/runs-as.ts). */
const SERVICE_OF: Record<string, string> = {
  ec2: 'ec2.amazonaws.com',
  lambda: 'lambda.amazonaws.com',
  glue: 'glue.amazonaws.com',
  cloudformation: 'cloudformation.amazonaws.com',
  sagemaker: 'sagemaker.amazonaws.com',
  codebuild: 'codebuild.amazonaws.com',
}

/** The role an EC2 instance's profile or another resource's `executionRole` names. */
function serviceRole(ix: ScenarioIndex, resource: Resource, service: string): Role | undefined {
  const account = resource.account ?? parseArn(resource.arn)?.account
  if (service !== 'ec2') {
    if (!resource.executionRole) return undefined
    return findRole(ix, resource.executionRole, resource.executionRole.startsWith('arn:') ? undefined : account)
  }
  const profile = resource.instanceProfile
  if (!profile) return undefined
  const name = profile.slice(profile.lastIndexOf('/') + 1)
  const roles = ix.scenario.roles ?? []
  const inAccount = (r: Role) => account === undefined || accountOf(ix.scenario, r) === account
  // The role the profile contains; failing that, the role of the same name (the console names them alike).
  return (
    roles.find((r) => inAccount(r) && r.instanceProfiles?.some((p) => p === profile || p === name)) ??
    findRole(ix, name, account)
  )
}

/** The answer of {@link serviceSession}. */
export type ServiceSessionResult =
  | IssuedSession
  | {
      ok: false
      /** Why, in English. */
      reason: string
      /** Why, for the app to word in the reader's language. */
      reasonText: StsMessage
      result?: SimulationResult
    }

/** A failed {@link serviceSession}: the reason as a message and in English. */
function noServiceSession(reasonText: StsMessage, result?: SimulationResult): ServiceSessionResult {
  return { ok: false, reason: englishField(reasonText), reasonText, ...(result ? { result } : {}) }
}

/**
 * The role session an EC2 instance (through its instance profile), a Lambda function, Glue development endpoint,
 * CloudFormation stack, SageMaker notebook instance or CodeBuild project (through its `executionRole`) runs as:
 * session name = instance ID or the resource's name, `sourcePrincipal` the service (`ec2.amazonaws.com`,
 * `lambda.amazonaws.com`…). The service assumes the role, so the role's trust policy must allow that service
 * principal `sts:AssumeRole`; else `ok: false`. The session lasts one hour from the environment's time (the
 * service refreshes it on its own; the role's maximum session duration does not apply).
 */
export function serviceSession(
  scenario: Scenario,
  resourceArn: string,
  options: SimulateOptions & { environment?: Environment } = {},
): ServiceSessionResult {
  const ix = indexScenario(scenario, options.sessions)
  const resource = findResource(ix, resourceArn)?.resource
  if (!resource) return noServiceSession(stsMessage('sts.noResource', { arn: resourceArn }))
  const arn = parseArn(resourceArn)
  const service = arn?.service ?? ''
  const principal = SERVICE_OF[service]
  if (
    !principal ||
    !arn ||
    (service === 'ec2' ? !isOfKind(resourceArn, EC2_INSTANCE) : !mayHaveExecutionRole(resourceArn))
  ) {
    return noServiceSession(stsMessage('sts.notWorkload', { arn: resourceArn }))
  }
  const role = serviceRole(ix, resource, service)
  if (!role) {
    return noServiceSession(
      service === 'ec2'
        ? stsMessage('sts.noInstanceProfileRole', { arn: resourceArn, profile: resource.instanceProfile ?? '(none)' })
        : stsMessage('sts.noExecutionRole', { arn: resourceArn, role: resource.executionRole ?? '(none)' }),
    )
  }
  // The instance ID, the function's name, or the name of the endpoint, stack, notebook instance or project.
  const sessionName =
    service === 'ec2'
      ? arn.resource.slice(arn.resource.lastIndexOf('/') + 1)
      : (arn.resource.split(service === 'lambda' ? ':' : '/')[1] ?? arn.resource)
  const roleArn = arnOfRole(ix, role)
  const request = { principal, action: 'sts:AssumeRole', resource: roleArn }
  const result = runPrepared(
    prepareSimulation(ix, options.environment ? { ...request, environment: options.environment } : request),
  )
  if (result.decision !== 'Allow') {
    return noServiceSession(
      stsMessage('sts.serviceTrustDenied', { role: role.name, principal, why: result.trace.rule.text }),
      result,
    )
  }
  const env = requestEnvironment(scenario, options)
  const now = requestTime(env)
  const issuedMs = Number.isNaN(now) ? Date.now() : now
  const session: Session = {
    role: roleArn,
    sessionName,
    sourcePrincipal: principal,
    issuedAt: isoSeconds(issuedMs),
    durationSeconds: 3600,
  }
  return {
    ok: true,
    session,
    sessionArn: sessionArnOf(accountOf(scenario, role), role.name, sessionName),
    expiresAt: isoSeconds(issuedMs + 3600 * 1000),
    result,
  }
}
