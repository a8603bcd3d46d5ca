// Granting an identity every permission: what grant-self, grant-user and grant-role share.
import { identityEntity } from '../context'
import { ADMIN_POLICY_ARN, powerText } from '../power'
import { changed, withAdmin } from './changes'
import type { Actor } from './search'
import type { ActorContext, Step } from './technique'

/** Attaching a managed policy to a user, and putting an inline one. */
export const USER_ACTIONS = ['iam:AttachUserPolicy', 'iam:PutUserPolicy'] as const
/** Attaching a managed policy to a role, and putting an inline one. */
export const ROLE_ACTIONS = ['iam:AttachRolePolicy', 'iam:PutRolePolicy'] as const

/** What an attach would attach: AdministratorAccess (so `iam:PolicyARN` conditions are honoured). */
export const ATTACH_ADMIN = { 'iam:PolicyARN': ADMIN_POLICY_ARN }

/**
 * The step by which the actor grants `target` (itself, or a user or role it can act as) every permission, with the
 * first of `actions` (attach, put) it may take. The gain is measured on the scenario with that policy added, so
 * boundaries and SCPs still count; through another identity, only what that one could not already do counts (its
 * own path is listed apart).
 */
export function grant(ctx: ActorContext, target: Actor, actions: readonly [string, string]): Step | undefined {
  const [attachAction, putAction] = actions
  const self = target === ctx.actor
  const how = ctx.may(attachAction, target.arn, ATTACH_ADMIN)
    ? attachAction
    : ctx.may(putAction, target.arn)
      ? putAction
      : undefined
  if (!how) return undefined
  const kind = target.kind === 'user' ? 'users' : 'roles'
  const already = self ? 0 : ctx.gain(ctx.search.power(target))
  const after = ctx.search.powerIn(changed(ctx.scenario, kind, target.entity, withAdmin(target.entity)), target)
  const gained = ctx.gain(after) & ~already
  if (!gained) return undefined
  return {
    params: { action: how, target: target.entity.name, gained: powerText(gained) },
    ...(self ? {} : { target: identityEntity(ctx.scenario, target.kind, target.entity) }),
    gained,
  }
}
