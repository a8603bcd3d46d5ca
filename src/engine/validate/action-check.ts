// An action name the AWS catalog does not have, with the closest real ones: one check serving the policy editor's
// diagnostics (one "did you mean") and the request form's field (a few one-click fixes).
import type { CatalogSnapshot } from '../catalog/types'
import { message, type EngineMessage } from '../messages/message'
import { closestFew } from './suggest'

/** An unknown service prefix or action name, worded, with real names close to it (closest first). */
export interface ActionProblem {
  code: 'unknown-service' | 'unknown-action'
  message: EngineMessage
  help: EngineMessage
  /** Whole actions (`s3:GetObject`) to write instead. */
  suggestions: string[]
}

/**
 * The problem of `value` (`service:Name`, no wildcard in the service) when the catalog lists no such service;
 * undefined when it does or the service list is not loaded. `guesses()` says how many suggestions to look for (each
 * search scans names, so the editor spends a budget).
 */
export function unknownService(
  catalog: CatalogSnapshot,
  parts: { service: string; name: string },
  value: string,
  guesses: () => number,
): ActionProblem | undefined {
  if (catalog.hasService(parts.service) !== false) return undefined
  const n = guesses()
  const found = n > 0 ? closestFew(parts.service, catalog.services() ?? [], n) : []
  const suggestions = found.map((s) => `${s}:${parts.name}`)
  return {
    code: 'unknown-service',
    message: message('diag.unknown-service', { service: parts.service, value }),
    help: suggestions[0]
      ? message('diag.help.did-you-mean', { value: suggestions[0] })
      : message('diag.help.unknown-service'),
    suggestions,
  }
}

/**
 * The problem of `value` (`service:Name`, no wildcard) when its loaded service has no such action; undefined when it
 * does, or when the catalog cannot tell (service unknown or not loaded).
 */
export function unknownAction(
  catalog: CatalogSnapshot,
  parts: { service: string; name: string },
  value: string,
  guesses: () => number,
): ActionProblem | undefined {
  if (!catalog.hasService(parts.service) || !catalog.isLoaded(parts.service)) return undefined
  const service = parts.service.toLowerCase()
  if (catalog.action(service, parts.name)) return undefined
  const serviceName = catalog.serviceName(service) ?? `\`${service}\``
  const n = guesses()
  const names = n > 0 ? (catalog.actions(service) ?? []).map((a) => a.name) : []
  const suggestions = closestFew(parts.name, names, n).map((name) => `${service}:${name}`)
  return {
    code: 'unknown-action',
    message: message('diag.unknown-action', { value, service: serviceName, name: parts.name }),
    help: suggestions[0]
      ? message('diag.help.did-you-mean', { value: suggestions[0] })
      : message('diag.help.unknown-action', { service: serviceName }),
    suggestions,
  }
}
