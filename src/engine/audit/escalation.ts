// Privilege escalation: a user or role that can make itself more powerful (see ./power.ts for "more powerful").
//
// For every user and role P (service-linked roles excepted) the simulator is asked, with the scenario's
// environment, whether P may take one of these steps, and what P could then do that it cannot now:
// - `iam:CreateAccessKey`, `iam:CreateLoginProfile`/`iam:UpdateLoginProfile` on another user U: P acts as U;
// - `iam:AttachUserPolicy`/`iam:PutUserPolicy` on itself, `iam:AttachGroupPolicy`/`iam:PutGroupPolicy` on one of
//   its groups, `iam:AttachRolePolicy`/`iam:PutRolePolicy` on itself (a role): P grants itself `*` — the power is
//   measured on the scenario with that policy added, so boundaries and SCPs still count;
// - the same on another user P can get keys for, or another role P can assume: P grants that one `*`, then uses it;
// - `iam:CreatePolicyVersion` on a customer managed policy attached to P (or its groups): P rewrites it;
// - `iam:AddUserToGroup` on a group of its account: P joins it;
// - `iam:PassRole` on a role R with `lambda:CreateFunction` (R trusted by Lambda) or `ec2:RunInstances` (R in an
//   instance profile, trusted by EC2): P runs code as R;
// - `sts:AssumeRole` of a more powerful role (the separate, lower-severity check `assume-more-powerful-role`: roles
//   exist to be assumed, so it asks for a review rather than an alarm).
// IAM actions need an identity-policy allow (IAM has no resource-based policies), so a principal none of whose
// policies mention an action is not simulated for it; IAM actions across accounts are never possible. Quotas (two
// keys per user) are not considered. The checks stop after `maxSimulations` and say so (`escalation-limited`).
import { accountOf, groupArn, isServiceLinked, policyArn, roleArn, userArn } from '../scenario/arns'
import { findManagedPolicy } from '../scenario/lookup'
import type { Group, ManagedPolicy, Role, Scenario, User } from '../scenario/model'
import { policyText, principalPolicies, sessionPrincipal } from '../account/resolve'
import { findRole } from '../account/resolve-lookup'
import type { ResolvedPrincipal } from '../account/simulate-types'
import { detail, identityEntity, makeFinding, type AuditContext } from './context'
import { allowsAction, parsedPolicy } from './policies'
import {
  ADMIN_DOCUMENT,
  ADMIN_POLICY_ARN,
  ALL_POWER,
  hasEverything,
  OutOfBudget,
  powerText,
  Simulator,
  type Budget,
} from './power'
import type { CheckInfo, Finding, FindingDetail, FindingEntity } from './types'

export const PRIVILEGE_ESCALATION: CheckInfo = {
  id: 'privilege-escalation',
  severity: 'high',
  about:
    'A principal can create keys for, attach policies to, or pass a role more powerful than itself, and so gain its permissions.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
}

export const ASSUME_MORE_POWERFUL_ROLE: CheckInfo = {
  id: 'assume-more-powerful-role',
  severity: 'low',
  about: 'A principal can assume a role that can do more than it can.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_manage-assume.html',
}

export const ESCALATION_LIMITED: CheckInfo = {
  id: 'escalation-limited',
  severity: 'low',
  about: 'The account is too large to check every privilege escalation path.',
  learnMore: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
}

/** A user or role of the base scenario, as an escalation source or target. */
type Actor = { kind: 'user'; entity: User; arn: string } | { kind: 'role'; entity: Role; arn: string }

/** One way up, found for an actor. */
interface Path {
  key: string
  template: string
  params: Record<string, string>
  target?: FindingEntity
  gained: number
  assume?: boolean
}

const ESCALATION_INLINE = 'iam-playground-escalation'
const withAdmin = <T extends User | Group | Role>(entity: T): T => ({
  ...entity,
  inlinePolicies: [...(entity.inlinePolicies ?? []), { name: ESCALATION_INLINE, document: ADMIN_DOCUMENT }],
})

