// Checks of where permissions are attached, after AWS Config's `iam-user-no-policies-check` (users get permissions
// from groups or roles) and `iam-no-inline-policy-check` (no inline policies, service-linked roles excepted).
import { isServiceLinked } from '../scenario/arns'
import { type AuditContext, detail, identityEntity, makeFinding } from './context'
import type { Finding, FindingDetail } from './types'
import { USER_ATTACHED_POLICIES, INLINE_POLICIES } from './checks'

/** `user-attached-policies`: a user with managed or inline policies of its own. */
export function userAttachedPolicies(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  const out: Finding[] = []
  for (const user of scenario.users ?? []) {
    const details: FindingDetail[] = [
      ...(user.managedPolicies ?? []).map((policy) => detail('managedPolicy', { policy })),
      ...(user.inlinePolicies ?? []).map((p) => detail('inlinePolicy', { policy: p.name })),
    ]
    if (details.length === 0) continue
    out.push(
      makeFinding(
        USER_ATTACHED_POLICIES,
        {
          params: { user: user.name, count: details.length },
        },
        [identityEntity(scenario, 'user', user)],
        { details },
      ),
    )
  }
  return out
}

/** `inline-policies`: a user, group or role (not service-linked) with inline policies. */
export function inlinePolicies(ctx: AuditContext): Finding[] {
  const { scenario } = ctx
  const out: Finding[] = []
  const kinds = [
    ['user', scenario.users],
    ['group', scenario.groups],
    ['role', (scenario.roles ?? []).filter((r) => !isServiceLinked(r))],
  ] as const
  for (const [kind, list] of kinds) {
    for (const entity of list ?? []) {
      const names = (entity.inlinePolicies ?? []).map((p) => p.name)
      if (names.length === 0) continue
      out.push(
        makeFinding(
          INLINE_POLICIES,
          {
            params: { name: entity.name, count: names.length },
            variant: kind,
          },
          [identityEntity(scenario, kind, entity)],
          { details: names.map((policy) => detail('inlinePolicy', { policy })) },
        ),
      )
    }
  }
  return out
}
