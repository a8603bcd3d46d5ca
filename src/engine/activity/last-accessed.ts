// Last accessed information, as IAM's Access Advisor gives it, read from the activity log: for one principal, each
// service it attempted (allowed or denied) with the last time, the entity and the count, beside every service its
// identity-based policies grant, so the granted services it never used stand out.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html
import { principalPolicies, resolvePrincipal } from '../account/resolve'
import { indexScenario } from '../account/resolve-lookup'
import type { Scenario } from '../scenario/model'
import type { CatalogSnapshot } from '../catalog/types'
import { daysBetween, scenarioNow } from '../scenario/clock'
import { compileGlob, hasWildcard } from '../match/wildcard'
import { hasActionSeparator } from '../policy/action-list'
import { parsePolicy } from '../policy/parse'
import { authenticated, madeBy, outcomeOf, serviceOf, timeOf } from './log'
import { eventSourceOf } from './services'

/** IAM reports the activity of the last 400 days. */
export const TRACKING_DAYS = 400

/** One service of the report. */
export interface ServiceLastAccessed {
  /** The service prefix (`s3`). */
  service: string
  /** The service's name (`Amazon S3`) when the catalog was given. */
  name?: string
  eventSource: string
  /** The last attempt (ISO 8601); undefined when the log has none in the tracking period. */
  lastAccessed?: string
  /** Who made the last attempt: the principal itself, or one of its role's sessions. */
  lastEntity?: string
  lastRegion?: string
  /** Whole days from the last attempt to the clock (never negative). */
  daysSince?: number
  /** Attempts in the tracking period, and how many of them were denied. */
  count: number
  denied: number
  /** The principal's identity-based policies allow some action of the service. */
  granted: boolean
}

/** The last accessed report of one principal. */
export interface LastAccessedReport {
  principal: string
  /** The clock the report was made at (ISO 8601). */
  now: string
  /** Services used (most recent first), then granted services never used (by prefix). */
  services: ServiceLastAccessed[]
  /** Granted services with no attempt in the tracking period: the unused permissions. */
  unused: string[]
  /**
   * The policies allow every service (`*`, a wildcard in the service prefix, or `NotAction`) and no catalog was given
   * to name them: `unused` then lists only the services named outright.
   */
  grantsAll: boolean
  /** When the principal's oldest record in the tracking period was made (ISO 8601), and whole days from it to now. */
  loggedSince?: string
  loggedDays?: number
}

/** Options of {@link lastAccessed}. */
export interface LastAccessedOptions {
  /** The service list and names, to expand `*` and name services. */
  catalog?: Pick<CatalogSnapshot, 'services' | 'serviceName'>
  /** The clock; default {@link scenarioNow}. */
  now?: Date
}

/**
 * What `principalArn` (a user, a role — whose sessions count for it — or a session) used, by the clock: every
 * service it attempted in the last {@link TRACKING_DAYS} days (unauthenticated and expired-credential requests do not
 * count, as in IAM), and every service its identity-based policies grant, used or not.
 */
export function lastAccessed(
  scenario: Scenario,
  principalArn: string,
  options: LastAccessedOptions = {},
): LastAccessedReport {
  const now = options.now ?? scenarioNow(scenario)
  const from = now.getTime() - TRACKING_DAYS * 86_400_000
  const used = new Map<string, ServiceLastAccessed>()
  let oldest: string | undefined
  for (const event of scenario.activity ?? []) {
    const time = timeOf(event)
    if (Number.isNaN(time) || time < from || !madeBy(event, principalArn) || !authenticated(event)) continue
    if (oldest === undefined || time < Date.parse(oldest)) oldest = event.eventTime
    const service = serviceOf(event)
    const entry = used.get(service) ?? { service, eventSource: event.eventSource, count: 0, denied: 0, granted: false }
    entry.count++
    if (outcomeOf(event) !== 'Allow') entry.denied++
    if (entry.lastAccessed === undefined || time >= Date.parse(entry.lastAccessed)) {
      entry.lastAccessed = event.eventTime
      entry.lastRegion = event.awsRegion
      const entity = event.userIdentity.arn
      if (entity !== undefined) entry.lastEntity = entity
    }
    used.set(service, entry)
  }
  const known = options.catalog?.services()
  const { services: granted, all } = grantedServices(scenario, principalArn, known)
  const entries = [...used.values()]
  for (const e of entries) {
    // A service the catalog does not list is granted by any wildcard grant.
    e.granted = granted.has(e.service) || (all && !known?.includes(e.service))
    e.daysSince = Math.max(0, daysBetween(e.lastAccessed, now) ?? 0)
  }
  entries.sort(
    (a, b) => Date.parse(b.lastAccessed!) - Date.parse(a.lastAccessed!) || a.service.localeCompare(b.service),
  )
  const unused = [...granted].filter((s) => !used.has(s)).sort()
  const services: ServiceLastAccessed[] = [
    ...entries,
    ...unused.map((service) => ({ service, eventSource: eventSourceOf(service), count: 0, denied: 0, granted: true })),
  ]
  for (const s of services) {
    const name = options.catalog?.serviceName(s.service)
    if (name) s.name = name
  }
  const report: LastAccessedReport = {
    principal: principalArn,
    now: now.toISOString(),
    services,
    unused,
    grantsAll: all && known === undefined,
  }
  if (oldest !== undefined) {
    report.loggedSince = oldest
    report.loggedDays = Math.max(0, daysBetween(oldest, now) ?? 0)
  }
  return report
}

/**
 * The service prefixes the principal's identity-based policies allow (`Allow` statements; denies, boundaries and
 * SCPs are not read, as in IAM's report). `all` when a statement allows every service (`*`, a wildcard in the
 * prefix, `NotAction`): with `known` (every service prefix) those also expand to the services they cover.
 */
export function grantedServices(
  scenario: Scenario,
  principalArn: string,
  known?: readonly string[],
): { services: Set<string>; all: boolean } {
  const ix = indexScenario(scenario)
  const principal = resolvePrincipal(ix, principalArn)
  const services = new Set<string>()
  let all = false
  const addMatching = (prefixPattern: string, except: Set<string> = new Set()) => {
    all = true
    if (!known) return
    const matches = compileGlob(prefixPattern, true)
    for (const s of known) if (matches(s) && !except.has(s)) services.add(s)
  }
  for (const { policy } of principalPolicies(ix, principal).identity) {
    const parsed = parsePolicy(policy.text ?? policy.document, { kind: 'identity' })
    if (parsed.invalid) continue
    for (const s of parsed.statements) {
      if (s.effect !== 'Allow' || s.invalid) continue
      for (const { value } of s.action ?? []) {
        if (hasActionSeparator(value)) continue // One literal name with a comma or space: it allows nothing.
        const colon = value.indexOf(':')
        const prefix = colon < 0 ? value : value.slice(0, colon).toLowerCase()
        if (colon < 0 || hasWildcard(prefix)) addMatching(colon < 0 ? '*' : prefix)
        else services.add(prefix)
      }
      if (s.notAction) {
        // NotAction allows everything else: a service drops out only when a `service:*` entry excludes all of it.
        const excluded = new Set(s.notAction.map((a) => a.value.toLowerCase()).filter((a) => /^[^:*?]+:\*$/.test(a)))
        addMatching('*', new Set([...excluded].map((a) => a.slice(0, a.indexOf(':')))))
      }
    }
  }
  return { services, all }
}
