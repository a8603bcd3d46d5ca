// "What would allow it": a breadth-first search over changes of the request and the scenario, each suggested by the
// trace of the denial it is meant to lift, and each kept only when `simulate` then answers Allow.
import type { Scenario } from '../scenario/model'
import { simulate } from '../account/simulate'
import type { SimulationRequest, SimulationResult } from '../account/simulate-types'
import { nextSteps } from './candidates'
import { plainEnglish } from '../messages/plain'
import { remedyMessage } from '../messages/remedy'
import { joined } from '../messages/trace'
import type { RemedyAnswer, RemedyKind, RemedyProposal, RequestPatch } from './types'
import type { Edit, World } from './world'

/** Limits of {@link whatWouldAllow}'s search. */
export interface WhatWouldAllowOptions {
  /** The most changes one proposal may combine; default 3. */
  maxChanges?: number
  /** The most proposals returned; default 8. */
  maxProposals?: number
  /** The most simulations the search runs; default 300. */
  maxSimulations?: number
}

interface Node {
  world: World
  result: SimulationResult
  edits: Edit[]
  keys: string[]
  signature: string
}

/** What a denial is made of: a change that leaves it unchanged made no progress. */
function signature(result: SimulationResult): string {
  const t = result.trace
  return [result.decision, t.rule.code, t.rule.message, ...t.decisive.map((r) => `${r.policyId}/${r.index}`)].join('\n')
}

/** The answer with a change applied; undefined when the changed input is not one the engine takes (never expected). */
function attempt(world: World): SimulationResult | undefined {
  try {
    return simulate(world.scenario, world.request)
  } catch {
    return undefined
  }
}

const breadth = (n: Node) => n.edits.reduce((sum, e) => sum + e.change.breadth, 0)

/** Drops proposals that hold a smaller one (a change that was not needed) and ones that repeat another's groups. */
function minimal(found: Node[]): Node[] {
  const sets = found.map((n) => new Set(n.keys))
  const kept = found.filter((n, i) =>
    sets.every((other, j) => j === i || other.size >= sets[i]!.size || ![...other].every((k) => sets[i]!.has(k))),
  )
  const seen = new Set<string>()
  return kept.filter((n) => {
    const id = n.edits
      .map((e) => e.group)
      .sort()
      .join('\n')
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}

function proposalOf(node: Node, scenario: Scenario, request: SimulationRequest): RemedyProposal {
  const changes = node.edits.map((e) => e.change)
  const kinds = new Set<RemedyKind>(changes.map((c) => c.kind))
  const labelText = joined(changes.map((c) => c.text))!
  const proposal: RemedyProposal = {
    id: [...node.keys].sort().join(' + '),
    kind: kinds.size === 1 ? changes[0]!.kind : 'combined',
    changes,
    label: plainEnglish(labelText),
    labelText,
  }
  if (node.world.scenario !== scenario) proposal.scenario = node.world.scenario
  const patch: RequestPatch = {}
  if (node.world.request.environment !== request.environment) patch.environment = node.world.request.environment ?? {}
  if (node.world.request.context !== request.context) patch.context = node.world.request.context ?? {}
  if (patch.environment || patch.context) proposal.request = patch
  return proposal
}

function unreachable(first: SimulationResult, maxChanges: number): NonNullable<RemedyAnswer['unreachable']> {
  const why = (code: NonNullable<RemedyAnswer['unreachable']>['code'], params?: Record<string, string | number>) => {
    const text = remedyMessage(`remedy.unreachable.${code}`, params)
    return { code, text, message: plainEnglish(text) }
  }
  if (first.trace.rule.code === 'aws-owned-resource') return why('aws-owned-resource')
  if (first.trace.rule.code === 'root-cannot-assume-role') return why('root-cannot-assume-role')
  if (first.failure?.code === 'unknown-session') return why('session-not-issued', { arn: first.failure.session })
  const p = first.principal
  if (!p.known && p.kind !== 'service' && p.kind !== 'anonymous') return why('caller-outside-scenario', { arn: p.arn })
  return why('none-found', { max: maxChanges })
}

/**
 * For a denied request: the smallest changes that would allow it — a context value a condition needs, the Allow
 * statement that would need to exist, the SCP, boundary, session or trust policy that blocks, the Deny statement to
 * narrow — each verified by simulating the request again with the change applied. Proposals come smallest first
 * (fewest changes, then the narrowest); when no single change is enough, combinations are offered. The scenario and
 * the request are never changed: each proposal carries a new scenario and/or the request's new environment and
 * context. `result` is the request's answer when already known (it is recomputed otherwise). Throws what
 * `simulate` throws for a request that is not one (`EngineInputError`).
 */
export function whatWouldAllow(
  scenario: Scenario,
  request: SimulationRequest,
  result?: SimulationResult,
  options: WhatWouldAllowOptions = {},
): RemedyAnswer {
  const { maxChanges = 3, maxProposals = 8, maxSimulations = 300 } = options
  const first = result ?? simulate(scenario, request)
  if (first.decision === 'Allow') return { proposals: [] }
  const root: Node = { world: { scenario, request }, result: first, edits: [], keys: [], signature: signature(first) }
  const found: Node[] = []
  const tried = new Set<string>()
  let budget = maxSimulations
  let frontier = [root]
  while (frontier.length > 0 && found.length === 0 && budget > 0) {
    const next: Node[] = []
    for (const node of frontier) {
      for (const step of nextSteps(node.world, node.result)) {
        const keys = [...node.keys, ...step.map((e) => e.key)]
        const id = [...keys].sort().join('\n')
        if (keys.length > maxChanges || new Set(keys).size < keys.length || tried.has(id)) continue
        tried.add(id)
        if (budget <= 0) continue
        let world: World | undefined = node.world
        for (const edit of step) world = world && edit.apply(world)
        if (!world) continue
        budget--
        const answer = attempt(world)
        if (!answer) continue
        const child: Node = {
          world,
          result: answer,
          edits: [...node.edits, ...step],
          keys,
          signature: signature(answer),
        }
        if (answer.decision === 'Allow') found.push(child)
        else if (child.signature !== node.signature) next.push(child)
      }
    }
    frontier = next
  }
  const ordered = found
    .map((node, order) => ({ node, order }))
    .sort((a, b) => a.node.edits.length - b.node.edits.length || breadth(a.node) - breadth(b.node) || a.order - b.order)
    .map((x) => x.node)
  const proposals = minimal(ordered)
    .slice(0, maxProposals)
    .map((n) => proposalOf(n, scenario, request))
  return proposals.length ? { proposals } : { proposals, unreachable: unreachable(first, maxChanges) }
}
