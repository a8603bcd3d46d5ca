// Passing scenarios to the engine without copying them each time: the engine (the worker, or the page's fallback)
// keeps the versions it was sent, and this side remembers which, so a call sends a scenario whole only the first
// time, what changed when the engine holds an earlier version, and otherwise just the version's number.
// The app never changes a scenario in place (edits copy, see scenario/edits), so a scenario object is a version, and
// what changed is found by identity. Scenarios must reach here as the objects the app holds (`$state.raw`), never as
// `$state.snapshot` copies, which are new objects every time.
import {
  RESIDENT_MISSING,
  ResidentVersions,
  SCENARIO_FORMAT,
  scenarioChanges,
  type Scenario,
  type ScenarioRef,
} from '../../engine/index'

const versions = new WeakMap<Scenario, number>()
let lastVersion = 0

/** The version of a scenario object: the same object always has the same version, and no other object has it. */
export function versionOf(scenario: Scenario): number {
  let version = versions.get(scenario)
  if (version === undefined) versions.set(scenario, (version = ++lastVersion))
  return version
}

/** True for a scenario as the app passes it to the engine. */
function isScenario(value: unknown): value is Scenario {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === SCENARIO_FORMAT
}

/** How many of `next`'s object fields (lists, the organization, …) are `base`'s own objects. */
function shared(base: Scenario, next: Scenario): number {
  const b = base as unknown as Record<string, unknown>
  let count = 0
  for (const [key, value] of Object.entries(next)) if (typeof value === 'object' && value === b[key]) count++
  return count
}

/**
 * What one engine holds, as its caller knows it: the versions sent, used in the same order as the engine resolves
 * them (calls arrive in the order they are made), so both drop the same least recently used version.
 */
export class ResidentClient {
  readonly #held = new ResidentVersions()

  /**
   * `args` with each scenario replaced by a reference: the version alone when the engine holds it; else the changes
   * from the held version that shares most with it; else (or always, with `whole`) the scenario itself.
   */
  refs(args: readonly unknown[], options: { whole?: boolean } = {}): unknown[] {
    return args.map((arg) => (isScenario(arg) ? this.#ref(arg, options.whole === true) : arg))
  }

  #ref(scenario: Scenario, whole: boolean): ScenarioRef {
    const version = versionOf(scenario)
    if (!whole && this.#held.use(version)) return { ref: 'scenario', version }
    let base: { version: number; scenario: Scenario; shares: number } | undefined
    if (!whole) {
      for (const held of this.#held.versions()) {
        const candidate = this.#held.peek(held)!
        const shares = shared(candidate, scenario)
        if (shares > (base?.shares ?? 0)) base = { version: held, scenario: candidate, shares }
      }
    }
    this.#held.put(version, scenario)
    if (!base) return { ref: 'scenario', version, scenario }
    return {
      ref: 'scenario',
      version,
      patch: { base: base.version, changes: scenarioChanges(base.scenario, scenario) },
    }
  }

  /**
   * Calls `call` with `args` as references. When the engine does not hold what this side thought it held, both
   * start over: the call is made once more with every scenario whole.
   */
  async call<T>(args: readonly unknown[], call: (args: unknown[]) => Promise<T>): Promise<T> {
    try {
      return await call(this.refs(args))
    } catch (error) {
      if (!(error instanceof Error) || error.name !== RESIDENT_MISSING) throw error
      this.forget()
      return call(this.refs(args, { whole: true }))
    }
  }

  /** Forgets what the engine holds (it said it holds less than this side knew). */
  forget(): void {
    this.#held.clear()
  }

  /** The versions this side knows the engine holds, most recently used first. */
  held(): number[] {
    return this.#held.versions()
  }
}
