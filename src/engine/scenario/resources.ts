// Resources, sessions and saved requests: ARNs are well formed, and what they name exists.
import { parseArn } from '../match/arn'
import { parsePrincipalText } from './lookup'
import type { Role, Session } from './model'
import { type CheckContext, each, type Entry, iamArn, type Loose, ownerOf } from './check'
import { at, q } from './issues'
import type { ScenarioMessage } from '../messages/scenario.en'
import { SCENARIO_KIND, scenarioMessage } from '../messages/scenario'
import { checkPolicyRef } from './refs'
import { mayHaveExecutionRole } from './runs-as'

const PARTITIONS = new Set(['aws', 'aws-cn', 'aws-us-gov'])

/** Why `text` is not the ARN of one resource, or undefined when it is. */
export function arnProblem(text: string): ScenarioMessage | undefined {
  const arn = parseArn(text)
  const t = q(text)
  if (!arn) return scenarioMessage('scenario.arn.notArn', { text: t })
  if (!PARTITIONS.has(arn.partition))
    return scenarioMessage('scenario.arn.partition', { text: t, partition: q(arn.partition) })
  if (!/^[a-z0-9-]+$/.test(arn.service)) return scenarioMessage('scenario.arn.service', { text: t })
  if (!/^[a-z0-9-]*$/.test(arn.region))
    return scenarioMessage('scenario.arn.region', { text: t, region: q(arn.region) })
  if (!/^(\d{12}|aws)?$/.test(arn.account))
    return scenarioMessage('scenario.arn.account', { text: t, account: q(arn.account) })
  if (arn.resource === '') return scenarioMessage('scenario.arn.noResource', { text: t })
  if (/[*?]/.test(text)) return scenarioMessage('scenario.arn.wildcard', { text: t })
  return undefined
}

/** Checks resources (ARNs, owners, instance profiles, execution roles), sessions and saved requests. */
export function checkUsage(ctx: CheckContext): void {
  checkResources(ctx)
  checkSessions(ctx)
  checkRequests(ctx)
}

function checkResources(ctx: CheckContext): void {
  const { issues } = ctx
  const seen = new Map<string, string>()
  each(ctx.s.resources, '/resources', (r, path) => {
    if (r.arn === undefined) return
    const arnPath = at(path, 'arn')
    const problem = arnProblem(r.arn)
    if (problem) issues.error(arnPath, problem)
    const other = seen.get(r.arn)
    if (other) issues.error(arnPath, scenarioMessage('scenario.duplicateResource', { arn: q(r.arn), other }))
    seen.set(r.arn, path)
    const arn = problem ? undefined : parseArn(r.arn)
    const arnAccount = arn && /^\d{12}$/.test(arn.account) ? arn.account : undefined
    if (r.account !== undefined && arnAccount && r.account !== arnAccount) {
      issues.error(
        at(path, 'account'),
        scenarioMessage('scenario.arnAccountDiffers', { arnAccount, account: r.account }),
      )
    }
    if (arnAccount && r.account === undefined && !ctx.accounts.has(arnAccount)) {
      issues.warn(arnPath, scenarioMessage('scenario.accountNotSimulated', { account: arnAccount }))
    }
    const owner = r.account ?? arnAccount ?? ctx.defaultAccount
    if (r.instanceProfile !== undefined) {
      const ipPath = at(path, 'instanceProfile')
      if (arn && !(arn.service === 'ec2' && arn.resource.startsWith('instance/'))) {
        issues.error(ipPath, scenarioMessage('scenario.instanceProfileNotEc2'))
      }
      const profile = findInstanceProfile(ctx, owner, r.instanceProfile)
      if (!profile) {
        issues.error(ipPath, scenarioMessage('scenario.unknownInstanceProfile', { name: q(r.instanceProfile) }))
      }
    }
    if (r.executionRole !== undefined) {
      const erPath = at(path, 'executionRole')
      if (arn && !mayHaveExecutionRole(r.arn)) {
        issues.error(erPath, scenarioMessage('scenario.executionRoleKind'))
      }
      const { exact, near } = ctx.index.find('role', owner, r.executionRole)
      if (!exact) issues.error(erPath, unknown('role', r.executionRole, near))
      else if (exact.account !== owner) {
        issues.error(erPath, scenarioMessage('scenario.executionRoleAccount', { owner, account: exact.account }))
      }
    }
  })
}

/** An instance profile by name (in `account`) or by ARN (`arn:aws:iam::ACCOUNT:instance-profile/[PATH/]NAME`). */
function findInstanceProfile(ctx: CheckContext, account: string, ref: string): Entry | undefined {
  const arn = /^arn:aws:iam::(\d{12}):instance-profile\/(?:.*\/)?([^/]+)$/.exec(ref)
  if (arn) return ctx.index.byName('instance profile', arn[1]!, arn[2]!).exact
  return ctx.index.byName('instance profile', account, ref).exact
}

function unknown(kind: 'user' | 'role', ref: string, near: Entry | undefined): ScenarioMessage {
  const params = { kind: SCENARIO_KIND[kind], name: q(ref) }
  return near
    ? scenarioMessage('scenario.unknownEntityNear', { ...params, near: q(near.name) })
    : scenarioMessage('scenario.unknownEntity', params)
}

