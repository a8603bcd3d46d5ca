// What selecting a graph node opens in the playground: the entity in the explorer and, for a policy kept inside an
// entity (inline, resource or organization policy), that policy in the editor.
import type { GraphNode, Scenario } from '../../engine/index'
import { entityRef } from '../account/entities'
import type { Selection } from '../state/app.svelte'
import type { PolicyTarget } from '../state/policy-target'

/** The selection (and the policy to open) for a node; undefined for nodes with nothing of the scenario to open. */
export function nodeTarget(
  scenario: Scenario,
  node: GraphNode,
): { selection: Selection; policy?: PolicyTarget } | undefined {
  const e = node.entity
  if (!e || node.external) return undefined
  const selection: Selection = e.account !== undefined ? { kind: e.kind, name: e.name, account: e.account } : e
  if (node.kind === 'inline-policy' && node.inlinePolicy !== undefined) {
    if (e.kind !== 'user' && e.kind !== 'group' && e.kind !== 'role') return { selection }
    const identity = entityRef(scenario, e.kind, {
      name: e.name,
      ...(e.account !== undefined && { account: e.account }),
    })
    return { selection, policy: { slot: 'inline', owner: e.kind, identity, name: node.inlinePolicy } }
  }
  if (node.kind === 'resource-policy') return { selection, policy: { slot: 'resource', arn: e.name } }
  if (e.kind === 'org-policy') return { selection, policy: { slot: 'org', name: e.name } }
  return { selection }
}
