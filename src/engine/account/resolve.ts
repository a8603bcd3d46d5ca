// Who is asking and which of the scenario's policies speak for them: a user's own and its groups' policies, a
// role's (also for its sessions), the permissions boundary, and the session policies of a session.
import type { NamedPolicy } from '../evaluate/input'
import { parseCaller } from '../request/caller'
import { parsePrincipalText } from '../scenario/lookup'
import { accountOf, rootArn, sessionArn } from '../scenario/arns'
import type { InlinePolicy, PolicyBody, Role, Scenario, Session, User } from '../scenario/model'
import {
  arnOfRole,
  arnOfUser,
  findGroup,
  findManagedPolicy,
  findRole,
  findUser,
  indexScenario,
  type FoundManagedPolicy,
  type ScenarioIndex,
} from './resolve-lookup'
import type { PolicySource, ResolvedPrincipal, SourceEntity } from './simulate-types'
import { SELF_SERVICE_POLICY_NAME, selfServicePolicyText, usersMayChangeOwnPassword } from './self-service'
import { plainEnglish } from '../messages/plain'
import type { SourceMessage } from '../messages/sources.en'
import { entityText, sourceMessage } from '../messages/sources'

/** A policy ready for the engine, with where it came from. */
export interface SourcedPolicy {
  policy: NamedPolicy
  source: PolicySource
}

/** The principal's own policies, by the engine's policy types. */
export interface PrincipalPolicies {
  identity: SourcedPolicy[]
  boundary?: SourcedPolicy
  session: SourcedPolicy[]
  /** References that name nothing in the scenario or the bundled AWS managed policies. */
  unresolved: string[]
  /** The same references as messages. */
  unresolvedText: SourceMessage[]
}

// Scenario documents are values: the account layer never changes one in place (edits copy), so an object's text
// can be remembered. Evaluating text means the engine's cache hit is one string lookup (no walk over large AWS
// managed documents), and the trace's source ranges fall on the same pretty-printed text the editor shows.
const texts = new WeakMap<object, string>()

/** The pretty-printed JSON text the app shows for a policy object (remembered per object). */
export function policyText(body: PolicyBody): string {
  if (typeof body === 'string') return body
  let text = texts.get(body)
  if (text === undefined) texts.set(body, (text = JSON.stringify(body, null, 2)))
  return text
}

/** A policy body as the engine's named input, always as text (see {@link policyText}). */
export function named(name: string, body: PolicyBody): NamedPolicy {
  return { name, text: policyText(body) }
}

/**
 * Resolves a request's principal. Short references as {@link parsePrincipalText} reads them (`user/alice`,
 * `role/Admin`, `root`, `ACCOUNT:root`, `assumed-role/ROLE/SESSION`) default to the first account; ARNs, service
 * principals, `anonymous` and bare account IDs are taken as written, and ones the scenario does not define resolve with
 * `known: false` and no policies. A session ARN names a role session; a session the scenario does not list resolves
 * as a fresh session of the role (no session policies, no session tags, never expired) with `known: false`, which
 * `simulate` answers as a failure before evaluation (see `isUnissuedSession`).
 */
export function resolvePrincipal(ix: ScenarioIndex, ref: string): ResolvedPrincipal {
  const text = ref.trim()
  const syntax = parsePrincipalText(text)
  if (!syntax) return fromCaller(ix, text)
  const account = syntax.account ?? ix.defaultAccount
  switch (syntax.kind) {
    case 'root':
      return root(ix, account)
    case 'user': {
      const arn = `arn:aws:iam::${account}:user${syntax.path ?? '/'}${syntax.name}`
      const user = syntax.path === undefined ? findUser(ix, syntax.name, account) : findUser(ix, arn)
      return user ? fromUser(ix, user) : fromCaller(ix, arn)
    }
    case 'role': {
      const arn = `arn:aws:iam::${account}:role${syntax.path ?? '/'}${syntax.name}`
      const role = syntax.path === undefined ? findRole(ix, syntax.name, account) : findRole(ix, arn)
      return role ? fromRole(ix, role) : fromCaller(ix, arn)
    }
    case 'session': {
      const role = findRole(ix, syntax.roleName, account)
      const arn = sessionArn(account, syntax.roleName, syntax.sessionName)
      const session = ix.sessions.get(arn)
      const out: ResolvedPrincipal = {
        kind: 'session',
        arn,
        account,
        name: syntax.roleName,
        known: role !== undefined && session !== undefined,
        sessionName: syntax.sessionName,
      }
      if (role) out.role = role
      if (session) out.session = session
      return out
    }
  }
}

