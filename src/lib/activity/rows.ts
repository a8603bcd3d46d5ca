// The activity log as the table shows it: one row per record, newest first, and the filters over them (principal,
// service, outcome, free text).
import { callerOf, outcomeOf, resourceOf, type ActivityEvent, type Verdict } from '../../engine/index'

/** One row of the table. */
export interface ActivityRow {
  event: ActivityEvent
  /** Position in the log (oldest first): a stable key. */
  index: number
  /** `2024-05-01 12:00:00.001` (UTC) */
  time: string
  /** The caller, short (`user/alice`, `assumed-role/Deployer/s`, `root`, `ec2.amazonaws.com`, `anonymous`). */
  who: string
  /** The caller in full (an ARN or a service principal), for the principal filter; empty for anonymous callers. */
  caller: string
  resource: string
  outcome: Verdict
}

/** What the table is filtered by (empty strings and `all` filter nothing). */
export interface ActivityFilter {
  principal: string
  /** An event source (`s3.amazonaws.com`). */
  service: string
  outcome: 'all' | 'allowed' | 'denied'
  text: string
}

/** The filter that shows everything. */
export const NO_FILTER: ActivityFilter = { principal: '', service: '', outcome: 'all', text: '' }

/** `2024-05-01 12:00:00 UTC` (or without ` UTC` where a heading says it), with milliseconds when there are some. */
export function eventTimeDisplay(iso: string, zone = true): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  const text = new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.000Z$/, 'Z')
    .replace(/Z$/, '')
  return zone ? `${text} UTC` : text
}

/** The caller, short: the part of the ARN after the account, prefixed with the account when it is not `home`. */
export function whoOf(event: ActivityEvent, home: string | undefined): string {
  const id = event.userIdentity
  if (id.arn === undefined) return id.invokedBy ?? (id.accountId === 'anonymous' ? 'anonymous' : (id.principalId ?? ''))
  const parts = id.arn.split(':')
  const rest = parts.slice(5).join(':')
  const account = parts[4]
  return account && account !== home ? `${account}:${rest}` : rest
}

/** The rows of `events`, newest first (by time, then by position: the later recorded first). */
export function rowsOf(events: readonly ActivityEvent[], home: string | undefined): ActivityRow[] {
  const rows = events.map((event, index) => ({
    event,
    index,
    time: eventTimeDisplay(event.eventTime, false),
    who: whoOf(event, home),
    caller: callerOf(event) ?? '',
    resource: resourceOf(event),
    outcome: outcomeOf(event),
  }))
  const at = (r: ActivityRow) => {
    const ms = Date.parse(r.event.eventTime)
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms
  }
  return rows.sort((a, b) => at(b) - at(a) || b.index - a.index)
}

/** The rows `filter` lets through. */
export function filterRows(rows: readonly ActivityRow[], filter: ActivityFilter): ActivityRow[] {
  const text = filter.text.trim().toLowerCase()
  return rows.filter((r) => {
    if (filter.principal && r.caller !== filter.principal) return false
    if (filter.service && r.event.eventSource !== filter.service) return false
    if (filter.outcome === 'allowed' && r.outcome !== 'Allow') return false
    if (filter.outcome === 'denied' && r.outcome === 'Allow') return false
    return !text || searchText(r).includes(text)
  })
}

function searchText(r: ActivityRow): string {
  const e = r.event
  return [
    r.who,
    r.caller,
    r.resource,
    r.time,
    e.eventName,
    e.eventSource,
    e.awsRegion,
    e.sourceIPAddress,
    e.errorCode,
    e.errorMessage,
    e.userIdentity.accessKeyId,
    e.eventID,
  ]
    .filter((x): x is string => typeof x === 'string')
    .join('\n')
    .toLowerCase()
}

/** The callers and event sources the rows hold, sorted: the filters' choices. */
export function filterChoices(rows: readonly ActivityRow[]): { principals: string[]; services: string[] } {
  const principals = new Set<string>()
  const services = new Set<string>()
  for (const r of rows) {
    if (r.caller) principals.add(r.caller)
    services.add(r.event.eventSource)
  }
  return { principals: [...principals].sort(), services: [...services].sort() }
}

/** The rows' records in the log's order (oldest first), as CloudTrail files list them. */
export function chronological(rows: readonly ActivityRow[]): ActivityEvent[] {
  return [...rows].sort((a, b) => a.index - b.index).map((r) => r.event)
}
