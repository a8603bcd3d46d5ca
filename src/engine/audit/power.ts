// What a principal can do, measured by simulation, to tell whether one principal is "more powerful" than another.
//
// Power is the set of probe requests the simulator allows: a made-up action no policy names except through a
// wildcard (so only `*`-style grants allow it: "every action"), the IAM writes that hand out permissions, and a
// few sensitive data and compute actions. The probes name made-up resources in the principal's own account, so
// only identity policies, boundaries and SCPs decide — resource policies of the scenario take no part.
// T is more powerful than P when T is allowed a probe P is not.
import type { PolicyDocument } from '../evaluate/input'
import type { Scenario } from '../scenario/model'
import { indexScenario, type ScenarioIndex } from '../account/resolve-lookup'
import {
  prepareSimulation,
  runPrepared,
  simulationCache,
  type PreparedSimulation,
  type SimulationCache,
} from '../account/simulate'
import type { ResolvedPrincipal, SimulationResult } from '../account/simulate-types'
import { principalPolicies, resolvePrincipal } from '../account/resolve'
import { principalTags } from '../account/request-context'

/** The ARN of AdministratorAccess: what an escalation would attach (for `iam:PolicyARN` conditions). */
export const ADMIN_POLICY_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess'

/** The policy an escalation would grant itself: every action on every resource. */
export const ADMIN_DOCUMENT: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
}

const PROBE = 'iam-playground-probe'

/** One probe request: an action on a made-up resource of the account (`A`) in the region (`R`). */
interface Probe {
  action: string
  resource: (account: string, region: string) => string
  context?: Record<string, string>
}

const PROBES: Probe[] = [
  { action: `${PROBE}:AnyAction`, resource: () => '*' },
  { action: 'iam:CreateUser', resource: (a) => `arn:aws:iam::${a}:user/${PROBE}` },
  { action: 'iam:CreateAccessKey', resource: (a) => `arn:aws:iam::${a}:user/${PROBE}` },
  {
    action: 'iam:AttachUserPolicy',
    resource: (a) => `arn:aws:iam::${a}:user/${PROBE}`,
    context: { 'iam:PolicyARN': ADMIN_POLICY_ARN },
  },
  { action: 'iam:PutRolePolicy', resource: (a) => `arn:aws:iam::${a}:role/${PROBE}` },
  {
    action: 'iam:AttachRolePolicy',
    resource: (a) => `arn:aws:iam::${a}:role/${PROBE}`,
    context: { 'iam:PolicyARN': ADMIN_POLICY_ARN },
  },
  { action: 'iam:UpdateAssumeRolePolicy', resource: (a) => `arn:aws:iam::${a}:role/${PROBE}` },
  { action: 'iam:CreatePolicyVersion', resource: (a) => `arn:aws:iam::${a}:policy/${PROBE}` },
  { action: 'iam:PassRole', resource: (a) => `arn:aws:iam::${a}:role/${PROBE}` },
  { action: 's3:GetObject', resource: () => `arn:aws:s3:::${PROBE}/object` },
  { action: 's3:PutObject', resource: () => `arn:aws:s3:::${PROBE}/object` },
  { action: 'secretsmanager:GetSecretValue', resource: (a, r) => `arn:aws:secretsmanager:${r}:${a}:secret:${PROBE}` },
  { action: 'ec2:RunInstances', resource: (a, r) => `arn:aws:ec2:${r}:${a}:instance/*` },
  { action: 'lambda:CreateFunction', resource: (a, r) => `arn:aws:lambda:${r}:${a}:function:${PROBE}` },
]