function root(ix: ScenarioIndex, account: string): ResolvedPrincipal {
  const known = ix.scenario.accounts.some((a) => a.id === account)
  return { kind: 'root', arn: rootArn(account), account, name: 'root', known }
}

function fromUser(ix: ScenarioIndex, user: User): ResolvedPrincipal {
  const account = accountOf(ix.scenario, user)
  return { kind: 'user', arn: arnOfUser(ix, user), account, name: user.name, known: true, user }
}

function fromRole(ix: ScenarioIndex, role: Role): ResolvedPrincipal {
  const account = accountOf(ix.scenario, role)
  return { kind: 'role', arn: arnOfRole(ix, role), account, name: role.name, known: true, role }
}

function fromCaller(ix: ScenarioIndex, text: string): ResolvedPrincipal {
  const caller = parseCaller(text)
  if (caller.kind === 'root') return root(ix, caller.account!)
  const out: ResolvedPrincipal = { kind: caller.kind, arn: text, name: caller.name ?? text, known: false }
  if (caller.account !== undefined) out.account = caller.account
  return out
}

/**
 * The principal for a session of `role` named `sessionName`: `session` when given, else the one the index lists
 * under that ARN, else (or always, with `fresh`) a fresh session with no session policies or tags.
 */
export function sessionPrincipal(
  ix: ScenarioIndex,
  role: Role,
  sessionName: string,
  { session, fresh = false }: { session?: Session; fresh?: boolean } = {},
): ResolvedPrincipal {
  const account = accountOf(ix.scenario, role)
  const arn = sessionArn(account, role.name, sessionName)
  const found = session ?? (fresh ? undefined : ix.sessions.get(arn))
  const out: ResolvedPrincipal = { kind: 'session', arn, account, name: role.name, known: true, role, sessionName }
  if (found) out.session = found
  return out
}

/** A source with its label in English, plain as it has always been ("inline policy S3Read of user alice"). */
function labelled(source: Omit<PolicySource, 'label'>): PolicySource {
  return { ...source, label: plainEnglish(source.text) } as PolicySource
}

/** The label of a managed policy source, e.g. "customer managed policy `S3Read` (`v2`)", via a group or a session. */
function managedText(found: FoundManagedPolicy, via: { group?: string; session?: string } = {}): SourceMessage {
  const owner = found.source === 'aws' ? 'aws' : 'customer'
  const params = { policy: found.name, version: found.versionId }
  if (via.group !== undefined) return sourceMessage(`source.groupManaged.${owner}`, { ...params, group: via.group })
  if (via.session !== undefined) {
    return sourceMessage(`source.sessionManaged.${owner}`, { ...params, session: via.session })
  }
  return sourceMessage(`source.managed.${owner}`, params)
}

/** An entity of a policy source as sentences name it. */
function entityOf(entity: SourceEntity): SourceMessage {
  return entityText(entity.kind === 'org-root' ? 'orgRoot' : entity.kind, entity.name)
}

