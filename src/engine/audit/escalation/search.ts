// The escalation search's simulator: the audit's users and roles, what each can do, and what each may do to others.
import { roleArn } from '../../scenario/arns'
import { isoSeconds, scenarioNow } from '../../scenario/clock'
import { identityEntity } from '../context'
import type { Role, Scenario } from '../../scenario/model'
import { escalationActors, type Actor, type RoleActor } from './principals'

export type { Actor, RoleActor, UserActor } from './principals'
import { policyText, principalPolicies, sessionPrincipal } from '../../account/resolve'
import { findRole } from '../../account/resolve-lookup'
import type { ResolvedPrincipal } from '../../account/simulate-types'
import type { Policy } from '../../policy/model'
import { allowsAction, parsedPolicy } from '../policies'
import { Simulator, type Budget } from '../power'
import type { FindingEntity, PathStep } from '../types'
import { sendAsCaller } from './caller-keys'

function roleEntity(scenario: Scenario, role: Role): FindingEntity {
  return identityEntity(scenario, 'role', role)
}

/** The condition key that names the policy an attach would attach (matched without regard to case, as IAM does). */
const POLICY_ARN = /iam:policyarn/i

/** Runs the escalation search for one audit: every simulation counts against the audit's budget. */
export class Search {
  readonly base: Simulator
  readonly #actors: Actor[]
  readonly #principals = new Map<string, ResolvedPrincipal>()
  readonly #mentions = new Map<string, boolean>()
  readonly #parsed = new Map<string, Policy[]>()
  readonly #policyAnswers = new Map<Policy, Map<string, boolean>>()
  /** Roles whose trust policy lets everyone in (or names whom it excludes), and roles by the ARNs their trust names. */
  readonly #openRoles: RoleActor[] = []
  readonly #rolesNaming = new Map<string, RoleActor[]>()
  /**
   * Every request the simulator allowed through {@link may}, {@link mayAssume} and {@link trusts}, in the order
   * asked, as it was sent (with the values chosen for the caller's condition keys). The escalation loop empties it
   * for each principal; a path's steps are what a technique added to it while finding the path, and what a technique
   * added without finding one is taken out again, so a technique that looks for another principal's path (a chain)
   * finds that path's steps after its own.
   */
  readonly log: PathStep[] = []
  #orgReadsPolicyArn: boolean | undefined

  constructor(
    readonly scenario: Scenario,
    readonly budget: Budget,
  ) {
    this.base = new Simulator(scenario, budget)
    this.#actors = escalationActors(scenario)
    for (const role of this.#actors) if (role.kind === 'role') this.#indexTrust(role)
  }

  /** Files the role under what its trust policy names directly: everyone, or AWS principals by ARN. */
  #indexTrust(role: RoleActor): void {
    const named = new Set<string>()
    for (const s of parsedPolicy(role.entity.trustPolicy, 'trust').statements) {
      if (s.effect !== 'Allow') continue
      if (s.notPrincipal !== undefined || s.principal?.any === true) {
        this.#openRoles.push(role)
        return
      }
      for (const e of s.principal?.entries ?? []) if (e.type === 'AWS') named.add(e.value)
    }
    if (named.has('*')) this.#openRoles.push(role)
    else for (const arn of named) this.#rolesNaming.set(arn, [...(this.#rolesNaming.get(arn) ?? []), role])
  }

