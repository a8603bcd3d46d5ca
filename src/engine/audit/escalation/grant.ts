// Granting an identity permissions: what grant-self, grant-user, grant-role and grant-group share.
import { identityEntity } from '../context'
import { powerText } from '../power'
import { ways, type Way } from './attachable'
import { changed, withAdmin, withAttached } from './changes'
import type { Actor } from './search'
import type { ActorContext, Step } from './technique'

/** Attaching a managed policy to a user, and putting an inline one. */
export const USER_ACTIONS = ['iam:AttachUserPolicy', 'iam:PutUserPolicy'] as const
/** Attaching a managed policy to a role, and putting an inline one. */
export const ROLE_ACTIONS = ['iam:AttachRolePolicy', 'iam:PutRolePolicy'] as const
/** Attaching a managed policy to a group, and putting an inline one. */
export const GROUP_ACTIONS = ['iam:AttachGroupPolicy', 'iam:PutGroupPolicy'] as const

/** The entity as it would be after the grant: with the attached policy, or an inline one that allows everything. */
export function granted<T extends Parameters<typeof withAdmin>[0]>(entity: T, way: Way): T {
  return way.policy ? withAttached(entity, way.policy) : withAdmin(entity)
}

/** The detail line's params of a grant: the action, and the policy attached when it is not AdministratorAccess. */
export function grantParams(way: Way, target: string, gained: number): Record<string, string> {
  const policy = way.policy && !way.policy.endsWith(':policy/AdministratorAccess') ? way.policy : undefined
  return {
    action: way.action,
    target,
    gained: powerText(gained),
    ...(policy ? { policy: policy.slice(policy.lastIndexOf('/') + 1) } : {}),
  }
}

/**
 * The step by which the actor grants `target` (itself, or a user or role it can act as) permissions, the first of
 * {@link ways} that gains anything. The gain is measured on the scenario with that policy added, so boundaries and
 * SCPs still count; through another identity, only what that one could not already do counts (its own path is
 * listed apart).
 */
export function grant(ctx: ActorContext, target: Actor, actions: readonly [string, string]): Step | undefined {
  const self = target === ctx.actor
  const kind = target.kind === 'user' ? 'users' : 'roles'
  for (const way of ways(ctx, target.arn, actions)) {
    const already = self ? 0 : ctx.gain(ctx.search.power(target))
    const after = ctx.search.powerIn(changed(ctx.scenario, kind, target.entity, granted(target.entity, way)), target)
    const gained = ctx.gain(after) & ~already
    if (!gained) continue
    return {
      params: grantParams(way, target.entity.name, gained),
      ...(self ? {} : { target: identityEntity(ctx.scenario, target.kind, target.entity) }),
      gained,
    }
  }
  return undefined
}
