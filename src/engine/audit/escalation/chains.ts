// Chains: an actor that can act as another user or role (assume it, or get its keys or console password) gains what
// that one can gain by its own steps. Built over each actor's own paths (./paths.ts), never re-simulating them: a
// breadth-first walk from the actor through the identities it can act as, each visited once (no cycles), at most
// MAX_HOPS deep, reporting for each identity reached that can escalate one chain: the shortest way there, then its
// step that gains the principal the most (its own finding lists the others). Only identities that can escalate, or
// could act as yet another one, are stepped into, so an account whose principals cannot act as one another costs
// nothing here.
import { accountOf } from '../../scenario/arns'
import { identityEntity } from '../context'
import { ALL_POWER, powerText } from '../power'
import { credentialsFor } from './act-as-user'
import { recorded, techniqueOf, type Path, type PathBook } from './paths'
import type { PathStep } from '../types'
import type { Actor } from './search'
import { weight } from './weight'

/** The most identities a chain passes through before its last step. */
export const MAX_HOPS = 4

/** The actions by which an actor gets another user's credentials. */
const CREDENTIAL_ACTIONS = ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile']

/** One identity of a chain, and the action by which the one before it acts as it. */
interface Hop {
  actor: Actor
  action: string
  /** The requests by which the one before acts as it. */
  steps: PathStep[]
}

const successors = new WeakMap<PathBook, Map<Actor, Hop[]>>()

/** Cheap, with no simulation: whether the actor could act as anyone at all. */
function mightActAsAnyone(book: PathBook, actor: Actor): boolean {
  const { search } = book
  return search.mightAssumeAny(actor) || CREDENTIAL_ACTIONS.some((a) => search.mentions(actor, a))
}

/** Whether a chain should step into the identity: it can escalate, or could act as yet another one. */
function worth(book: PathBook, actor: Actor): boolean {
  return book.escalates(actor) || mightActAsAnyone(book, actor)
}

/** The identities `from` can act as that are worth stepping into, in the search's order (once per audit). */
function hopsFrom(book: PathBook, from: Actor): Hop[] {
  let byActor = successors.get(book)
  if (!byActor) successors.set(book, (byActor = new Map()))
  let hops = byActor.get(from)
  if (hops) return hops
  hops = []
  if (mightActAsAnyone(book, from)) {
    const { search } = book
    const ctx = book.context(from)
    for (const to of search.actors) {
      if (to === from) continue
      if (to.kind === 'role') {
        if (!search.mightAssume(from, to) || !worth(book, to)) continue
        const { value: may, steps } = recorded(search, () => ctx.mayAssume(to))
        if (may) hops.push({ actor: to, action: 'sts:AssumeRole', steps })
      } else if (accountOf(search.scenario, to.entity) === ctx.account && worth(book, to)) {
        const { value: action, steps } = recorded(search, () => credentialsFor(ctx, to))
        if (action) hops.push({ actor: to, action, steps })
      }
    }
  }
  byActor.set(from, hops)
  return hops
}

/** The chain path: the hops, then the last one's own step, gaining what the origin cannot already do. */
function chainPath(book: PathBook, hops: readonly Hop[], end: Path, gained: number): Path {
  const { scenario } = book.search
  const last = hops.at(-1)!.actor
  const action = end.params.action ?? techniqueOf(end.key)?.actions.join(' + ') ?? end.key
  return {
    key: 'chain',
    assume: false,
    params: {
      via: hops.map((h) => `${h.actor.entity.name} (${h.action})`).join(' → '),
      action,
      target: end.params.target ?? last.entity.name,
      step: end.key,
      gained: powerText(gained),
    },
    target: end.target ?? identityEntity(scenario, last.kind, last.entity),
    via: hops.map((h) => identityEntity(scenario, h.actor.kind, h.actor.entity)),
    gained,
    steps: [...hops.flatMap((h) => h.steps), ...end.steps],
  }
}

/** The chains by which `origin` gains power through the users and roles it can act as. */
export function chainsOf(book: PathBook, origin: Actor): Path[] {
  if (!mightActAsAnyone(book, origin) || book.context(origin).own === ALL_POWER) return []
  const out: Path[] = []
  const seen = new Set<Actor>([origin])
  // A route, and what acting as its identities already gives the origin: acting as a user or role gives what that
  // one can do (reported as its own path), so a chain counts only what the last step adds beyond it.
  let frontier: { hops: Hop[]; had: number }[] = [{ hops: [], had: 0 }]
  for (let depth = 1; depth <= MAX_HOPS && frontier.length; depth++) {
    const next: typeof frontier = []
    for (const route of frontier) {
      for (const hop of hopsFrom(book, route.hops.at(-1)?.actor ?? origin)) {
        if (seen.has(hop.actor)) continue
        seen.add(hop.actor)
        const hops = [...route.hops, hop]
        const had = route.had | book.search.power(hop.actor)
        // Acting as one that can do everything is the whole way up already: nothing further to chain.
        if (had === ALL_POWER) continue
        next.push({ hops, had })
        let best: { end: Path; gained: number } | undefined
        // Assuming a more powerful role is for review when the whole route is role assumption (roles exist to be
        // assumed); after someone's keys or password it is a way up.
        const stolen = hops.some((h) => h.action !== 'sts:AssumeRole')
        for (const end of book.paths(hop.actor)) {
          if ((end.assume && !stolen) || end.possible) continue
          const gained = book.context(origin).gain(end.gained) & ~had
          if (gained && (!best || weight(gained) > weight(best.gained))) best = { end, gained }
        }
        if (best) out.push(chainPath(book, hops, best.end, best.gained))
      }
    }
    frontier = next
  }
  return out
}
