// Who may assume which role, for `whoCan`: the trust index narrows each caller's candidate roles, a screen of the
// caller's own policies narrows those its account alone names, and only what is left is evaluated. What does not
// depend on the question (each principal's policies, its screen, the trust index, resolved resources and SCPs) is
// kept per scenario version, so the next question about the same account starts where the last one ended.
import type { Environment, Role } from '../scenario/model'
import { principalPolicies } from './resolve'
import { arnOfRole, awsEpoch, type ScenarioIndex } from './resolve-lookup'
import { prepareSimulation, runPrepared, simulationCache, type SimulationCache } from './simulate'
import type { ResolvedPrincipal } from './simulate-types'
import { AssumeScreen } from './who-can-screen'
import { candidates, trustTargets, type TrustTargets } from './who-can-trust'

/** A principal's screen: false for a role ARN its policies cannot allow assuming; `undefined`: none can. */
type Screen = ((roleArn: string) => boolean) | undefined

/** What the sweeps of one scenario version share (none of it depends on the question asked). */
interface Version {
  /** The bundled AWS managed policies it was built with (principals' policies name them). */
  epoch: unknown
  targets: TrustTargets
  screens: AssumeScreen
  /** Principal ARN → its screen. */
  screenOf: Map<string, Screen>
  /** The simulation cache's parts that depend on the version alone; the request context is built per sweep. */
  cache: Pick<SimulationCache, 'policies' | 'scps' | 'rcps' | 'resources'>
}

// Per index: one per scenario object (the worker keeps each version resident, and its index with it); a sweep with
// extra sessions has an index of its own, so it shares nothing with others.
const versions = new WeakMap<ScenarioIndex, Version>()

function versionOf(ix: ScenarioIndex): Version {
  const epoch = awsEpoch()
  let v = versions.get(ix)
  if (!v || v.epoch !== epoch) {
    const { policies, scps, rcps, resources } = simulationCache()
    v = {
      epoch,
      targets: trustTargets(ix.scenario.roles ?? []),
      screens: new AssumeScreen(),
      screenOf: new Map(),
      cache: { policies, scps, rcps, resources },
    }
    versions.set(ix, v)
  }
  return v
}

/**
 * A simulation cache for one sweep over `ix`: the version's shared parts, with a request context of its own (built
 * for the sweep's environment and clock, never reused by another sweep).
 */
export function sweepCache(ix: ScenarioIndex): SimulationCache {
  return { ...versionOf(ix).cache, contexts: new Map() }
}

/**
 * Decides `sts:AssumeRole` for principal → role pairs. A role's trust policy must be able to name the caller
 * ({@link candidates}); when it can only match the caller through its account, an identity-side allow is required,
 * so the pair is first put through the caller's {@link AssumeScreen} test. Only pairs that pass are evaluated.
 */
export class AssumeChecks {
  readonly #version: Version
  constructor(
    private ix: ScenarioIndex,
    private env: Environment | undefined,
    private cache: SimulationCache,
  ) {
    this.#version = versionOf(ix)
  }

  /** The roles other than `self` that `p` may assume, in the order {@link candidates} gives. */
  assumable(p: ResolvedPrincipal, self?: Role): Role[] {
    const out: Role[] = []
    const { named, viaAccount } = candidates(this.#version.targets, p)
    for (const role of named) if (role !== self && this.#canAssume(p, role)) out.push(role)
    // Through its account alone, a role needs an identity-side allow: most callers have none for any role.
    const screen = viaAccount.length ? this.#screen(p) : undefined
    if (screen) {
      for (const role of viaAccount) {
        if (role !== self && screen(arnOfRole(this.ix, role)) && this.#canAssume(p, role)) out.push(role)
      }
    }
    return out
  }

  #screen(p: ResolvedPrincipal): Screen {
    const { screenOf, screens } = this.#version
    if (screenOf.has(p.arn)) return screenOf.get(p.arn)
    let own = this.cache.policies.get(p.arn)
    if (!own) this.cache.policies.set(p.arn, (own = principalPolicies(this.ix, p)))
    const screen = screens.forPolicies(own.identity.map((x) => x.policy))
    screenOf.set(p.arn, screen)
    return screen
  }

  #canAssume(p: ResolvedPrincipal, role: Role): boolean {
    const request = { principal: p.arn, action: 'sts:AssumeRole', resource: arnOfRole(this.ix, role) }
    const env = this.env
    return (
      runPrepared(prepareSimulation(this.ix, env ? { ...request, environment: env } : request, p, this.cache, true))
        .decision === 'Allow'
    )
  }
}
