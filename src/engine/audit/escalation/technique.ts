// What an escalation technique is, and what it is given: one actor of the audit, looked at one target at a time.
import { accountOf } from '../../scenario/arns'
import type { Group, ManagedPolicy, Scenario } from '../../scenario/model'
import type { FindingEntity, PathStep } from '../types'
import { heldPolicies } from './held-policies'
import type { Actor, RoleActor, Search, UserActor } from './search'

/** What a technique acts on, by kind. */
export interface Targets {
  /** The actor itself. */
  self: Actor
  /** Another user of the actor's account. */
  user: UserActor
  /** A group of the actor's account. */
  group: Group
  /** A customer managed policy attached to the actor, one of its groups, or a role of its account it can assume. */
  policy: ManagedPolicy
  /** Another role, in any account. */
  role: RoleActor
}

/** The kinds of target a technique may act on. */
export type TargetKind = keyof Targets

/** One way up through one target: the detail line's parameters and what the actor gains. */
export interface Step {
  /** The params of the technique's detail line (`findings.detail.<id>`): `action`, `target`, `gained` and the like. */
  params: Record<string, string>
  /** The user, group, role or policy the step goes through, listed on the finding (none for the actor itself). */
  target?: FindingEntity
  /** The probes the actor gains (see ../power.ts); never 0. */
  gained: number
  /**
   * The step needs a resource the scenario does not list (an imported account has no resource inventory): reported
   * by `possible-privilege-escalation`, with the detail line `findings.detail.<id>.possible`.
   */
  possible?: true
}

/**
 * One privilege-escalation technique: a way for a principal to gain permissions it does not have. The search asks
 * every technique about every target of its kind, for every principal of the audit (see ./techniques.ts).
 */
export interface Technique<K extends TargetKind = TargetKind> {
  /** Names the technique, and the finding detail of its steps (`findings.detail.<id>` in the message catalog). */
  id: string
  /** The IAM actions it uses. */
  actions: readonly string[]
  /** What it acts on. */
  target: K
  /** What it checks, in one line. */
  checks: string
  /** What the principal gains by it, in one line. */
  gains: string
  /** Its steps are reported by `assume-more-powerful-role` (for review) instead of `privilege-escalation`. */
  review?: true
  /** Techniques it is an alternative to: it is skipped for a target through which one of them found a step. */
  unless?: readonly string[]
  /**
   * Cheap, with no simulation: whether the actor could take a step of this technique through any target at all.
   * Without it, a technique is tried only when the actor's identity policies mention one of its `actions` (IAM has
   * no resource-based policies, so an IAM action needs an identity-policy allow).
   */
  possible?(ctx: ActorContext): boolean
  /** The step through `target`, when the actor can take it and gains something by it. */
  find(ctx: ActorContext, target: Targets[K]): Step | undefined
}

/** A technique of any target kind (each with its own `find`). */
export type AnyTechnique = { [K in TargetKind]: Technique<K> }[TargetKind]

/** One actor of the search, as every technique sees it. */
export class ActorContext {
  readonly scenario: Scenario
  /** The actor's account. */
  readonly account: string
  /** The scenario's region (for the ARNs of resources it would create). */
  readonly region: string
  /** The groups of its account the actor is in (none for a role). */
  readonly groups: readonly Group[]
  readonly #memo = new Map<string, { value: unknown; steps: PathStep[] }>()
  #own: number | undefined

  constructor(
    readonly search: Search,
    readonly actor: Actor,
  ) {
    this.scenario = search.scenario
    this.account = accountOf(this.scenario, actor.entity)
    this.region = this.scenario.environment?.region ?? 'us-east-1'
    this.groups =
      actor.kind === 'user'
        ? (this.scenario.groups ?? []).filter(
            (g) => accountOf(this.scenario, g) === this.account && (actor.entity.groups ?? []).includes(g.name),
          )
        : []
  }

  /** What the actor can do now (see ../power.ts), simulated when first asked. */
  get own(): number {
    return (this.#own ??= this.search.power(this.actor))
  }

  /** Whether the technique is worth trying for this actor (see {@link Technique.possible}). */
  tries(technique: Technique): boolean {
    return technique.possible ? technique.possible(this) : technique.actions.some((a) => this.mentions(a))
  }

  /** What of `power` the actor cannot do now. */
  gain(power: number): number {
    return power & ~this.own
  }

  /** Some identity policy of the actor allows `action` (a cheap pre-filter, no simulation). */
  mentions(action: string): boolean {
    return this.search.mentions(this.actor, action)
  }

  /**
   * The actor may do `action` on `resource` (one simulation, unless its policies never mention the action; a few
   * more when a condition on a key the caller chooses stands in the way: see ./caller-keys.ts). An allowed request
   * is a step of the path the technique finds (see {@link Search.log}).
   */
  may(action: string, resource: string, context?: Record<string, string | string[]>): boolean {
    return this.search.may(this.actor, action, resource, context)
  }

  /** The actor may assume the role (asked once per role, however many techniques need it). */
  mayAssume(role: RoleActor): boolean {
    return this.once(`assume ${role.arn}`, () => this.search.mayAssume(this.actor, role))
  }

  /**
   * `compute()` once per key for this actor: for an answer several techniques share, simulated once. The requests
   * it was allowed are logged again each time the answer is reused, so every path that rests on it lists them.
   */
  once<T>(key: string, compute: () => T): T {
    const log = this.search.log
    let memo = this.#memo.get(key)
    if (memo) log.push(...memo.steps)
    else {
      const from = log.length
      const value = compute()
      this.#memo.set(key, (memo = { value, steps: log.slice(from) }))
    }
    return memo.value as T
  }

  /**
   * The targets of a kind: in scenario order, customer managed policies in the order they are attached (its own, its
   * groups', then those of the roles it can assume).
   */
  targets<K extends TargetKind>(kind: K): readonly Targets[K][] {
    return this.#targets(kind) as Targets[K][]
  }

  #targets(kind: TargetKind): readonly Targets[TargetKind][] {
    const { scenario, actor, account } = this
    switch (kind) {
      case 'self':
        return [actor]
      case 'user':
        return this.search.actors.filter(
          (a): a is UserActor => a.kind === 'user' && a !== actor && accountOf(scenario, a.entity) === account,
        )
      case 'group':
        return (scenario.groups ?? []).filter((g) => accountOf(scenario, g) === account)
      case 'policy':
        return heldPolicies(this)
      case 'role':
        return this.search.actors.filter((a): a is RoleActor => a.kind === 'role' && a !== actor)
    }
  }
}
