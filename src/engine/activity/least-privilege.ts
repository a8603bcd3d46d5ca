// A least-privilege policy from a principal's activity, in the manner of IAM Access Analyzer's policy generation:
// allow exactly the actions the log shows it was allowed (optionally also the ones it was denied), on exactly the
// resources it used, one statement per service (split where actions were used on different resources).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html
import type { Scenario } from '../scenario/model'
import { actionOf, authenticated, madeBy, outcomeOf, resourceOf, timeOf } from './log'

/** Options of {@link leastPrivilegePolicy}. */
export interface LeastPrivilegeOptions {
  /** Only records made at or after this time. */
  since?: Date | string
  /** Also allow what the principal tried and was denied (default: only what it was allowed). */
  includeDenied?: boolean
}

/** One statement of a generated policy. */
export interface GeneratedStatement {
  Sid: string
  Effect: 'Allow'
  Action: string | string[]
  Resource: string | string[]
}

/** A generated policy and what it was made from. */
export interface LeastPrivilegePolicy {
  /** The policy; undefined when no record qualifies. */
  document?: { Version: '2012-10-17'; Statement: GeneratedStatement[] }
  /** How many records it was made from. */
  requests: number
  /** The actions it allows, sorted. */
  actions: string[]
}

/**
 * The policy that allows `principalArn` (a user, a role — with its sessions — or a session) exactly what its
 * authenticated requests in the activity log did. A request on `*` allows the action on every resource.
 */
export function leastPrivilegePolicy(
  scenario: Pick<Scenario, 'activity'>,
  principalArn: string,
  options: LeastPrivilegeOptions = {},
): LeastPrivilegePolicy {
  const since = options.since === undefined ? Number.NEGATIVE_INFINITY : new Date(options.since).getTime()
  // service → action (first spelling seen, keyed case-insensitively) → resources
  const byService = new Map<string, Map<string, { action: string; resources: Set<string> }>>()
  let requests = 0
  for (const event of scenario.activity ?? []) {
    if (!madeBy(event, principalArn) || !authenticated(event) || !(timeOf(event) >= since)) continue
    if (outcomeOf(event) !== 'Allow' && !options.includeDenied) continue
    const action = actionOf(event)
    const colon = action.indexOf(':')
    if (colon <= 0) continue
    requests++
    const service = action.slice(0, colon).toLowerCase()
    const actions = byService.get(service) ?? new Map()
    byService.set(service, actions)
    const entry = actions.get(action.toLowerCase()) ?? { action, resources: new Set<string>() }
    actions.set(action.toLowerCase(), entry)
    entry.resources.add(resourceOf(event))
  }
  const statements: GeneratedStatement[] = []
  for (const service of [...byService.keys()].sort()) {
    // Actions used on the same resources share a statement.
    const groups = new Map<string, { actions: string[]; resources: string[] }>()
    for (const { action, resources } of byService.get(service)!.values()) {
      const list = resources.has('*') ? ['*'] : [...resources].sort()
      const key = list.join('\n')
      const group = groups.get(key) ?? { actions: [], resources: list }
      group.actions.push(action)
      groups.set(key, group)
    }
    const ordered = [...groups.values()].sort((a, b) => a.actions.sort()[0]!.localeCompare(b.actions.sort()[0]!))
    ordered.forEach((group, i) => {
      statements.push({
        Sid: `${sidOf(service)}${ordered.length > 1 ? i + 1 : ''}`,
        Effect: 'Allow',
        Action: one(group.actions.sort()),
        Resource: one(group.resources),
      })
    })
  }
  const actions = [...byService.values()].flatMap((m) => [...m.values()].map((e) => e.action)).sort()
  if (!statements.length) return { requests, actions }
  return { document: { Version: '2012-10-17', Statement: statements }, requests, actions }
}

/** `s3` → `S3`, `access-analyzer` → `AccessAnalyzer`: a statement ID (letters and digits only). */
function sidOf(service: string): string {
  const words = service.split(/[^A-Za-z0-9]+/).filter(Boolean)
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || 'Service'
}

function one(list: string[]): string | string[] {
  return list.length === 1 ? list[0]! : list
}
