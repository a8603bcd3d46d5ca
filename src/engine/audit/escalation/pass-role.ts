// Passing a role to a service that runs code as the role: what the pass-role techniques share.
import { accountOf } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import type { RoleActor } from './search'
import type { ActorContext, Step } from './technique'

/** A service that runs the principal's code (or instance) as a role passed to it. */
export interface PassRoleService {
  /** The service principal, for `iam:PassedToService` and the role's trust policy. */
  principal: string
  /** The action that makes the service run code as the role. */
  action: string
  /** The resource that action would create, in the account and region. */
  resource: (account: string, region: string) => string
  /** What the role needs besides trusting the service (EC2: an instance profile). */
  usable?: (role: RoleActor) => boolean
}

/**
 * The step by which the actor passes a more powerful role of its account to `service` and has the service run code
 * as it: `iam:PassRole` on the role to that service, a trust policy that lets the service in, and the service's
 * action.
 */
export function passRole(ctx: ActorContext, role: RoleActor, service: PassRoleService): Step | undefined {
  if (accountOf(ctx.scenario, role.entity) !== ctx.account || !ctx.mentions('iam:PassRole')) return undefined
  const gained = ctx.gain(ctx.search.power(role))
  if (!gained) return undefined
  const ok =
    (service.usable?.(role) ?? true) &&
    ctx.may('iam:PassRole', role.arn, { 'iam:PassedToService': service.principal }) &&
    ctx.search.trusts(role.entity, service.principal) &&
    ctx.may(service.action, service.resource(ctx.account, ctx.region))
  if (!ok) return undefined
  return {
    params: { target: role.entity.name, gained: powerText(gained) },
    target: identityEntity(ctx.scenario, 'role', role.entity),
    gained,
  }
}
