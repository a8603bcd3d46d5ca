// Resources that already run as a role (a Lambda function, an EC2 instance…): what the techniques that use one share.
//
// When the scenario lists resources of the kind in the actor's account, the step goes through one of them that runs
// as a more powerful role, and is certain. When it lists none (an imported account has no resource inventory), the
// step is possible: such a resource may exist, and what it could run as is some role of the account that the
// service may assume (and that is usable by it: EC2 needs an instance profile) and that can do more than the actor.
// The actor's requests are then asked on a resource of a made-up name, and on the resources its own policies name
// for those actions (their wildcards filled in), so a grant on `function:prod-*` is found as well as one on `*`.
import { parseArn } from '../../match/arn'
import { accountOf } from '../../scenario/arns'
import type { Resource, Scenario } from '../../scenario/model'
import { isOfKind, resourceAccount, runsAs, type RoleResourceKind } from '../../scenario/runs-as'
import { policyText, principalPolicies } from '../../account/resolve'
import { identityEntity } from '../context'
import { grantsAction, parsedPolicy } from '../policies'
import { powerText } from '../power'
import type { FindingEntity } from '../types'
import { trustsService, type ServiceRequest } from './pass-role'
import type { RoleActor } from './search'
import type { ActorContext, Step } from './technique'

/** How a technique runs code through an existing resource that runs as a role. */
export interface ResourceUse {
  /** The service principal that runs as the resource's role (its trust policy must let it in). */
  principal: string
  /** The kind of resource. */
  kind: RoleResourceKind
  /** The made-up resource of the kind in the account and region, asked about when the scenario lists none. */
  example: (account: string, region: string) => string
  /** The ways to run code through the resource `arn`: alternatives, each the requests it needs, tried in order. */
  ways: (arn: string, account: string, region: string) => ServiceRequest[][]
  /** What a role needs, besides trusting the service, for such a resource to run as it (EC2: an instance profile). */
  usable?: (role: RoleActor) => boolean
}

/** A resource of the kind and the role it runs as. */
interface Running {
  resource: Resource
  role: ReturnType<typeof runsAs>
}

const inventories = new WeakMap<Scenario, Map<string, Running[]>>()

/** The resources of a kind in an account, with their roles (worked out once per scenario, account and kind). */
function inventory(scenario: Scenario, account: string, kind: RoleResourceKind): Running[] {
  let byKind = inventories.get(scenario)
  if (!byKind) inventories.set(scenario, (byKind = new Map()))
  const key = `${account} ${kind.service} ${kind.prefix}`
  let list = byKind.get(key)
  if (!list) {
    list = (scenario.resources ?? [])
      .filter((r) => isOfKind(r.arn, kind) && resourceAccount(scenario, r) === account)
      .map((resource) => ({ resource, role: runsAs(scenario, resource) }))
    byKind.set(key, list)
  }
  return list
}

/** The first way whose every request the actor may make, asked once per actor and `key`. */
function firstWay(ctx: ActorContext, key: string, ways: () => ServiceRequest[][]): ServiceRequest[] | undefined {
  return ctx.once(`way ${key}`, () => ways().find((way) => way.every((r) => ctx.may(r.action, r.resource, r.context))))
}

/** The params of a step's detail line: the actions of the way it takes. */
function actionsOf(way: ServiceRequest[]): string {
  return [...new Set(way.map((r) => r.action))].join(' + ')
}

/**
 * ARNs of the kind that the actor's identity policies name in Allow statements for `actions`, wildcards filled in
 * (`*` and `?` in the region and resource as `x`, in the account as the actor's account); variables are skipped.
 */
function namedArns(ctx: ActorContext, kind: RoleResourceKind, actions: readonly string[]): string[] {
  const policies = ctx.once('identity policies', () =>
    principalPolicies(ctx.search.base.ix, ctx.search.principal(ctx.actor)).identity.map(({ policy }) =>
      parsedPolicy(policy.text ?? policyText(policy.document ?? {}), 'identity'),
    ),
  )
  const out = new Set<string>()
  for (const policy of policies) {
    for (const s of policy.statements) {
      if (s.effect !== 'Allow' || !actions.some((a) => grantsAction(s, a))) continue
      for (const { value } of s.resource ?? []) {
        if (value.includes('${')) continue
        const arn = parseArn(value)
        if (!arn || arn.service !== kind.service) continue
        const fill = (text: string) => text.replace(/[*?]/g, 'x')
        const account = /[*?]/.test(arn.account) || arn.account === '' ? ctx.account : arn.account
        const filled = `arn:${arn.partition}:${arn.service}:${fill(arn.region)}:${account}:${fill(arn.resource)}`
        if (isOfKind(filled, kind)) out.add(filled)
      }
    }
  }
  return [...out].slice(0, 8)
}

/** The name to show for a resource: its display name, else its ARN. */
function resourceName(resource: Resource): string {
  return resource.name ?? resource.arn
}

/**
 * The step by which the actor runs code through an existing resource of its account that runs as the more powerful
 * `role` (certain), or — when the scenario lists no resource of the kind in the account — might (possible).
 */
export function resourceStep(ctx: ActorContext, role: RoleActor, use: ResourceUse): Step | undefined {
  const { scenario, account, region } = ctx
  if (accountOf(scenario, role.entity) !== account) return undefined
  const known = inventory(scenario, account, use.kind)
  const through = known.filter((r) => r.role === role.entity)
  if (known.length && !through.length) return undefined
  if (!known.length && !(use.usable?.(role) ?? true)) return undefined
  const gained = ctx.gain(ctx.search.power(role))
  if (!gained || !trustsService(ctx, role, use.principal)) return undefined
  const params = { target: role.entity.name, gained: powerText(gained) }
  for (const { resource } of through) {
    const way = firstWay(ctx, resource.arn, () => use.ways(resource.arn, account, region))
    if (!way) continue
    const target: FindingEntity = { kind: 'resource', name: resource.arn, account }
    return { params: { ...params, actions: actionsOf(way), resource: resourceName(resource) }, target, gained }
  }
  if (known.length) return undefined
  const key = `unseen ${use.kind.service} ${use.kind.prefix}`
  const way = firstWay(ctx, key, () => {
    const actions = use.ways(use.example(account, region), account, region).flatMap((w) => w.map((r) => r.action))
    const arns = [use.example(account, region), ...namedArns(ctx, use.kind, actions)]
    return arns.flatMap((arn) => use.ways(arn, account, region))
  })
  if (!way) return undefined
  return {
    params: { ...params, actions: actionsOf(way) },
    target: identityEntity(scenario, 'role', role.entity),
    gained,
    possible: true,
  }
}