function replaced<T>(list: T[] | undefined, item: T, by: T): T[] | undefined {
  return list?.map((x) => (x === item ? by : x))
}

/** The scenario with one user, group or role changed. */
function changed(scenario: Scenario, kind: 'users' | 'groups' | 'roles', item: object, by: object): Scenario {
  return { ...scenario, [kind]: replaced(scenario[kind] as object[] | undefined, item, by) }
}

/** The scenario with a new default version of `policy` that allows everything. */
function rewritten(scenario: Scenario, policy: ManagedPolicy): Scenario {
  const versions = [
    ...policy.versions.map((v) => ({ ...v, isDefault: false })),
    { id: 'v-escalation', document: ADMIN_DOCUMENT, isDefault: true },
  ]
  return { ...scenario, policies: replaced(scenario.policies, policy, { ...policy, versions }) }
}

/** Runs the escalation search for one audit. */
class Search {
  readonly base: Simulator
  readonly #actors: Actor[]
  readonly #principals = new Map<string, ResolvedPrincipal>()
  readonly #mentions = new Map<string, boolean>()

  constructor(
    readonly scenario: Scenario,
    readonly budget: Budget,
  ) {
    this.base = new Simulator(scenario, budget)
    this.#actors = [
      ...(scenario.users ?? []).map((entity): Actor => ({ kind: 'user', entity, arn: userArn(scenario, entity) })),
      ...(scenario.roles ?? [])
        .filter((r) => !isServiceLinked(r))
        .map((entity): Actor => ({ kind: 'role', entity, arn: roleArn(scenario, entity) })),
    ]
  }

  get actors(): Actor[] {
    return this.#actors
  }

  /** The principal that acts for an actor in `sim`'s scenario: the user, or a fresh session of the role. */
  principalIn(sim: Simulator, actor: Actor): ResolvedPrincipal {
    if (actor.kind === 'user') return sim.principal(actor.arn)
    const role = findRole(sim.ix, actor.arn)!
    return sessionPrincipal(sim.ix, role, role.name, { fresh: true })
  }

  principal(actor: Actor): ResolvedPrincipal {
    let p = this.#principals.get(actor.arn)
    if (!p) this.#principals.set(actor.arn, (p = this.principalIn(this.base, actor)))
    return p
  }

  power(actor: Actor): number {
    return this.base.power(this.principal(actor))
  }

  /** The actor's power in a changed scenario. */
  powerIn(scenario: Scenario, actor: Actor): number {
    const sim = new Simulator(scenario, this.budget)
    return sim.power(this.principalIn(sim, actor))
  }

  /** Some identity policy of the actor has an Allow statement naming `action` (a cheap, sound pre-filter). */
  mentions(actor: Actor, action: string): boolean {
    const key = `${actor.arn} ${action}`
    let hit = this.#mentions.get(key)
    if (hit === undefined) {
      const own = principalPolicies(this.base.ix, this.principal(actor)).identity
      hit = own.some(({ policy }) =>
        allowsAction(parsedPolicy(policy.text ?? policyText(policy.document ?? {}), 'identity'), action),
      )
      this.#mentions.set(key, hit)
    }
    return hit
  }

  /** The actor may do `action` on `resource` (pre-filtered by {@link mentions}). */
  may(actor: Actor, action: string, resource: string, context?: Record<string, string>): boolean {
    return this.mentions(actor, action) && this.base.allows(this.principal(actor), action, resource, context)
  }

  /**
   * The actor may assume the role. Only a trust policy that names the actor itself (or everyone) can allow it without
   * an identity-policy allow; otherwise the actor's policies must mention `sts:AssumeRole` before it is simulated.
   */
  mayAssume(actor: Actor, role: Extract<Actor, { kind: 'role' }>): boolean {
    const p = this.principal(actor)
    const direct = parsedPolicy(role.entity.trustPolicy, 'trust').statements.some(
      (s) =>
        s.effect === 'Allow' &&
        (s.notPrincipal !== undefined ||
          s.principal?.any === true ||
          (s.principal?.entries ?? []).some((e) => e.type === 'AWS' && [p.arn, actor.arn, '*'].includes(e.value))),
    )
    if (!direct && !this.mentions(actor, 'sts:AssumeRole')) return false
    return this.base.allows(p, 'sts:AssumeRole', role.arn)
  }

  /** Whether a service principal may assume the role (its trust policy allows it). */
  trusts(role: Role, service: string): boolean {
    return this.base.allows(this.base.principal(service), 'sts:AssumeRole', roleArn(this.scenario, role))
  }
}

