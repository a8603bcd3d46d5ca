// The scenario as it would be after an escalation step: what the search measures the gained power on.
import type { Group, ManagedPolicy, Role, Scenario, User } from '../../scenario/model'
import type { PolicyDocument } from '../../evaluate/input'
import { accountOf } from '../../scenario/arns'
import { ADMIN_DOCUMENT } from '../power'

const ESCALATION_INLINE = 'iam-playground-escalation'

/** The entity with an inline policy that allows everything. */
export function withAdmin<T extends User | Group | Role>(entity: T): T {
  return {
    ...entity,
    inlinePolicies: [...(entity.inlinePolicies ?? []), { name: ESCALATION_INLINE, document: ADMIN_DOCUMENT }],
  }
}

function replaced<T>(list: T[] | undefined, item: T, by: T): T[] | undefined {
  return list?.map((x) => (x === item ? by : x))
}

/** The scenario with one user, group or role changed. */
export function changed(scenario: Scenario, kind: 'users' | 'groups' | 'roles', item: object, by: object): Scenario {
  return { ...scenario, [kind]: replaced(scenario[kind] as object[] | undefined, item, by) }
}

/** The scenario with a new default version of `policy` that allows everything. */
export function rewritten(scenario: Scenario, policy: ManagedPolicy): Scenario {
  const versions = [
    ...policy.versions.map((v) => ({ ...v, isDefault: false })),
    { id: 'v-escalation', document: ADMIN_DOCUMENT, isDefault: true },
  ]
  return { ...scenario, policies: replaced(scenario.policies, policy, { ...policy, versions }) }
}

/** The scenario with version `id` of `policy` as its default. */
export function withDefault(scenario: Scenario, policy: ManagedPolicy, id: string): Scenario {
  const versions = policy.versions.map((v) => ({ ...v, isDefault: v.id === id }))
  return { ...scenario, policies: replaced(scenario.policies, policy, { ...policy, versions }) }
}

/**
 * The scenario with the trust policy of every role of `account` replaced by one that lets `principal` (an ARN)
 * assume it. Whether the principal may assume one role depends on that role's trust policy alone, so one such
 * scenario answers for each role as if only that one had been rewritten.
 */
export function trusting(scenario: Scenario, account: string, principal: string): Scenario {
  const trustPolicy: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole' }],
  }
  const roles = scenario.roles?.map((r) => (accountOf(scenario, r) === account ? { ...r, trustPolicy } : r))
  return { ...scenario, roles }
}

/** The entity with a managed policy attached (by ARN). */
export function withAttached<T extends User | Group | Role>(entity: T, arn: string): T {
  return { ...entity, managedPolicies: [...(entity.managedPolicies ?? []), arn] }
}