/** A role by name in the default account, else any account, or by ARN. */
function findRoleAnywhere(ctx: CheckContext, ref: string): { exact?: Entry; near?: Entry } {
  const home = ctx.index.find('role', ctx.defaultAccount, ref)
  if (home.exact || ref.startsWith('arn:')) return home
  for (const account of ctx.accounts) {
    const found = ctx.index.byName('role', account, ref)
    if (found.exact) return found
  }
  return home
}

function checkSessions(ctx: CheckContext): void {
  const { issues } = ctx
  const seen = new Map<string, string>()
  const now = ctx.s.environment?.time ? Date.parse(ctx.s.environment.time) : undefined
  const roleByArn = new Map<string, Loose<Role>>()
  each(ctx.s.roles, '/roles', (r) => {
    if (r.name !== undefined) roleByArn.set(iamArn(ownerOf(ctx, r), 'role', r.path, r.name), r)
  })
  each(ctx.s.sessions, '/sessions', (session, path) => {
    if (session.role === undefined) return
    const { exact: role, near } = findRoleAnywhere(ctx, session.role)
    if (!role) {
      issues.error(at(path, 'role'), unknown('role', session.role, near))
      return
    }
    const key = `${role.arn}\n${session.sessionName}`
    const other = seen.get(key)
    if (other)
      issues.error(
        at(path, 'sessionName'),
        scenarioMessage('scenario.duplicateSession', { name: q(session.sessionName ?? ''), other }),
      )
    seen.set(key, path)
    const duration = session.durationSeconds ?? 3600
    const roleEntity = roleByArn.get(role.arn)
    // Role chaining caps a session at one hour (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#id_roles_terms-and-concepts).
    const roleMax = roleEntity?.maxSessionDuration ?? 3600
    // An out-of-range maximum is reported on the role; measuring against it would only repeat that.
    if (!session.chained && (roleMax < 3600 || roleMax > 43200)) return checkSessionPolicies(ctx, session, path, role)
    const max = session.chained ? 3600 : roleMax
    if (duration > max) {
      issues.error(
        at(path, 'durationSeconds'),
        session.chained
          ? scenarioMessage('scenario.chainedTooLong', { duration })
          : scenarioMessage('scenario.sessionTooLong', { duration, max }),
      )
    }
    const issued = session.issuedAt ? Date.parse(session.issuedAt) : NaN
    if (now !== undefined && !Number.isNaN(now) && !Number.isNaN(issued)) {
      if (issued > now) issues.warn(at(path, 'issuedAt'), scenarioMessage('scenario.sessionIssuedLater'))
      else if (issued + duration * 1000 <= now)
        issues.warn(at(path, 'issuedAt'), scenarioMessage('scenario.sessionExpired'))
    }
    checkSessionPolicies(ctx, session, path, role)
  })
}

function checkSessionPolicies(ctx: CheckContext, session: Loose<Session>, path: string, role: Entry): void {
  each(session.policyArns, at(path, 'policyArns'), (ref, refPath) => {
    if (!ref.startsWith('arn:'))
      ctx.issues.error(refPath, scenarioMessage('scenario.sessionPolicyNotArn', { ref: q(ref) }))
    else checkPolicyRef(ctx, ref, role.account, refPath)
  })
}

function checkRequests(ctx: CheckContext): void {
  const { issues } = ctx
  const ids = new Map<string, string>()
  each(ctx.s.requests, '/requests', (req, path) => {
    if (req.id !== undefined) {
      const other = ids.get(req.id)
      if (other) issues.error(at(path, 'id'), scenarioMessage('scenario.duplicateRequest', { id: q(req.id), other }))
      ids.set(req.id, path)
    }
    if (req.resource !== undefined && req.resource !== '*') {
      const problem = arnProblem(req.resource)
      if (problem) issues.error(at(path, 'resource'), scenarioMessage('scenario.requestResource', { problem }))
    }
    if (req.principal !== undefined) checkPrincipal(ctx, req.principal, at(path, 'principal'))
  })
}

/** A principal naming a user, role, session or root of the scenario must exist; other principals pass. */
export function checkPrincipal(ctx: CheckContext, text: string, path: string): void {
  const syntax = parsePrincipalText(text)
  if (!syntax) {
    if (text.startsWith('arn:') && !parseArn(text))
      ctx.issues.error(path, arnProblem(text) ?? scenarioMessage('scenario.notArn', { text: q(text) }))
    return
  }
  const account = syntax.account ?? ctx.defaultAccount
  if (!ctx.accounts.has(account)) {
    if (text.startsWith('arn:')) ctx.issues.warn(path, scenarioMessage('scenario.accountNotSimulated', { account }))
    else ctx.issues.error(path, scenarioMessage('scenario.unknownAccountPlain', { account: q(account) }))
    return
  }
  if (syntax.kind === 'root') return
  const kind = syntax.kind === 'user' ? 'user' : 'role'
  const name = syntax.kind === 'session' ? syntax.roleName : syntax.name
  const { exact, near } = ctx.index.byName(kind, account, name)
  if (!exact) ctx.issues.error(path, unknown(kind, name, near))
  else if (
    syntax.kind !== 'session' &&
    syntax.path !== undefined &&
    exact.arn !== iamArn(account, kind, syntax.path, name)
  ) {
    ctx.issues.error(
      path,
      scenarioMessage('scenario.pathDiffers', { kind: SCENARIO_KIND[kind], name: q(name), arn: q(exact.arn) }),
    )
  }
}
