// One actor's own ways up (a technique's step each), found once per audit however many chains pass through it.
import { ALL_POWER } from '../power'
import type { FindingEntity, PathStep } from '../types'
import { pathSteps } from './path-steps'
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
  /** The requests the path is made of, in order (`FindingDetail.steps`). */
  steps: PathStep[]
}

/**
 * What `ask()` returns, with the requests the simulator allowed while it ran (the search's log, see
 * {@link Search.log}); the log is left as it was found.
 */
export function recorded<T>(search: Search, ask: () => T): { value: T; steps: PathStep[] } {
  const from = search.log.length
  try {
    const value = ask()
    return { value, steps: pathSteps(search.scenario, search.log.slice(from)) }
  } finally {
    search.log.length = from
  }
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

/**
 * The requests of a step that are the path's: a technique that weighs several roles (a possible step names the one
 * that gives the most) asked whether a service may assume each; only the role the step goes through is the path's.
 */
function ownSteps(steps: PathStep[], step: Step): PathStep[] {
  const target = step.target
  if (target?.kind !== 'role') return steps
  return steps.filter(
    (s) =>
      s.principal.startsWith('arn:') ||
      s.to?.kind !== 'role' ||
      (s.to.name === target.name && s.to.account === target.account),
  )
}

/** The ways `ctx.actor` can gain power, given its current power; with `first`, only the first way up (not to review). */
function pathsOf(ctx: ActorContext, first = false): Path[] {
  const runs = RUNS.map((run) => run.filter((t) => ctx.tries(t))).filter((run) => run.length > 0)
  if (!runs.length || ctx.own === ALL_POWER) return []
  const paths: Path[] = []
  for (const run of runs) {
    for (const target of ctx.targets(run[0]!.target)) {
      const reached = new Set<string>()
      for (const technique of run) {
        if (technique.unless?.some((id) => reached.has(id))) continue
        const { value: step, steps } = recorded(ctx.search, () => technique.find(ctx, target))
        if (!step) continue
        reached.add(technique.id)
        const key = step.possible ? `${technique.id}.possible` : technique.id
        paths.push({ ...step, key, assume: technique.review === true, steps: ownSteps(steps, step) })
        if (first && !technique.review && !step.possible) return paths
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

  /** The actor's first own way up, or none: what a fix is verified with (cheaper than every path). */
  firstWayUp(actor: Actor): Path | undefined {
    return (this.#paths.get(actor) ?? pathsOf(this.context(actor), true)).find((p) => !p.assume && !p.possible)
  }

  /** The actor can escalate on its own (not merely assume a more powerful role). */
  escalates(actor: Actor): boolean {
    return this.paths(actor).some((p) => !p.assume && !p.possible)
  }
}
