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
import { techniqueOf, type Path, type PathBook } from './paths'
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
        if (search.mightAssume(from, to) && worth(book, to) && ctx.mayAssume(to))
          hops.push({ actor: to, action: 'sts:AssumeRole' })
      } else if (accountOf(search.scenario, to.entity) === ctx.account && worth(book, to)) {
        const action = credentialsFor(ctx, to)
        if (action) hops.push({ actor: to, action })
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
  }
}

/** The chains by which `origin` gains power through the users and roles it can act as. */
export function chainsOf(book: PathBook, origin: Actor): Path[] {
  if (!mightActAsAnyone(book, origin) || book.context(origin).own === ALL_POWER) return []
  const out: Path[] = []
  const seen = new Set<Actor>([origin])
  let frontier: Hop[][] = [[]]
  for (let depth = 1; depth <= MAX_HOPS && frontier.length; depth++) {
    const next: Hop[][] = []
    for (const route of frontier) {
      for (const hop of hopsFrom(book, route.at(-1)?.actor ?? origin)) {
        if (seen.has(hop.actor)) continue
        seen.add(hop.actor)
        const hops = [...route, hop]
        next.push(hops)
        let best: { end: Path; gained: number } | undefined
        for (const end of book.paths(hop.actor)) {
          if (end.assume) continue
          const gained = book.context(origin).gain(end.gained)
          if (gained && (!best || weight(gained) > weight(best.gained))) best = { end, gained }
        }
        if (best) out.push(chainPath(book, hops, best.end, best.gained))
      }
    }
    frontier = next
  }
  return out
}
