// Resources that already run as a role (a Lambda function, an EC2 instance…): what the techniques that use one share.
//
// When the scenario lists resources of the kind in the actor's account, the step goes through one of them that runs
// as a more powerful role, and is certain. When it lists none (an imported account has no resource inventory), the
// step is possible: such a resource may exist, and what it could run as is some role of the account that the
// service may assume (and that is usable by it: EC2 needs an instance profile) and that can do more than the actor.
// The actor's requests are then asked on a resource of a made-up name, and on the resources its own policies name
// for those actions (their wildcards filled in), so a grant on `function:prod-*` is found as well as one on `*`.
// A possible step names one such role: one that may do everything when there is one, else the first that can do
// more (an account has many roles Lambda or EC2 may use: listing, or measuring, each would drown the finding).
import { parseArn } from '../../match/arn'
import { accountOf } from '../../scenario/arns'
import type { Resource, Scenario } from '../../scenario/model'
import { isOfKind, resourceAccount, runsAs, type RoleResourceKind } from '../../scenario/runs-as'
import { policyText, principalPolicies } from '../../account/resolve'
import { identityEntity } from '../context'
import { grantsAction, parsedPolicy } from '../policies'
import { hasEverything, powerText } from '../power'
import type { FindingEntity } from '../types'
import { trustsService, type ServiceRequest } from './pass-role'
import type { RoleActor, Search } from './search'
import type { ActorContext, Step } from './technique'

/** How a technique runs code through an existing resource that runs as a role. */
export interface ResourceUse {
  /** The technique's id: what the actor's answers about its ways are remembered by. */
  technique: string
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
  // Cheapest first: the resource and the way through it (asked once per actor), then the role's trust (once per
  // audit), then what the role would give.
  let resource: Resource | undefined
  let way: ServiceRequest[] | undefined
  if (known.length) {
    for (const r of known) {
      if (r.role !== role.entity) continue
      way = firstWay(ctx, `${use.technique} ${r.resource.arn}`, () => use.ways(r.resource.arn, account, region))
      if (way) {
        resource = r.resource
        break
      }
    }
  } else if (unseenRole(ctx, use) === role) {
    way = firstWay(ctx, `${use.technique} unseen`, () => {
      const example = use.example(account, region)
      const actions = use.ways(example, account, region).flatMap((w) => w.map((r) => r.action))
      return [example, ...namedArns(ctx, use.kind, actions)].flatMap((arn) => use.ways(arn, account, region))
    })
  }
  if (!way || !trustsService(ctx, role, use.principal)) return undefined
  const gained = ctx.gain(ctx.search.power(role))
  if (!gained) return undefined
  const params = { actions: actionsOf(way), target: role.entity.name, gained: powerText(gained) }
  if (resource) {
    const target: FindingEntity = { kind: 'resource', name: resource.arn, account }
    return { params: { ...params, resource: resourceName(resource) }, target, gained }
  }
  return { params, target: identityEntity(scenario, 'role', role.entity), gained, possible: true }
}

const everything = new WeakMap<Search, Map<string, boolean>>()

/** Whether the role may do every action (one simulation, once per audit and role). */
function doesEverything(ctx: ActorContext, role: RoleActor): boolean {
  let answers = everything.get(ctx.search)
  if (!answers) everything.set(ctx.search, (answers = new Map()))
  let hit = answers.get(role.arn)
  if (hit === undefined) answers.set(role.arn, (hit = ctx.search.base.allowsEverything(ctx.search.principal(role))))
  return hit
}

/**
 * The one role a possible step of the technique names, once per actor: of the roles of its account that the service
 * may use, the first that may do everything, else the first that can do more than the actor. Measuring one probe per
 * role, and the full power of few, keeps an imported account with hundreds of Lambda roles cheap.
 */
function unseenRole(ctx: ActorContext, use: ResourceUse): RoleActor | undefined {
  return ctx.once(`${use.technique} unseen role`, () => {
    const candidates = ctx
      .targets('role')
      .filter(
        (r) =>
          accountOf(ctx.scenario, r.entity) === ctx.account &&
          (use.usable?.(r) ?? true) &&
          trustsService(ctx, r, use.principal),
      )
    if (!candidates.length) return undefined
    if (!hasEverything(ctx.own)) {
      const top = candidates.find((r) => doesEverything(ctx, r))
      if (top) return top
    }
    return candidates.find((r) => ctx.gain(ctx.search.power(r)) !== 0)
  })
}
