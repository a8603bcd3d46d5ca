// Appending to an activity log, apart from the log's readers (./log.ts): the app's document appends records without
// loading the CloudTrail formatting and the service tables.
import { ACTIVITY_LIMIT, type ActivityEvent } from '../scenario/activity'

/** `log` with `events` appended, keeping the newest `limit` (oldest dropped first). */
export function appendEvents(
  log: readonly ActivityEvent[] | undefined,
  events: readonly ActivityEvent[],
  limit = ACTIVITY_LIMIT,
): ActivityEvent[] {
  const all = [...(log ?? []), ...events]
  return all.length > limit ? all.slice(all.length - limit) : all
}