  /** The role's trust policy names the actor itself, or everyone: it may allow the actor without an identity allow. */
  #trustsDirectly(actor: Actor, role: RoleActor, p: ResolvedPrincipal): boolean {
    if (this.#openRoles.includes(role)) return true
    return [p.arn, actor.arn].some((arn) => this.#rolesNaming.get(arn)?.includes(role) === true)
  }

  /** Cheap, with no simulation: the actor's policies mention `sts:AssumeRole`, or the role's trust names the actor. */
  mightAssume(actor: Actor, role: RoleActor): boolean {
    return this.mentions(actor, 'sts:AssumeRole') || this.#trustsDirectly(actor, role, this.principal(actor))
  }

  /**
   * Cheap, with no simulation: whether the actor could assume some role — its policies mention `sts:AssumeRole`, or
   * a trust policy names it (or everyone).
   */
  mightAssumeAny(actor: Actor): boolean {
    if (this.#openRoles.some((r) => r !== actor) || this.mentions(actor, 'sts:AssumeRole')) return true
    const p = this.principal(actor)
    return [p.arn, actor.arn].some((arn) => this.#rolesNaming.get(arn)?.some((r) => r !== actor) === true)
  }

  /** The users, then the roles, in scenario order. */
  get actors(): Actor[] {
    return this.#actors
  }

  /**
   * The principal that acts for an actor in `sim`'s scenario: the user, or a session of the role issued now (by the
   * scenario's clock, so `aws:TokenIssueTime` is what a session the role got today would carry).
   */
  principalIn(sim: Simulator, actor: Actor): ResolvedPrincipal {
    if (actor.kind === 'user') return sim.principal(actor.arn)
    const role = findRole(sim.ix, actor.arn)!
    const issuedAt = isoSeconds(scenarioNow(sim.scenario).getTime())
    return sessionPrincipal(sim.ix, role, role.name, { session: { role: actor.arn, sessionName: role.name, issuedAt } })
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
      hit = this.#identityPolicies(actor).some((policy) => this.#allows(policy, action))
      this.#mentions.set(key, hit)
    }
    return hit
  }

  /**
   * Whether a policy that applies to the actor could tell one managed policy from another in an attach: its
   * identity policies, boundary or session policies, or any SCP or RCP of the scenario, name `iam:PolicyARN`. When
   * none does, an attach is allowed for every policy or for none, so AdministratorAccess answers for all.
   */
  readsPolicyArn(actor: Actor): boolean {
    const key = `${actor.arn} iam:PolicyARN`
    let hit = this.#mentions.get(key)
    if (hit === undefined) {
      this.#orgReadsPolicyArn ??= POLICY_ARN.test(JSON.stringify(this.scenario.organization ?? {}))
      const own = principalPolicies(this.base.ix, this.principal(actor))
      const texts = [...own.identity, ...(own.boundary ? [own.boundary] : []), ...own.session].map(
        ({ policy }) => policy.text ?? policyText(policy.document ?? {}),
      )
      hit = this.#orgReadsPolicyArn || texts.some((t) => POLICY_ARN.test(t))
      this.#mentions.set(key, hit)
    }
    return hit
  }

  /** {@link allowsAction}, once per policy and action (many principals share a policy: AWS managed ones, say). */
  #allows(policy: Policy, action: string): boolean {
    let answers = this.#policyAnswers.get(policy)
    if (!answers) this.#policyAnswers.set(policy, (answers = new Map()))
    let hit = answers.get(action)
    if (hit === undefined) answers.set(action, (hit = allowsAction(policy, action)))
    return hit
  }

  /** The actor's identity policies, parsed (resolved once per actor, however many actions are asked about). */
  #identityPolicies(actor: Actor): Policy[] {
    let policies = this.#parsed.get(actor.arn)
    if (!policies) {
      const own = principalPolicies(this.base.ix, this.principal(actor)).identity
      policies = own.map(({ policy }) => parsedPolicy(policy.text ?? policyText(policy.document ?? {}), 'identity'))
      this.#parsed.set(actor.arn, policies)
    }
    return policies
  }

  /**
   * The actor may do `action` on `resource` (pre-filtered by {@link mentions}), sending the request as a caller
   * would: a condition on a key it chooses (a request tag, a later time, the Region…) does not stop it (see
   * ./caller-keys.ts).
   */
  may(actor: Actor, action: string, resource: string, context?: Record<string, string | string[]>): boolean {
    return this.mentions(actor, action) && this.#send(actor, action, resource, context)
  }

  /** Sends the actor's request as a caller would, and logs it (by the user's or role's ARN) when allowed. */
  #send(
    actor: Actor,
    action: string,
    resource: string,
    context?: Record<string, string | string[]>,
    to?: FindingEntity,
  ): boolean {
    const sent = sendAsCaller(this.base, this.principal(actor), action, resource, context)
    if (!sent) return false
    this.log.push({
      principal: actor.arn,
      action,
      resource: sent.resource,
      ...(sent.context && Object.keys(sent.context).length && { context: sent.context }),
      ...(to && { to }),
    })
    return true
  }

  /**
   * The actor may assume the role. Only a trust policy that names the actor itself (or everyone) can allow it without
   * an identity-policy allow; otherwise the actor's policies must mention `sts:AssumeRole` before it is simulated.
   */
  mayAssume(actor: Actor, role: RoleActor): boolean {
    if (!this.mightAssume(actor, role)) return false
    return this.#send(actor, 'sts:AssumeRole', role.arn, undefined, roleEntity(this.scenario, role.entity))
  }

  /** Whether a service principal may assume the role (its trust policy allows it); logged as the service's request. */
  trusts(role: Role, service: string): boolean {
    const p = this.base.principal(service)
    const arn = roleArn(this.scenario, role)
    if (!this.base.allows(p, 'sts:AssumeRole', arn)) return false
    this.log.push({ principal: p.arn, action: 'sts:AssumeRole', resource: arn, to: roleEntity(this.scenario, role) })
    return true
  }
}
