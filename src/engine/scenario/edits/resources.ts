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
  withField,
} from './core'

/** `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`, where region and account may be empty (S3). */
const RESOURCE_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso[\w-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:(.+)$/

function checkArn(arn: string, field = 'arn'): Refusal | undefined {
  if (arn.trim().length === 0) return refuse('A resource ARN is required', field)
  if (!RESOURCE_ARN.test(arn))
    return refuse(
      'A resource ARN looks like arn:aws:SERVICE:REGION:ACCOUNT:RESOURCE, e.g. arn:aws:s3:::my-bucket',
      field,
    )
  return undefined
}

/** Checks an explicit owner against the account the ARN names. */
function checkOwner(arn: string, account: string | undefined): Refusal | undefined {
  if (account === undefined) return undefined
  if (!/^\d{12}$/.test(account)) return refuse('An account id has 12 digits', 'account')
  const inArn = RESOURCE_ARN.exec(arn)?.[4]
  if (inArn && inArn !== 'aws' && inArn !== account)
    return refuse(`The ARN says the resource is in account ${inArn}, not ${account}`, 'account')
  return undefined
}

function findResource(scenario: Scenario, arn: string, field = 'resource') {
  const list = scenario.resources ?? []
  const index = list.findIndex((r) => r.arn === arn)
  if (index < 0) return refuse(`There is no resource ${arn}`, field)
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
    (list.some((r) => r.arn === args.arn) ? refuse('A resource with this ARN already exists', 'arn') : undefined) ??
    checkOwner(args.arn, args.account) ??
    (args.tags ? checkTags(args.tags, { iam: false }) : undefined)
  if (problem) return problem
  const resource: Resource = { arn: args.arn }
  if (args.account !== undefined) resource.account = args.account
  if (args.name) resource.name = args.name
  if (args.policy !== undefined) resource.policy = args.policy
  if (args.tags && Object.keys(args.tags).length > 0) resource.tags = args.tags
  return done({ ...scenario, resources: [...list, resource] }, `Create resource ${resourceLabel(resource)}`)
}

/** Changes a resource's ARN; saved requests on it (or, for a bucket, on its objects) follow. */
export function renameResource(scenario: Scenario, args: { resource: string; arn: string }): EditResult {
  const found = findResource(scenario, args.resource)
  if (isRefusal(found)) return found
  const problem =
    checkArn(args.arn) ??
    (args.arn === found.item.arn ? refuse('The resource already has this ARN', 'arn') : undefined) ??
    (found.list.some((r) => r.arn === args.arn)
      ? refuse('A resource with this ARN already exists', 'arn')
      : undefined) ??
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
  return done(next, `Change ARN of ${resourceLabel(found.item)} to ${args.arn}`)
}

/** Deletes a resource. */
export function deleteResource(scenario: Scenario, args: { resource: string }): EditResult {
  const found = findResource(scenario, args.resource)
  if (isRefusal(found)) return found
  return done(
    withField(scenario, 'resources', removeAt(found.list, found.index)),
    `Delete resource ${resourceLabel(found.item)}`,
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
        ? refuse(`${resourceLabel(res)} has no resource policy`, 'policy')
        : withField(res, 'policy', undefined)
      : { ...res, policy: args.policy },
  )
  if (isRefusal(r)) return r
  const name = resourceLabel(r.before)
  if (args.policy === undefined) return done(r.scenario, `Remove resource policy of ${name}`)
  return done(r.scenario, `Edit resource policy of ${name}`, `resource-policy:${r.before.arn}`)
}

/** Sets a resource's tags (replacing them all). */
export function setResourceTags(scenario: Scenario, args: { resource: string; tags: Tags }): EditResult {
  const problem = checkTags(args.tags, { iam: false })
  if (problem) return problem
  const r = updateResource(scenario, args.resource, (res) => withField(res, 'tags', args.tags))
  return isRefusal(r) ? r : done(r.scenario, `Edit tags of ${resourceLabel(r.before)}`)
}
