// The requests an escalation path is made of (`FindingDetail.steps`): the search records every request the
// simulator allowed, in the order asked, and a path keeps the ones its technique asked while finding it.
import { policyArn } from '../../scenario/arns'
import { findGroup, findRole, findUser } from '../../scenario/lookup'
import type { Scenario } from '../../scenario/model'
import { identityEntity } from '../context'
import type { FindingEntity, PathStep } from '../types'

const IAM_ARN = /^arn:[\w-]+:iam::\d{12}:(user|group|role|policy)\/(?:.*\/)?([^/]+)$/

/**
 * The entity an ARN names: a user, group, role or customer managed policy of the scenario, else the resource by its
 * ARN (a made-up resource a step would create, an AWS managed policy).
 */
export function reached(scenario: Scenario, arn: string): FindingEntity {
  const m = IAM_ARN.exec(arn)
  if (m) {
    const [, kind, name] = m as unknown as [string, string, string]
    const found =
      kind === 'user'
        ? findUser(scenario, arn)
        : kind === 'group'
          ? findGroup(scenario, arn)
          : kind === 'role'
            ? findRole(scenario, arn)
            : (scenario.policies ?? []).find((p) => p.name === name && policyArn(scenario, p) === arn)
    if (found) return identityEntity(scenario, kind as 'user' | 'group' | 'role' | 'policy', found)
  }
  return { kind: 'resource', name: arn }
}

/**
 * Where a request goes in a path as a person reads it: passing a role first (it comes with the request that creates
 * what runs as the role), a service assuming the role last (it happens when the code runs); the rest as asked.
 */
function phase(step: PathStep): number {
  if (step.action === 'iam:PassRole') return 0
  return step.principal.startsWith('arn:') ? 1 : 2
}

/**
 * The requests of a path: each once (the first time it was asked), every one with the entity it reaches, in the
 * order of {@link phase}.
 */
export function pathSteps(scenario: Scenario, log: readonly PathStep[]): PathStep[] {
  const seen = new Set<string>()
  const out: PathStep[] = []
  for (const step of log) {
    const key = JSON.stringify([step.principal, step.action, step.resource, step.context ?? {}])
    if (seen.has(key)) continue
    seen.add(key)
    out.push(step.to ? step : { ...step, to: reached(scenario, step.resource) })
  }
  return out.sort((a, b) => phase(a) - phase(b))
}
