// The scenarios an engine holds between calls (the worker keeps the account resident): each version is sent once,
// whole or as changes from a version already held, and later calls name it by its version. The same scenario object
// comes back for every call about that version, so everything the engine caches per object (the scenario's index,
// policy texts, compiled policies, resource lists) is built once per version.
import type { Scenario } from '../scenario/model'
import { applyScenarioChanges, type ScenarioChanges } from './changes'

/** How many versions an engine holds (the current one, the one before an edit, the one a workspace opened as, …). */
export const RESIDENT_CAPACITY = 4

/**
 * A scenario as a call passes it: its version, plus the scenario itself (`scenario`) or the changes from a version the
 * engine holds (`patch`) when the engine may not hold this version yet.
 */
export interface ScenarioRef {
  /** Tells a reference from a scenario. */
  ref: 'scenario'
  /** The version: a number the caller gives each scenario object it passes, never reused for another. */
  version: number
  /** The whole scenario. */
  scenario?: Scenario
  /** The changes from the held version `base` (see `scenarioChanges`). */
  patch?: { base: number; changes: ScenarioChanges }
}

/** True for a {@link ScenarioRef}. */
export function isScenarioRef(value: unknown): value is ScenarioRef {
  return typeof value === 'object' && value !== null && (value as { ref?: unknown }).ref === 'scenario'
}

/** Thrown when a reference names a version (or patches a base) the engine does not hold: send the scenario whole. */
export class ResidentMissingError extends Error {
  override name = 'ResidentMissingError'
}

/** The name a {@link ResidentMissingError} keeps across a worker boundary (which passes only name and message). */
export const RESIDENT_MISSING = 'ResidentMissingError'

/**
 * Versions in least-recently-used order, at most `capacity`: what an engine holds, and (kept in step by making the
 * same uses in the same order) what its caller knows it holds.
 */
export class ResidentVersions {
  readonly #held = new Map<number, Scenario>()
  readonly #capacity: number

  /** Holds at most `capacity` versions. */
  constructor(capacity = RESIDENT_CAPACITY) {
    this.#capacity = Math.max(1, capacity)
  }

  /** The held scenario of `version`, without counting as a use. */
  peek(version: number): Scenario | undefined {
    return this.#held.get(version)
  }

  /** The held scenario of `version`, now the most recently used. */
  use(version: number): Scenario | undefined {
    const scenario = this.#held.get(version)
    if (scenario) this.put(version, scenario)
    return scenario
  }

  /** Holds `scenario` as `version`, the most recently used; the least recently used beyond capacity is dropped. */
  put(version: number, scenario: Scenario): void {
    this.#held.delete(version)
    this.#held.set(version, scenario)
    for (const old of this.#held.keys()) {
      if (this.#held.size <= this.#capacity) break
      this.#held.delete(old)
    }
  }

  /** The held versions, most recently used first. */
  versions(): number[] {
    return [...this.#held.keys()].reverse()
  }

  /** Forgets everything. */
  clear(): void {
    this.#held.clear()
  }
}

/** The scenarios an engine holds, and the resolution of the references calls pass. */
export class ResidentScenarios {
  readonly #versions: ResidentVersions

  /** Holds at most `capacity` versions. */
  constructor(capacity = RESIDENT_CAPACITY) {
    this.#versions = new ResidentVersions(capacity)
  }

  /**
   * The scenario `ref` names, now held: the held version itself when there is one (whatever else `ref` carries), else
   * the scenario it carries, else its patch applied to the held base.
   * @throws {ResidentMissingError} when none of these is possible (and then holds nothing more, as the caller will).
   */
  resolve(ref: ScenarioRef): Scenario {
    const held = this.#versions.use(ref.version)
    if (held) return held
    let scenario = ref.scenario
    if (!scenario && ref.patch) {
      const base = this.#versions.peek(ref.patch.base)
      if (base) scenario = applyScenarioChanges(base, ref.patch.changes)
    }
    if (!scenario) {
      // The caller's idea of what is held is wrong (it forgets everything on this error): start both over empty.
      this.#versions.clear()
      throw new ResidentMissingError(`scenario version ${ref.version} is not held`)
    }
    this.#versions.put(ref.version, scenario)
    return scenario
  }

  /** `args` with every {@link ScenarioRef} replaced by its scenario (resolved in order). */
  resolveArgs(args: readonly unknown[]): unknown[] {
    return args.map((a) => (isScenarioRef(a) ? this.resolve(a) : a))
  }

  /** The held versions, most recently used first. */
  versions(): number[] {
    return this.#versions.versions()
  }
}
