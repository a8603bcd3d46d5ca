// An escalation path on the graph: each step an edge from its caller's node to the node of what it acts on, and the
// part of the graph shown with it (everything that reaches each principal of the path, as the focus shows one).
// Pure: the worker builds the picture with it; the view reads the placed result.
import {
  focusGraph,
  type FindingEntity,
  type Graph,
  type GraphNode,
  type NodeKind,
  type PathStep,
} from '../../engine/index'
import { arnEntity } from '../findings/arn'

/** One step drawn: from the caller's node to the node it acts on, labelled with its action. */
export interface PathEdge {
  /** `step:N` (N from 1). */
  id: string
  /** 1-based position in the path. */
  step: number
  action: string
  from: string
  to: string
}

/** The height of a step's label in the picture (pixels: 11px type with padding). */
export const STEP_LABEL_HEIGHT = 18

/** A step's label in the picture: its number and action (`1. iam:CreateAccessKey`). */
export function stepLabel(step: PathEdge): string {
  return `${step.step}. ${step.action}`
}

/** The width of a step's label: 11px monospace type (6.6px a character), with padding. */
export function stepLabelWidth(step: PathEdge): number {
  return Math.ceil([...stepLabel(step)].length * 6.6) + 14
}

/** A path resolved against a graph. */
export interface PathModel {
  /** The node of the first step's caller: the principal that escalates. */
  actor?: string
  edges: PathEdge[]
  /** The steps (1-based) not drawn: their caller or target is not a node of the graph. */
  missing: number[]
}

/** The kinds of node an ARN can stand for, by the entity kind it names. */
const NODE_OF_ENTITY: Record<FindingEntity['kind'], NodeKind[]> = {
  user: ['user'],
  group: ['group'],
  role: ['role'],
  policy: ['customer-policy', 'aws-policy'],
  resource: ['resource'],
  account: ['account'],
  root: [],
  'org-policy': ['scp', 'rcp'],
}

/** Finds the nodes of ARNs and finding entities in one graph. */
class Nodes {
  readonly #byDetail = new Map<string, string>()
  readonly #byEntity = new Map<string, string>()
  readonly #home: string | undefined

  constructor(graph: Graph) {
    this.#home = graph.nodes.find((n) => n.kind === 'account')?.account
    for (const n of graph.nodes) {
      if (n.kind === 'inline-policy' || n.kind === 'resource-policy') continue
      this.#byDetail.set(n.detail, n.id)
      const entity =
        n.entity?.kind === 'policy' && n.kind === 'aws-policy' ? { ...n.entity, account: undefined } : n.entity
      if (entity) this.#byEntity.set(this.#key(n.kind, entity.name, entity.account), n.id)
    }
  }

  #key(kind: NodeKind, name: string, account: string | undefined) {
    return `${kind}\n${account ?? ''}\n${name}`
  }

  /** The node of an entity a finding names. */
  entity(entity: FindingEntity): string | undefined {
    if (entity.kind === 'resource') return this.#byDetail.get(entity.name)
    for (const kind of NODE_OF_ENTITY[entity.kind]) {
      const account = kind === 'aws-policy' ? undefined : (entity.account ?? this.#home)
      const id = this.#byEntity.get(this.#key(kind, entity.name, account))
      if (id) return id
    }
    return undefined
  }

  /** The node of an ARN: the entity with that ARN, else the user, group, role or policy it names. */
  arn(arn: string): string | undefined {
    const id = this.#byDetail.get(arn)
    if (id) return id
    const entity = arnEntity(arn)
    return entity ? this.entity(entity) : undefined
  }
}

/** The steps of a path as edges of `graph`: from each caller to what the step acts on (its `to`, else its resource). */
export function pathModel(graph: Graph, steps: readonly PathStep[]): PathModel {
  const nodes = new Nodes(graph)
  const edges: PathEdge[] = []
  const missing: number[] = []
  steps.forEach((s, i) => {
    const from = nodes.arn(s.principal)
    const to = (s.to && nodes.entity(s.to)) ?? nodes.arn(s.resource)
    if (from && to) edges.push({ id: `step:${i + 1}`, step: i + 1, action: s.action, from, to })
    else missing.push(i + 1)
  })
  const actor = steps[0] && nodes.arn(steps[0].principal)
  return { ...(actor && { actor }), edges, missing }
}

/**
 * The part of `graph` shown with a path: for each user and role of the path, everything that reaches it (as the
 * focus on it shows; the actor's first, so its nodes read their paths from it), and every other node of the path.
 * The path's nodes stay whatever kinds are `hidden`.
 */
export function pathGraph(graph: Graph, model: PathModel, hidden: readonly NodeKind[] = []): Graph {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const ends = [...new Set([model.actor, ...model.edges.flatMap((e) => [e.from, e.to])])].filter(
    (id): id is string => id !== undefined,
  )
  const kept = new Map<string, GraphNode>()
  const edges = new Map<string, Graph['edges'][number]>()
  for (const id of ends) {
    const node = byId.get(id)
    if (!node) continue
    const focused = node.kind === 'user' || node.kind === 'role' ? focusGraph(graph, id) : undefined
    for (const n of focused?.nodes ?? [node]) if (!kept.has(n.id)) kept.set(n.id, n)
    for (const e of focused?.edges ?? []) edges.set(e.id, e)
  }
  for (const e of graph.edges) if (kept.has(e.from) && kept.has(e.to)) edges.set(e.id, e)
  const stays = new Set(ends)
  const gone = new Set([...kept.values()].filter((n) => hidden.includes(n.kind) && !stays.has(n.id)).map((n) => n.id))
  return {
    nodes: [...kept.values()].filter((n) => !gone.has(n.id)),
    edges: [...edges.values()].filter((e) => !gone.has(e.from) && !gone.has(e.to)),
  }
}
