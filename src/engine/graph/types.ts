// The inheritance graph's data: what kinds of node and edge it has and what each carries (plain, cloneable data).

/** The kinds of node, in legend order. */
export const NODE_KINDS = [
  'user',
  'group',
  'role',
  'customer-policy',
  'aws-policy',
  'inline-policy',
  'account',
  'ou',
  'scp',
  'rcp',
  'resource',
  'resource-policy',
  'service',
  'external',
] as const

/** What a node stands for. `ou` is the organization root or an OU; `external` is a principal outside the scenario. */
export type NodeKind = (typeof NODE_KINDS)[number]

/** The kinds of edge, in legend order. Every edge points from the one governed to what governs or reaches it. */
export const EDGE_KINDS = [
  'member-of',
  'attached',
  'inline',
  'boundary',
  'can-assume',
  'trusts',
  'runs-as',
  'in-account',
  'part-of',
  'scp',
  'rcp',
  'resource-policy',
  'grants',
  'denies',
] as const

/**
 * What an edge says:
 * - `member-of`: user → group.
 * - `attached`: user, group or role → managed policy attached to it.
 * - `inline`: user, group or role → its inline policy.
 * - `boundary`: user or role → the managed policy used as its permissions boundary.
 * - `can-assume`: user or role → role, when simulating `sts:AssumeRole` allows it (see `buildGraph`).
 * - `trusts`: principal named in a role's trust policy → the role, when no `can-assume` edge joins them.
 * - `runs-as`: resource → role (a Lambda function's execution role, an EC2 instance's instance profile).
 * - `in-account`: the focused user or role → its account (only `focusGraph` draws it).
 * - `part-of`: account → its OU or root; OU → its parent.
 * - `scp` / `rcp`: root, OU or account → an SCP / RCP attached there.
 * - `resource-policy`: resource → its resource-based policy.
 * - `grants` / `denies`: resource policy → a principal an `Allow` / `Deny` statement's `Principal` names.
 */
export type EdgeKind = (typeof EDGE_KINDS)[number]

/** The scenario entity a node stands for, as the account explorer selects it. */
export interface GraphEntity {
  kind: 'user' | 'group' | 'role' | 'policy' | 'resource' | 'org-policy'
  /** The entity's name (the ARN for resources). */
  name: string
  /** Users, groups, roles and managed policies: the owning account (`aws` for a copy of an AWS managed policy). */
  account?: string
}

/** One node of the graph. */
export interface GraphNode {
  /** Unique and stable: `user:ACCOUNT/NAME`, `policy:ARN`, `resource:ARN`, ... */
  id: string
  kind: NodeKind
  /** A short name for the picture (user name, policy name, account alias). */
  label: string
  /** The full description: an ARN, a service principal, the OU's ID. */
  detail: string
  /** The account it belongs to, when it has one. */
  account?: string
  /** What selecting it opens. An inline policy opens its owner; a resource policy its resource. */
  entity?: GraphEntity
  /** Inline policies: the policy's name within its owner. */
  inlinePolicy?: string
  /** Named by the scenario but not defined in it (an unknown group or policy, an outside account or principal). */
  external?: boolean
  /** The organization's management account (SCPs do not limit its principals). */
  management?: boolean
  /** Set by `focusGraph`: node IDs from the focused principal to this node, both ends included. */
  path?: string[]
}

/** One edge of the graph. */
export interface GraphEdge {
  /** `KIND:FROM->TO`. */
  id: string
  kind: EdgeKind
  from: string
  to: string
  /** The policy statement behind it has conditions, so it holds only when they do. */
  conditional?: boolean
}

/** The whole graph. */
export interface Graph {
  nodes: GraphNode[]
  edges: GraphEdge[]
}