const USER_ACTIONS: [string, string] = ['iam:AttachUserPolicy', 'iam:PutUserPolicy']
const ROLE_ACTIONS: [string, string] = ['iam:AttachRolePolicy', 'iam:PutRolePolicy']

const accountOfActor = (scenario: Scenario, a: Actor) => accountOf(scenario, a.entity)

/** The ways `actor` can gain power, given its current power. */
function pathsOf(search: Search, actor: Actor): Path[] {
  const { scenario } = search
  const own = search.power(actor)
  if (own === ALL_POWER) return []
  const account = accountOfActor(scenario, actor)
  const region = scenario.environment?.region ?? 'us-east-1'
  const paths: Path[] = []
  const gain = (power: number) => power & ~own
  const users = search.actors.filter(
    (a): a is Extract<Actor, { kind: 'user' }> =>
      a.kind === 'user' && a !== actor && accountOfActor(scenario, a) === account,
  )
  const attach = { 'iam:PolicyARN': ADMIN_POLICY_ARN }

  // Acting as another user: new keys or a console password (worth knowing for users more powerful, or for users
  // it could then grant more).
  const rewritesUsers = USER_ACTIONS.some((a) => search.mentions(actor, a))
  const usable = new Set<Actor>()
  for (const peer of users) {
    const gained = gain(search.power(peer))
    if (!gained && !rewritesUsers) continue
    const login = peer.entity.password ? 'iam:UpdateLoginProfile' : 'iam:CreateLoginProfile'
    const how = search.may(actor, 'iam:CreateAccessKey', peer.arn)
      ? 'iam:CreateAccessKey'
      : search.may(actor, login, peer.arn)
        ? login
        : undefined
    if (!how) continue
    if (rewritesUsers) usable.add(peer)
    if (gained) {
      paths.push({
        key: how === 'iam:CreateAccessKey' ? 'createAccessKey' : 'loginProfile',
        template: '{action} on user {target}, who can do {gained}',
        params: { action: how, target: peer.entity.name, gained: powerText(gained) },
        target: identityEntity(scenario, 'user', peer.entity),
        gained,
      })
    }
  }

  // Granting itself (or a user or role it can act as) every permission.
  const grantSelf = (target: Actor, actions: [string, string]) => {
    const [attachAction, putAction] = actions
    const self = target === actor
    const how = search.may(actor, attachAction, target.arn, attach)
      ? attachAction
      : search.may(actor, putAction, target.arn)
        ? putAction
        : undefined
    if (!how) return
    const kind = target.kind === 'user' ? 'users' : 'roles'
    // Through another identity, only what that one could not already do counts (its own path is listed apart).
    const already = self ? 0 : gain(search.power(target))
    const after = search.powerIn(changed(scenario, kind, target.entity, withAdmin(target.entity)), target)
    const gained = gain(after) & ~already
    if (!gained) return
    paths.push({
      key: self ? 'grantSelf' : target.kind === 'user' ? 'grantUser' : 'grantRole',
      template: self ? '{action} on itself, to gain {gained}' : `{action} on ${target.kind} {target}, to gain {gained}`,
      params: { action: how, target: target.entity.name, gained: powerText(gained) },
      ...(self ? {} : { target: identityEntity(scenario, target.kind, target.entity) }),
      gained,
    })
  }
  grantSelf(actor, actor.kind === 'user' ? USER_ACTIONS : ROLE_ACTIONS)
  for (const peer of usable) grantSelf(peer, USER_ACTIONS)

  // Its groups: a policy attached there is its own.
  const groups =
    actor.kind === 'user'
      ? (scenario.groups ?? []).filter(
          (g) => accountOf(scenario, g) === account && (actor.entity.groups ?? []).includes(g.name),
        )
      : []
  for (const group of groups) {
    const arn = groupArn(scenario, group)
    const how = search.may(actor, 'iam:AttachGroupPolicy', arn, attach)
      ? 'iam:AttachGroupPolicy'
      : search.may(actor, 'iam:PutGroupPolicy', arn)
        ? 'iam:PutGroupPolicy'
        : undefined
    if (!how) continue
    const gained = gain(search.powerIn(changed(scenario, 'groups', group, withAdmin(group)), actor))
    if (gained) {
      paths.push({
        key: 'grantGroup',
        template: '{action} on its group {target}, to gain {gained}',
        params: { action: how, target: group.name, gained: powerText(gained) },
        target: identityEntity(scenario, 'group', group),
        gained,
      })
    }
  }

  // Customer managed policies attached to it or its groups: a new default version.
  const refs = [...(actor.entity.managedPolicies ?? []), ...groups.flatMap((g) => g.managedPolicies ?? [])]
  const seen = new Set<ManagedPolicy>()
  for (const ref of refs) {
    const found = findManagedPolicy(scenario, ref, account)
    const policy =
      found?.source === 'customer'
        ? (scenario.policies ?? []).find((p) => policyArn(scenario, p) === found.arn)
        : undefined
    if (!policy || seen.has(policy)) continue
    seen.add(policy)
    if (!search.may(actor, 'iam:CreatePolicyVersion', policyArn(scenario, policy))) continue
    const gained = gain(search.powerIn(rewritten(scenario, policy), actor))
    if (gained) {
      paths.push({
        key: 'policyVersion',
        template: 'iam:CreatePolicyVersion on its policy {target}, to gain {gained}',
        params: { target: policy.name, gained: powerText(gained) },
        target: identityEntity(scenario, 'policy', policy),
        gained,
      })
    }
  }

  // Joining another group.
  if (actor.kind === 'user' && search.mentions(actor, 'iam:AddUserToGroup')) {
    for (const group of scenario.groups ?? []) {
      if (accountOf(scenario, group) !== account || (actor.entity.groups ?? []).includes(group.name)) continue
      if (!search.may(actor, 'iam:AddUserToGroup', groupArn(scenario, group))) continue
      const joined = { ...actor.entity, groups: [...(actor.entity.groups ?? []), group.name] }
      const gained = gain(search.powerIn(changed(scenario, 'users', actor.entity, joined), actor))
      if (gained) {
        paths.push({
          key: 'addToGroup',
          template: 'iam:AddUserToGroup on group {target}, to gain {gained}',
          params: { target: group.name, gained: powerText(gained) },
          target: identityEntity(scenario, 'group', group),
          gained,
        })
      }
    }
  }

  // Roles: assumed (in any account), or passed to a service that runs code as them (in its own account only).
  for (const peer of search.actors) {
    if (peer.kind !== 'role' || peer === actor) continue
    const role = peer.entity
    const local = accountOfActor(scenario, peer) === account
    const gained = gain(search.power(peer))
    const rewrites = local && ROLE_ACTIONS.some((a) => search.mentions(actor, a))
    if (!gained && !rewrites) continue
    const assumable = search.mayAssume(actor, peer)
    if (assumable && rewrites) grantSelf(peer, ROLE_ACTIONS)
    if (!gained) continue
    const target = identityEntity(scenario, 'role', role)
    const params = { target: role.name, gained: powerText(gained) }
    if (local && search.mentions(actor, 'iam:PassRole')) {
      const pass = (service: string) => search.may(actor, 'iam:PassRole', peer.arn, { 'iam:PassedToService': service })
      if (
        pass('lambda.amazonaws.com') &&
        search.trusts(role, 'lambda.amazonaws.com') &&
        search.may(actor, 'lambda:CreateFunction', `arn:aws:lambda:${region}:${account}:function:iam-playground-probe`)
      ) {
        paths.push({
          key: 'passRoleLambda',
          template: 'iam:PassRole on role {target} with lambda:CreateFunction, to run code that can do {gained}',
          params,
          target,
          gained,
        })
      } else if (
        (role.instanceProfiles?.length ?? 0) > 0 &&
        pass('ec2.amazonaws.com') &&
        search.trusts(role, 'ec2.amazonaws.com') &&
        search.may(actor, 'ec2:RunInstances', `arn:aws:ec2:${region}:${account}:instance/*`)
      ) {
        paths.push({
          key: 'passRoleEc2',
          template: 'iam:PassRole on role {target} with ec2:RunInstances, to run an instance that can do {gained}',
          params,
          target,
          gained,
        })
      }
    }
    if (assumable) {
      paths.push({
        key: 'assumeRole',
        template: 'sts:AssumeRole on role {target}, which can do {gained}',
        params,
        target,
        gained,
        assume: true,
      })
    }
  }
  return paths
}

