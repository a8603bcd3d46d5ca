// Passing a role to a service that runs code as the role: what the pass-role techniques share.
import { policyText } from '../../account/resolve'
import { accountOf } from '../../scenario/arns'
import { identityEntity } from '../context'
import { powerText } from '../power'
import type { RoleActor, Search } from './search'
import type { ActorContext, Step } from './technique'

/** One request a technique makes of a service, as the simulator is asked it. */
export interface ServiceRequest {
  action: string
  resource: string
  /** Condition keys the request carries (`lambda:FunctionArn`…). */
  context?: Record<string, string>
}

/** A service that runs the principal's code (or instance) as a role passed to it. */
export interface PassRoleService {
  /** The service principal, for `iam:PassedToService` and the role's trust policy. */
  principal: string
  /**
   * The requests that make the service run code as the role, all of which the principal must be allowed, on the
   * resources they would create in the account and region (in the ARN formats of the Service Authorization
   * Reference; `*` where the action takes no resource).
   */
  requests: (account: string, region: string) => ServiceRequest[]
  /** What the role needs besides trusting the service (EC2: an instance profile). */
  usable?: (role: RoleActor) => boolean
}

/** The name the resources a technique would create get (made up: a policy that names its resources excludes it). */
export const PROBE_NAME = 'iam-playground-probe'

/** Whether the actor may make every request, asked once per actor and `key` (the requests do not depend on a role). */
export function mayAll(ctx: ActorContext, key: string, requests: () => ServiceRequest[]): boolean {
  return ctx.once(`requests ${key}`, () => requests().every((r) => ctx.may(r.action, r.resource, r.context)))
}

const trusted = new WeakMap<Search, Map<string, boolean>>()

/**
 * Whether the role's trust policy lets the service principal assume it: simulated once per audit, role and service,
 * and only when the policy's text names the service or has a wildcard (a trust policy that does neither cannot let
 * the service in, so most roles of a large account need no simulation).
 */
export function trustsService(ctx: ActorContext, role: RoleActor, principal: string): boolean {
  let answers = trusted.get(ctx.search)
  if (!answers) trusted.set(ctx.search, (answers = new Map()))
  const key = `${role.arn} ${principal}`
  let hit = answers.get(key)
  if (hit === undefined) {
    const text = policyText(role.entity.trustPolicy)
    hit = (text.includes(principal) || text.includes('*')) && ctx.search.trusts(role.entity, principal)
    answers.set(key, hit)
  }
  return hit
}

/** Cheap, with no simulation: the actor's policies mention `iam:PassRole` and every one of `actions`. */
export function mentionsAll(ctx: ActorContext, actions: readonly string[]): boolean {
  return actions.every((a) => ctx.mentions(a))
}

/**
 * The step by which the actor passes a more powerful role of its account to `service` and has the service run code
 * as it: `iam:PassRole` on the role with `iam:PassedToService` naming the service, a trust policy that lets the
 * service in, and every one of the service's requests.
 */
export function passRole(ctx: ActorContext, role: RoleActor, service: PassRoleService): Step | undefined {
  if (accountOf(ctx.scenario, role.entity) !== ctx.account || !ctx.mentions('iam:PassRole')) return undefined
  if (!(service.usable?.(role) ?? true)) return undefined
  const requests = service.requests(ctx.account, ctx.region)
  // The requests may name the role (`cloudformation:RoleArn`): remembered by what they ask, not by the service.
  const key = requests.map((r) => `${r.action} ${r.resource} ${JSON.stringify(r.context ?? {})}`).join(' | ')
  if (!mayAll(ctx, key, () => requests) || !trustsService(ctx, role, service.principal)) return undefined
  const gained = ctx.gain(ctx.search.power(role))
  if (!gained || !ctx.may('iam:PassRole', role.arn, { 'iam:PassedToService': service.principal })) return undefined
  return {
    params: { target: role.entity.name, gained: powerText(gained) },
    target: identityEntity(ctx.scenario, 'role', role.entity),
    gained,
  }
}
