// When each credential was last used, read from the activity log: long-term access keys (with the service and
// region of their last use, as `GetAccessKeyLastUsed` reports) and console passwords (console sign-in requests).
import type { Scenario } from '../scenario/model'
import { serviceOf, timeOf } from './log'

/** The last use of an access key: when (ISO 8601), in which service (prefix) and region. */
interface LastKeyUse {
  time: string
  service: string
  region: string
}

/** What {@link credentialUse} read from each log (logs are append-only and replaced, never changed in place). */
const readLogs = new WeakMap<readonly object[], ReturnType<typeof readLog>>()

/**
 * The last use of every credential the activity log shows: a request signed with a long-term access key of a user
 * or root user, or made from the console (`sessionCredentialFromConsole`), counts whatever its outcome (the
 * credentials were used even when the action was denied).
 */
export function credentialUse(scenario: Pick<Scenario, 'activity'>): {
  /** Access key ID (`AKIA…`) → its last use. */
  keys: Map<string, LastKeyUse>
  /** User (or root user) ARN → the time (ISO 8601) of the last request made with the console password. */
  passwords: Map<string, string>
} {
  const log = scenario.activity
  if (log === undefined) return readLog([])
  let read = readLogs.get(log)
  if (!read) readLogs.set(log, (read = readLog(log)))
  return read
}

/** One pass over the log (the maps are shared between callers: read them, never change them). */
function readLog(log: NonNullable<Scenario['activity']>) {
  const keys = new Map<string, LastKeyUse>()
  const passwords = new Map<string, string>()
  const later = (time: number, previous: string | undefined) => previous === undefined || time > Date.parse(previous)
  for (const event of log) {
    const id = event.userIdentity
    const time = timeOf(event)
    if (Number.isNaN(time) || (id.type !== 'IAMUser' && id.type !== 'Root')) continue
    if (event.sessionCredentialFromConsole === 'true') {
      if (id.arn !== undefined && later(time, passwords.get(id.arn))) passwords.set(id.arn, event.eventTime)
    } else if (id.accessKeyId?.startsWith('AKIA') && later(time, keys.get(id.accessKeyId)?.time)) {
      keys.set(id.accessKeyId, { time: event.eventTime, service: serviceOf(event), region: event.awsRegion })
    }
  }
  return { keys, passwords }
}