function findingOf(search: Search, actor: Actor, paths: Path[], assume: boolean): Finding {
  const { scenario } = search
  const everything = paths.some((p) => hasEverything(p.gained))
  const entity = identityEntity(scenario, actor.kind, actor.entity)
  const targets = new Map<string, FindingEntity>()
  for (const p of paths) if (p.target) targets.set(`${p.target.kind}/${p.target.name}`, p.target)
  const details: FindingDetail[] = paths.map((p) => detail(p.key, p.template, p.params))
  const params = { name: actor.entity.name, count: paths.length }
  const who = actor.kind === 'user' ? 'User' : 'Role'
  const kind: { check: CheckInfo; title: string; explanation: string; severity: Finding['severity'] } = assume
    ? {
        check: ASSUME_MORE_POWERFUL_ROLE,
        title: `${who} {name} can assume more powerful roles`,
        explanation:
          'Assuming a role is how people get more permissions on purpose, so this is for review: make sure each of these roles should be open to this principal, and that the trust policy asks for MFA where it matters.',
        severity: everything ? 'medium' : 'low',
      }
    : {
        check: PRIVILEGE_ESCALATION,
        title: `${who} {name} can escalate its privileges`,
        explanation:
          'This principal can change IAM, or use another identity, in a way that gives it permissions it does not have now. Whoever controls it effectively has those permissions. Remove the IAM write permissions it does not need, or limit them to resources that cannot lead back to it, and use a permissions boundary for delegated IAM administration.',
        severity: everything ? 'critical' : 'high',
      }
  return makeFinding(
    kind.check,
    { title: kind.title, explanation: kind.explanation, params, variant: actor.kind },
    [entity, ...targets.values()],
    { severity: kind.severity, details },
  )
}

