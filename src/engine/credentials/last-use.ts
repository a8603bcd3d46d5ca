// When a credential was last used by the clock: its own record in the scenario (`lastUsed`) or the activity log's
// (requests signed with the key, console sign-ins), whichever is later; log records after "now" have not happened.
import type { AccessKey, Scenario } from '../scenario/model'
import { credentialUse } from '../activity/last-used'

/** The last use of an access key: when, and in which service and region when known. */
export interface KeyUse {
  time: string
  service?: string
  region?: string
}

/** Last-use lookups for one scenario at one moment. */
export interface LastUses {
  /** An access key's last use. */
  key(key: AccessKey): KeyUse | undefined
  /** The last console sign-in of a user (or root user) by ARN, given its own record. */
  password(arn: string, own: string | undefined): string | undefined
}

/** The later of two times (either may be absent or unreadable). */
function later(a: string | undefined, b: string | undefined): string | undefined {
  const ta = a === undefined ? Number.NaN : Date.parse(a)
  const tb = b === undefined ? Number.NaN : Date.parse(b)
  if (Number.isNaN(tb)) return Number.isNaN(ta) ? undefined : a
  if (Number.isNaN(ta)) return b
  return tb > ta ? b : a
}

/** Last uses at `now`: the scenario's own records merged with its activity log up to `now`. */
export function lastUses(scenario: Pick<Scenario, 'activity'>, now: Date): LastUses {
  const log = credentialUse(scenario)
  const happened = (time: string) => Date.parse(time) <= now.getTime()
  return {
    key(key) {
      const own: KeyUse | undefined =
        key.lastUsed === undefined
          ? undefined
          : {
              time: key.lastUsed,
              ...(key.lastUsedService ? { service: key.lastUsedService } : {}),
              ...(key.lastUsedRegion ? { region: key.lastUsedRegion } : {}),
            }
      const logged = log.keys.get(key.id)
      if (!logged || !happened(logged.time)) return own
      return later(own?.time, logged.time) === logged.time ? logged : own
    },
    password(arn, own) {
      const logged = log.passwords.get(arn)
      return later(own, logged !== undefined && happened(logged) ? logged : undefined)
    },
  }
}
