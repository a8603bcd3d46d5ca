// Which policy document a scenario change touched, and which lines of it changed: after "What would allow it"
// applies a proposal, the editor opens that document with those lines marked.
import type { RemedyKind, Scenario, Span } from '../../engine/index'
import { entityRef } from '../account/entities'
import { readTarget, type PolicyTarget } from '../state/policy-target'

/** A document the change touched, and the span (whole lines) of its new text that differs. */
export interface ChangedPolicy {
  target: PolicyTarget
  span: Span
  /** The document did not exist before the change. */
  created: boolean
}

/** Every policy document of the scenario the editor can open, in the explorer's order. */
export function policyTargets(scenario: Scenario): PolicyTarget[] {
  const out: PolicyTarget[] = []
  const owners = [
    ['user', scenario.users],
    ['group', scenario.groups],
    ['role', scenario.roles],
  ] as const
  for (const [owner, entities] of owners) {
    for (const entity of entities ?? []) {
      const identity = entityRef(scenario, owner, entity)
      for (const p of entity.inlinePolicies ?? []) out.push({ slot: 'inline', owner, identity, name: p.name })
    }
  }
  for (const p of scenario.policies ?? []) out.push({ slot: 'managed', policy: entityRef(scenario, 'policy', p) })
  for (const role of scenario.roles ?? []) out.push({ slot: 'trust', role: entityRef(scenario, 'role', role) })
  for (const r of scenario.resources ?? []) if (r.policy !== undefined) out.push({ slot: 'resource', arn: r.arn })
  for (const p of scenario.organization?.policies ?? []) out.push({ slot: 'org', name: p.name })
  return out
}

/** The slots where a change of each kind lands, to prefer the document the proposal is about. */
const SLOTS: Partial<Record<RemedyKind, PolicyTarget['slot'][]>> = {
  'add-statement': ['inline', 'managed', 'resource'],
  boundary: ['managed'],
  scp: ['org'],
  rcp: ['org'],
  trust: ['trust'],
  deny: ['inline', 'managed', 'resource', 'org', 'trust'],
}

/**
 * The span of whole lines of `after` that differ from `before`: between the lines both texts begin with and the
 * lines both end with. A pure deletion marks the line the removed lines stood before.
 */
export function changedLines(before: string, after: string): Span {
  const a = before.split('\n')
  const b = after.split('\n')
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const first = Math.min(head, b.length - 1)
  const last = Math.max(first, b.length - 1 - tail)
  const offset = (line: number) => b.slice(0, line).reduce((n, l) => n + l.length + 1, 0)
  return { from: offset(first), to: offset(last) + b[last]!.length }
}

/**
 * The policy document `after` changed compared with `before` — the first of the slots the change `kinds` name, else
 * the first changed one — with its changed lines; undefined when no document's text changed (a tag, a removed
 * boundary, a detached policy).
 */
export function changedPolicy(
  before: Scenario,
  after: Scenario,
  kinds: readonly RemedyKind[] = [],
): ChangedPolicy | undefined {
  const changed: ChangedPolicy[] = []
  for (const target of policyTargets(after)) {
    const next = readTarget(after, target)
    if (next === undefined || next === '') continue
    const previous = readTarget(before, target)
    if (previous === next) continue
    changed.push({
      target,
      span: changedLines(previous ?? '', next),
      created: previous === undefined || previous === '',
    })
  }
  const preferred = kinds.flatMap((k) => SLOTS[k] ?? [])
  return changed.find((c) => preferred.includes(c.target.slot)) ?? changed[0]
}
