// Catalog checks of `Action`/`NotAction` values and of `Resource` ARNs against the actions' services.
import { arnServicesOf, matchingActions, splitAction } from '../catalog/queries'
import type { CatalogSnapshot } from '../catalog/types'
import { parseArn } from '../match/arn'
import { hasWildcard } from '../match/wildcard'
import { hasActionSeparator } from '../policy/action-list'
import type { Located, Statement } from '../policy/model'
import { report, type Ctx } from './context'
import { listOf } from './general'
import { closest } from './suggest'

/** Checks every action value against the catalog. */
export function checkActions(ctx: Ctx, catalog: CatalogSnapshot): void {
  for (const s of ctx.policy.statements) {
    for (const name of ['Action', 'NotAction'] as const) {
      listOf(s, name)?.forEach((v, j) => checkAction(ctx, catalog, v, ctx.pointers.value(s, name, v, j)))
    }
  }
}

function checkAction(ctx: Ctx, catalog: CatalogSnapshot, v: Located, path: string): void {
  // A value holding a comma or whitespace matches no action: `action-with-separator` says so, once.
  if (hasActionSeparator(v.value)) return
  const parts = splitAction(v.value)
  if (!parts || hasWildcard(parts.service)) return
  const at = { ...(v.span ? { span: v.span } : {}), path }
  const known = catalog.hasService(parts.service)
  if (known === false) {
    const guess = ctx.guesses-- > 0 ? closest(parts.service, catalog.services() ?? []) : undefined
    report(ctx, 'unknown-service', 'error', `unknown service prefix \`${parts.service}\` in \`${v.value}\``, {
      ...at,
      help: guess
        ? `did you mean \`${guess}:${parts.name}\`?`
        : 'service prefixes are listed in the Service Authorization Reference (`s3`, `ec2`, `iam`, ...)',
    })
    return
  }
  if (!known || !catalog.isLoaded(parts.service)) return
  const service = parts.service.toLowerCase()
  const serviceName = catalog.serviceName(service) ?? `\`${service}\``
  if (hasWildcard(parts.name)) {
    if (matchingActions(catalog, v.value)?.length === 0) {
      report(ctx, 'action-matches-nothing', 'warning', `\`${v.value}\` matches no action of ${serviceName}`, {
        ...at,
        help: 'check the spelling; action names are listed in the Service Authorization Reference',
      })
    }
    return
  }
  const action = catalog.action(service, parts.name)
  if (!action) {
    const names = (catalog.actions(service) ?? []).map((a) => a.name)
    const guess = ctx.guesses-- > 0 ? closest(parts.name, names) : undefined
    report(
      ctx,
      'unknown-action',
      'error',
      `unknown action \`${v.value}\`: ${serviceName} has no action \`${parts.name}\``,
      {
        ...at,
        help: guess
          ? `did you mean \`${service}:${guess}\`?`
          : `see the actions of ${serviceName} in the Service Authorization Reference`,
      },
    )
    return
  }
  const canonical = `${service}:${action.name}`
  if (canonical !== v.value) {
    // Action names are case-insensitive in AWS; the documented spelling only reads better.
    report(ctx, 'action-case', 'suggestion', `\`${v.value}\` is written \`${canonical}\` in the AWS reference`, {
      ...at,
      help: `write \`${canonical}\``,
    })
  }
}

/**
 * Warns about a `Resource` ARN of a service none of the statement's actions works on (`s3:GetObject` on a DynamoDB
 * table). Conservative: only when every action names a known, loaded service, and the ARN's service appears in none
 * of those services' resource-type ARNs (so `sts:AssumeRole` on `arn:aws:iam::...:role/x` is fine).
 */
export function checkResourceServices(ctx: Ctx, catalog: CatalogSnapshot): void {
  for (const s of ctx.policy.statements) {
    const allowed = arnServices(catalog, s)
    if (!allowed || !s.resource) continue
    s.resource.forEach((r, j) => {
      if (r.value.includes('${')) return
      const arn = parseArn(r.value)
      if (!arn || arn.service === '' || hasWildcard(arn.service) || allowed.services.has(arn.service.toLowerCase()))
        return
      report(
        ctx,
        'resource-service-mismatch',
        'warning',
        `\`${r.value}\` is a \`${arn.service}\` resource, but the statement's actions are for ${allowed.names}`,
        {
          ...(r.span ? { span: r.span } : {}),
          path: ctx.pointers.value(s, 'Resource', r, j),
          help: `the actions never match this resource; check the ARN, or move it to a statement with \`${arn.service}\` actions`,
        },
      )
    })
  }
}

/** The ARN services the statement's actions work on; undefined when the catalog cannot tell. */
function arnServices(catalog: CatalogSnapshot, s: Statement): { services: Set<string>; names: string } | undefined {
  if (!s.action || s.action.length === 0) return undefined
  const prefixes = new Set<string>()
  for (const a of s.action) {
    const parts = splitAction(a.value)
    if (!parts || hasWildcard(parts.service) || !catalog.hasService(parts.service)) return undefined
    prefixes.add(parts.service.toLowerCase())
  }
  const services = new Set<string>()
  for (const p of prefixes) {
    const arnServices = arnServicesOf(catalog, p)
    if (!arnServices) return undefined
    services.add(p)
    for (const x of arnServices) services.add(x)
  }
  return { services, names: [...prefixes].map((p) => `\`${p}\``).join(', ') }
}