/** Collects the principal's identity-based policies, boundary and session policies, each with its source. */
export function principalPolicies(ix: ScenarioIndex, p: ResolvedPrincipal): PrincipalPolicies {
  const out: PrincipalPolicies = { identity: [], session: [], unresolved: [], unresolvedText: [] }
  const missing = (english: string, text: SourceMessage) => {
    out.unresolved.push(english)
    out.unresolvedText.push(text)
  }
  const account = p.account ?? ix.defaultAccount
  const inline = (list: InlinePolicy[] | undefined, entity: SourceEntity, group?: string) => {
    for (const pol of list ?? []) {
      out.identity.push({
        policy: named(pol.name, pol.document),
        source: labelled({
          kind: group ? 'group-inline' : 'inline',
          text: group
            ? sourceMessage('source.groupInline', { policy: pol.name, group })
            : sourceMessage('policyLabel.inline', { policy: pol.name, entity: entityOf(entity) }),
          policyName: pol.name,
          entity,
        }),
      })
    }
  }
  const managed = (refs: string[] | undefined, entity: SourceEntity, group?: string) => {
    for (const ref of refs ?? []) {
      const found = findManagedPolicy(ix, ref, account)
      if (!found) {
        missing(
          `managed policy \`${ref}\` of ${entity.kind} ${entity.name}`,
          sourceMessage('unresolved.managed', { ref, entity: entityOf(entity) }),
        )
        continue
      }
      out.identity.push({
        policy: named(found.name, found.document),
        source: labelled({
          kind: group ? 'group-managed' : 'managed',
          text: group ? managedText(found, { group }) : managedText(found),
          policyName: found.name,
          entity,
          arn: found.arn,
          versionId: found.versionId,
        }),
      })
    }
  }
  const boundary = (ref: string | undefined, entity: SourceEntity) => {
    if (ref === undefined) return
    const found = findManagedPolicy(ix, ref, account)
    if (!found) {
      missing(
        `permissions boundary \`${ref}\` of ${entity.kind} ${entity.name}`,
        sourceMessage('unresolved.boundary', { ref, entity: entityOf(entity) }),
      )
      return
    }
    out.boundary = {
      policy: named(found.name, found.document),
      source: labelled({
        kind: 'boundary',
        text: sourceMessage('source.boundary', {
          policy: found.name,
          version: found.versionId,
          entity: entityOf(entity),
        }),
        policyName: found.name,
        entity,
        arn: found.arn,
        versionId: found.versionId,
      }),
    }
  }

  if (p.kind === 'user' && p.user) {
    const entity: SourceEntity = { kind: 'user', name: p.user.name }
    inline(p.user.inlinePolicies, entity)
    managed(p.user.managedPolicies, entity)
    for (const name of p.user.groups ?? []) {
      const group = findGroup(ix, name, account)
      if (!group) {
        missing(
          `group \`${name}\` of user ${p.user.name}`,
          sourceMessage('unresolved.group', { ref: name, entity: entityOf(entity) }),
        )
        continue
      }
      const g: SourceEntity = { kind: 'group', name: group.name }
      inline(group.inlinePolicies, g, group.name)
      managed(group.managedPolicies, g, group.name)
    }
    boundary(p.user.permissionsBoundary, entity)
    if (usersMayChangeOwnPassword(ix.scenario, account)) {
      out.identity.push({
        policy: named(SELF_SERVICE_POLICY_NAME, selfServicePolicyText(p.arn)),
        source: labelled({
          kind: 'account-setting',
          text: sourceMessage('source.passwordPolicy', { account }),
          policyName: SELF_SERVICE_POLICY_NAME,
          entity: { kind: 'account', name: account },
        }),
      })
    }
  } else if ((p.kind === 'role' || p.kind === 'session') && p.role) {
    const entity: SourceEntity = { kind: 'role', name: p.role.name }
    inline(p.role.inlinePolicies, entity)
    managed(p.role.managedPolicies, entity)
    boundary(p.role.permissionsBoundary, entity)
    if (p.session) sessionPolicies(ix, p.session, p.sessionName ?? p.session.sessionName, account, out)
  }
  return out
}

function sessionPolicies(ix: ScenarioIndex, session: Session, name: string, account: string, out: PrincipalPolicies) {
  const entity: SourceEntity = { kind: 'session', name }
  ;(session.policies ?? []).forEach((body, i) => {
    const policyName = `session policy ${i + 1}`
    out.session.push({
      policy: named(policyName, body),
      source: labelled({
        kind: 'session',
        text: sourceMessage('policyLabel.session', { n: i + 1, session: name }),
        nameText: sourceMessage('policyLabel.sessionPolicy', { n: i + 1 }),
        policyName,
        entity,
      }),
    })
  })
  for (const ref of session.policyArns ?? []) {
    const found = findManagedPolicy(ix, ref, account)
    if (!found) {
      out.unresolved.push(`managed session policy \`${ref}\` of session ${name}`)
      out.unresolvedText.push(sourceMessage('unresolved.sessionManaged', { ref, session: name }))
      continue
    }
    out.session.push({
      policy: named(found.name, found.document),
      source: labelled({
        kind: 'session',
        text: managedText(found, { session: name }),
        policyName: found.name,
        entity,
        arn: found.arn,
        versionId: found.versionId,
      }),
    })
  }
}

/** Resolves a principal reference against a scenario (see {@link resolvePrincipal}), e.g. for `buildRequestContext`. */
export function resolveScenarioPrincipal(
  scenario: Scenario,
  ref: string,
  options: { sessions?: readonly Session[] } = {},
): ResolvedPrincipal {
  return resolvePrincipal(indexScenario(scenario, options.sessions), ref)
}
