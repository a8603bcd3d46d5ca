// The next changes to try for a denied request: read from its trace — the Deny statements that applied, or the
// policy type whose missing allow decided (with the Allow statements there that failed only on a condition).
import type { SimulationResult } from '../account/simulate-types'
import { RULES } from '../evaluate/rules'
import type { PolicyType, StatementRef, StatementTrace } from '../trace/types'
import { allowContextSteps, denyContextEdits } from './context-edits'
import { identityAllowEdits, resourceAllowEdits } from './allow-edits'
import { boundaryAllowEdits, boundaryRemoval, renewSessionEdits, scpAllowEdits, sessionAllowEdits } from './limit-edits'
import { denyStatementEdits } from './deny-edits'
import { principalIdentity } from './scenario-edits'
import type { Edit, World } from './world'

/** The statement of the trace a reference points at. */
function statementAt(result: SimulationResult, ref: StatementRef): StatementTrace | undefined {
  for (const type of result.trace.policyTypes) {
    for (const policy of type.policies) {
      if (policy.id === ref.policyId) return policy.statements.find((s) => s.ref.index === ref.index)
    }
  }
  return undefined
}

/** Change sets that satisfy the conditions of Allow statements of one policy type (one level for SCPs). */
function conditionSteps(world: World, result: SimulationResult, type: PolicyType, level?: number): Edit[][] {
  const out: Edit[][] = []
  for (const group of result.trace.policyTypes) {
    if (group.type !== type || (level !== undefined && group.level !== level)) continue
    for (const policy of group.policies) {
      if (policy.invalid) continue
      for (const statement of policy.statements) {
        if (statement.outcome !== 'match') out.push(...allowContextSteps(world, result, statement))
      }
    }
  }
  return out
}

const single = (edits: Edit[]): Edit[][] => edits.map((e) => [e])

/** The SCP level that found no allow. */
function scpLevel(result: SimulationResult): number | undefined {
  return result.trace.policyTypes.find((t) => t.type === 'scp' && t.verdict === 'ImplicitDeny')?.level
}

/**
 * Change sets to try next for `result` (the answer in `world`), each meant to remove the reason it was denied. They
 * are not yet verified: applied, the request may still be denied for another reason (the search then goes on).
 */
export function nextSteps(world: World, result: SimulationResult): Edit[][] {
  if (result.decision === 'Allow') return []
  if (result.expired) return single(renewSessionEdits(world, result))
  switch (RULES[result.trace.rule.code].remedy) {
    case 'explicit': {
      const out: Edit[][] = []
      for (const ref of result.trace.decisive) {
        const statement = statementAt(result, ref)
        if (statement) out.push(...single(denyContextEdits(world, result, statement)))
        out.push(...single(denyStatementEdits(world, result, ref)))
      }
      return out
    }
    case 'scp': {
      const level = scpLevel(result)
      if (level === undefined) return []
      return [...conditionSteps(world, result, 'scp', level), ...single(scpAllowEdits(world, result, level))]
    }
    case 'boundary':
      return [
        ...conditionSteps(world, result, 'boundary'),
        ...single(boundaryAllowEdits(world, result)),
        ...single(boundaryRemoval(world, result)),
      ]
    case 'session':
      return [...conditionSteps(world, result, 'session'), ...single(sessionAllowEdits(world, result))]
    case 'identity': {
      const steps = [
        ...conditionSteps(world, result, 'identity'),
        ...conditionSteps(world, result, 'resource'),
        ...single(identityAllowEdits(world, result)),
      ]
      // Only when the caller's own policies cannot change: a resource policy that names it.
      if (!principalIdentity(world.scenario, result.principal)) steps.push(...single(resourceAllowEdits(world, result)))
      return steps
    }
    case 'identity-only':
      return [...conditionSteps(world, result, 'identity'), ...single(identityAllowEdits(world, result))]
    case 'resource':
      return [...conditionSteps(world, result, 'resource'), ...single(resourceAllowEdits(world, result))]
    case 'session-renewal':
      return single(renewSessionEdits(world, result))
    case 'none':
      return []
  }
}
