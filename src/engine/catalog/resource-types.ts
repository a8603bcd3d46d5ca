// Which resource types an ARN is, read from the catalog's ARN formats (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`):
// the request form's "does this action act on this resource" and the access matrix's choice of a resource per action.
import { splitArn } from '../match/arn'
import type { ActionInfo, CatalogSnapshot, ResourceTypeInfo } from './types'

const VARIABLE = /\$\{[^}]*\}/g
const ONLY_VARIABLE = /^\$\{[^}]*\}$/

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A regex for one part of an ARN format: `${Name}` stands for any text, the rest is literal. */
function partRegex(part: string): RegExp {
  const cut = part.split(VARIABLE)
  return new RegExp(`^${cut.map(escape).join('.*')}$`)
}

const parts = new Map<string, { head: RegExp[]; segments: RegExp[]; absorbs: boolean } | null>()

/** An ARN format compiled once: the five fields before the resource, the resource's `/`- and `:`-separated segments. */
function compiled(format: string) {
  let found = parts.get(format)
  if (found === undefined) {
    const fields = splitArn(format)
    if (fields.length < 6) found = null
    else {
      const resource = fields[5]!.split(/[:/]/)
      found = {
        head: fields.slice(0, 5).map(partRegex),
        segments: resource.map((s) => new RegExp(`^${s.split(VARIABLE).map(escape).join('.+')}$`)),
        // A last segment that is one variable (`${ObjectName}`, `${UserNameWithPath}`) may hold `/` itself, when
        // something comes before it (a bucket alone, `${BucketName}`, is never `bucket/key`).
        absorbs: resource.length > 1 && ONLY_VARIABLE.test(resource.at(-1)!),
      }
    }
    if (parts.size > 2000) parts.clear()
    parts.set(format, found)
  }
  return found
}

/** How an ARN fits an ARN format: `exact` segment for segment, `absorbed` through a last variable holding `/`. */
type Fit = 'exact' | 'absorbed' | undefined

function fitOf(arn: string, format: string): Fit {
  const c = compiled(format)
  if (!c) return undefined
  const fields = splitArn(arn)
  if (fields.length < 6) return undefined
  for (let i = 0; i < 5; i++) if (!c.head[i]!.test(fields[i]!)) return undefined
  const segments = fields[5]!.split(/[:/]/)
  if (segments.length < c.segments.length) return undefined
  if (segments.length > c.segments.length && !c.absorbs) return undefined
  const last = c.segments.length - 1
  for (let i = 0; i < last; i++) if (!c.segments[i]!.test(segments[i]!)) return undefined
  // The last segment and whatever it absorbs, as written: a path holds `/` (`team/alice`, `a/b.png`), but a `:`
  // starts another part (a Lambda function's version, `function:f:3`, is not the function).
  const resource = fields[5]!
  const start = last === 0 ? 0 : [...resource.matchAll(/[:/]/g)][last - 1]!.index + 1
  const tail = resource.slice(start)
  if (segments.length > c.segments.length && tail.includes(':')) return undefined
  if (!c.segments[last]!.test(tail)) return undefined
  return segments.length === c.segments.length ? 'exact' : 'absorbed'
}

/** Whether a concrete ARN is of the resource type with this ARN format (`${...}` stands for any non-empty name). */
export function arnFitsFormat(arn: string, format: string): boolean {
  return fitOf(arn, format) !== undefined
}

/**
 * The resource types `action` acts on, with their ARN formats; undefined when the catalog has not loaded the
 * action's service (or does not list the action). Empty for actions that take no resource (`Resource: "*"`).
 */
export function actionResourceTypes(catalog: CatalogSnapshot, action: ActionInfo): ResourceTypeInfo[] | undefined {
  const out: ResourceTypeInfo[] = []
  for (const rt of action.resourceTypes) {
    const type = catalog.resourceType(action.service, rt.name)
    if (!type) return undefined
    out.push(type)
  }
  return out
}

/** The types among `types` that the ARN is (an ARN with wildcards is not asked about: undefined). */
export function typesOfArn(arn: string, types: readonly ResourceTypeInfo[]): ResourceTypeInfo[] {
  return types.filter((t) => arnFitsFormat(arn, t.arn))
}

/**
 * What the ARN is, among the resource types of its own service (the S3 `object` of `arn:aws:s3:::bucket/key`):
 * a type it fits segment for segment first, else one whose last name holds the rest; undefined when its service is
 * not loaded or none fits.
 */
export function resourceTypeOfArn(catalog: CatalogSnapshot, arn: string): ResourceTypeInfo | undefined {
  const service = splitArn(arn)[2]
  if (!service) return undefined
  const types = catalog.resourceTypes(service)
  if (!types) return undefined
  let absorbed: ResourceTypeInfo | undefined
  for (const t of types) {
    const fit = fitOf(arn, t.arn)
    if (fit === 'exact') return t
    if (fit === 'absorbed') absorbed ??= t
  }
  return absorbed
}
