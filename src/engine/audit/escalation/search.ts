// The escalation search's simulator: the audit's users and roles, what each can do, and what each may do to others.
import { isServiceLinked, roleArn, userArn } from '../../scenario/arns'
import type { Role, Scenario, User } from '../../scenario/model'
import { policyText, principalPolicies, sessionPrincipal } from '../../account/resolve'
import { findRole } from '../../account/resolve-lookup'
import type { ResolvedPrincipal } from '../../account/simulate-types'
import { allowsAction, parsedPolicy } from '../policies'
import { Simulator, type Budget } from '../power'

/** A user of the base scenario, as an escalation source or target. */
export interface UserActor {
  kind: 'user'
  entity: User
  arn: string
}

/** A role of the base scenario (service-linked roles excepted), as an escalation source or target. */
export interface RoleActor {
  kind: 'role'
  entity: Role
  arn: string
}

/** A user or role of the base scenario. */
export type Actor = UserActor | RoleActor

/** Runs the escalation search for one audit: every simulation counts against the audit's budget. */
export class Search {
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

  /** The users, then the roles, in scenario order. */
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
  mayAssume(actor: Actor, role: RoleActor): boolean {
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