/**
 * `privilege-escalation` and `assume-more-powerful-role`, one finding per principal with one detail per path, and
 * `escalation-limited` when the simulation budget ran out before every principal was checked.
 */
export function escalation(ctx: AuditContext): Finding[] {
  const budget: Budget = { left: ctx.maxSimulations }
  const search = new Search(ctx.scenario, budget)
  const out: Finding[] = []
  let checked = 0
  try {
    for (const actor of search.actors) {
      const paths = pathsOf(search, actor)
      const up = paths.filter((p) => !p.assume)
      const assume = paths.filter((p) => p.assume)
      if (up.length) out.push(findingOf(search, actor, up, false))
      if (assume.length) out.push(findingOf(search, actor, assume, true))
      checked++
    }
  } catch (error) {
    if (!(error instanceof OutOfBudget)) throw error
    const account = ctx.scenario.accounts[0]?.id ?? ''
    out.push(
      makeFinding(
        ESCALATION_LIMITED,
        {
          title: 'Privilege escalation was checked for {checked} of {total} principals',
          explanation:
            'The account is large: the search stopped after {limit} simulations so the page stays responsive. The principals after the first {checked} were not checked for escalation paths; split the account or review them by hand.',
          params: { checked, total: search.actors.length, limit: ctx.maxSimulations },
        },
        [{ kind: 'account', name: account, account }],
      ),
    )
  }
  return out
}
