// Catalog checks of `Action`/`NotAction` values and of `Resource` ARNs against the actions' services.
import { arnServicesOf, matchingActions, splitAction } from '../catalog/queries'
import type { CatalogSnapshot } from '../catalog/types'
import { parseArn } from '../match/arn'
import { hasWildcard } from '../match/wildcard'
import { message } from '../messages/message'
import { hasActionSeparator } from '../policy/action-list'
import type { Located, Statement } from '../policy/model'
import { report, type Ctx } from './context'
import { listOf } from './general'
import { unknownAction, unknownService } from './action-check'

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
  const guesses = () => (ctx.guesses-- > 0 ? 1 : 0)
  const noService = unknownService(catalog, parts, v.value, guesses)
  if (noService) {
    report(ctx, noService.code, 'error', noService.message, { ...at, help: noService.help })
    return
  }
  if (!catalog.hasService(parts.service) || !catalog.isLoaded(parts.service)) return
  const service = parts.service.toLowerCase()
  if (hasWildcard(parts.name)) {
    if (matchingActions(catalog, v.value)?.length === 0) {
      const serviceName = catalog.serviceName(service) ?? `\`${service}\``
      const text = message('diag.action-matches-nothing', { value: v.value, service: serviceName })
      report(ctx, 'action-matches-nothing', 'warning', text, {
        ...at,
        help: message('diag.help.action-matches-nothing'),
      })
    }
    return
  }
  const noAction = unknownAction(catalog, parts, v.value, guesses)
  if (noAction) {
    report(ctx, noAction.code, 'error', noAction.message, { ...at, help: noAction.help })
    return
  }
  const action = catalog.action(service, parts.name)
  if (!action) return
  const canonical = `${service}:${action.name}`
  if (canonical !== v.value) {
    // Action names are case-insensitive in AWS; the documented spelling only reads better.
    report(ctx, 'action-case', 'suggestion', message('diag.action-case', { value: v.value, canonical }), {
      ...at,
      help: message('diag.help.write', { value: canonical }),
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
        message('diag.resource-service-mismatch', {
          resource: r.value,
          service: arn.service,
          services: allowed.names,
        }),
        {
          ...(r.span ? { span: r.span } : {}),
          path: ctx.pointers.value(s, 'Resource', r, j),
          help: message('diag.help.resource-service-mismatch', { service: arn.service }),
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
