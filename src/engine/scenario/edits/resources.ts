// Edits of resources: create, change the ARN, delete, and set the resource-based policy and tags.
import type { PolicyBody, Resource, Scenario, Tags } from '../model'
import {
  checkTags,
  done,
  type EditResult,
  isRefusal,
  type Refusal,
  refuse,
  removeAt,
  replaceAt,
  say,
  withField,
} from './core'

/** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, where region and account may be empty (S3). */
const RESOURCE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso[\w-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$/

function checkArn(arn: string, field = 'arn'): Refusal | undefined {
  if (arn.trim().length === 0) return refuse(say('edit.refused.arn-required'), field)
  if (!RESOURCE_ARN.test(arn)) return refuse(say('edit.refused.arn-shape'), field)
  return undefined
}

/** Checks an explicit owner against the account the ARN names. */
function checkOwner(arn: string, account: string | undefined): Refusal | undefined {
  if (account === undefined) return undefined
  if (!/^\d{12}$/.test(account)) return refuse(say('edit.refused.account-id'), 'account')
  const inArn = RESOURCE_ARN.exec(arn)?.[4]
  if (inArn && inArn !== 'aws' && inArn !== account)
    return refuse(say('edit.refused.arn-account', { arnAccount: inArn, account }), 'account')
  return undefined
}

function findResource(scenario: Scenario, arn: string, field = 'resource') {
  const list = scenario.resources ?? []
  const index = list.findIndex((r) => r.arn === arn)
  if (index < 0) return refuse(say('edit.refused.no-resource', { arn }), field)
  return { item: list[index]!, index, list }
}

function updateResource(
  scenario: Scenario,
  arn: string,
  change: (r: Resource) => Resource | Refusal,
): { scenario: Scenario; before: Resource } | Refusal {
  const found = findResource(scenario, arn)
  if (isRefusal(found)) return found
  const after = change(found.item)
  if (isRefusal(after)) return after
  return { scenario: { ...scenario, resources: replaceAt(found.list, found.index, after) }, before: found.item }
}

/** The short name shown for a resource: its own name, else the part of the ARN after the service fields. */
export function resourceLabel(resource: Resource): string {
  return resource.name ?? RESOURCE_ARN.exec(resource.arn)?.[5] ?? resource.arn
}

/** Adds a resource (ARNs are case-sensitive and unique). */
export function createResource(
  scenario: Scenario,
  args: { arn: string; account?: string; name?: string; policy?: PolicyBody; tags?: Tags },
): EditResult {
  const list = scenario.resources ?? []
  const problem =
    checkArn(args.arn) ??
    (list.some((r) => r.arn === args.arn) ? refuse(say('edit.refused.arn-taken'), 'arn') : undefined) ??
    checkOwner(args.arn, args.account) ??
    (args.tags ? checkTags(args.tags, { iam: false }) : undefined)
  if (problem) return problem
  const resource: Resource = { arn: args.arn }
  if (args.account !== undefined) resource.account = args.account
  if (args.name) resource.name = args.name
  if (args.policy !== undefined) resource.policy = args.policy
  if (args.tags && Object.keys(args.tags).length > 0) resource.tags = args.tags
  return done(
    { ...scenario, resources: [...list, resource] },
    say('edit.done.create-resource', { name: resourceLabel(resource) }),
  )
}

/** Changes a resource's ARN; saved requests on it (or, for a bucket, on its objects) follow. */
export function renameResource(scenario: Scenario, args: { resource: string; arn: string }): EditResult {
  const found = findResource(scenario, args.resource)
  if (isRefusal(found)) return found
  const problem =
    checkArn(args.arn) ??
    (args.arn === found.item.arn ? refuse(say('edit.refused.same-arn'), 'arn') : undefined) ??
    (found.list.some((r) => r.arn === args.arn) ? refuse(say('edit.refused.arn-taken'), 'arn') : undefined) ??
    checkOwner(args.arn, found.item.account)
  if (problem) return problem
  const old = found.item.arn
  let next: Scenario = { ...scenario, resources: replaceAt(found.list, found.index, { ...found.item, arn: args.arn }) }
  const moved = (r: string) => (r === old ? args.arn : r.startsWith(`${old}/`) ? args.arn + r.slice(old.length) : r)
  if (next.requests?.some((r) => moved(r.resource) !== r.resource))
    next = {
      ...next,
      requests: next.requests.map((r) =>
        moved(r.resource) === r.resource ? r : { ...r, resource: moved(r.resource) },
      ),
    }
  return done(next, say('edit.done.resource-arn', { name: resourceLabel(found.item), arn: args.arn }))
}

/** Deletes a resource. */
export function deleteResource(scenario: Scenario, args: { resource: string }): EditResult {
  const found = findResource(scenario, args.resource)
  if (isRefusal(found)) return found
  return done(
    withField(scenario, 'resources', removeAt(found.list, found.index)),
    say('edit.done.delete-resource', { name: resourceLabel(found.item) }),
  )
}

/** Sets (or with `undefined` removes) a resource's policy: bucket, key, queue, topic, function, secret or table policy. */
export function setResourcePolicy(
  scenario: Scenario,
  args: { resource: string; policy: PolicyBody | undefined },
): EditResult {
  const r = updateResource(scenario, args.resource, (res) =>
    args.policy === undefined
      ? res.policy === undefined
        ? refuse(say('edit.refused.no-resource-policy', { name: resourceLabel(res) }), 'policy')
        : withField(res, 'policy', undefined)
      : { ...res, policy: args.policy },
  )
  if (isRefusal(r)) return r
  const name = resourceLabel(r.before)
  if (args.policy === undefined) return done(r.scenario, say('edit.done.remove-resource-policy', { name }))
  return done(r.scenario, say('edit.done.resource-policy', { name }), `resource-policy:${r.before.arn}`)
}

/** Sets a resource's tags (replacing them all). */
export function setResourceTags(scenario: Scenario, args: { resource: string; tags: Tags }): EditResult {
  const problem = checkTags(args.tags, { iam: false })
  if (problem) return problem
  const r = updateResource(scenario, args.resource, (res) => withField(res, 'tags', args.tags))
  return isRefusal(r) ? r : done(r.scenario, say('edit.done.resource-tags', { name: resourceLabel(r.before) }))
}
