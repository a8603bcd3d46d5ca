// The activity log as a list: the time of the next record, appending with the cap, the records as CloudTrail
// writes them (JSON lines), and what a record says of itself (its action, outcome, principal) whether the
// playground wrote it or a person pasted it.
import type { Verdict } from '../trace/types'
import { serviceOfSource } from './services'
import type { ActivityEvent } from '../scenario/activity'

/** How close after the clock a record must be to count as made "at the same clock time". */
const SAME_CLOCK_MS = 60_000

/**
 * The time of the next record: the clock, unless the log's last record is at the clock time or up to a minute after
 * it (several requests at one clock time), then one millisecond after that record, so the log stays in order.
 */
export function nextEventTime(log: readonly ActivityEvent[] | undefined, clock: Date): Date {
  const last = log?.length ? Date.parse(log[log.length - 1]!.eventTime) : Number.NaN
  const at = clock.getTime()
  return !Number.isNaN(last) && last >= at && last - at < SAME_CLOCK_MS ? new Date(last + 1) : clock
}

export { appendEvents } from './append'

/** The record in CloudTrail's field order, with `requestParameters` and `responseElements` `null` when empty. */
export function cloudTrailRecord(event: ActivityEvent): Record<string, unknown> {
  const { requestParameters, responseElements, playground, ...rest } = event
  const ordered: Record<string, unknown> = {}
  const order = [
    'eventVersion',
    'userIdentity',
    'eventTime',
    'eventSource',
    'eventName',
    'awsRegion',
    'sourceIPAddress',
    'userAgent',
    'errorCode',
    'errorMessage',
  ] as const
  for (const key of order) if (rest[key] !== undefined) ordered[key] = rest[key]
  ordered.requestParameters = requestParameters ?? null
  ordered.responseElements = responseElements ?? null
  for (const [key, value] of Object.entries(rest)) if (!(key in ordered)) ordered[key] = value
  if (playground) ordered.playground = playground
  return ordered
}

/** The log as JSON lines (one CloudTrail record a line), the way CloudTrail Lake and most tools read it. */
export function toJsonLines(events: readonly ActivityEvent[]): string {
  return events.map((e) => JSON.stringify(cloudTrailRecord(e))).join('\n') + (events.length ? '\n' : '')
}

/** The IAM action of a record: the playground's note, else the event source's prefix and the event name. */
export function actionOf(event: ActivityEvent): string {
  return event.playground?.action ?? `${serviceOfSource(event.eventSource)}:${event.eventName}`
}

/** The service prefix of a record (`s3`). */
export function serviceOf(event: ActivityEvent): string {
  const action = actionOf(event)
  return action.slice(0, action.indexOf(':')).toLowerCase()
}

/** The resource of a record: the playground's note, else the first of `resources`, else `*`. */
export function resourceOf(event: ActivityEvent): string {
  return event.playground?.resource ?? event.resources?.[0]?.ARN ?? '*'
}

/** How a record ended: the playground's decision, else allowed unless it has an error code. */
export function outcomeOf(event: ActivityEvent): Verdict {
  return event.playground?.decision ?? (event.errorCode ? 'ImplicitDeny' : 'Allow')
}

/** The ARN a record names for its caller (a session's, a user's), or the service principal; undefined when none. */
export function callerOf(event: ActivityEvent): string | undefined {
  const id = event.userIdentity
  return id.arn ?? id.invokedBy ?? event.playground?.principal
}

/**
 * Whether the record was made by `principalArn`: that exact caller, or a session of that role (the session's
 * issuer), compared without regard to case as IAM compares ARNs of principals.
 */
export function madeBy(event: ActivityEvent, principalArn: string): boolean {
  const want = principalArn.toLowerCase()
  const id = event.userIdentity
  return id.arn?.toLowerCase() === want || id.sessionContext?.sessionIssuer?.arn.toLowerCase() === want
}

/** Whether a real caller authenticated for the record (Access Advisor leaves out the others). */
export function authenticated(event: ActivityEvent): boolean {
  const type = event.userIdentity.type
  // Expired credentials and a session never issued (`InvalidClientTokenId`) do not authenticate.
  const rule = event.playground?.rule
  const failed =
    rule === 'credentials-expired' ||
    rule === 'credentials-invalid' ||
    /^(ExpiredToken|InvalidClientTokenId)/.test(event.errorCode ?? '')
  return (type === 'IAMUser' || type === 'AssumedRole' || type === 'Root' || type === 'FederatedUser') && !failed
}

/** The record's time in milliseconds (NaN when unreadable). */
export function timeOf(event: ActivityEvent): number {
  return Date.parse(event.eventTime)
}
