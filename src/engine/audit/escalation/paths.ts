// One actor's own ways up (a technique's step each), found once per audit however many chains pass through it.
import { ALL_POWER } from '../power'
import type { FindingEntity } from '../types'
import type { Actor, Search } from './search'
import { ActorContext, type Step, type Technique } from './technique'
import { ESCALATION_TECHNIQUES } from './techniques'

/** One way up, found for an actor: a technique's step, or a chain of them (`key` `chain`). */
export interface Path extends Step {
  /** The technique's id (its detail line), or `chain`. */
  key: string
  /** Reported for review (`assume-more-powerful-role`), not as an escalation. */
  assume: boolean
  /** A chain's users and roles before its last step, in order (listed on the finding besides its target). */
  via?: FindingEntity[]
}

/** The techniques in runs of adjacent ones on the same kind of target (tried target by target). */
const RUNS: readonly (readonly Technique[])[] = ESCALATION_TECHNIQUES.reduce<Technique[][]>((runs, t) => {
  const last = runs.at(-1)
  if (last && last[0]!.target === t.target) last.push(t as Technique)
  else runs.push([t as Technique])
  return runs
}, [])

/** The technique of an id. */
export function techniqueOf(id: string): Technique | undefined {
  return ESCALATION_TECHNIQUES.find((t) => t.id === id) as Technique | undefined
}

/** The ways `ctx.actor` can gain power, given its current power. */
function pathsOf(ctx: ActorContext): Path[] {
  const runs = RUNS.map((run) => run.filter((t) => ctx.tries(t))).filter((run) => run.length > 0)
  if (!runs.length || ctx.own === ALL_POWER) return []
  const paths: Path[] = []
  for (const run of runs) {
    for (const target of ctx.targets(run[0]!.target)) {
      const reached = new Set<string>()
      for (const technique of run) {
        if (technique.unless?.some((id) => reached.has(id))) continue
        const step = technique.find(ctx, target)
        if (!step) continue
        reached.add(technique.id)
        paths.push({ key: technique.id, assume: technique.review === true, ...step })
      }
    }
  }
  return paths
}

/** Each actor's context and own paths, found when first asked and kept for the audit. */
export class PathBook {
  readonly #contexts = new Map<Actor, ActorContext>()
  readonly #paths = new Map<Actor, Path[]>()

  constructor(readonly search: Search) {}

  /** The actor's context: what it may do, simulated once however many chains ask. */
  context(actor: Actor): ActorContext {
    let ctx = this.#contexts.get(actor)
    if (!ctx) this.#contexts.set(actor, (ctx = new ActorContext(this.search, actor)))
    return ctx
  }

  /** The actor's own ways up (no chains). */
  paths(actor: Actor): Path[] {
    let paths = this.#paths.get(actor)
    if (!paths) this.#paths.set(actor, (paths = pathsOf(this.context(actor))))
    return paths
  }

  /** The actor can escalate on its own (not merely assume a more powerful role). */
  escalates(actor: Actor): boolean {
    return this.paths(actor).some((p) => !p.assume)
  }
}
