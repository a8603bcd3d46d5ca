// The smallest fix of a privilege-escalation finding: cut the first request of its first path where it is allowed.
//
// The statements that allow that request are read from the simulator's trace (`decisive`); AWS managed policies
// cannot be changed and are skipped. The candidates, smallest first: take the action out of each allowing statement
// that names it; add a Deny of the action on the request's resource to an allowing policy, or to the principal's
// customer managed boundary, or set a new boundary that allows everything but that (when it has none); the same
// Denies on every resource (the action may reach other targets alike). A candidate is offered only when the
// escalation check, run again for the principal on the fixed scenario, finds no way up any more (the finding is
// gone); none is offered when no candidate does that.
import { policyArn } from '../../scenario/arns'
import type { InlinePolicy, PolicyBody, Scenario } from '../../scenario/model'
import { findManagedPolicy } from '../../scenario/lookup'
import type { PolicySource } from '../../account/simulate-types'
import { identityEntity } from '../context'
import type { FindingEntity, FixAction, FixPolicy, PathStep } from '../types'
import type { Actor, Search } from './search'

/** Whether the fixed scenario no longer lets the principal escalate. */
export type Verify = (fixed: Scenario) => boolean

/** The statements of a policy body, as JSON (none when it cannot be read). */
function statementsOf(body: PolicyBody | undefined): Record<string, unknown>[] {
  try {
    const doc = (typeof body === 'string' ? JSON.parse(body) : body) as { Statement?: unknown } | undefined
    const raw = doc?.Statement
    return (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) as Record<string, unknown>[]
  } catch {
    return []
  }
}

/** The statement's `Action` names `action` itself (any case), not through a wildcard. */
function names(statement: Record<string, unknown> | undefined, action: string): boolean {
  const raw = statement?.Action
  const list = Array.isArray(raw) ? raw : [raw]
  return list.some((a) => typeof a === 'string' && a.toLowerCase() === action.toLowerCase())
}

/** The policy a source names, when the scenario can change it, with its body. */
function editable(
  scenario: Scenario,
  account: string,
  source: PolicySource | undefined,
): { ref: FixPolicy; body: PolicyBody | undefined } | undefined {
  const entity = source?.entity
  if (!source || !entity) return undefined
  if (source.kind === 'inline' || source.kind === 'group-inline') {
    if (entity.kind !== 'user' && entity.kind !== 'group' && entity.kind !== 'role') return undefined
    const list: InlinePolicy[] =
      (entity.kind === 'user' ? scenario.users : entity.kind === 'group' ? scenario.groups : scenario.roles)?.find(
        (e) => e.name === entity.name && (e.account ?? scenario.accounts[0]?.id) === account,
      )?.inlinePolicies ?? []
    const body = list.find((p) => p.name === source.policyName)?.document
    return { ref: { entity: { kind: entity.kind, name: entity.name, account }, inline: source.policyName }, body }
  }
  if ((source.kind === 'managed' || source.kind === 'group-managed') && source.arn) {
    const policy = (scenario.policies ?? []).find((p) => policyArn(scenario, p) === source.arn)
    if (!policy || policy.account === 'aws') return undefined
    const body = policy.versions.find((v) => v.isDefault === true)?.document
    return { ref: { entity: identityEntity(scenario, 'policy', policy) }, body }
  }
  return undefined
}

/** The statement's `Action` names `action` and nothing else. */
function onlyNames(statement: Record<string, unknown> | undefined, action: string): boolean {
  const raw = statement?.Action
  return (!Array.isArray(raw) || raw.length === 1) && names(statement, action)
}

/** A name for a new boundary policy of the account that no policy has yet. */
function freshName(scenario: Scenario, account: string, base: string): string {
  const taken = new Set(
    (scenario.policies ?? []).filter((p) => (p.account ?? scenario.accounts[0]?.id) === account).map((p) => p.name),
  )
  let name = base
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`
  return name
}

/** The candidate fixes of the step, smallest first (see the head of this file). */
function candidates(search: Search, actor: Actor, step: PathStep): FixAction[] {
  const { scenario } = search
  const account = identityEntity(scenario, actor.kind, actor.entity).account ?? ''
  const { action, resource } = step
  const { result } = search.base.run(search.principal(actor), action, resource, step.context, true)
  if (result.decision !== 'Allow') return []
  const removals: FixAction[] = []
  /** The policies a Deny can go in: the allowing ones the scenario can change, then the boundary. */
  const denyIn: FixPolicy[] = []
  for (const ref of result.trace.decisive) {
    if (ref.type !== 'identity') continue
    const found = editable(scenario, account, result.sources[ref.policyId])
    if (!found) continue
    const statements = statementsOf(found.body)
    // A customer managed policy keeps at least one statement (an inline one left with none is deleted).
    const keeps = found.ref.inline !== undefined || statements.length > 1 || !onlyNames(statements[ref.index], action)
    if (names(statements[ref.index], action) && keeps) {
      const policy = found.ref.inline ?? found.ref.entity.name
      removals.push({
        kind: 'remove-action',
        policy: found.ref,
        statement: ref.index,
        action,
        params: { action, policy },
      })
    }
    if (!denyIn.some((p) => JSON.stringify(p) === JSON.stringify(found.ref))) denyIn.push(found.ref)
  }
  const entity: FindingEntity = identityEntity(scenario, actor.kind, actor.entity)
  const boundary = actor.entity.permissionsBoundary
  const bounded = boundary === undefined ? undefined : findManagedPolicy(scenario, boundary, account)
  const boundaryPolicy =
    bounded?.source === 'customer'
      ? (scenario.policies ?? []).find((p) => policyArn(scenario, p) === bounded.arn)
      : undefined
  if (boundaryPolicy) denyIn.push({ entity: identityEntity(scenario, 'policy', boundaryPolicy) })
  const fresh = boundary === undefined ? freshName(scenario, account, `${actor.entity.name}-boundary`) : undefined
  const denials = (on: string): FixAction[] => [
    ...denyIn.map((ref): FixAction => ({
      kind: 'deny-action',
      policy: ref,
      action,
      resource: on,
      params: { action, resource: on, policy: ref.inline ?? ref.entity.name },
    })),
    ...(fresh
      ? [
          {
            kind: 'set-boundary',
            entity,
            policy: fresh,
            action,
            resource: on,
            params: { name: entity.name, policy: fresh, action },
          } satisfies FixAction,
        ]
      : []),
  ]
  // Narrowest first: on the step's resource, then on every resource (the action may reach other targets alike).
  return [...removals, ...denials(resource), ...(resource === '*' ? [] : denials('*'))]
}

/**
 * The smallest fix that removes the actor's privilege-escalation finding: the first candidate for the first request
 * the actor sends on its first path (see the head of this file) that `verify` accepts on the scenario it makes.
 */
export function escalationFix(
  search: Search,
  actor: Actor,
  steps: readonly PathStep[] | undefined,
  apply: (scenario: Scenario, fix: FixAction) => Scenario,
  verify: Verify,
): FixAction | undefined {
  const step = steps?.find((s) => s.principal === actor.arn)
  if (!step) return undefined
  for (const fix of candidates(search, actor, step)) {
    const fixed = apply(search.scenario, fix)
    if (fixed !== search.scenario && verify(fixed)) return fix
  }
  return undefined
}