/** Policy text that reads who the caller is, so two principals with the same policies may still differ. */
const PERSONAL = /aws:username|aws:userid|aws:principalarn|\$\{/i

/** Every probe allowed. */
export const ALL_POWER = (1 << PROBES.length) - 1
const EVERYTHING = 1

/** True when the power includes "every action". */
export function hasEverything(power: number): boolean {
  return (power & EVERYTHING) !== 0
}

/** The probes of `power` as text: `*` when it includes every action, else the actions. */
export function powerText(power: number): string {
  if (hasEverything(power)) return '*'
  return PROBES.filter((_, i) => power & (1 << i))
    .map((p) => p.action)
    .join(', ')
}

/** Thrown when the audit's simulation budget runs out. */
export class OutOfBudget extends Error {
  override name = 'OutOfBudget'
}

/** The simulations left to the audit; shared by every {@link Simulator} of one audit. */
export interface Budget {
  left: number
}

/** Simulations against one scenario, sharing resolution, counted against the budget. */
export class Simulator {
  readonly ix: ScenarioIndex
  readonly #cache: SimulationCache = simulationCache()
  readonly #power = new Map<string, number>()
  readonly #texts = new Map<string, number>()
  readonly #byArn = new Map<string, number>()
  readonly #region: string

  constructor(
    readonly scenario: Scenario,
    private budget: Budget,
  ) {
    this.ix = indexScenario(scenario)
    this.#region = scenario.environment?.region ?? 'us-east-1'
  }

  /** The principal of an ARN in this scenario. */
  principal(arn: string): ResolvedPrincipal {
    return resolvePrincipal(this.ix, arn)
  }

  /** Whether the simulator allows `p` the action on the resource, with the scenario's environment. */
  allows(p: ResolvedPrincipal, action: string, resource: string, context?: Record<string, string | string[]>): boolean {
    return this.run(p, action, resource, context).result.decision === 'Allow'
  }

  /**
   * {@link allows}, with the whole answer (its trace is built when read) and the policies that took part; with
   * `sources`, the answer says where each policy came from.
   */
  run(
    p: ResolvedPrincipal,
    action: string,
    resource: string,
    context?: Record<string, string | string[]>,
    sources = false,
  ): { result: SimulationResult; prepared: PreparedSimulation } {
    if (this.budget.left <= 0) throw new OutOfBudget()
    this.budget.left--
    const request = { principal: p.arn, action, resource, ...(context && { context }) }
    const prepared = prepareSimulation(this.ix, request, p, this.#cache, !sources)
    return { result: runPrepared(prepared), prepared }
  }

  /**
   * What decides a principal's power: its account, kind, policies (by text), tags and — when a policy reads who
   * the caller is (`aws:username`, `aws:userid`, `aws:PrincipalArn`, or any `${…}` variable) — its ARN. Principals
   * with the same signature (users of the same groups, say) have the same power, measured once.
   */
  #signature(p: ResolvedPrincipal): string {
    const own = principalPolicies(this.ix, p)
    const texts = [...own.identity, ...(own.boundary ? [own.boundary] : []), ...own.session].map(
      ({ policy }) => policy.text ?? '',
    )
    const personal = texts.some((t) => PERSONAL.test(t))
    const ids = texts.map((t) => {
      let id = this.#texts.get(t)
      if (id === undefined) this.#texts.set(t, (id = this.#texts.size))
      return id
    })
    const parts = [p.account ?? '', p.kind, ids.join(','), own.boundary ? 'b' : '', JSON.stringify(principalTags(p))]
    return personal ? `${parts.join('|')}|${p.arn}` : parts.join('|')
  }

  /** Whether `p` may do every action: the first probe alone (one simulation, where {@link power} asks them all). */
  allowsEverything(p: ResolvedPrincipal): boolean {
    const probe = PROBES[0]!
    return this.allows(p, probe.action, probe.resource(p.account ?? this.ix.defaultAccount, this.#region))
  }

  /** The probes `p` is allowed, as a bit set (memoized by what decides it: see {@link Simulator.#signature}). */
  power(p: ResolvedPrincipal): number {
    const mine = this.#byArn.get(p.arn)
    if (mine !== undefined) return mine
    const key = this.#signature(p)
    const known = this.#power.get(key)
    if (known !== undefined) {
      this.#byArn.set(p.arn, known)
      return known
    }
    const account = p.account ?? this.ix.defaultAccount
    let power = 0
    PROBES.forEach((probe, i) => {
      if (this.allows(p, probe.action, probe.resource(account, this.#region), probe.context)) power |= 1 << i
    })
    this.#power.set(key, power)
    this.#byArn.set(p.arn, power)
    return power
  }
}
